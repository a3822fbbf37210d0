"""What goes on the papers: the cards of a scope (kecamatan, desa) grouped per desa, and the cards of
a delivery (core/deliveries.py) for its berita acara."""

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from desktop.core import deliveries
from desktop.core import office as office_module
from desktop.core.errors import InvalidInput
from desktop.core.states import KIRIM_DESA, KIRIM_KECAMATAN, UNDELIVERED

SORTS = {"nama": "p.nama COLLATE NOCASE, c.kpj", "kpj": "c.kpj"}


@dataclass(frozen=True)
class Row:
    kpj: str
    nama: str
    nik: str
    alamat: str
    desa_kode: str | None
    kecamatan_kode: str | None
    state: str
    program: str


@dataclass
class Group:
    """The cards of one desa/kelurahan: one section of a daftar, one run of receipts."""

    desa_kode: str | None
    desa_nama: str
    kecamatan_kode: str | None
    kecamatan_nama: str
    kabupaten_nama: str
    rows: list[Row] = field(default_factory=list)

    @property
    def is_kelurahan(self) -> bool:
        # Kemendagri numbers kelurahan 1xxx and desa 2xxx within a kecamatan.
        return bool(self.desa_kode) and self.desa_kode.rsplit(".", 1)[-1].startswith("1")

    @property
    def desa_label(self) -> str:
        return "Kelurahan" if self.is_kelurahan else "Desa"

    @property
    def head_title(self) -> str:
        return f"Lurah {self.desa_nama}" if self.is_kelurahan else f"Kepala Desa {self.desa_nama}"

    @property
    def programs(self) -> list[str]:
        return sorted({r.program for r in self.rows if r.program})


@dataclass(frozen=True)
class Scope:
    kecamatan: str | None = None
    desa: str | None = None

    def as_dict(self) -> dict:
        return {"kecamatan": self.kecamatan, "desa": self.desa}


def check_scope(conn: sqlite3.Connection, scope: Scope) -> Scope:
    """The scope with the kecamatan filled in from the desa; unknown or mismatched codes refused."""
    scope = Scope(office_module.check_area(conn, scope.kecamatan),
                  office_module.check_area(conn, scope.desa, level=4))
    if scope.desa:
        parent = scope.desa.rsplit(".", 1)[0]
        if scope.kecamatan and scope.kecamatan != parent:
            raise InvalidInput(f"Desa {scope.desa} tidak berada di kecamatan {scope.kecamatan}.")
        return Scope(parent, scope.desa)
    return scope


def groups(conn: sqlite3.Connection, scope: Scope, *, sort: str = "nama", pending_only: bool = True) -> list[Group]:
    """The cards in `scope` per desa (desa in code order), each desa sorted by name or KPJ.

    `pending_only` keeps the cards still to be handed to their workers (the list a desa signs);
    otherwise every card of the scope is listed (a reprint for the archive).
    """
    if sort not in SORTS:
        raise InvalidInput("Urutan harus 'nama' atau 'kpj'.")
    scope = check_scope(conn, scope)
    where, params = [], []
    if scope.desa:
        where.append("c.desa_kode = ?")
        params.append(scope.desa)
    elif scope.kecamatan:
        where.append("c.kecamatan_kode = ?")
        params.append(scope.kecamatan)
    if pending_only:
        where.append(f"c.state IN ({', '.join('?' * len(UNDELIVERED))})")
        params += UNDELIVERED
    return _grouped(conn, " AND ".join(where) or "1", params, sort)


def _grouped(conn: sqlite3.Connection, where: str, params: list, sort: str) -> list[Group]:
    rows = conn.execute(
        "SELECT c.kpj, p.nama, p.nik, p.alamat, c.desa_kode, c.kecamatan_kode, c.state, "
        "coalesce(pr.nama, '') FROM cards c JOIN peserta p ON p.id = c.peserta_id "
        f"LEFT JOIN programs pr ON pr.id = c.program_id WHERE {where} "
        f"ORDER BY c.kecamatan_kode, c.desa_kode, {SORTS[sort]}",
        params,
    ).fetchall()
    names = dict(conn.execute("SELECT kode, nama FROM regions").fetchall())
    result: dict[str | None, Group] = {}
    for values in rows:
        row = Row(*values)
        group = result.get(row.desa_kode)
        if group is None:
            group = result[row.desa_kode] = _group(names, row)
        group.rows.append(row)
    return list(result.values())


def _group(names: dict, row: Row) -> Group:
    kabupaten = row.kecamatan_kode.rsplit(".", 1)[0] if row.kecamatan_kode else ""
    return Group(row.desa_kode, names.get(row.desa_kode, "(desa belum diisi)"), row.kecamatan_kode,
                 names.get(row.kecamatan_kode, row.kecamatan_kode or ""), names.get(kabupaten, ""))


@dataclass
class Delivery:
    """One handover between offices (a `deliveries` record) with its cards grouped per desa."""

    id: int
    doc_no: str
    kind: str  # kirim_kecamatan or kirim_desa
    on: date
    sender: str  # region code of the giving office
    receiver: str  # region code of the receiving kecamatan or desa
    receiver_nama: str
    penerima: str  # the name written when the cards left (kades/lurah for a desa)
    jabatan: str
    groups: list[Group]

    @property
    def count(self) -> int:
        return sum(len(g.rows) for g in self.groups)


def delivery(conn: sqlite3.Connection, ref: str | int, *, sort: str = "nama") -> Delivery:
    """The delivery with number (or id) `ref` and the cards that left in it (not the cancelled ones)."""
    if sort not in SORTS:
        raise InvalidInput("Urutan harus 'nama' atau 'kpj'.")
    found = deliveries.get(conn, ref)
    groups = _grouped(conn, "c.kpj IN (SELECT kpj FROM delivery_cards WHERE delivery_id = ? "
                            "AND status != 'dibatalkan')", [found.id], sort)
    kind = KIRIM_KECAMATAN if found.kind == "kecamatan" else KIRIM_DESA
    return Delivery(found.id, found.no, kind, date.fromisoformat(found.sent_on[:10]), found.dari, found.ke,
                    found.ke_nama, found.penerima, found.jabatan, groups)
