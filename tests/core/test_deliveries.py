"""Deliveries between offices: send, receive (with missing cards), to the desa, numbering, ownership."""

import pytest

from desktop.core import cards, check, db, deliveries, office, register
from desktop.core.errors import InvalidInput, InvalidTransition, NotOwner
from desktop.core.register import PesertaData

KEC = "17.04.01"
DESA = "17.04.01.2001"
OTHER_DESA = "17.04.01.2002"


def _add(conn, n, *, kec=KEC, desa=DESA, start=0, on="2026-11-01"):
    kpjs = []
    for i in range(start, start + n):
        kpj = f"{12345600000 + i}"
        register.add_peserta(conn, PesertaData(nik=f"{kec.replace('.', '')}120384{i + 1:04d}", nama=f"Peserta {i}",
                                               kecamatan_kode=kec, desa_kode=desa), on=on, kpj=kpj)
        kpjs.append(kpj)
    return kpjs


def _states(conn, kpjs):
    marks = ",".join("?" * len(kpjs))
    return {r[0]: r[1] for r in conn.execute(f"SELECT kpj, state FROM cards WHERE kpj IN ({marks})", kpjs)}


def test_send_all_then_receive_all(conn):
    kpjs = _add(conn, 3)
    sent = deliveries.send_to_kecamatan(conn, KEC, "2026-11-03")
    assert sent.no == "001/BAST-KK/17.04.01/XI/2026"
    assert sent.jumlah == 3 and sent.lines == {"dikirim": 3} and sent.received_on is None
    assert set(_states(conn, kpjs).values()) == {"dikirim"}
    doc_nos = {r[0] for r in conn.execute("SELECT doc_no FROM cards")}
    assert doc_nos == {sent.no}
    receipt = deliveries.receive(conn, sent.no, "2026-11-04", received_by="Sekcam")
    assert (receipt.expected, len(receipt.received), receipt.missing) == (3, 3, [])
    assert receipt.delivery.received_on == "2026-11-04"
    assert set(_states(conn, kpjs).values()) == {"di_kecamatan"}
    assert check.run(conn).ok


def test_receive_records_missing_cards_as_lost(conn):
    kpjs = _add(conn, 4)
    sent = deliveries.send_to_kecamatan(conn, KEC, "2026-11-03")
    receipt = deliveries.receive(conn, sent.id, "2026-11-05", received=kpjs[:3])
    assert receipt.missing == [kpjs[3]]
    assert _states(conn, kpjs)[kpjs[3]] == "hilang"
    reason = conn.execute("SELECT reason FROM cards WHERE kpj = ?", (kpjs[3],)).fetchone()[0]
    assert sent.no in reason
    assert deliveries.get(conn, sent.no).lines == {"diterima": 3, "tidak_ada": 1}
    with pytest.raises(InvalidTransition, match="sudah dikonfirmasi"):
        deliveries.receive(conn, sent.no, "2026-11-06")


def test_receive_refuses_a_card_from_another_box_and_writes_nothing(conn):
    kpjs = _add(conn, 2)
    stranger = _add(conn, 1, kec="17.04.02", desa="17.04.02.2001", start=10)
    sent = deliveries.send_to_kecamatan(conn, KEC, "2026-11-03")
    before = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(InvalidInput, match="bukan bagian dari kiriman"):
        deliveries.receive(conn, sent.no, "2026-11-04", missing=[stranger[0]])
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert set(_states(conn, kpjs).values()) == {"dikirim"}


def test_a_selection_and_numbers_that_count_up_per_year(conn):
    kpjs = _add(conn, 4, on="2025-10-01")
    first = deliveries.send_to_kecamatan(conn, KEC, "2025-11-03", kpjs=kpjs[:2])
    second = deliveries.send_to_kecamatan(conn, KEC, "2025-12-01", kpjs=kpjs[2:3])
    third = deliveries.send_to_kecamatan(conn, KEC, "2026-01-02", kpjs=kpjs[3:])
    assert [d.no for d in (first, second, third)] == [
        "001/BAST-KK/17.04.01/XI/2025", "002/BAST-KK/17.04.01/XII/2025", "001/BAST-KK/17.04.01/I/2026"]
    assert first.jumlah == 2
    with pytest.raises(InvalidInput, match="Tidak ada kartu"):
        deliveries.send_to_kecamatan(conn, KEC, "2026-01-03")


def test_send_refuses_cards_of_another_kecamatan(conn):
    _add(conn, 1)
    other = _add(conn, 1, kec="17.04.02", desa="17.04.02.2001", start=5)
    with pytest.raises(InvalidInput, match=r"bukan milik peserta Kecamatan Kinal \(17\.04\.01\)"):
        deliveries.send_to_kecamatan(conn, KEC, "2026-11-03", kpjs=other)
    with pytest.raises(InvalidInput, match="tidak ada di Kabupaten Kaur"):
        deliveries.send_to_kecamatan(conn, "17.04.01.2001", "2026-11-03")


def test_to_desa_names_the_kades_and_only_takes_that_desas_cards(conn):
    here = _add(conn, 2)
    there = _add(conn, 1, desa=OTHER_DESA, start=5)
    deliveries.receive(conn, deliveries.send_to_kecamatan(conn, KEC, "2026-11-03").no, "2026-11-04")
    with pytest.raises(InvalidInput, match="nama kepala desa"):
        deliveries.send_to_desa(conn, DESA, " ", "2026-11-05")
    box = deliveries.send_to_desa(conn, DESA, "Hasan Basri", "2026-11-05")
    assert box.no == "001/BAST-KD/17.04.01.2001/XI/2026"
    assert (box.penerima, box.jabatan, box.received_on) == ("Hasan Basri", "Kepala Desa", "2026-11-05")
    assert set(_states(conn, here).values()) == {"di_desa"}
    assert _states(conn, there)[there[0]] == "di_kecamatan"
    payload = conn.execute("SELECT payload FROM events WHERE type = 'kirim_desa' LIMIT 1").fetchone()[0]
    assert "Hasan Basri" in payload
    assert [r["kpj"] for r in deliveries.lines(conn, box.id)] == here


def test_correcting_a_send_takes_the_card_out_of_the_delivery(conn):
    kpjs = _add(conn, 2)
    sent = deliveries.send_to_kecamatan(conn, KEC, "2026-11-03")
    cards.correct_last_step(conn, kpjs[0], "salah masuk kotak", on="2026-11-03")
    assert deliveries.get(conn, sent.no).lines == {"dibatalkan": 1, "dikirim": 1}
    receipt = deliveries.receive(conn, sent.no, "2026-11-04")
    assert receipt.expected == 1 and receipt.received == [kpjs[1]]
    assert check.run(conn).ok


def test_a_kecamatan_office_receives_but_does_not_send_to_kecamatan(tmp_path):
    conn = db.connect(tmp_path / "kec.db")
    office.init_office(conn, "kecamatan", KEC)
    with pytest.raises(NotOwner, match="Hanya kantor kabupaten"):
        deliveries.send_to_kecamatan(conn, KEC, "2026-11-03")
    conn.close()


def test_once_a_kecamatan_office_is_enrolled_the_district_cannot_receive_for_it(conn):
    _add(conn, 1)
    sent = deliveries.send_to_kecamatan(conn, KEC, "2026-11-03")
    conn.execute("INSERT INTO offices (kode, kind, nama, enrolled_at) VALUES (?, 'kecamatan', 'Kinal', 'x')",
                 (KEC,))
    with pytest.raises(NotOwner, match="tidak dipegang kantor ini"):
        deliveries.receive(conn, sent.no, "2026-11-04")
    assert deliveries.get(conn, sent.no).received_on is None


def test_demo_deliveries_have_unique_numbers_and_balance(demo_conn):
    numbers = [r[0] for r in demo_conn.execute("SELECT no FROM deliveries")]
    assert len(numbers) == len(set(numbers)) > 100
    pending = deliveries.listing(demo_conn, kind="kecamatan", pending=True)
    assert len(pending) == 1 and pending[0].lines == {"dikirim": pending[0].jumlah}
    sent_cards = demo_conn.execute("SELECT count(*) FROM events WHERE type = 'kirim_kecamatan'").fetchone()[0]
    lines = demo_conn.execute("SELECT count(*) FROM delivery_cards dc JOIN deliveries d ON d.id = dc.delivery_id "
                              "WHERE d.kind = 'kecamatan'").fetchone()[0]
    assert sent_cards == lines


def test_check_notices_a_delivery_line_edited_outside_the_app(conn):
    _add(conn, 2)
    deliveries.send_to_kecamatan(conn, KEC, "2026-11-03")
    assert check.run(conn).ok
    conn.execute("DELETE FROM delivery_cards WHERE kpj = (SELECT min(kpj) FROM delivery_cards)")
    assert any("isi kiriman" in p for p in check.run(conn).problems)
