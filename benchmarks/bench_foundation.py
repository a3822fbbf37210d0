"""Foundation figures (DESIGN §8): search at 1,000,000 peserta, start at 100,000 cards, demo rate."""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.common import demo_db, median_seconds
from desktop.core import db, demo, search
from desktop.core.search import CardFilter

SEARCH_SIZE = int(os.environ.get("SERAHKARTU_BENCH_SEARCH_SIZE", "1000000"))


def search_figures(size: int = SEARCH_SIZE) -> dict[str, float]:
    conn = db.connect(demo_db(size))
    person = conn.execute(
        "SELECT p.nik, p.nama, c.kpj FROM peserta p JOIN cards c ON c.id = p.card_id "
        "WHERE p.id = (SELECT max(id) / 2 FROM peserta)").fetchone()
    today = date.today()
    queries = {
        "nik": person["nik"],
        "kpj": person["kpj"],
        "name_prefix": person["nama"].split()[0][:4],
        "two_name_prefixes": " ".join(w[:3] for w in person["nama"].split()[:2]),
    }
    figures = {}
    for label, text in queries.items():
        seconds = median_seconds(lambda t=text: search.ids(conn, CardFilter(text=t), today, limit=200), runs=9)
        figures[f"search_{label}_first200_ms_at_{size}"] = round(seconds * 1000, 2)
    conn.close()
    return figures


def start_figure(size: int = 100_000, runs: int = 5) -> dict[str, float]:
    """From before the process starts (`gui --smoke`) to the main window painted and usable, and to
    Beranda's figures shown (counted in the background on a big register): medians of cold processes."""
    path = demo_db(size)
    window, counted = [], []
    for _ in range(runs):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SERAHKARTU_START_CLOCK": repr(time.time())}
        done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(path), "gui", "--smoke"], env=env,
                              check=True, capture_output=True, text=True)
        times = {k: v for line in done.stdout.splitlines() if line.startswith("{") for k, v in json.loads(line).items()}
        window.append(times["window_s"])
        counted.append(times["figures_s"])
    return {f"start_to_window_s_at_{size}": round(statistics.median(window), 3),
            f"start_to_figures_s_at_{size}": round(statistics.median(counted), 3)}


def demo_rate(workers: int = 20_000) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        conn = db.connect(Path(folder) / "d.db")
        started = time.perf_counter()
        demo.build(conn, workers=workers)
        seconds = time.perf_counter() - started
        conn.close()
    return {"demo_workers_per_s": round(workers / seconds)}


def run() -> dict[str, float]:
    figures = {**search_figures(), **start_figure(), **demo_rate()}
    figures["load_average_1min"] = round(os.getloadavg()[0], 2)  # a busy machine slows every figure
    return figures


if __name__ == "__main__":
    print(run())
