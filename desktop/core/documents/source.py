"""What goes on the papers: the cards of a scope (kecamatan, desa) grouped per desa, and deliveries.

A delivery is, until handover records land, the set of kirim_kecamatan / kirim_desa events that share
one document number (doc_no): that number is the one written on the berita acara.
"""

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date

from desktop.core import regions
from desktop.core.errors import InvalidInput, NotFound, UserError
from desktop.core.states import KIRIM_DESA, KIRIM_KECAMATAN, KOREKSI, UNDELIVERED

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
    for kode, level, word in ((scope.kecamatan, 3, "kecamatan"), (scope.desa, 4, "desa/kelurahan")):
        if kode and (kode.count(".") + 1 != level or not _known(conn, kode)):
            raise InvalidInput(f"Kode {word} '{kode}' tidak dikenal di kabupaten kantor ini. "
                               f"Contoh kode {word}: {'17.04.01' if level == 3 else '17.04.01.2001'}.")
    if scope.desa:
        parent = scope.desa.rsplit(".", 1)[0]
        if scope.kecamatan and scope.kecamatan != parent:
            raise InvalidInput(f"Desa {scope.desa} tidak berada di kecamatan {scope.kecamatan}.")
        return Scope(parent, scope.desa)
    return scope


def _known(conn: sqlite3.Connection, kode: str) -> bool:
    return conn.execute("SELECT 1 FROM regions WHERE kode = ?", (kode,)).fetchone() is not None


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
    """One handover between offices: the cards that left together under one document number."""

    doc_no: str
    kind: str  # kirim_kecamatan or kirim_desa
    on: date
    sender: str  # region code of the giving custodian
    receiver: str  # region code of the receiving custodian
    groups: list[Group]
    details: dict

    @property
    def count(self) -> int:
        return sum(len(g.rows) for g in self.groups)

    def receiver_name(self, conn: sqlite3.Connection) -> str:
        return regions.name_of(conn, self.receiver)


def delivery(conn: sqlite3.Connection, number: str, *, sort: str = "nama") -> Delivery:
    """The delivery recorded under document number `number` (cards whose step was not undone)."""
    number = (number or "").strip()
    events = conn.execute(
        f"SELECT e.id, e.kpj, e.type, e.occurred_on, e.from_custodian, e.to_custodian, e.payload "
        f"FROM events e WHERE e.doc_no = ? AND e.type IN (?, ?) AND NOT EXISTS ("
        f"  SELECT 1 FROM events k WHERE k.type = '{KOREKSI}' AND k.kpj = e.kpj "
        f"  AND json_extract(k.payload, '$.undoes') = e.uuid)",
        (number, KIRIM_KECAMATAN, KIRIM_DESA),
    ).fetchall()
    if not events:
        raise NotFound(f"Tidak ada pengiriman kartu dengan nomor dokumen '{number}'. "
                       "Lihat daftar pengiriman di halaman Cetak.")
    first = events[0]
    receivers = {e["to_custodian"] for e in events}
    if len(receivers) > 1:
        raise UserError(f"Nomor dokumen '{number}' dipakai untuk {len(receivers)} penerima berbeda; "
                        "berita acara dibuat per penerima. Perbaiki nomor dokumennya.")
    kpjs = [e["kpj"] for e in events]
    placeholders = ", ".join("?" * len(kpjs))
    return Delivery(number, first["type"], date.fromisoformat(first["occurred_on"]), first["from_custodian"],
                    first["to_custodian"], _grouped(conn, f"c.kpj IN ({placeholders})", kpjs, sort),
                    json.loads(first["payload"]))


def deliveries(conn: sqlite3.Connection) -> list[dict]:
    """Every delivery with a document number, newest first (for the Cetak page's picker)."""
    rows = conn.execute(
        "SELECT doc_no, type, min(occurred_on), to_custodian, count(*) FROM events "
        "WHERE doc_no IS NOT NULL AND type IN (?, ?) GROUP BY doc_no, type, to_custodian "
        "ORDER BY min(occurred_on) DESC, doc_no",
        (KIRIM_KECAMATAN, KIRIM_DESA),
    ).fetchall()
    names = dict(conn.execute("SELECT kode, nama FROM regions").fetchall())
    return [{"doc_no": r[0], "type": r[1], "on": r[2], "receiver": r[3], "receiver_name": names.get(r[3], r[3]),
             "count": r[4]} for r in rows]
