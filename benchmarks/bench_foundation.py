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
    """First 200 rows, in name order, for a NIK, a KPJ, a 4-letter name prefix, two name prefixes, and a
    3-letter prefix shared by many people (every match is put in name order before the first 200 are
    taken, so the broadest prefixes cost the most; reported so that it is seen)."""
    conn = db.connect(demo_db(size))
    person = conn.execute(
        "SELECT p.nik, p.nama, c.kpj FROM peserta p JOIN cards c ON c.id = p.card_id "
        "WHERE p.id >= (SELECT max(id) / 2 FROM peserta) AND p.nama LIKE '% %' LIMIT 1").fetchone()
    first, second = person["nama"].split()[:2]
    # The commonest start of a name (from a sample of one row in 100): the broadest 3-letter search.
    broad = conn.execute("SELECT substr(nama, 1, 3) FROM peserta WHERE id % 100 = 0 GROUP BY 1 "
                         "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    today = date.today()
    queries = {
        "nik": person["nik"],
        "kpj": person["kpj"],
        "name_prefix": first[:4],
        "two_name_prefixes": f"{first[:3]} {second[:3]}",
        "broad_3_letter_prefix": broad,
    }
    figures = {}
    for label, text in queries.items():
        seconds = median_seconds(lambda t=text: search.ids(conn, CardFilter(text=t), today, limit=200), runs=9)
        figures[f"search_{label}_first200_ms_at_{size}"] = round(seconds * 1000, 2)
    figures["search_broad_3_letter_prefix_matches"] = conn.execute(
        "SELECT count(*) FROM peserta_fts WHERE peserta_fts MATCH ?", (f'"{broad}"*',)).fetchone()[0]
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
