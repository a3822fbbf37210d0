"""Writes to a database in a loop until it is killed (tests/core/test_crash.py kills it with SIGKILL).

Usage: python tests/crash_worker.py MODE DB SEED, MODE one of `import` (a 100-row import per
transaction, with the automatic backup before every few) or `handover` (bursts of card steps: batches
of up to 25 cards in one transaction, and single steps in a row) or `sync` (the district's sync
files, in order, into a kecamatan office). After each commit it prints
`ok <last event id>` (and `mulai` before each); the parent then knows what must survive the kill.
"""

import contextlib
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from desktop.core import backups, cards, db, register
from desktop.core.cards import Step
from desktop.core.errors import UserError
from desktop.core.nik import build
from desktop.core.sync import receive

IMPORT_ROWS = 100
BATCH = 25


def main(mode: str, path: str, seed: int) -> None:
    conn = db.connect(path)
    rng = random.Random(seed)
    print("siap", flush=True)
    if mode == "sync":
        sync_imports(conn)
        return
    while True:
        print("mulai", flush=True)
        (import_batch if mode == "import" else handover_burst)(conn, rng)
        last = conn.execute("SELECT max(id) FROM events").fetchone()[0]
        print(f"ok {last}", flush=True)


def import_batch(conn, rng: random.Random) -> None:
    done = conn.execute("SELECT count(*) FROM peserta").fetchone()[0]
    batch = done // IMPORT_ROWS
    if batch % 4 == 0:
        backups.before(conn, "impor")
    with db.transaction(conn):
        for n in range(done, done + IMPORT_ROWS):
            born = date(1960, 1, 1) + timedelta(days=n // 9999)
            nik = build("17.04.01", born, "P" if n % 2 else "L", n % 9999 + 1)
            data = register.PesertaData(nik=nik, nama=f"Pekerja Impor {n}", kecamatan_kode="17.04.01",
                                        desa_kode="17.04.01.2001", alamat=f"impor-{batch:06d}")
            register.add_peserta(conn, data, on="2026-11-22", kpj=f"{80_000_000_000 + n}")


# The round a card can travel for ever: sent, received, returned undelivered, back at the district.
CYCLE = (
    ("di_kabupaten", Step("kirim_kecamatan", "2026-11-22")),
    ("dikirim", Step("terima_kecamatan", "2026-11-22")),
    ("di_kecamatan", Step("kembalikan", "2026-11-22", reason="tidak_ditemukan")),
    ("dikembalikan", Step("kembali_ke_kabupaten", "2026-11-22")),
)


def handover_burst(conn, rng: random.Random) -> None:
    state, step = rng.choice(CYCLE)
    if rng.random() < 0.8:
        _batch(conn, state, step)
        return
    for kpj in _cards(conn, state, 10):  # single steps in a row, as a clerk scanning cards one by one
        cards.record_step(conn, kpj, Step(step.kind, step.on, reason=step.reason, doc_no="SATU"))


def sync_imports(conn) -> None:
    """Take in the district's sync files in order (files already taken in are refused as older)."""
    folder, typed = os.environ["SERAHKARTU_CRASH_FILES"], os.environ["SERAHKARTU_CRASH_FINGERPRINT"]
    for path in sorted(Path(folder).glob("berkas-*.age")):
        print("mulai", flush=True)
        with contextlib.suppress(UserError):  # a file already taken in is refused as older
            receive.import_file(conn, path, fingerprint=typed)
        last = conn.execute("SELECT max(id) FROM events").fetchone()[0]
        print(f"ok {last}", flush=True)
    print("selesai", flush=True)
    time.sleep(3600)  # every file is in: wait for the kill like the others


def _batch(conn, state: str, step: Step) -> None:
    kpjs = _cards(conn, state, BATCH)
    if kpjs:
        doc = f"BURST-{conn.execute('SELECT max(id) FROM events').fetchone()[0]}-{len(kpjs)}"
        cards.record_steps(conn, kpjs, Step(step.kind, step.on, reason=step.reason, doc_no=doc))


def _cards(conn, state: str, n: int) -> list[str]:
    # A returned card already at the district's desk has no way back to it: leave those out.
    district = conn.execute("SELECT kode FROM office").fetchone()[0] if state == "dikembalikan" else ""
    rows = conn.execute("SELECT kpj FROM cards WHERE state = ? AND custodian != ? ORDER BY random() LIMIT ?",
                        (state, district, n))
    return [r[0] for r in rows]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
