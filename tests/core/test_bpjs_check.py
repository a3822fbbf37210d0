"""The BPJS cross-check finds exactly the differences planted in a list made from the register."""

import json

import openpyxl
import pytest

from desktop.cli import main
from desktop.core import register
from desktop.core.errors import UserError
from desktop.core.reports import bpjs_check


def _register(conn, n=None):
    sql = ("SELECT c.kpj, p.nik, p.nama FROM cards c JOIN peserta p ON p.id = c.peserta_id "
           "WHERE c.kecamatan_kode = '17.04.01' ORDER BY c.kpj")
    return [tuple(r) for r in conn.execute(sql)][:n]


def _bpjs_file(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR PESERTA BPU PEMDA KAB. KAUR"])
    ws.append([])
    ws.append(["NO", "NO KPJ", "NIK", "NAMA TENAGA KERJA", "STATUS"])
    for number, (kpj, nik, nama) in enumerate(rows, start=1):
        ws.append([number, kpj, nik, nama.upper(), "AKTIF"])
    wb.save(path)
    return path


@pytest.fixture
def planted(demo_conn, tmp_path):
    """Kinal's register as BPJS would send it, with one difference of each kind."""
    rows = _register(demo_conn)
    missing = rows.pop(0)  # a card BPJS does not list
    kpj, nik, nama = rows[0]
    rows[0] = (kpj, nik, nama + " Saputra")  # another name
    kpj, nik, nama = rows[1]
    rows[1] = ("98765432100", nik, nama)  # another KPJ
    rows.append(("11111111111", "1704014107900001", "Orang Baru"))  # not in the register
    rows.append(rows[5])  # listed twice
    nik_without_card = "1704010101900123"
    # a person in the register without a card, whom BPJS lists with a KPJ
    register.add_peserta(demo_conn, register.PesertaData(nik=nik_without_card, nama="Tanpa Kartu",
                                                         kecamatan_kode="17.04.01"), on="2026-11-01")
    rows.append(("22222222222", nik_without_card, "Tanpa Kartu"))
    return _bpjs_file(tmp_path / "bpjs.xlsx", rows), missing


def test_each_kind_of_difference_is_found_once(demo_conn, planted):
    path, missing = planted
    result = bpjs_check.check_file(demo_conn, path, kecamatan="17.04.01")
    counts = result.counts()
    assert counts == {"tidak_di_register": 1, "tanpa_kartu": 1, "kpj_beda": 1, "nama_beda": 1,
                      "tidak_di_bpjs": 1, "ganda_di_bpjs": 1}
    assert result.rows_read == len(_register(demo_conn)) - 1 + 3
    assert result.matched == result.rows_read - 5
    by_code = {f.code: f for f in result.findings}
    assert by_code["tidak_di_bpjs"].kpj == missing[0]
    assert by_code["tanpa_kartu"].kpj_bpjs == "22222222222" and "daftarkan" in by_code["tanpa_kartu"].keterangan
    assert by_code["kpj_beda"].kpj_bpjs == "98765432100"
    assert by_code["tidak_di_register"].row is not None and by_code["tidak_di_register"].row > 3


def test_names_match_whatever_the_case_and_spacing():
    assert bpjs_check.same_name("SITI  AMINAH", "Siti Aminah")
    assert bpjs_check.same_name("M. Yusuf", "M Yusuf")
    assert not bpjs_check.same_name("Siti Aminah", "Siti Aminah Saputra")


def test_cli_json_and_report(demo_path, planted, tmp_path, capsys):
    path, _ = planted
    report = tmp_path / "temuan.xlsx"
    code = main(["--db", str(demo_path), "bpjs-cek", str(path), "--kecamatan", "17.04.01", "--report", str(report),
                 "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["counts"]["nama_beda"] == 1 and len(result["findings"]) == 6
    wb = openpyxl.load_workbook(report, read_only=True)
    header, *rows = list(wb["Temuan"].iter_rows(min_row=4, values_only=True))
    assert len(rows) == 6 and header[3] == "NIK (BPJS)"
    assert all("*" in r[3] for r in rows if r[3])  # NIK masked by default


def test_a_list_without_kpj_or_nik_is_refused(demo_conn, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["NAMA", "ALAMAT"])
    wb.active.append(["Siti", "Dusun I"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(UserError, match="KPJ maupun NIK"):
        bpjs_check.check_file(demo_conn, tmp_path / "x.xlsx")
