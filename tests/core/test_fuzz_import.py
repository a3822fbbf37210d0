"""Bad input, shown, for the spreadsheet importer: the committed fixture lists with their bytes mutated
(a cut copy, a bad stick), and lists whose cells hold every odd thing a clerk's sheet can hold. Every case
ends in a clear UserError with the database unchanged, or in an import that passes `check` — never a
crash, a hang or a half-written database. Cases: SERAHKARTU_FUZZ_CASES each (default 1,000)."""

import random
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core import check
from desktop.core.errors import UserError
from desktop.core.importing.pipeline import ImportRequest, import_file
from tests.conftest import TODAY
from tests.core.test_fuzz_files import CASES, SEED, deadline
from tests.core.test_fuzz_sync import state
from tests.mutate import mutate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
FILES = ["daftar_judul.xlsx", "daftar_lama.xls", "daftar.ods", "daftar_excel_windows.csv", "p3ke.xlsx"]


class Trial:
    """Import one file into the district; afterwards put its database back as it was."""

    def __init__(self, conn):
        self.conn = conn
        self.pristine = state(conn)
        self.snapshot = sqlite3.connect(":memory:")
        conn.backup(self.snapshot)
        self.outcomes = {"refused": 0, "imported": 0, "nothing_new": 0}

    def run(self, path: Path, what: str) -> None:
        with deadline(60, what):
            try:
                plan = import_file(self.conn, ImportRequest(path, program="BPU Kaur 2026"), today=TODAY)
            except UserError as exc:
                assert str(exc), what
                assert state(self.conn) == self.pristine, f"{what}: refused but changed the database"
                self.outcomes["refused"] += 1
                return
        result = plan.result()
        added = self.conn.execute("SELECT count(*) FROM peserta").fetchone()[0]
        assert added == result["imported"], what  # every row counted as imported is there, no more
        checked = check.run(self.conn)
        assert checked.ok, f"{what}: imported, then check failed: {checked.problems}"
        self.outcomes["imported" if result["imported"] else "nothing_new"] += 1
        self.snapshot.backup(self.conn)


def test_mutated_spreadsheet_files(conn, tmp_path):
    originals = {name: (FIXTURES / name).read_bytes() for name in FILES}
    trial = Trial(conn)
    rng = random.Random(SEED)
    for case in range(CASES):
        name = FILES[case % len(FILES)]
        data, how = mutate(originals[name], rng)
        path = tmp_path / f"kasus{Path(name).suffix}"
        path.write_bytes(data)
        trial.run(path, f"case {case}: {name} ({how})")
    assert trial.outcomes["imported"] > 0 and trial.outcomes["refused"] > 0
    print(f"\nimport, mutated files: {trial.outcomes}")


HEADER = ["NO", "NIK", "NAMA", "TGL LAHIR", "L/P", "ALAMAT", "DESA", "KECAMATAN", "PEKERJAAN", "NO HP", "KPJ"]
GOOD = ["1", "1704014507800003", "SITI AMINAH", "05-07-1980", "P", "Dusun II", "Gedung Wani", "Kinal",
        "Petani", "081234567890", "30000000001"]
ODD = [None, "", " ", 0, -1, 1.5, 1.70219e15, 1704014507800003, "1,70219E+15", "x" * 3000, "=1+1", True,
       datetime(1980, 7, 5), date(2099, 1, 1), "17.04.01", "17.04.01.2001", "KINAL", "Kec. Kinal", "ÿ\u202e",
       "'1704014507800003", "1704014507800000", "0000000000000000", "17040145078000031", "NULL", "#N/A",
       "\t", "Gedung  Wani", "desa tidak ada", "30000000001", "3000000000A"]


def odd_sheet(path: Path, rng: random.Random) -> str:
    book = Workbook()
    sheet = book.active
    if rng.random() < 0.2:
        sheet.append(["DAFTAR PENERIMA BANTUAN IURAN"])  # a title row above the header
    header = list(HEADER)
    if rng.random() < 0.3:
        header[rng.randrange(len(header))] = rng.choice(ODD[:12] + ["NIK", "NAMA"])
    sheet.append(header)
    rows = rng.randint(0, 12)
    for serial in range(rows):
        row = list(GOOD)
        row[1] = f"17040145078{serial:05d}"[-16:]
        row[10] = f"3{serial:010d}"
        for _ in range(rng.randint(0, 4)):
            row[rng.randrange(len(row))] = rng.choice(ODD)
        sheet.append(row[: rng.randint(1, len(row))] if rng.random() < 0.1 else row)
    book.save(path)
    return f"{rows} rows"


def test_sheets_with_odd_cells(conn, tmp_path):
    trial = Trial(conn)
    rng = random.Random(SEED + 3)
    for case in range(CASES):
        path = tmp_path / "ganjil.xlsx"
        what = odd_sheet(path, rng)
        trial.run(path, f"case {case} ({what})")
    assert trial.outcomes["imported"] > 0
    print(f"\nimport, odd cells: {trial.outcomes}")


@pytest.fixture(autouse=True)
def quiet_backups(monkeypatch):
    """The backup before each import is tested elsewhere; here it would copy the file 2,000 times."""
    from desktop.core import backups

    monkeypatch.setattr(backups, "before", lambda source, reason: None)
