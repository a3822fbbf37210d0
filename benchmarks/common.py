"""Shared by the benchmark scripts: cached demo databases and a median timer."""

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from desktop.core import db, demo

CACHE = Path(os.environ.get("SERAHKARTU_BENCH_CACHE", "/tmp/serahkartu-bench"))


def demo_db(workers: int, seed: int = 1) -> Path:
    """A demo district of `workers` people, built once and kept between runs (1,000,000 takes minutes)."""
    path = CACHE / f"demo-{workers}-{seed}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        conn = db.connect(building)
        demo.build(conn, workers=workers, seed=seed)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        building.rename(path)
    return path


def median_seconds(work: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
