"""This office: a kabupaten (district) office or a kecamatan office, and what it may act on."""

import sqlite3
from dataclasses import dataclass

from desktop.core import regions
from desktop.core.db import transaction
from desktop.core.errors import InvalidInput, NotInitialised, UserError
from desktop.core.ledger import now_utc
from desktop.core.states import PESERTA, kecamatan_of

KINDS = ("kabupaten", "kecamatan")


@dataclass(frozen=True)
class Office:
    kind: str
    kode: str
    nama: str
    kabupaten_kode: str

    @property
    def is_district(self) -> bool:
        return self.kind == "kabupaten"

    def as_dict(self) -> dict:
        return {"kind": self.kind, "kode": self.kode, "nama": self.nama, "kabupaten_kode": self.kabupaten_kode}


def region_for(kind: str, region_kode: str) -> regions.Region:
    """The region an office of `kind` at `region_kode` serves, or a clear refusal (no database needed)."""
    if kind not in KINDS:
        raise InvalidInput("Jenis kantor harus 'kabupaten' atau 'kecamatan'.")
    region = regions.find(region_kode)
    expected_level = 2 if kind == "kabupaten" else 3
    if region.level != expected_level:
        contoh = "17.04" if kind == "kabupaten" else "17.04.01"
        raise InvalidInput(
            f"Kode {region.kode} ({region.nama}) bukan kode {kind}. Contoh kode {kind}: {contoh}."
        )
    return region


def init_office(conn: sqlite3.Connection, kind: str, region_kode: str) -> Office:
    """Set up this database for one office (the first-run step). Refuses a second, different set-up."""
    region = region_for(kind, region_kode)
    existing = current(conn)
    if existing is not None:
        if (existing.kind, existing.kode) == (kind, region.kode):
            return existing
        raise UserError(
            f"Basis data ini sudah disiapkan untuk {existing.nama} ({existing.kode}). "
            "Gunakan basis data lain (--db) untuk kantor yang berbeda."
        )
    kabupaten = regions.find(region.kode[:5])
    nama = _office_name(kind, region, kabupaten)
    with transaction(conn):
        regions.load_into_db(conn, kabupaten.kode)
        conn.execute(
            "INSERT INTO office (id, kind, kode, nama, kabupaten_kode, created_at) VALUES (1, ?, ?, ?, ?, ?)",
            (kind, region.kode, nama, kabupaten.kode, now_utc()),
        )
    return current(conn)


def _office_name(kind: str, region: regions.Region, kabupaten: regions.Region) -> str:
    if kind == "kabupaten":
        return kabupaten.nama
    return f"Kecamatan {region.nama}, {kabupaten.nama}"


def current(conn: sqlite3.Connection) -> Office | None:
    row = conn.execute("SELECT kind, kode, nama, kabupaten_kode FROM office WHERE id = 1").fetchone()
    return Office(*row) if row else None


def require(conn: sqlite3.Connection) -> Office:
    office = current(conn)
    if office is None:
        raise NotInitialised(
            "Kantor ini belum disiapkan. Buka aplikasi untuk penyiapan awal, atau jalankan "
            "'serahkartu init --office kabupaten --region 17.04'."
        )
    return office


def enrolled_kecamatan(conn: sqlite3.Connection) -> set[str]:
    """Kecamatan whose own office is enrolled (active): their cards' hops are recorded there."""
    rows = conn.execute(
        "SELECT kode FROM offices WHERE kind = 'kecamatan' AND revoked_at IS NULL"
    ).fetchall()
    return {r[0] for r in rows}


def enrolled_since(conn: sqlite3.Connection, kecamatan_kode: str) -> str | None:
    """When the kecamatan's own office was first enrolled here (kept when it is revoked), or None."""
    row = conn.execute("SELECT enrolled_at FROM offices WHERE kode = ? AND kind = 'kecamatan'",
                       (kecamatan_kode,)).fetchone()
    return row[0] if row else None


def holds(conn: sqlite3.Connection, office: Office, custodian: str, kecamatan_kode: str) -> bool:
    """Whether `office` may record the next step of a card held by `custodian` (DESIGN §3, ownership).

    A kecamatan office acts on the cards held in its kecamatan (its own desk and its desa). The district
    acts on what it holds, and on a kecamatan's cards too while that kecamatan has no office enrolled:
    it then records the hops from the papers that come back.
    """
    if custodian == PESERTA:
        return False
    if office.kind == "kecamatan":
        return kecamatan_of(custodian) == office.kode
    if custodian == office.kode:
        return True
    return kecamatan_kode not in enrolled_kecamatan(conn)


def check_area(conn: sqlite3.Connection, kode: str | None, *, level: int = 3) -> str | None:
    """A kecamatan (level 3) or desa (level 4) code a user typed, checked against this office: it must be
    one of this kabupaten's, and a kecamatan office holds only its own people. None stays None (all).

    The one check behind every --kecamatan/--desa option and every report's choice of area: a code
    that matches nothing must say so, never give an empty file that looks like 'no cards'.
    """
    if kode is None or not kode.strip():
        return None
    office = require(conn)
    kode = kode.strip()
    row = conn.execute("SELECT level FROM regions WHERE kode = ? AND kode LIKE ?",
                       (kode, office.kabupaten_kode + ".%")).fetchone()
    word = "Kecamatan" if level == 3 else "Desa/kelurahan"
    if row is None or row[0] != level:
        kabupaten = conn.execute("SELECT nama FROM regions WHERE kode = ?", (office.kabupaten_kode,)).fetchone()
        raise InvalidInput(f"{word} {kode} tidak ada di {kabupaten[0] if kabupaten else office.kabupaten_kode}. "
                           f"Gunakan kode seperti {_example(conn, office, level)}.")
    if office.kind == "kecamatan" and kecamatan_of(kode) != office.kode:
        raise InvalidInput(f"Kantor ini hanya memegang data {office.nama} ({office.kode}); "
                           f"data {word.lower()} {kode} ada di kantor kabupaten.")
    return kode


def _example(conn: sqlite3.Connection, office: Office, level: int) -> str:
    """A real code of the right level from this office's own area, to show what is meant."""
    if level == 3 and office.kind == "kecamatan":
        return office.kode
    area = office.kode if office.kind == "kecamatan" else office.kabupaten_kode
    row = conn.execute("SELECT min(kode) FROM regions WHERE level = ? AND kode LIKE ?",
                       (level, area + ".%")).fetchone()
    return row[0] if row and row[0] else ("17.04.01" if level == 3 else "17.04.01.2001")
