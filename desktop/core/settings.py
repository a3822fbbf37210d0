"""Typed settings kept in the database, each with its default (a small options registry)."""

import sqlite3
from dataclasses import dataclass

from desktop.core import ledger, users
from desktop.core.errors import InvalidInput


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    label: str


HOLD_LIMIT_KABUPATEN = Setting("batas_hari_kabupaten", 14, "Batas hari kartu di kabupaten")
HOLD_LIMIT_KECAMATAN = Setting("batas_hari_kecamatan", 7, "Batas hari kartu di kecamatan")
HOLD_LIMIT_DESA = Setting("batas_hari_desa", 14, "Batas hari kartu di desa/kelurahan")

# Kop surat, signatories, paper and margins as one JSON value (see core/documents/config.py).
PRINTING = Setting("cetak", "", "Pengaturan cetak")
# Sign-in (issue 8): the screen locks after this many minutes without a key press or a click.
IDLE_LOCK_MINUTES = Setting("menit_kunci_layar", 15, "Kunci layar setelah tidak dipakai (menit)")

REGISTRY = {s.key: s for s in (HOLD_LIMIT_KABUPATEN, HOLD_LIMIT_KECAMATAN, HOLD_LIMIT_DESA, PRINTING,
                               IDLE_LOCK_MINUTES)}


def get(conn: sqlite3.Connection, setting: Setting):
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (setting.key,)).fetchone()
    if row is None:
        return setting.default
    return type(setting.default)(row[0])


def put(conn: sqlite3.Connection, setting: Setting, value, *, user: str = ledger.SYSTEM_USER) -> None:
    """Store one setting (call inside the caller's transaction when several go together)."""
    users.require(conn, user, "pengaturan")
    try:
        value = type(setting.default)(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"Nilai '{value}' tidak sah untuk {setting.label}.") from exc
    if isinstance(value, int) and value < 1:
        unit = "menit" if "menit" in setting.label else "hari"
        raise InvalidInput(f"{setting.label} harus paling sedikit 1 {unit}.")
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (setting.key, str(value)),
    )
