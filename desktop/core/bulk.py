"""Work over a whole list at once (an import): hundreds of thousands of live Python objects."""

import functools
import gc
import itertools
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait

from desktop.core import ledger, projection
from desktop.core.ledger import NewEvent


def without_cycle_collector(work):
    """Run `work` with Python's cycle collector paused (restored after, also on failure).

    A 100,000-row list is millions of live objects — cells, rows, checked rows, events — none of them in
    a reference cycle, all freed by reference counting when the import ends. Created at this rate they
    set off a full collection again and again, each walking all of them: about a second of a
    100,000-row import spent finding no garbage.
    """
    @functools.wraps(work)
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return work(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()
    return paused


def append_overlapped(conn: sqlite3.Connection, chunks: Iterable[list[NewEvent]], *, user: str,
                      after_chunk: Callable[[int], None] = lambda stored: None) -> None:
    """`ledger.append` for a whole list, chunk by chunk, inside the caller's transaction, using both cores.

    This thread links each chunk (JSON, hashes: pure Python) and hands its rows to SQLite in a staging
    table without indexes; a helper thread then moves them into `events` and projects them, a few long
    statements during which SQLite runs without Python's GIL, while this thread links the next chunk. So
    a 100,000-row import spends the index upkeep and the projection's seconds beside the Python work.
    Never two statements at once: the connection is used by one thread at a time, the helper being
    waited for before the next statement here. Events that need Python per event to project
    (projection.statements_only) are projected here, in order, once stored. `after_chunk(events stored so
    far)` may raise (Cancel): the helper is waited for, the caller's transaction rolls everything back.
    """
    if not conn.in_transaction:
        raise RuntimeError("bulk.append_overlapped must run inside db.transaction()")
    office = ledger.this_office(conn)
    seq, prev = ledger.chain_head(conn, office)
    # events has an INTEGER PRIMARY KEY and is never deleted from: inside our write transaction the new
    # rows take max(id)+1, +2, … (checked by ledger.confirm_last_id, since the projection links to these ids).
    next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM events").fetchone()[0]
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_STAGING} ({_COLUMNS})")
    conn.execute(f"DELETE FROM {_STAGING}")
    stored, working = 0, None
    switch_interval = sys.getswitchinterval()
    # The helper asks for the GIL back after each statement; this thread hands it over within 0.5 ms
    # instead of the default 5 ms.
    sys.setswitchinterval(0.0005)
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="proyeksi") as helper:
            try:
                for chunk in chunks:
                    rows, params, payloads = ledger.link(chunk, office, seq, prev, user)
                    if not rows:
                        continue
                    seq, prev = rows[-1]["seq"], rows[-1]["hash"]
                    _finish(working)
                    conn.executemany(_STAGE_SQL, params)
                    items = list(zip(range(next_id, next_id + len(rows)), rows, payloads, strict=True))
                    next_id += len(rows)
                    in_helper = projection.statements_only(items)
                    working = helper.submit(_store_staged, conn, items, project=in_helper)
                    if not in_helper:
                        _finish(working)
                        working = None
                        projection.apply_batch(conn, items)
                    stored += len(rows)
                    after_chunk(stored)
                _finish(working)
            finally:
                if working is not None:
                    wait([working])  # the connection is free again before anyone rolls back
        conn.execute(f"DROP TABLE {_STAGING}")
    finally:
        sys.setswitchinterval(switch_interval)


_STAGING = "temp.events_staging"
_STAGE_SQL = f"INSERT INTO {_STAGING} VALUES ({', '.join('?' * len(ledger.ROW_COLUMNS))})"
_COLUMNS = ", ".join(ledger.ROW_COLUMNS)
_MOVE_SQL = f"INSERT INTO events ({_COLUMNS}) SELECT {_COLUMNS} FROM {_STAGING} ORDER BY rowid"


def _store_staged(conn: sqlite3.Connection, items: list[tuple[int, dict, dict]], *, project: bool) -> None:
    """In the helper thread: the staged chunk into `events` in its order, then (if `project`) projected."""
    conn.execute(_MOVE_SQL)
    conn.execute(f"DELETE FROM {_STAGING}")
    last_id, last_row, _ = items[-1]
    ledger.confirm_last_id(conn, last_row, last_id)
    if project:
        projection.apply_batch(conn, items)


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """`items` in lists of `size` (the last may be shorter), taken from the iterable as they are asked for."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _finish(projecting: Future | None) -> None:
    if projecting is not None:
        projecting.result()  # the helper's failure is raised here, in the caller's thread
