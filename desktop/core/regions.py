"""Kemendagri region codes (resources/wilayah.csv.gz, see resources/README.md for the source).

The full list ships with the app; an office's database holds only its own kabupaten's rows.
"""

import csv
import gzip
import io
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.errors import InvalidInput
from desktop.core.paths import resources_dir


@dataclass(frozen=True)
class Region:
    kode: str
    nama: str

    @property
    def level(self) -> int:
        return self.kode.count(".") + 1

    @property
    def parent(self) -> str | None:
        return self.kode.rsplit(".", 1)[0] if "." in self.kode else None


@lru_cache(maxsize=1)
def all_regions() -> dict[str, Region]:
    """Every region of Indonesia by code (about 91,600; read once, about 0.2 s)."""
    with gzip.open(resources_dir() / "wilayah.csv.gz", "rb") as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8"))
        next(reader)
        return {kode: Region(kode, nama) for kode, nama in reader}


def find(kode: str) -> Region:
    region = all_regions().get(kode.strip())
    if region is None:
        raise InvalidInput(
            f"Kode wilayah '{kode}' tidak dikenal. Gunakan kode Kemendagri seperti 17.04 (kabupaten) "
            "atau 17.04.01 (kecamatan)."
        )
    return region


def within(prefix: str) -> list[Region]:
    """The region itself and everything below it, in code order."""
    head = prefix + "."
    return sorted(
        (r for k, r in all_regions().items() if k == prefix or k.startswith(head)), key=lambda r: r.kode
    )


def kabupaten_choices() -> list[tuple[Region, Region]]:
    """(kabupaten/kota, its provinsi) for every district, for the first-run picker."""
    regions = all_regions()
    return [(r, regions[r.parent]) for r in regions.values() if r.level == 2]


def load_into_db(conn: sqlite3.Connection, kabupaten_kode: str) -> int:
    """Store the province, the kabupaten and everything below it. Call inside a transaction."""
    kab = find(kabupaten_kode)
    rows = [find(kab.parent), *within(kab.kode)]
    conn.executemany(
        "INSERT OR REPLACE INTO regions (kode, nama, level, parent) VALUES (?, ?, ?, ?)",
        [(r.kode, r.nama, r.level, r.parent) for r in rows],
    )
    return len(rows)


def name_of(conn: sqlite3.Connection, kode: str | None) -> str:
    if not kode:
        return ""
    row = conn.execute("SELECT nama FROM regions WHERE kode = ?", (kode,)).fetchone()
    return row[0] if row else kode


def label(conn: sqlite3.Connection, kode: str | None) -> str:
    """A region as a clerk reads it: 'Desa Tanjung Ganti, Kecamatan Maje (17.04.06.2006)'.

    Messages name a holder or an area this way rather than by a bare code nobody remembers.
    A value that is not a known region (e.g. 'peserta') is returned as it is.
    """
    nama = name_of(conn, kode)
    if not kode or nama == kode:
        return kode or ""
    parts = kode.split(".")
    if len(parts) == 4:
        # Kemendagri numbers kelurahan 1xxx and desa 2xxx within a kecamatan.
        word = "Kelurahan" if parts[-1].startswith("1") else "Desa"
        return f"{word} {nama}, Kecamatan {name_of(conn, kode.rsplit('.', 1)[0])} ({kode})"
    if len(parts) == 3:
        return f"Kecamatan {nama} ({kode})"
    return f"{nama} ({kode})"


def children(conn: sqlite3.Connection, kode: str) -> list[sqlite3.Row]:
    return conn.execute("SELECT kode, nama FROM regions WHERE parent = ? ORDER BY kode", (kode,)).fetchall()
