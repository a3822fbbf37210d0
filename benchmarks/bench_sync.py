"""Sync figures (DESIGN §8: export or import of 10,000 events ≤ 1 s each), both directions.

district → kecamatan: 3,334 people with their cards, sent (10,003 events with the programme).
kecamatan → district: the kecamatan confirms, passes to the desa and hands over every card (10,002).
Each import runs on a fresh copy of the receiver, so every run does the whole work.
"""

import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desktop.core import db, ledger, nik, office, regions
from desktop.core.cards import Step, step_event
from desktop.core.db import transaction
from desktop.core.register import PesertaData, Program, card_event, peserta_event, save_program
from desktop.core.states import Position
from desktop.core.sync import export, identity, receive
from desktop.core.sync.identity import KEY_FILE_SUFFIX

PEOPLE = 3_334
KEC = "17.04.01"
RUNS = 5
START = date(2026, 10, 1)


def _office(folder: Path, name: str, kind: str, kode: str):
    conn = db.connect(folder / f"{name}.db")
    office.init_office(conn, kind, kode)
    identity.ensure(conn)
    return conn


def _link(folder: Path, kab, kec) -> None:
    path = folder / "id.json"
    path.write_bytes(identity.identity_file_bytes(identity.load(kec)))
    identity.enroll(kab, path, identity.public_identity(kec).fingerprint)
    first = folder / "first.age"
    export.export_file(kab, KEC, first)
    receive.import_file(kec, first, fingerprint=identity.public_identity(kab).fingerprint)


def _district_events(kab) -> None:
    program = save_program(kab, Program("Bench"), on=START.isoformat())
    desa = [r["kode"] for r in regions.children(kab, KEC)]
    people, cards, sends = [], [], []  # as an import and one delivery write them: by kind
    for i in range(PEOPLE):
        birth = date(1960, 1, 1) + timedelta(days=i * 7 % 20000)
        person = PesertaData(nik=nik.build(KEC, birth, "L", i % 9000 + 1), nama=f"Peserta {i}", jenis_kelamin="L",
                             desa_kode=desa[i % len(desa)], kecamatan_kode=KEC)
        kpj = f"{50_000_000_000 + i}"
        sent, _ = step_event(kpj, KEC, Position("di_kabupaten", "17.04", START.isoformat()),
                             Step("kirim_kecamatan", START.isoformat()))
        people.append(peserta_event(person, START.isoformat()))
        cards.append(card_event(kpj, person, program, "17.04", START.isoformat()))
        sends.append(sent)
    with transaction(kab):
        ledger.append(kab, people + cards + sends)


def _kecamatan_events(kec) -> None:
    on = (START + timedelta(days=1)).isoformat()
    steps = (Step("terima_kecamatan", on), Step("kirim_desa", on),
             Step("serahkan", on, details={"penerima": "sendiri"}))
    rounds: list[list] = [[], [], []]  # the box received, then each desa's share, then the handovers
    for row in kec.execute("SELECT kpj, state, custodian, since, desa_kode FROM cards ORDER BY kpj"):
        position = Position(row["state"], row["custodian"], row["since"])
        for number, step in enumerate(steps):
            step = Step(step.kind, step.on, desa=row["desa_kode"] if step.kind == "kirim_desa" else None,
                        details=step.details)
            event, position = step_event(row["kpj"], KEC, position, step)
            rounds[number].append(event)
    with transaction(kec):
        ledger.append(kec, [event for events in rounds for event in events])


def _copy(conn, folder: Path, name: str) -> Path:
    target = folder / f"{name}.db"
    conn.execute(f"VACUUM INTO '{target}'")
    source = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    shutil.copy(source.with_name(source.stem + KEY_FILE_SUFFIX), folder / f"{name}{KEY_FILE_SUFFIX}")
    return target


def _timed_import(template: Path, path: Path, scratch: Path) -> tuple[float, int]:
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    shutil.copy(template, scratch / template.name)
    shutil.copy(template.with_name(template.stem + KEY_FILE_SUFFIX), scratch)
    conn = db.connect(scratch / template.name)
    started, cpu = time.perf_counter(), time.process_time()
    result = receive.import_file(conn, path)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    conn.close()
    return seconds, cpu, result.added


def _direction(sender, receiver, to: str, folder: Path, label: str) -> dict[str, float]:
    (folder / f"{label}-template").mkdir()
    template = _copy(receiver, folder / f"{label}-template", "receiver")
    exports, imports, cpus, count = [], [], [], 0
    for run in range(RUNS):
        path = folder / f"{label}-{run}.age"
        started = time.perf_counter()
        result = export.export_file(sender, to, path)
        exports.append(time.perf_counter() - started)
        seconds, cpu, count = _timed_import(template, path, folder / f"{label}-scratch")
        imports.append(seconds)
        cpus.append(cpu)
        assert count == result.events, (count, result.events)
    return {f"sync_export_{label}_{count}_events_s": round(sorted(exports)[RUNS // 2], 3),
            f"sync_import_{label}_{count}_events_s": round(sorted(imports)[RUNS // 2], 3),
            # CPU time too: on a shared machine the wall clock also counts the other processes' turns.
            f"sync_import_{label}_{count}_events_cpu_s": round(sorted(cpus)[RUNS // 2], 3)}


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        kab, kec = _office(folder, "kab", "kabupaten", "17.04"), _office(folder, "kec", "kecamatan", KEC)
        _link(folder, kab, kec)
        _district_events(kab)
        figures = _direction(kab, kec, KEC, folder, "to_kecamatan")
        receive.import_file(kec, folder / "to_kecamatan-0.age")  # the kecamatan now holds its cards
        _kecamatan_events(kec)
        figures.update(_direction(kec, kab, "17.04", folder, "to_district"))
        kab.close()
        kec.close()
    return figures


if __name__ == "__main__":
    print(run())
