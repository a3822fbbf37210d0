import sqlite3

import pytest

from desktop.core import check, db, ledger
from desktop.core.ledger import NewEvent
from desktop.core.register import PesertaData, add_peserta


def _person(n: int) -> PesertaData:
    return PesertaData(nik=f"17040112038400{n:02d}", nama=f"Pekerja {n}", kecamatan_kode="17.04.01",
                       desa_kode="17.04.01.2001")


def test_events_are_numbered_without_gaps_and_chained(conn):
    for n in range(1, 4):
        add_peserta(conn, _person(n), on="2026-11-01", kpj=f"1000000000{n}")
    rows = conn.execute("SELECT seq, prev_hash, hash FROM events ORDER BY seq").fetchall()
    assert [r["seq"] for r in rows] == list(range(1, 4))  # one event per person with their card
    assert rows[0]["prev_hash"] == ledger.GENESIS_HASH
    for before, after in zip(rows, rows[1:], strict=False):
        assert after["prev_hash"] == before["hash"]
    assert check.run(conn).ok


def test_append_needs_a_transaction(conn):
    with pytest.raises(RuntimeError):
        ledger.append(conn, [NewEvent("peserta_ditambahkan", "2026-11-01", nik="1")])


def test_events_cannot_be_updated_or_deleted(conn):
    add_peserta(conn, _person(1), on="2026-11-01")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE events SET user = 'penyusup'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM events")


def test_check_names_the_first_event_edited_by_hand(conn):
    for n in range(1, 4):
        add_peserta(conn, _person(n), on="2026-11-01")
    conn.execute("DROP TRIGGER events_no_update")  # what someone with a SQLite tool could do
    conn.execute("UPDATE events SET payload = replace(payload, 'Pekerja 2', 'Orang Lain') WHERE seq = 2")
    result = check.run(conn)
    assert not result.ok
    assert "nomor 2" in result.problems[0] and "diubah di luar aplikasi" in result.problems[0]


def test_check_finds_a_deleted_event(conn):
    for n in range(1, 4):
        add_peserta(conn, _person(n), on="2026-11-01")
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM events WHERE seq = 2")
    assert "melompat" in check.run(conn).problems[0]


def test_check_finds_a_projection_edited_by_hand(demo_conn):
    demo_conn.execute("UPDATE cards SET state = 'diserahkan' WHERE state = 'di_kecamatan' AND rowid IN "
                      "(SELECT rowid FROM cards WHERE state = 'di_kecamatan' LIMIT 1)")
    problems = check.run(demo_conn).problems
    assert len(problems) == 1 and "tidak sesuai dengan catatan peristiwanya" in problems[0]


def test_a_failed_batch_leaves_no_event_behind(conn):
    add_peserta(conn, _person(1), on="2026-11-01")
    before = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError), db.transaction(conn):
        ledger.append(conn, [NewEvent("peserta_ditambahkan", "2026-11-02", nik=_person(2).nik,
                                      payload=_person(2).payload()),
                             NewEvent("peserta_ditambahkan", "2026-11-02", nik=_person(1).nik,
                                      payload=_person(1).payload())])
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert check.run(conn).ok


def test_a_cards_history_is_found_through_the_card_events_index(demo_conn):
    """One index serves every lookup by KPJ (migration 0009): a card's history never reads the whole log."""
    from desktop.core import timeline

    kpj, nik = demo_conn.execute(
        "SELECT c.kpj, p.nik FROM cards c JOIN peserta p ON p.id = c.peserta_id LIMIT 1").fetchone()
    statements = []
    demo_conn.set_trace_callback(statements.append)
    try:
        history = timeline.entries(demo_conn, kpj, nik)
    finally:
        demo_conn.set_trace_callback(None)
    assert history, "the demo card has a history"
    plans = [" | ".join(r[-1] for r in demo_conn.execute(f"EXPLAIN QUERY PLAN {s}"))
             for s in statements if "FROM events" in s]
    assert plans and all("events_card_moves (kpj=?)" in p and "SCAN events" not in p for p in plans), plans
    indexes = {r[0] for r in demo_conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'events'")}
    assert "events_kpj" not in indexes
