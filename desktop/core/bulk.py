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

    Each chunk's additions are projected by a few long SQL statements (projection.statements_only), during
    which SQLite runs without Python's GIL. They run in a helper thread while this thread links the next
    chunk (JSON, hashes: pure Python), so a 100,000-row import spends the projection's seconds only once.
    Never two statements at once: the connection is used by one thread at a time, the helper's work
    being waited for before the next statement here. Other events are projected here, in order.
    `after_chunk(events stored so far)` may raise (Cancel): the helper is waited for, the caller's
    transaction then rolls everything back.
    """
    if not conn.in_transaction:
        raise RuntimeError("bulk.append_overlapped must run inside db.transaction()")
    office = ledger.this_office(conn)
    seq, prev = ledger.chain_head(conn, office)
    stored = 0
    projecting: Future | None = None
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
                    _finish(projecting)
                    items = list(zip(ledger.store_batch(conn, rows, params), rows, payloads, strict=True))
                    if projection.statements_only(items):
                        projecting = helper.submit(projection.apply_batch, conn, items)
                    else:
                        projecting = None
                        projection.apply_batch(conn, items)
                    stored += len(rows)
                    after_chunk(stored)
                _finish(projecting)
            finally:
                if projecting is not None:
                    wait([projecting])  # the connection is free again before anyone rolls back
    finally:
        sys.setswitchinterval(switch_interval)


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """`items` in lists of `size` (the last may be shorter), taken from the iterable as they are asked for."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _finish(projecting: Future | None) -> None:
    if projecting is not None:
        projecting.result()  # the helper's failure is raised here, in the caller's thread
