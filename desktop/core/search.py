"""Finding peserta and their cards: one filter, turned into SQL once, used by the table and the CLI.

Rows are peserta joined to their current card (`p` and `c`). A number is looked up by NIK or KPJ with
the unique indexes; words go to the FTS5 name index as prefixes ("siti ami" finds "Siti Aminah").
"""

import re
import sqlite3
from dataclasses import dataclass
from datetime import date

from desktop.core import holding

FROM_SQL = "peserta p LEFT JOIN cards c ON c.id = p.card_id"
CARD_JOIN = " LEFT JOIN cards c ON c.id = p.card_id"

# column key -> SQL to sort by; every order ends on p.id so paging is stable.
SORT_SQL = {
    "nama": "p.nama COLLATE NOCASE",
    "nik": "p.nik",
    "kpj": "c.kpj",
    "desa": "p.desa_kode",
    "kecamatan": "p.kecamatan_kode",
    "status": "c.state",
    "sejak": "c.since",
}


@dataclass
class CardFilter:
    text: str = ""
    kecamatan: str | None = None
    desa: str | None = None
    state: str | None = None
    tertahan: bool = False
    perlu_dicek: bool = False


def where(conn: sqlite3.Connection, f: CardFilter, today: date) -> tuple[str, str, dict]:
    """(FROM clause, WHERE clause, parameters) for `f`; `c` (cards) is joined by the caller if used.

    A text search drives the query from the index that answers it (the NIK/KPJ indexes, or the FTS5
    name index), so that 1,000,000 peserta are never scanned to find a few; the other filters then
    apply to those rows only.
    """
    source, clauses, params = "peserta p", [], {}
    text = f.text.strip()
    if text:
        source, clause, params = _text_source(text)
        if clause:
            clauses.append(clause)
    if f.desa:
        clauses.append("p.desa_kode = :desa")
        params["desa"] = f.desa
    elif f.kecamatan:
        clauses.append("p.kecamatan_kode = :kecamatan")
        params["kecamatan"] = f.kecamatan
    if f.state:
        clauses.append("c.state = :state")
        params["state"] = f.state
    if f.tertahan:
        sql, more = holding.tertahan_sql(conn, today)
        clauses.append(sql)
        params.update(more)
    if f.perlu_dicek:
        clauses.append("p.perlu_dicek != ''")
    return source, (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _text_source(text: str) -> tuple[str, str, dict]:
    digits = re.sub(r"[\s.\-']", "", text)
    if digits.isdigit():
        if len(digits) == 16:
            return "peserta p", "p.nik = :nik", {"nik": digits}
        # A partial number: NIK or KPJ starting with it (index range scans, not LIKE).
        upper = digits[:-1] + chr(ord(digits[-1]) + 1)
        matches = ("(SELECT id FROM peserta WHERE nik >= :lo AND nik < :hi "
                   "UNION SELECT peserta_id FROM cards WHERE kpj >= :lo AND kpj < :hi) m "
                   "CROSS JOIN peserta p ON p.id = m.id")
        return matches, "", {"lo": digits, "hi": upper}
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return "peserta p", "0", {}
    # Each word a prefix, all required: "siti ami" finds "Siti Aminah" and "Aminah Siti Rahma".
    matches = "peserta_fts f CROSS JOIN peserta p INDEXED BY peserta_id_nama ON p.id = f.rowid"
    return matches, "peserta_fts MATCH :match", {"match": " ".join(f'"{w}"*' for w in words)}


def ids(conn: sqlite3.Connection, f: CardFilter, today: date, *, sort: str = "nama",
        descending: bool = False, limit: int | None = None) -> list[int]:
    """Peserta ids matching `f`, in order. The table model holds only these."""
    source, sql_where, params = where(conn, f, today)
    direction = "DESC" if descending else "ASC"
    order = f"{SORT_SQL[sort]} {direction}, p.id {direction}"
    if re.search(r"\bc\.", sql_where + order):
        source += CARD_JOIN  # only when a card column is asked for: a name search then reads one index
    sql = f"SELECT p.id FROM {source}{sql_where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [r[0] for r in conn.execute(sql, params)]


ROW_COLUMNS = (
    "p.id, p.nik, p.nama, p.tanggal_lahir, p.jenis_kelamin, p.alamat, p.desa_kode, p.kecamatan_kode, "
    "p.pekerjaan, p.telepon, p.perlu_dicek, c.kpj, c.state, c.custodian, c.since, c.reason, c.doc_no, "
    "dr.nama AS desa, kr.nama AS kecamatan"
)
ROW_FROM = (
    f"FROM {FROM_SQL} LEFT JOIN regions dr ON dr.kode = p.desa_kode LEFT JOIN regions kr ON kr.kode = p.kecamatan_kode"
)


def rows(conn: sqlite3.Connection, peserta_ids: list[int], today: date | None = None) -> dict[int, sqlite3.Row]:
    """The display rows of the given peserta, by id (one query for a screenful).

    Each row carries `tertahan` (1 or 0) by the same rule as every count of held cards.
    """
    if not peserta_ids:
        return {}
    tertahan, params = holding.tertahan_sql(conn, today or date.today())
    params.update({f"id{i}": v for i, v in enumerate(peserta_ids)})
    marks = ",".join(f":id{i}" for i in range(len(peserta_ids)))
    found = conn.execute(
        f"SELECT {ROW_COLUMNS}, CASE WHEN {tertahan} THEN 1 ELSE 0 END AS tertahan "
        f"{ROW_FROM} WHERE p.id IN ({marks})", params)
    return {r["id"]: r for r in found}
