"""The letterhead, signatories, paper and margins of printed papers, kept in the database settings.

One JSON value under `settings.PRINTING`, so a save is all or nothing. Without a saved value the
defaults come from this office (its kabupaten and kecamatan names), so the first print already
carries a sensible kop surat.
"""

import json
import re
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.core import ledger, regions, settings, users
from desktop.core import office as office_module
from desktop.core.errors import InvalidInput

PAPERS = ("a4", "f4")
MAX_KOP_LINES = 3
MARGIN_RANGE_MM = (5.0, 40.0)


@dataclass
class Signatory:
    nama: str = ""
    nip: str = ""
    jabatan: str = ""

    def blank(self) -> bool:
        return not (self.nama.strip() or self.nip.strip())


@dataclass
class Margins:
    """Page margins in millimetres."""

    top: float = 15.0
    right: float = 15.0
    bottom: float = 12.0
    left: float = 20.0  # the binding side of an Indonesian official paper


@dataclass
class PrintSettings:
    kop: list[str] = field(default_factory=list)  # up to three institution lines, largest first
    alamat: str = ""  # address line under the kop
    logo: str = ""  # path to the logo image; empty for none
    kota: str = ""  # the place written before the date ("Bintuhan, 22 November 2026")
    kertas: str = "a4"  # lists and receipts
    kertas_berita_acara: str = "f4"  # DESIGN §5: F4 is the default for berita acara
    margins: Margins = field(default_factory=Margins)
    kepala: Signatory = field(default_factory=Signatory)  # head of this office (Kepala Dinas / Camat)
    petugas: Signatory = field(default_factory=Signatory)  # the clerk who hands the cards over
    # Officials of other regions by region code: camat of a kecamatan, kepala desa or lurah of a desa.
    pejabat: dict[str, Signatory] = field(default_factory=dict)

    def official(self, kode: str) -> Signatory:
        return self.pejabat.get(kode) or Signatory()

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "PrintSettings":
        data = json.loads(text)
        return cls(
            kop=list(data.get("kop", [])), alamat=data.get("alamat", ""), logo=data.get("logo", ""),
            kota=data.get("kota", ""), kertas=data.get("kertas", "a4"),
            kertas_berita_acara=data.get("kertas_berita_acara", "f4"),
            margins=Margins(**data.get("margins", {})),
            kepala=Signatory(**data.get("kepala", {})), petugas=Signatory(**data.get("petugas", {})),
            pejabat={k: Signatory(**v) for k, v in data.get("pejabat", {}).items()},
        )


def load(conn: sqlite3.Connection) -> PrintSettings:
    saved = settings.get(conn, settings.PRINTING)
    return PrintSettings.from_json(saved) if saved else defaults(conn)


def defaults(conn: sqlite3.Connection) -> PrintSettings:
    """What this office would most likely write on its kop surat."""
    office = office_module.current(conn)
    if office is None:
        return PrintSettings()
    kabupaten = regions.name_of(conn, office.kabupaten_kode)
    kop = [f"PEMERINTAH {kabupaten.upper()}"]
    if office.kind == "kecamatan":
        kecamatan = regions.name_of(conn, office.kode)
        kop.append(f"KECAMATAN {kecamatan.upper()}")
        kepala = Signatory(jabatan=f"Camat {kecamatan}")
        place = kecamatan  # a camat signs where the kecamatan office stands, not in the district's town
    else:
        kepala = Signatory(jabatan="Kepala Dinas")
        place = kabupaten.removeprefix("Kabupaten ").removeprefix("Kota ")
    return PrintSettings(kop=kop, kota=place, kepala=kepala, petugas=Signatory(jabatan="Petugas"))


def save(conn: sqlite3.Connection, value: PrintSettings, *, user: str = ledger.SYSTEM_USER) -> None:
    """Check and store; an invalid value (or a user who may not change settings) changes nothing."""
    users.require(conn, user, "pengaturan")
    cleaned = validate(value)
    settings.put(conn, settings.PRINTING, cleaned.to_json(), user=user)


def validate(value: PrintSettings) -> PrintSettings:
    kop = [line.strip() for line in value.kop if line.strip()]
    if len(kop) > MAX_KOP_LINES:
        raise InvalidInput(f"Kop surat paling banyak {MAX_KOP_LINES} baris nama instansi.")
    for paper in (value.kertas, value.kertas_berita_acara):
        if paper not in PAPERS:
            raise InvalidInput(f"Ukuran kertas '{paper}' tidak dikenal. Pilih A4 atau F4.")
    low, high = MARGIN_RANGE_MM
    for side, mm in asdict(value.margins).items():
        if not low <= float(mm) <= high:
            raise InvalidInput(f"Margin {side} {mm} mm di luar batas {low:g}–{high:g} mm.")
    if value.logo and not Path(value.logo).is_file():
        raise InvalidInput(f"Berkas logo '{value.logo}' tidak ditemukan. Pilih berkas gambar PNG atau JPG.")
    people = [value.kepala, value.petugas, *value.pejabat.values()]
    for person in people:
        person.nip = normalise_nip(person.nip, person.nama)
    return PrintSettings(kop=kop, alamat=value.alamat.strip(), logo=value.logo, kota=value.kota.strip(),
                         kertas=value.kertas, kertas_berita_acara=value.kertas_berita_acara,
                         margins=value.margins, kepala=value.kepala, petugas=value.petugas,
                         pejabat=dict(value.pejabat))


def normalise_nip(nip: str, nama: str = "") -> str:
    """A NIP is 18 digits; spaces and dots people type are dropped. Empty stays empty (not a civil servant)."""
    digits = re.sub(r"[\s.]", "", nip or "")
    if digits and not re.fullmatch(r"\d{18}", digits):
        who = f" untuk {nama}" if nama else ""
        raise InvalidInput(f"NIP{who} harus 18 digit angka (mis. 197001011990031004), ini '{nip}'.")
    return digits


def nip_display(nip: str) -> str:
    """'197001011990031004' -> '19700101 199003 1 004', the way a NIP is printed."""
    if len(nip) != 18:
        return nip
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
