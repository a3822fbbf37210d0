"""The reconciliation workbook, reopened: it balances on every row, its totals are the database's, NIK
cells are text, dates are dates, and a clerk's conveniences (frozen header, filter) are there."""

import re
import shutil
import subprocess

import openpyxl
import pytest

from desktop.core import db, figures, reconciliation
from desktop.core.errors import UserError
from desktop.core.reports import rekonsiliasi
from desktop.core.states import RETURN_REASONS
from tests.conftest import TODAY

HEADER_ROW = 4


@pytest.fixture(scope="module")
def workbook_path(demo_template, tmp_path_factory):
    """The whole demo district's workbook, written once for this module (reading it back is the slow part)."""
    conn = db.connect(demo_template)
    try:
        path = tmp_path_factory.mktemp("rekonsiliasi") / "rekonsiliasi.xlsx"
        result = rekonsiliasi.write(conn, path, TODAY)
    finally:
        conn.close()
    assert result.balanced and result.cards == 7130
    return path


@pytest.fixture(scope="module")
def values(workbook_path):
    return openpyxl.load_workbook(workbook_path, read_only=True, data_only=True)


@pytest.fixture(scope="module")
def formulas(workbook_path):
    return openpyxl.load_workbook(workbook_path, read_only=True)


def _table(ws) -> tuple[list[str], list[list]]:
    rows = [list(r) for r in ws.iter_rows(min_row=HEADER_ROW, values_only=True)]
    return rows[0], rows[1:]


def _named(header, row) -> dict:
    return dict(zip(header, row, strict=True))


def test_ringkasan_balances_and_its_totals_are_the_database(values, formulas, demo_conn):
    header, rows = _table(values["Ringkasan"])
    *kecamatan, totals = [_named(header, r) for r in rows]
    assert len(kecamatan) == 15 and totals["Kode"] == "JUMLAH"
    reasons = [h for h in header if h in RETURN_REASONS.values()]
    assert len(reasons) == 6
    for row in kecamatan + [totals]:
        outcome = (row["Diserahkan"] + sum(row[r] for r in reasons) + row["Hilang/rusak"]
                   + row["Masih di kecamatan"] + row["Masih di desa"])
        assert row["Diterima kecamatan"] - outcome == 0 == row["Selisih"]
        assert row["Dialokasikan"] == row["Belum sampai kecamatan"] + row["Diterima kecamatan"]
    states = figures.counts_by_state(demo_conn)
    assert totals["Dialokasikan"] == 7130
    assert totals["Diserahkan"] == states["diserahkan"] and totals["Hilang/rusak"] == states["hilang"]
    assert sum(totals[r] for r in reasons) == states["dikembalikan"]
    assert totals["Masih di kecamatan"] == states["di_kecamatan"] and totals["Masih di desa"] == states["di_desa"]
    assert totals["Tertahan"] == figures.tertahan_count(demo_conn, TODAY)
    # The totals and the balance are formulas, so an edited sheet still adds up.
    _, formula_rows = _table(formulas["Ringkasan"])
    last = HEADER_ROW + len(rows)
    assert formula_rows[-1][2] == f"=SUM(C{HEADER_ROW + 1}:C{last - 1})"
    selisih = formula_rows[0][header.index("Selisih")]
    assert re.fullmatch(r"=E5-\(G5\+SUM\(H5:M5\)\+N5\+O5\+P5\)", selisih)


def test_per_desa_balances_on_every_row(values, demo_conn):
    header, rows = _table(values["Per desa"])
    *desa, totals = [_named(header, r) for r in rows]
    reasons = [h for h in header if h in RETURN_REASONS.values()]
    for row in desa + [totals]:
        outcome = row["Diserahkan"] + sum(row[r] for r in reasons) + row["Hilang/rusak"] + row["Masih di desa"]
        assert row["Diterima desa"] == outcome and row["Selisih"] == 0
    assert totals["Dialokasikan"] == 7130
    assert totals["Masih di desa"] == figures.counts_by_state(demo_conn)["di_desa"]


def test_rincian_has_every_card_with_text_nik_and_real_dates(formulas, demo_conn):
    ws = formulas["Rincian"]
    rows = ws.iter_rows(min_row=HEADER_ROW)
    header = [c.value for c in next(rows)]
    count, at = 0, {h: i for i, h in enumerate(header)}
    for row in rows:
        count += 1
        nik, kpj = row[at["NIK"]], row[at["KPJ"]]
        assert nik.data_type == "s" and nik.number_format == "@"
        assert re.fullmatch(r"\d{6}\*{6}\d{4}", nik.value)
        assert kpj.data_type == "s" and kpj.number_format == "@"
        assert row[at["Didaftarkan"]].is_date
    assert count == 7130 == demo_conn.execute("SELECT count(*) FROM cards").fetchone()[0]


def test_sheets_are_styled_for_a_clerk(demo_conn, tmp_path):
    path = tmp_path / "kinal.xlsx"
    rekonsiliasi.write(demo_conn, path, TODAY, kecamatan="17.04.01")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Ringkasan", "Grafik", "Per desa", "Rincian", "Perlu tindakan", "Program",
                             "Keterangan"]
    for name in ("Ringkasan", "Per desa", "Rincian", "Perlu tindakan", "Program"):
        ws = wb[name]
        assert ws.freeze_panes.endswith(str(HEADER_ROW + 1)), name
        assert ws.auto_filter.ref.startswith("A4:"), name
        assert all(c.font.b for c in ws[HEADER_ROW]), name
        assert ws.column_dimensions["B"].width >= 10, name
        assert ws.print_title_rows == "$4:$4", name
    assert len(wb["Grafik"]._charts) == 1
    ringkasan = wb["Ringkasan"]
    assert ringkasan["H3"].value == "Dikembalikan" and "H3:M3" in ringkasan.merged_cells


def test_perlu_tindakan_lists_overdue_first_and_the_deceased_with_their_heirs(values, demo_conn):
    header, rows = _table(values["Perlu tindakan"])
    rows = [_named(header, r) for r in rows]
    overdue = [r for r in rows if r["Kategori"] == "Tertahan"]
    assert len(overdue) == figures.tertahan_count(demo_conn, TODAY) and rows[0]["Kategori"] == "Tertahan"
    assert [r["Lama dipegang (hari)"] for r in overdue] == sorted((r["Lama dipegang (hari)"] for r in overdue),
                                                                  reverse=True)
    died = [r for r in rows if r["Kategori"].startswith("Meninggal")]
    assert died and all(r["Ahli waris"] and r["Tanggal meninggal"] for r in died)
    assert all(isinstance(r["Telepon ahli waris"], str) and r["Telepon ahli waris"].startswith("08") for r in died)
    lost = [r for r in rows if r["Kategori"] == "Hilang/rusak"]
    assert len(lost) == figures.counts_by_state(demo_conn)["hilang"]


def test_program_cost_is_workers_times_months_times_premium(values, formulas):
    header, rows = _table(values["Program"])
    *per_kecamatan, totals = [_named(header, r) for r in rows]
    for row in per_kecamatan:
        assert row["Biaya (Rp)"] == row["Pekerja"] * row["Bulan"] * row["Iuran per bulan (Rp)"]
        assert row["Bulan"] == 6 and row["Iuran per bulan (Rp)"] == 16_800
    assert totals["Pekerja"] == 7130 and totals["Biaya (Rp)"] == 7130 * 6 * 16_800
    assert _table(formulas["Program"])[1][0][8] == '=IF(G5="","",F5*G5*H5)'


def test_one_kecamatan_and_unmasked_nik(demo_conn, tmp_path):
    path = tmp_path / "kinal.xlsx"
    result = rekonsiliasi.write(demo_conn, path, TODAY, kecamatan="17.04.01", unmask_nik=True)
    wb = openpyxl.load_workbook(path, read_only=True)
    ringkasan = list(wb["Ringkasan"].iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert [r[0] for r in ringkasan] == ["17.04.01", "JUMLAH"]
    niks = [r[2] for r in wb["Rincian"].iter_rows(min_row=HEADER_ROW + 1, values_only=True)]
    assert len(niks) == result.cards and all(re.fullmatch(r"170401\d{10}", n) for n in niks)
    assert "DITAMPILKAN UTUH" in wb["Rincian"]["A2"].value


def test_refusals_leave_no_file(demo_conn, tmp_path):
    with pytest.raises(UserError, match="berakhiran .xlsx"):
        rekonsiliasi.write(demo_conn, tmp_path / "x.pdf", TODAY)
    with pytest.raises(UserError, match="tidak ada di Kabupaten Kaur"):
        rekonsiliasi.write(demo_conn, tmp_path / "x.xlsx", TODAY, kecamatan="17.05.01")
    with pytest.raises(UserError, match="Folder"):
        rekonsiliasi.write(demo_conn, tmp_path / "no" / "x.xlsx", TODAY)
    assert list(tmp_path.glob("*.xlsx")) == []


def test_cancel_leaves_no_file_and_no_temp_table(demo_conn, tmp_path):
    from desktop.core.progress import Cancelled

    def cancel(done, total, text):
        if done > 2000:
            raise Cancelled()

    with pytest.raises(Cancelled):
        rekonsiliasi.write(demo_conn, tmp_path / "x.xlsx", TODAY, progress=cancel)
    assert list(tmp_path.glob("*.xlsx")) == []
    assert reconciliation.build(demo_conn, TODAY).totals().allocated == 7130


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_it_and_recalculates_the_same_figures(workbook_path, tmp_path):
    """LibreOffice converts it without complaint, and its own recalculation gives a zero balance everywhere."""
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(workbook_path)],
                   check=True, capture_output=True, timeout=300)
    recalculated = openpyxl.load_workbook(out / workbook_path.name, data_only=True)
    for name, balance_header in (("Ringkasan", "Selisih"), ("Per desa", "Selisih")):
        header, rows = _table(recalculated[name])
        at = header.index(balance_header)
        assert rows and all(r[at] == 0 for r in rows), name
    header, rows = _table(recalculated["Ringkasan"])
    assert rows[-1][header.index("Dialokasikan")] == 7130


def test_a_kecamatan_office_reports_only_itself_even_when_empty(tmp_path):
    from desktop.core import office

    conn = db.connect(tmp_path / "kec.db")
    office.init_office(conn, "kecamatan", "17.04.01")
    result = rekonsiliasi.write(conn, tmp_path / "kec.xlsx", TODAY)
    assert result.kecamatan == "17.04.01" and result.balanced and result.cards == 0
    assert result.rows["Ringkasan"] == 1 and result.rows["Rincian"] == 0
    with pytest.raises(UserError, match="hanya memegang data"):
        rekonsiliasi.write(conn, tmp_path / "lain.xlsx", TODAY, kecamatan="17.04.02")
    conn.close()
