"""Files written with whole NIKs leave a trace in the ledger, as printed papers do (`dokumen_dicetak`).

Showing a NIK unmasked is an explicit choice (UU 27/2022 on personal data, DESIGN §3): an export, a
report or an import's problem rows written with whole NIKs is a `nik_diekspor` event in the hash
chain — what was written, how many rows, for which kecamatan, the absolute path, and by whom — so an
audit of the log finds it and sync carries it to the district. The app log gets the same line.
"""

import sqlite3
from datetime import date
from pathlib import Path

from desktop.core import applog, ledger
from desktop.core.db import transaction
from desktop.core.ledger import NewEvent
from desktop.core.states import NIK_DIEKSPOR

# what was written -> how the record names it
KINDS = {
    "peserta": "Daftar peserta",
    "rekonsiliasi": "Rekonsiliasi",
    "tertahan": "Kartu tertahan",
    "bpjs-cek": "Temuan cek BPJS",
    "impor-masalah": "Baris bermasalah impor",
}


def record(conn: sqlite3.Connection, kind: str, path: str | Path, *, rows: int, kecamatan: str | None = None,
           user: str = ledger.SYSTEM_USER, today: date | None = None) -> int:
    """Record that `path` was written with whole NIKs; returns the event id. Call after the file is complete."""
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}")  # a programming error, not the clerk's
    where = str(Path(path).resolve())
    applog.setup().info("NIK ditampilkan utuh: %s menulis %s (%d baris) ke %s", user, KINDS[kind], rows, where)
    event = NewEvent(NIK_DIEKSPOR, (today or date.today()).isoformat(), kecamatan_kode=kecamatan,
                     payload={"kind": kind, "file": where, "rows": rows, "unmasked": True})
    with transaction(conn):
        return ledger.append(conn, [event], user=user)[0]
