"""Lists that call for action after a card left the chain: heirs who should claim JKM, cards to reprint."""

import json
import sqlite3

from desktop.core.office import check_area

_PEOPLE = (
    "FROM cards c JOIN peserta p ON p.id = c.peserta_id "
    "LEFT JOIN regions kr ON kr.kode = c.kecamatan_kode LEFT JOIN regions dr ON dr.kode = c.desa_kode "
    "LEFT JOIN programs pr ON pr.id = c.program_id "
)


def deceased(conn: sqlite3.Connection, *, kecamatan: str | None = None) -> list[dict]:
    """Workers whose card came back because they died, with what is known of their heirs.

    `tertanggung` says the death fell inside the programme's coverage: those heirs can claim the JKM
    benefit (Rp42 juta), and the district must reach them.
    """
    kecamatan = check_area(conn, kecamatan)
    scope = " AND c.kecamatan_kode = :kecamatan" if kecamatan else ""
    rows = conn.execute(
        "SELECT c.kpj, p.nik, p.nama, p.telepon, c.kecamatan_kode, c.desa_kode, kr.nama AS kecamatan, "
        "dr.nama AS desa, c.custodian, pr.nama AS program, pr.mulai, pr.selesai, e.occurred_on AS dikembalikan, "
        "e.payload " + _PEOPLE +
        "JOIN events e ON e.id = (SELECT max(id) FROM events WHERE kpj = c.kpj AND type = 'kembalikan') "
        f"WHERE c.state = 'dikembalikan' AND c.reason = 'meninggal'{scope}",
        {"kecamatan": kecamatan},
    ).fetchall()
    result = []
    for row in rows:
        item = dict(row)
        payload = json.loads(item.pop("payload"))
        item["tanggal_meninggal"] = payload.get("tanggal_meninggal")
        item["ahli_waris"] = payload.get("ahli_waris", "")
        item["telepon_ahli_waris"] = payload.get("telepon_ahli_waris", "")
        died = item["tanggal_meninggal"]
        item["tertanggung"] = bool(died and row["mulai"] and row["mulai"] <= died
                                   and (not row["selesai"] or died <= row["selesai"]))
        result.append(item)
    result.sort(key=lambda r: (not r["tertanggung"], r["tanggal_meninggal"] or "", r["nama"]))
    return result


def reprint(conn: sqlite3.Connection, *, kecamatan: str | None = None) -> list[dict]:
    """Cards recorded lost or damaged (or missing from a box): BPJS must print them again."""
    kecamatan = check_area(conn, kecamatan)
    scope = " AND c.kecamatan_kode = :kecamatan" if kecamatan else ""
    rows = conn.execute(
        "SELECT c.kpj, p.nik, p.nama, c.kecamatan_kode, c.desa_kode, kr.nama AS kecamatan, dr.nama AS desa, "
        "c.since AS dicatat, c.reason AS keterangan, c.custodian " + _PEOPLE +
        f"WHERE c.state = 'hilang'{scope} ORDER BY c.kecamatan_kode, c.desa_kode, p.nama COLLATE NOCASE",
        {"kecamatan": kecamatan},
    ).fetchall()
    return [dict(r) for r in rows]
