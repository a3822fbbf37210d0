"""`serahkartu print …` on the demo district: JSON, exit codes, the printed event, check still whole."""

import json

from desktop.cli import main
from tests.core import pdfcheck


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_print_each_document_from_the_command_line(demo_path, tmp_path, capsys):
    db = str(demo_path)
    code, out, _ = run(capsys, "--db", db, "print", "daftar", str(tmp_path / "d.pdf"), "--kecamatan", "17.04.02",
                       "--paper", "f4", "--sort", "kpj", "--json")
    result = json.loads(out)
    assert code == 0 and result["document"] == "daftar" and result["paper"] == "f4" and result["rows"] > 0
    assert len(pdfcheck.page_sizes_mm(tmp_path / "d.pdf")) == result["pages"]

    number = _a_delivery(demo_path)
    code, out, _ = run(capsys, "--db", db, "print", "berita-acara", str(tmp_path / "ba.pdf"), "--delivery", number,
                       "--json")
    assert code == 0 and json.loads(out)["paper"] == "f4"
    assert number in pdfcheck.text(tmp_path / "ba.pdf", first=1, last=1)

    code, out, err = run(capsys, "--db", db, "print", "tanda-terima", str(tmp_path / "t.pdf"), "--desa",
                         "17.04.02.2008", "--semua", "--unmask-nik")
    assert code == 0 and "halaman A4" in out and "NIK dicetak lengkap" in err

    code, out, _ = run(capsys, "--db", db, "check", "--json")
    assert code == 0 and json.loads(out)["ok"]


def test_print_refusals_exit_1_and_usage_errors_exit_2(demo_path, tmp_path, capsys):
    db = str(demo_path)
    code, _, err = run(capsys, "--db", db, "print", "berita-acara", str(tmp_path / "x.pdf"))
    assert code == 1 and "--delivery" in err
    code, _, err = run(capsys, "--db", db, "print", "daftar", str(tmp_path / "x.pdf"), "--desa", "99.99")
    assert code == 1 and "Desa/kelurahan 99.99 tidak ada di Kabupaten Kaur" in err
    assert not (tmp_path / "x.pdf").exists()
    code, _, err = run(capsys, "--db", db, "print", "daftar", str(tmp_path / "bad.docx"), "--kecamatan", "17.04.02")
    assert code == 1 and "harus berakhiran .pdf" in err and not (tmp_path / "bad.docx").exists()
    try:
        code = main(["--db", db, "print", "daftar", str(tmp_path / "x.pdf"), "--paper", "legal"])
    except SystemExit as exc:
        code = exc.code
    assert code == 2


def _a_delivery(path) -> str:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT no FROM deliveries ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()
