"""A backup a person makes (Pengaturan › Cadangan, `serahkartu backup`): checked against the user's role,
written encrypted by `backups.to_folder`, and recorded in the audit trail.

It lives apart from `backups` because that module sits under `db` (a migration backs up first), below
the users and the audit trail this needs.
"""

import sqlite3
from pathlib import Path

from desktop.core import audit, backups, ledger, users
from desktop.core import office as office_module


def make(conn: sqlite3.Connection, out: str | Path, passphrase: str, *, user: str = ledger.SYSTEM_USER) -> Path:
    """An encrypted backup in folder `out` (or file `out` ending in .age); returns its path."""
    users.require(conn, user, "cadangan")
    here = office_module.require(conn)
    made = backups.to_folder(conn, out, passphrase, office_kode=here.kode)
    audit.record(conn, "cadangan", {"berkas": made.name, "terenkripsi": True}, user)
    return made
