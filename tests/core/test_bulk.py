"""Whole-list work: the cycle collector paused and given back; a list stored chunk by chunk with its
projection in a helper thread writes what ledger.append writes, and a failure or Cancel leaves nothing."""

import gc

import pytest

from desktop.core import bulk, check, db, ledger, office
from desktop.core.bulk import without_cycle_collector
from desktop.core.db import transaction
from desktop.core.errors import UserError
from desktop.core.ledger import NewEvent
from desktop.core.progress import Cancelled
from desktop.core.register import PesertaData, card_event, person_with_card_event


@without_cycle_collector
def _job(fail: bool = False) -> bool:
    if fail:
        raise ValueError("gagal")
    return gc.isenabled()


def test_paused_during_the_job_and_restored_after_success_and_failure():
    assert gc.isenabled()
    assert _job() is False
    assert gc.isenabled()
    with pytest.raises(ValueError):
        _job(fail=True)
    assert gc.isenabled()


def test_left_off_when_it_was_off_before():
    gc.disable()
    try:
        _job()
        assert not gc.isenabled()
    finally:
        gc.enable()


def _people(count: int, start: int = 0) -> list[PesertaData]:
    return [PesertaData(nik=f"17040105037{80000 + n:05d}", nama=f"Peserta {n}", kecamatan_kode="17.04.01")
            for n in range(start, start + count)]


def _chunks(people: list[PesertaData], size: int) -> list[list[NewEvent]]:
    events = [person_with_card_event(f"9{n:010d}", p, None, "17.04", "2026-11-02") for n, p in enumerate(people)]
    return [events[i:i + size] for i in range(0, len(events), size)]


def test_a_list_stored_in_overlapped_chunks_is_what_append_stores(tmp_path):
    registers = []
    for overlapped in (False, True):
        conn = db.connect(tmp_path / f"{overlapped}.db")
        office.init_office(conn, "kabupaten", "17.04")
        chunks = _chunks(_people(500), 120)
        moved = NewEvent("peserta_diubah", "2026-11-03", nik=_people(1)[0].nik, kecamatan_kode="17.04.02",
                         payload={"kecamatan_kode": "17.04.02"})
        chunks[2] = [*chunks[2], moved]  # a chunk projected event by event, between overlapped ones
        stored = []
        with transaction(conn):
            if overlapped:
                bulk.append_overlapped(conn, chunks, user=ledger.SYSTEM_USER, after_chunk=stored.append)
            else:
                for chunk in chunks:
                    ledger.append(conn, chunk)
        assert check.run(conn).ok and ledger.verify_chains(conn) == []
        assert conn.execute("SELECT count(*) FROM temp.sqlite_master WHERE name = 'events_staging'").fetchone()[0] == 0
        registers.append([tuple(r) for r in conn.execute(
            "SELECT p.nik, p.nama, p.kecamatan_kode, c.kpj, c.state, c.kecamatan_kode, p.card_id = c.id, e.seq "
            "FROM peserta p JOIN cards c ON c.peserta_id = p.id JOIN events e ON e.id = c.last_event_id "
            "ORDER BY p.nik")])
        if overlapped:
            assert stored == [120, 240, 361, 481, 501]
        conn.close()
    assert registers[0] == registers[1] and len(registers[1]) == 500
    assert registers[1][0][2] == "17.04.02" and registers[1][0][5] == "17.04.02"


def test_a_failure_in_the_helper_or_a_cancel_leaves_nothing(conn):
    def cancel_at(count):
        def after(stored):
            if stored >= count:
                raise Cancelled()
        return after

    stranger = [card_event(f"8{n:010d}", _people(1, 900)[0], None, "17.04", "2026-11-02") for n in range(60)]
    for chunks, after, error in (
        ([*_chunks(_people(300), 100), stranger], lambda stored: None, UserError),  # unknown NIK, in the helper
        (_chunks(_people(300), 100), cancel_at(200), Cancelled),
    ):
        with pytest.raises(error), transaction(conn):
            bulk.append_overlapped(conn, chunks, user=ledger.SYSTEM_USER, after_chunk=after)
        assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("events", "peserta", "cards")] \
            == [0, 0, 0]
    with transaction(conn):  # the connection is free and whole afterwards
        bulk.append_overlapped(conn, _chunks(_people(300), 100), user=ledger.SYSTEM_USER)
    assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 300 and check.run(conn).ok


def test_chunks_are_taken_as_they_are_asked_for():
    taken = []

    def source():
        for n in range(7):
            taken.append(n)
            yield n

    chunks = bulk.chunked(source(), 3)
    assert next(chunks) == [0, 1, 2] and taken == [0, 1, 2]
    assert list(chunks) == [[3, 4, 5], [6]]
