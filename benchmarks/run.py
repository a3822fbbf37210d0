"""Print every performance figure of DESIGN §8 that exists: `python benchmarks/run.py [--json]`.

Each benchmarks/bench_*.py module exposes `run() -> dict[str, float]`. Figures are medians of several
runs on this machine; the core count is printed with them. Large demo databases are cached in
/tmp/serahkartu-bench (SERAHKARTU_BENCH_CACHE) because building 1,000,000 peserta takes minutes.
"""

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", action="append", help="run only these modules, e.g. --only foundation")
    args = parser.parse_args()
    figures: dict[str, object] = {"cores": os.cpu_count()}
    for path in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if args.only and name not in args.only:
            continue
        module = importlib.import_module(f"benchmarks.{path.stem}")
        figures.update(module.run())
        if not args.json:
            print(f"[{name}] done", file=sys.stderr)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:<50} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
