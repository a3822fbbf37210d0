"""The register: programmes, peserta and their cards. Every write is an event (see ledger)."""

import sqlite3
import uuid as uuid_module
from dataclasses import asdict, dataclass

from desktop.core import ledger, users
from desktop.core import nik as nik_rules
from desktop.core import office as office_module
from desktop.core.db import transaction
from desktop.core.errors import InvalidInput, NotFound, UserError
from desktop.core.ledger import NewEvent
from desktop.core.states import DAFTAR, DI_KABUPATEN

DEFAULT_PREMIUM = 16_800  # JKK Rp10.000 + JKM Rp6.800 per worker per month (DESIGN §1)


@dataclass
class Program:
    nama: str
    pendana: str = ""
    mulai: str | None = None
    selesai: str | None = None
    iuran_per_bulan: int = DEFAULT_PREMIUM
    target: int | None = None
    batas_distribusi: str | None = None
    uuid: str = ""


def save_program(conn: sqlite3.Connection, program: Program, *, on: str, user: str = ledger.SYSTEM_USER) -> str:
    """Create or update a programme (the district's to write). Returns its uuid."""
    if not program.nama.strip():
        raise InvalidInput("Nama program wajib diisi.")
    if program.mulai and program.selesai and program.selesai < program.mulai:
        raise InvalidInput("Tanggal selesai program lebih awal dari tanggal mulainya.")
    if program.iuran_per_bulan <= 0:
        raise InvalidInput("Iuran per bulan harus lebih dari nol.")
    with transaction(conn):
        users.require(conn, user, "impor")
        _require_district(conn, "membuat atau mengubah program")
        clash = conn.execute(
            "SELECT uuid FROM programs WHERE nama = ? AND uuid != ?", (program.nama.strip(), program.uuid)
        ).fetchone()
        if clash:
            raise InvalidInput(f"Sudah ada program bernama '{program.nama}'. Pilih nama lain.")
        program.uuid = program.uuid or str(uuid_module.uuid4())
        program.nama = program.nama.strip()
        ledger.append(conn, [NewEvent("program_disimpan", on, payload=asdict(program))], user=user)
    return program.uuid


def program_by_name(conn: sqlite3.Connection, nama: str) -> sqlite3.Row | None:
    """The programme a clerk means: "bpu kaur  2026" typed at the prompt is the "BPU Kaur 2026" that exists,
    not a second programme whose cards would be counted apart in the reconciliation."""
    wanted = " ".join(nama.split())
    return conn.execute("SELECT * FROM programs WHERE nama = ? COLLATE NOCASE ORDER BY id", (wanted,)).fetchone()


@dataclass
class PesertaData:
    nik: str
    nama: str
    tanggal_lahir: str | None = None
    jenis_kelamin: str | None = None
    alamat: str = ""
    desa_kode: str | None = None
    kecamatan_kode: str | None = None
    pekerjaan: str = ""
    telepon: str = ""
    perlu_dicek: str = ""

    def payload(self) -> dict:
        """Every field but the NIK (the event carries it in its own column). A copy of the instance's
        dict: not dataclasses.asdict(), whose deep copy was most of the time of a 100,000-row import,
        nor a comprehension over the fields, at eight times the cost of this copy."""
        values = self.__dict__.copy()
        del values["nik"]
        return values


def peserta_event(data: PesertaData, on: str) -> NewEvent:
    """The event that adds one person (validated by the caller; used in bulk by import and demo)."""
    return NewEvent("peserta_ditambahkan", on, nik=data.nik, kecamatan_kode=data.kecamatan_kode,
                    payload=data.payload())


def card_event(kpj: str, data: PesertaData, program_uuid: str | None, district: str, on: str) -> NewEvent:
    """The card of a person already in the register: it starts at the district."""
    return NewEvent(DAFTAR, on, kpj=kpj, nik=data.nik, kecamatan_kode=data.kecamatan_kode,
                    to_state=DI_KABUPATEN, to_custodian=district, payload={"program": program_uuid})


def person_with_card_event(kpj: str, data: PesertaData, program_uuid: str | None, district: str,
                           on: str) -> NewEvent:
    """A new person and their card in ONE event: the card's registration carrying the person's data
    (payload "peserta"). Half the events of a person event followed by a card event, which is most of
    what storing a 100,000-row list costs; every reader of card registrations reads it unchanged."""
    return NewEvent(DAFTAR, on, kpj=kpj, nik=data.nik, kecamatan_kode=data.kecamatan_kode,
                    to_state=DI_KABUPATEN, to_custodian=district,
                    payload={"program": program_uuid, "peserta": data.payload()})


def add_peserta(conn: sqlite3.Connection, data: PesertaData, *, on: str, kpj: str | None = None,
                program_uuid: str | None = None, user: str = ledger.SYSTEM_USER) -> None:
    """Add one person (a late addition), and register their card when the KPJ is known."""
    found = nik_rules.problem(data.nik)
    if found:
        raise InvalidInput(found[1])
    if not data.nama.strip():
        raise InvalidInput("Nama peserta wajib diisi.")
    with transaction(conn):
        users.require(conn, user, "impor")
        district = _require_district(conn, "menambah peserta")
        if conn.execute("SELECT 1 FROM peserta WHERE nik = ?", (data.nik,)).fetchone():
            raise InvalidInput(f"NIK {data.nik} sudah terdaftar. Ubah data peserta itu, jangan ditambah lagi.")
        if kpj:
            _require_free_kpj(conn, kpj)
            event = person_with_card_event(kpj, data, program_uuid, district, on)
        else:
            event = peserta_event(data, on)
        ledger.append(conn, [event], user=user)


def register_card(conn: sqlite3.Connection, nik: str, kpj: str, *, on: str, program_uuid: str | None = None,
                  user: str = ledger.SYSTEM_USER) -> None:
    """Record that BPJS printed card `kpj` for the person with `nik`; it starts at the district."""
    with transaction(conn):
        users.require(conn, user, "impor")
        district = _require_district(conn, "mendaftarkan kartu")
        row = conn.execute("SELECT * FROM peserta WHERE nik = ?", (nik,)).fetchone()
        if row is None:
            raise NotFound(f"Tidak ada peserta dengan NIK {nik}.")
        _require_free_kpj(conn, kpj)
        data = PesertaData(nik=nik, nama=row["nama"], kecamatan_kode=row["kecamatan_kode"])
        ledger.append(conn, [card_event(kpj, data, program_uuid, district, on)], user=user)


def _require_free_kpj(conn: sqlite3.Connection, kpj: str) -> None:
    if conn.execute("SELECT 1 FROM cards WHERE kpj = ?", (kpj,)).fetchone():
        raise InvalidInput(f"KPJ {kpj} sudah tercatat untuk peserta lain. Periksa nomor kartunya.")


def _require_district(conn: sqlite3.Connection, what: str) -> str:
    office = office_module.require(conn)
    if not office.is_district:
        raise UserError(
            f"Hanya kantor kabupaten yang boleh {what}. Data peserta datang dari kabupaten lewat sinkronisasi."
        )
    return office.kode
