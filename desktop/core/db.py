"""Opening the SQLite database safely, and the one way to write to it: `transaction()`.

The connection runs in autocommit mode (isolation_level=None) so that every write is an explicit
transaction: `BEGIN IMMEDIATE` takes the write lock up front, which gives the one-writer rule of
DESIGN §4 and never upgrades a read lock half-way through (the classic SQLITE_BUSY deadlock).
"""

import contextlib
import itertools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core import backups, storage
from desktop.core.errors import UserError
from desktop.core.migrations import MIGRATIONS, migrate, schema_version

BUSY_TIMEOUT_MS = 10_000
_savepoint_numbers = itertools.count(1)


def connect(path: str | Path, *, migrate_schema: bool = True,
            before_upgrade: Callable[[], None] = lambda: None) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path` with the pragmas DESIGN §4 asks for.

    Before migrating an existing database to a newer schema, a backup is made (backups.before). That
    backup and the migrations take a while on a big register (0009 rebuilds an index over every event,
    about 3 s at 100,000 cards): `before_upgrade()` is called first, so that the front end can say so.
    """
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path} adalah folder, bukan berkas basis data. Pilih berkas .db.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # check_same_thread=False only for bulk.append_overlapped, which lends the connection to one helper
        # thread while it waits: every other connection stays in the thread that made it.
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except (OSError, sqlite3.OperationalError) as exc:
        raise storage.as_user_error(exc, path) or UserError(
            f"Basis data {path} tidak dapat dibuka ({exc}). Periksa bahwa folder itu ada dan boleh ditulisi."
        ) from exc
    conn.row_factory = sqlite3.Row
    try:
        _apply_pragmas(conn)
        if migrate_schema:
            if 0 < schema_version(conn) < len(MIGRATIONS):
                before_upgrade()
                backups.before(conn, "migrasi")
            migrate(conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damaged text in the schema decodes badly
        conn.close()
        raise storage.as_user_error(exc, path) or UserError(
            f"Berkas {path} bukan basis data SerahKartu yang utuh ({exc}). "
            "Pulihkan dari cadangan atau pilih berkas lain."
        ) from exc
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def reader(path: str | Path) -> Iterator[sqlite3.Connection]:
    """A second, read-only connection to the database at `path`, to read it while this process's own
    connection is busy writing in another thread. In WAL mode it sees only what is committed."""
    # query_only rather than a mode=ro URI: a URI cannot name every path Windows can (a network share)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA query_only = ON")
        yield conn
    finally:
        conn.close()


def readable_while_writing(conn: sqlite3.Connection) -> bool:
    """Whether a `reader` can read `conn`'s database while `conn` writes: only for a database in a file and
    in WAL mode. The app asks for WAL, but SQLite keeps the old journal where the file system cannot share
    memory; there a big write locks the file until it commits and a reader would wait for ever."""
    return bool(storage.database_file(conn)) and conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # 16 KiB pages instead of SQLite's 4 KiB, for a new database only (an existing one keeps the size it
    # was made with): a 100,000-row import writes about 140 MB of rows and index entries, and with four
    # times fewer pages to split, link and log its store took 3.9 s instead of 4.6 s. A handover touches
    # a few pages either way. It must come before journal_mode: a WAL database cannot change it.
    conn.execute("PRAGMA page_size = 16384")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: the 1,000,000-row table sorts in memory


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing. Nested use becomes a savepoint, so core functions compose freely."""
    if conn.in_transaction:
        name = f"sp_{next(_savepoint_numbers)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        error = storage.as_user_error(exc, storage.database_file(conn))
        if error is None:
            raise
        raise error from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        _rollback(conn)
        # A full disk or a read-only folder: say so in words; the rollback lost nothing.
        error = storage.as_user_error(exc, storage.database_file(conn))
        if error is not None and error is not exc:
            raise error from exc
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back; a failed COMMIT may already have ended the transaction, which is fine."""
    if conn.in_transaction:
        # SQLite rolls back by itself when ROLLBACK cannot run (e.g. the disk vanished)
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute("ROLLBACK")
