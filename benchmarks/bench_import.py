"""Import figures (DESIGN §8): a 100,000-row .xlsx imported (read, validate, store) ≤ 3 s and ≤ 5 × the
time python-calamine alone needs to read the same file, measured in the same run (median of runs): as the
CLI imports it (cli_*), and in the wizard's phases (wizard_*: read, check, store).

The list is generated once (seeded) into a cache folder: NIK as text, birth date as a date cell, desa
and kecamatan by name as clerks write them, a KPJ on every row, so every row adds a person and a card.

    python benchmarks/bench_import.py [--rows N] [--runs K]
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import python_calamine  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from benchmarks.common import CACHE  # noqa: E402
from desktop.core import db, office, regions  # noqa: E402
from desktop.core import nik as nik_rules  # noqa: E402
from desktop.core.importing import columns, readers  # noqa: E402
from desktop.core.importing.pipeline import ImportRequest, commit, import_file  # noqa: E402
from desktop.core.importing.plan import analyse  # noqa: E402

TODAY = date(2026, 11, 22)
HEADER = ["NO", "NIK", "NAMA LENGKAP", "TGL LAHIR", "JK", "ALAMAT", "DESA/KELURAHAN", "KECAMATAN", "PEKERJAAN",
          "NO KPJ", "NO HP"]
FIRST = ["Budi", "Siti", "Ahmad", "Nur", "Rahmat", "Dewi", "Agus", "Sri", "Joko", "Aminah", "Yusuf", "Rina"]
LAST = ["Santoso", "Aminah", "Hidayat", "Saputra", "Wati", "Lestari", "Pratama", "Sari", "Gunawan", "Susanti"]
JOBS = ["Petani", "Nelayan", "Buruh harian lepas", "Pedagang", "Ojek", "Tukang"]


def make_list(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    desa = [r for r in regions.within("17.04") if r.level == 4]
    names = regions.all_regions()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Daftar")
    sheet.append(["DAFTAR PENERIMA BANTUAN IURAN BPJS KETENAGAKERJAAN"])
    sheet.append(["KABUPATEN KAUR TAHUN 2026"])
    sheet.append([])
    sheet.append(HEADER)
    kpjs = rng.sample(range(10_000_000_000, 99_999_999_999), rows)
    serials: dict[str, int] = {}
    for i in range(rows):
        village = rng.choice(desa)
        sex = rng.choice("LP")
        birth = TODAY - timedelta(days=rng.randint(19 * 365, 64 * 365))
        prefix = nik_rules.build(village.kode[:8], birth, sex, 0)[:12]
        serials[prefix] = serials.get(prefix, 0) + 1
        nik = nik_rules.build(village.kode[:8], birth, sex, serials[prefix])
        kecamatan = names[village.kode[:8]].nama
        sheet.append([i + 1, nik, f"{rng.choice(FIRST)} {rng.choice(LAST)}".upper(), birth, sex,
                      f"Dusun {rng.choice(['I', 'II', 'III'])}", village.nama.upper(),
                      rng.choice([kecamatan, f"Kec. {kecamatan}"]), rng.choice(JOBS), str(kpjs[i]),
                      f"08{rng.randint(10**9, 10**10 - 1)}"])
    workbook.save(path)


def bare_read(path: Path) -> None:
    """python-calamine alone, as its documentation reads a sheet: the figure the import is compared with."""
    python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def cli_import(path: Path, folder: Path, run: int) -> dict[str, float]:
    """`serahkartu import FILE --program P`: read, then each run of rows checked while the one before is
    stored (pipeline.import_file)."""
    conn = _district(folder / f"cli{run}.db")
    clock = _Clock()
    plan = import_file(conn, ImportRequest(path, program="Benchmark"), today=TODAY)
    clock.lap("import")
    conn.close()
    _imported_cleanly(plan.result(), plan.rows_read)
    return clock.figures


def wizard_import(path: Path, folder: Path, run: int) -> dict[str, float]:
    """The wizard's phases: read, check the whole list (shown to the clerk), then store it."""
    conn = _district(folder / f"wizard{run}.db")
    clock = _Clock()
    table = readers.read(path)
    clock.lap("read")
    header_row = columns.find_header_row(table.rows)
    mapping = columns.mapping_for(conn, columns.header_cells(table.rows, header_row)).mapping
    plan = analyse(conn, table, header_row, mapping, today=TODAY)
    clock.lap("check")
    result = commit(conn, plan, today=TODAY, program="Benchmark")
    clock.lap("store")
    conn.close()
    _imported_cleanly(result, plan.rows_read)
    return clock.figures


def _district(path: Path):
    conn = db.connect(path)
    office.init_office(conn, "kabupaten", "17.04")
    return conn


def _imported_cleanly(result: dict, rows: int) -> None:
    if result["imported"] != rows:
        raise SystemExit(f"benchmark list did not import cleanly: {result['problems'][:3]}")


class _Clock:
    def __init__(self) -> None:
        self.figures: dict[str, float] = {}
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        self.start_wall, self.start_cpu = self.wall, self.cpu

    def lap(self, name: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        self.figures[f"{name}_s"], self.figures[f"{name}_cpu_s"] = wall - self.wall, cpu - self.cpu
        self.figures["total_s"], self.figures["total_cpu_s"] = wall - self.start_wall, cpu - self.start_cpu
        self.wall, self.cpu = wall, cpu


def run(rows: int = 100_000, runs: int = 3) -> dict[str, float]:
    """Wall time varies with what else the machine runs (2 shared cores), so each run times the bare read
    and both imports one after the other, and the ratio is taken within each run before the median;
    processor time is what the import itself costs. The load average is given with them."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"daftar_{rows}.xlsx"
    if not path.exists():
        make_list(path, rows)
    timed: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for number in range(runs):
            wall = time.perf_counter()
            bare_read(path)
            figures = {"calamine_read_s": time.perf_counter() - wall}
            figures.update({f"cli_{k}": v for k, v in cli_import(path, Path(folder), number).items()})
            figures.update({f"wizard_{k}": v for k, v in wizard_import(path, Path(folder), number).items()})
            figures["cli_vs_read"] = figures["cli_total_s"] / figures["calamine_read_s"]
            figures["wizard_vs_read"] = figures["wizard_total_s"] / figures["calamine_read_s"]
            for key, value in figures.items():
                timed.setdefault(key, []).append(value)
    result = {"import_rows": float(rows)}
    result.update({key: round(statistics.median(values), 3) for key, values in timed.items()})
    result["load_average_1min"] = round(os.getloadavg()[0], 1)
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    for key, value in run(options.rows, options.runs).items():
        print(f"{key}: {value}")
