"""`export peserta`: the register as a table — one row per person with their card's state.

The NIK is masked (170401******0003) unless the clerk explicitly unmasks it, and that choice is recorded
in the ledger (exports/disclosure; UU 27/2022 on personal data). NIK, KPJ, phone numbers and region codes
are written as text (in a CSV as ="…", see writers).
"""

import sqlite3
from pathlib import Path

from desktop.core import ledger, users
from desktop.core import nik as nik_rules
from desktop.core import office as office_module
from desktop.core.exports import disclosure
from desktop.core.exports.writers import check_target, write_table
from desktop.core.progress import ProgressFn, report

COLUMNS = ("nik", "nama", "tanggal_lahir", "jenis_kelamin", "alamat", "desa_kode", "desa", "kecamatan_kode",
           "kecamatan", "pekerjaan", "telepon", "kpj", "status_kartu", "perlu_dicek")
TEXT_COLUMNS = ("nik", "desa_kode", "kecamatan_kode", "telepon", "kpj")  # digits Excel must not turn into numbers
QUERY = """
SELECT p.nik, p.nama, p.tanggal_lahir, p.jenis_kelamin, p.alamat, p.desa_kode, dr.nama, p.kecamatan_kode,
       kr.nama, p.pekerjaan, p.telepon, c.kpj, c.state, p.perlu_dicek
FROM peserta p
LEFT JOIN cards c ON c.id = p.card_id
LEFT JOIN regions dr ON dr.kode = p.desa_kode
LEFT JOIN regions kr ON kr.kode = p.kecamatan_kode
{where}
ORDER BY p.kecamatan_kode, p.desa_kode, p.nama COLLATE NOCASE, p.id
"""


def export(conn: sqlite3.Connection, out: str | Path, *, unmask_nik: bool = False, kecamatan: str | None = None,
           user: str = ledger.SYSTEM_USER, progress: ProgressFn | None = None) -> int:
    """Write the register to `out` (.xlsx or .csv); returns the number of people written."""
    users.require_for_output(conn, user, "ekspor", unmask_nik=unmask_nik)
    out = check_target(out)
    office_module.require(conn)
    kecamatan = office_module.check_area(conn, kecamatan)
    where, params = ("WHERE p.kecamatan_kode = ?", [kecamatan]) if kecamatan else ("", [])
    total = conn.execute(f"SELECT count(*) FROM peserta p {where}", params).fetchone()[0]
    def rows():
        for number, row in enumerate(conn.execute(QUERY.format(where=where), params)):
            if number % 10_000 == 0:
                report(progress, number, total, "Menulis daftar peserta…")
            values = list(row)
            if not unmask_nik:
                values[0] = nik_rules.mask(values[0])
            values[-1] = values[-1].replace("\n", "; ")
            yield ["" if v is None else v for v in values]

    write_table(out, "Peserta", list(COLUMNS), rows(), [COLUMNS.index(c) for c in TEXT_COLUMNS])
    if unmask_nik:
        disclosure.record(conn, "peserta", out, rows=total, kecamatan=kecamatan, user=user)
    report(progress, total, total, "Selesai.")
    return total
