"""The batched ledger path writes exactly what the one-event path writes: same JSON text, same hashes."""

import dataclasses
import hashlib
import json
import time
import uuid

import pytest

from desktop.core import check, db, ledger, office, timeline
from desktop.core.db import transaction
from desktop.core.errors import UserError
from desktop.core.ledger import NewEvent
from desktop.core.register import PesertaData, Program, card_event, person_with_card_event, peserta_event, save_program

SAMPLES = [
    ["uuid", "17.04", 7, "peserta_ditambahkan", None, "1704010503780001", "17.04.01", None, None, None, None,
     "2026-11-22", "2026-11-22T01:02:03.000+00:00", "sistem", None, '{"nama":"Ma’ruf"}', "0" * 64],
    {"nama": "Siti Ma’ruf “Ani”", "alamat": "Jl. Merdeka\nNo. 5", "target": 7130, "iuran": 16800.5,
     "kosong": None, "benar": True, "daftar": [1, "dua", {"b": 2, "a": 1}], "\u00e9": "\u2603\\"},
]


def test_the_encoders_write_what_json_dumps_writes():
    for sample in SAMPLES:
        assert ledger._encode_hashed(sample) == json.dumps(sample, ensure_ascii=False, separators=(",", ":"))
        assert ledger._encode_payload(sample) == json.dumps(sample, ensure_ascii=False, sort_keys=True,
                                                            separators=(",", ":"))


def test_batched_and_single_appends_chain_alike(conn):
    def events(n, start):
        return [NewEvent("program_disimpan", "2026-11-22",
                         payload={"uuid": f"p{start + i}", "nama": f"Program {start + i}", "pendana": "APBD",
                                  "iuran_per_bulan": 16800})
                for i in range(n)]

    with transaction(conn):
        ledger.append(conn, events(3, 0))  # one by one
        ledger.append(conn, events(ledger.BATCH_FROM + 5, 3))  # batched
    assert ledger.verify_chains(conn) == []
    rows = conn.execute("SELECT * FROM events ORDER BY seq").fetchall()
    for row in rows:
        reference = json.dumps([row[c] for c in ledger.HASHED_COLUMNS], ensure_ascii=False, separators=(",", ":"))
        assert hashlib.sha256(reference.encode("utf-8")).hexdigest() == row["hash"]
    assert conn.execute("SELECT count(*) FROM programs").fetchone()[0] == ledger.BATCH_FROM + 8
    assert check.run(conn).ok


def _people(count: int) -> list[PesertaData]:
    return [PesertaData(nik=f"17040105037{80000 + n:05d}", nama=f"Peserta {n}", tanggal_lahir="1978-03-05",
                        jenis_kelamin="L", alamat="" if n % 2 else f"Dusun {n}", desa_kode="17.04.01.2001",
                        kecamatan_kode="17.04.01", telepon="", perlu_dicek="region_unknown: desa?" if n == 3 else "")
            for n in range(count)]


def _register(conn, people: list[PesertaData], *, merged: bool) -> None:
    with transaction(conn):
        program = save_program(conn, Program(nama="BPU Kaur"), on="2026-11-01")
        if merged:
            events = [person_with_card_event(f"9{n:010d}", p, program, "17.04", "2026-11-02")
                      for n, p in enumerate(people)]
        else:
            events = [peserta_event(p, "2026-11-02") for p in people]
            events += [card_event(f"9{n:010d}", p, program, "17.04", "2026-11-02") for n, p in enumerate(people)]
        ledger.append(conn, events)


def _register_contents(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute(
        "SELECT p.nik, p.nama, p.tanggal_lahir, p.jenis_kelamin, p.alamat, p.desa_kode, p.kecamatan_kode, "
        "p.pekerjaan, p.telepon, p.perlu_dicek, c.kpj, c.state, c.custodian, c.kecamatan_kode, c.desa_kode, "
        "c.since, g.nama, p.card_id = c.id FROM peserta p JOIN cards c ON c.peserta_id = p.id "
        "LEFT JOIN programs g ON g.id = c.program_id ORDER BY p.nik")]


@pytest.mark.parametrize("count", [3, ledger.BATCH_FROM + 7])  # one event at a time, and in runs
def test_a_person_with_a_card_in_one_event_projects_as_two_events_do(tmp_path, count):
    registers = []
    for merged in (False, True):
        conn = db.connect(tmp_path / f"{merged}-{count}.db")
        office.init_office(conn, "kabupaten", "17.04")
        _register(conn, _people(count), merged=merged)
        assert check.run(conn).ok
        assert conn.execute("SELECT count(*) FROM peserta_fts WHERE peserta_fts MATCH 'peserta'").fetchone()[0] == count
        registers.append(_register_contents(conn))
        conn.close()
    assert registers[0] == registers[1] and len(registers[1]) == count


def test_a_card_for_someone_not_in_the_register_is_refused_and_nothing_is_written(conn):
    stranger = _people(1)[0]
    before = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(UserError, match=stranger.nik), transaction(conn):
        ledger.append(conn, [card_event(f"8{n:010d}", stranger, None, "17.04", "2026-11-02")
                             for n in range(ledger.BATCH_FROM)])
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 0


def test_new_event_ids_are_time_ordered_uuids_unique_and_increasing():
    batch = ledger.new_uuids(1000)
    parsed = [uuid.UUID(text) for text in batch]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in parsed)
    assert batch == sorted(batch) and len(set(batch)) == 1000
    assert [str(u) for u in parsed] == batch  # the usual text form
    # The first 48 bits are the clock in milliseconds: a batch made now carries today's time.
    made_at = (parsed[0].int >> 80) / 1000
    assert abs(made_at - time.time()) < 60


def test_the_history_says_the_person_came_with_their_card(conn):
    person = _people(1)[0]
    _register(conn, [person], merged=True)
    history = timeline.entries(conn, "90000000000", person.nik)
    assert [e.title for e in history] == ["Peserta ditambahkan dengan kartunya"]


def test_a_persons_payload_is_every_field_but_the_nik_and_a_copy():
    person = _people(1)[0]
    payload = person.payload()
    assert set(payload) == {f.name for f in dataclasses.fields(PesertaData)} - {"nik"}
    payload["nama"] = "lain"
    assert person.nama == "Peserta 0"


def test_a_run_of_cards_from_two_programmes_keeps_each_cards_own(conn):
    people = _people(ledger.BATCH_FROM + 4)
    with transaction(conn):
        first = save_program(conn, Program(nama="BPU Kaur"), on="2026-11-01")
        second = save_program(conn, Program(nama="BSU Desa"), on="2026-11-01")
        ledger.append(conn, [person_with_card_event(f"9{n:010d}", p, (first, second, None)[n % 3], "17.04",
                                                    "2026-11-02") for n, p in enumerate(people)])
    found = dict(conn.execute("SELECT c.kpj, g.nama FROM cards c LEFT JOIN programs g ON g.id = c.program_id"))
    assert [found[f"9{n:010d}"] for n in range(6)] == ["BPU Kaur", "BSU Desa", None] * 2
    assert len(found) == len(people) and check.run(conn).ok
