"""`serahkartu handover …`: each subcommand end to end, its JSON, and its exit codes."""

import json

import openpyxl
import pytest

from desktop.cli import main

KEC = "17.04.01"


def run(capsys, db, *argv):
    code = main(["--db", db, "handover", *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in argv and code == 0 else out), err


@pytest.fixture
def db(tmp_path, capsys):
    """A district with five people of one desa, cards at the district."""
    path = str(tmp_path / "kab.db")
    assert main(["--db", path, "init", "--office", "kabupaten", "--region", "17.04"]) == 0
    from desktop.core import db as dbm
    from desktop.core import register

    conn = dbm.connect(path)
    for i in range(1, 6):
        register.add_peserta(conn, register.PesertaData(
            nik=f"17040112038400{i:02d}", nama=f"Warga {i}", kecamatan_kode=KEC, desa_kode="17.04.01.2001"),
            on="2026-11-01", kpj=f"2000000000{i}")
    conn.close()
    capsys.readouterr()
    return path


def _state(db, kpj):
    import sqlite3

    return sqlite3.connect(db).execute("SELECT state FROM cards WHERE kpj = ?", (kpj,)).fetchone()[0]


def test_the_whole_chain_from_the_command_line(db, capsys, tmp_path):
    code, sent, _ = run(capsys, db, "send", "--kecamatan", KEC, "--date", "2026-11-02", "--json")
    assert code == 0 and sent["no"] == "001/BAST-KK/17.04.01/XI/2026" and sent["jumlah"] == 5
    code, receipt, _ = run(capsys, db, "receive", "--delivery", sent["no"], "--missing", "20000000005",
                           "--date", "2026-11-03", "--received-by", "Sekcam Rudi", "--json")
    assert code == 0 and (receipt["expected"], receipt["received"], receipt["missing"]) == (5, 4, 1)
    assert receipt["penerima"] == receipt["delivery"]["penerima"] == "Sekcam Rudi"
    assert receipt["delivery"]["diterima_oleh"] == "Sekcam Rudi"
    assert _state(db, "20000000005") == "hilang"
    code, box, _ = run(capsys, db, "to-desa", "--desa", "17.04.01.2001", "--kades", "Hasan", "--date",
                       "2026-11-04", "--json")
    assert code == 0 and box["jumlah"] == 4 and box["penerima"] == "Hasan" and box["jabatan"] == "Kepala Desa"
    code, one, _ = run(capsys, db, "deliver", "--kpj", "20000000001", "--date", "2026-11-05", "--json")
    assert code == 0 and one["penerima"] == "sendiri"
    code, proxy, _ = run(capsys, db, "deliver", "--nik", "1704011203840002", "--proxy", "Ani", "--relation",
                         "istri", "--date", "2026-11-05", "--json")
    assert code == 0 and proxy["kpj"] == "20000000002" and proxy["penerima"] == "wakil"
    code, back, _ = run(capsys, db, "return", "--kpj", "20000000003", "--reason", "meninggal", "--death-date",
                        "2026-11-01", "--heir", "Budi", "--heir-phone", "081234567890", "--date", "2026-11-06",
                        "--json")
    assert code == 0 and back["returned"] == 1
    code, dead, _ = run(capsys, db, "deceased", "--json")
    assert dead["count"] == 1 and dead["deceased"][0]["ahli_waris"] == "Budi"
    code, up, _ = run(capsys, db, "return", "--kpj", "20000000003", "--to-kabupaten", "--date", "2026-11-07",
                      "--json")
    assert code == 0 and up["returned_up"] == 1
    code, fixed, _ = run(capsys, db, "correct", "--kpj", "20000000001", "--reason", "salah orang", "--json")
    assert code == 0 and fixed["state"] == "di_desa"
    code, lost, _ = run(capsys, db, "reprint", "--json")
    assert lost["count"] == 1 and lost["cards"][0]["kpj"] == "20000000005"


def test_deliver_from_a_signed_sheet(db, capsys, tmp_path):
    run(capsys, db, "send", "--kecamatan", KEC, "--date", "2026-11-02")
    run(capsys, db, "receive", "--delivery", "1", "--date", "2026-11-03")
    run(capsys, db, "to-desa", "--desa", "17.04.01.2001", "--kades", "Hasan", "--date", "2026-11-04")
    sheet = tmp_path / "signed.xlsx"
    book = openpyxl.Workbook()
    rows = [["DAFTAR SERAH TERIMA KARTU"], [], ["No", "Nama", "KPJ", "Tanggal", "TTD"],
            [1, "Warga 1", "20000000001", "2026-11-06", "v"], [2, "Warga 2", 20000000002, None, "ttd"], [],
            [3, "Warga 3", "20000000003", None, ""], [4, "Warga 9", "29999999999", None, "v"],
            [5, "Warga 4", "abc", None, "v"], [6, "Warga 5", "20000000005", "kemarin", "v"], [], []]
    for row in rows:
        book.active.append(row)
    book.save(sheet)
    code, result, _ = run(capsys, db, "deliver", "--from-file", str(sheet), "--date", "2026-11-07", "--json")
    assert code == 0
    assert {k: result[k] for k in ("rows_read", "skipped_blank", "signed", "not_signed", "delivered",
                                   "already_delivered", "refused")} == {
        "rows_read": 7, "skipped_blank": 1, "signed": 5, "not_signed": 1, "delivered": 2, "already_delivered": 0,
        "refused": 3}
    assert [(p["row"], p["column"], p["code"], p["severity"]) for p in result["problems"]] == [
        (8, "KPJ", "kpj_unknown", "error"), (9, "KPJ", "kpj_format", "error"),
        (10, "Tanggal", "date_format", "error")]
    assert all(set(p) >= {"row", "column", "code", "severity", "message"} for p in result["problems"])
    assert not any(p["message"].startswith("Baris") for p in result["problems"])
    assert _state(db, "20000000001") == _state(db, "20000000002") == "diserahkan"
    assert _state(db, "20000000003") == "di_desa"
    code, again, _ = run(capsys, db, "deliver", "--from-file", str(sheet), "--date", "2026-11-07", "--json")
    assert (again["delivered"], again["already_delivered"], again["refused"]) == (0, 2, 3)
    assert again["signed"] == again["delivered"] + again["already_delivered"] + again["refused"]
    assert {p["severity"] for p in again["problems"] if p["code"] == "already_delivered"} == {"warning"}
    code, text, _ = run(capsys, db, "deliver", "--from-file", str(sheet), "--date", "2026-11-07")
    assert "0 kartu dicatat diserahkan, 2 sudah diserahkan sebelumnya, 3 ditolak." in text
    assert "  - Baris 9: KPJ 'abc' bukan nomor kartu." in text


def test_refusals_exit_1_with_a_message_and_change_nothing(db, capsys):
    code, out, err = run(capsys, db, "receive", "--delivery", "9", "--json")
    assert code == 1 and json.loads(out)["ok"] is False and "tidak ditemukan" in err
    code, _, err = run(capsys, db, "deliver", "--kpj", "20000000001", "--proxy", "Ani", "--json")
    assert code == 1 and "--relation" in err
    code, _, err = run(capsys, db, "to-desa", "--desa", "17.04.01.2001", "--kades", "Hasan", "--json")
    assert code == 1 and "Tidak ada kartu" in err
    code, _, err = run(capsys, db, "return", "--kpj", "20000000001", "--reason", "meninggal", "--json")
    assert code == 1 and "Tanggal meninggal" in err
    code, _, err = run(capsys, db, "correct", "--kpj", "20000000001", "--reason", "x", "--json")
    assert code == 1 and "baru didaftarkan" in err
    assert _state(db, "20000000001") == "di_kabupaten"


def test_usage_errors_exit_2(db, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--db", db, "handover", "return", "--kpj", "1", "--reason", "bosan"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["--db", db, "handover", "deliver", "--kpj", "1", "--nik", "2"])
    assert info.value.code == 2
