"""`export rekonsiliasi|tertahan` and `bpjs-cek` from the command line, and the Tertahan list itself."""

import csv
import json

import openpyxl
import pytest

from desktop.cli import main
from desktop.core import figures
from desktop.core.reports import tertahan
from tests.conftest import TODAY


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_rekonsiliasi_json(demo_path, tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    code, stdout, err = run(capsys, "--db", str(demo_path), "export", "rekonsiliasi", str(out), "--today",
                            TODAY.isoformat(), "--json")
    result = json.loads(stdout)
    assert code == 0 and err == ""
    assert result["kind"] == "rekonsiliasi" and result["cards"] == 7130 and result["balanced"] is True
    assert result["rows"]["Rincian"] == 7130 and len(result["kecamatan_rows"]) == 15
    assert all(k["selisih"] == 0 for k in result["kecamatan_rows"])
    assert out.is_file()


def test_export_refusals_exit_1_with_a_message(demo_path, tmp_path, capsys):
    db = str(demo_path)
    code, out, err = run(capsys, "--db", db, "export", "tertahan", str(tmp_path / "x.pdf"))
    assert (code, out) == (1, "") and ".xlsx atau .csv" in err
    code, out, err = run(capsys, "--db", db, "export", "rekonsiliasi", str(tmp_path / "x.xlsx"), "--kecamatan", "9")
    assert code == 1 and "Kecamatan 9 tidak ada di Kabupaten Kaur" in err
    with pytest.raises(SystemExit) as usage:
        main(["--db", db, "export", "laporan", "x.xlsx"])
    assert usage.value.code == 2


def test_tertahan_is_the_overdue_list_per_kecamatan_longest_first(demo_conn):
    rows = tertahan.rows(demo_conn, TODAY)
    assert len(rows) == figures.tertahan_count(demo_conn, TODAY)
    keys = [(r[0], -r[9]) for r in rows]
    assert keys == sorted(keys)
    assert {r[3] for r in rows} == {i["kpj"] for i in figures.overdue(demo_conn, TODAY)}


def test_export_tertahan_csv_keeps_numbers_as_text(demo_path, tmp_path, capsys):
    out = tmp_path / "t.csv"
    code, stdout, _ = run(capsys, "--db", str(demo_path), "export", "tertahan", str(out), "--kecamatan", "17.04.02",
                          "--today", TODAY.isoformat(), "--json")
    result = json.loads(stdout)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert code == 0 and rows[0][:4] == ["Kode kecamatan", "Kecamatan", "Desa/Kelurahan", "KPJ"]
    assert len(rows) - 1 == result["cards"] > 0
    assert all(r[0] == '="17.04.02"' and r[3].startswith('="') for r in rows[1:])


def test_export_tertahan_xlsx(demo_path, tmp_path, capsys):
    out = tmp_path / "t.xlsx"
    code, _, _ = run(capsys, "--db", str(demo_path), "export", "tertahan", str(out), "--today", TODAY.isoformat())
    wb = openpyxl.load_workbook(out, read_only=True, data_only=True)
    assert code == 0 and wb.sheetnames == ["Tertahan", "Per kecamatan"]
    header, *rows = list(wb["Tertahan"].iter_rows(min_row=4, values_only=True))
    assert header[3] == "KPJ" and all(isinstance(r[3], str) for r in rows)
    *per_kecamatan, totals = list(wb["Per kecamatan"].iter_rows(min_row=5, values_only=True))
    assert totals[2] == len(rows) == sum(r[2] for r in per_kecamatan)
