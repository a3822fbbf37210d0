"""The problem rows of an import as a workbook to send back to whoever made the list.

Each problem row keeps its original cells (all written as text, so a NIK keeps its 16 digits), with
its row number (a number cell, so the list sorts and filters by it) in the original file and the reasons in Indonesian.
`save` is the entry point: it checks the user's role and records the file, which carries whole NIKs.
"""

import sqlite3
from pathlib import Path

from desktop.core import ledger, users
from desktop.core.exports import disclosure
from desktop.core.exports.writers import write_xlsx
from desktop.core.importing.plan import Plan
from desktop.core.importing.problems import ERROR, label
from desktop.core.importing.values import text


def write_report(plan: Plan, out: str | Path) -> int:
    """Write the rows that have problems; returns how many rows were written."""
    by_row: dict[int, list] = {}
    for problem in plan.problems:
        by_row.setdefault(problem.row, []).append(problem)
    header = [h or f"Kolom {i + 1}" for i, h in enumerate(plan.header)]
    heads = ["Baris", "Status", *header, "Kode masalah", "Keterangan"]
    rows = []
    for number, problems in sorted(by_row.items()):
        cells = plan.table.rows[number - 1] if number - 1 < len(plan.table.rows) else []
        original = [text(cells[i]) if i < len(cells) else "" for i in range(len(header))]
        rejected = any(p.severity == ERROR for p in problems)
        rows.append([
            number, "Ditolak" if rejected else "Diimpor, perlu dicek", *original,
            ", ".join(dict.fromkeys(p.code for p in problems)),
            "\n".join(f"{label(p.code)}: {p.message}" for p in problems),
        ])
    write_xlsx(out, "Masalah impor", heads, rows, widths={"Keterangan": 80})
    return len(rows)


def save(conn: sqlite3.Connection, plan: Plan, out: str | Path, *, user: str = ledger.SYSTEM_USER) -> int:
    """Write the problem rows for whoever imports the list and record the file (`nik_diekspor`): its rows
    keep their original cells, whole NIKs included. Returns how many rows were written.

    The permission is "impor", not "buka_nik": the NIKs are the clerk's own file's, chosen a moment ago,
    not the register's; what the record keeps is that a copy of them was written elsewhere.
    """
    users.require(conn, user, "impor")
    rows = write_report(plan, out)
    disclosure.record(conn, "impor-masalah", out, rows=rows, user=user)
    return rows
