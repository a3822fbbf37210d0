"""Every file written with whole NIKs is a `nik_diekspor` event in the hash chain, with its absolute path,
as a printed paper is a `dokumen_dicetak` event; a masked file leaves no event."""

import json
import sqlite3

from desktop.cli import main
from tests.core.test_bpjs_check import _bpjs_file, _register
from tests.core.test_import_files import FIXTURES


def _disclosures(db) -> list[dict]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT payload, kecamatan_kode, user FROM events WHERE type = 'nik_diekspor' "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()
    return [{**json.loads(p), "kecamatan": k, "user": u} for p, k, u in rows]


def test_each_unmasked_export_is_recorded_with_its_absolute_path(demo_path, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # relative targets, as a clerk types them
    db = str(demo_path)
    assert main(["--db", db, "export", "peserta", "p-masked.csv"]) == 0
    assert main(["--db", db, "export", "tertahan", "t-masked.csv"]) == 0
    assert _disclosures(db) == []

    assert main(["--db", db, "export", "peserta", "p.csv", "--unmask-nik", "--kecamatan", "17.04.01"]) == 0
    assert main(["--db", db, "export", "rekonsiliasi", "r.xlsx", "--unmask-nik", "--kecamatan", "17.04.01"]) == 0
    assert main(["--db", db, "export", "tertahan", "t.csv", "--unmask-nik"]) == 0
    with sqlite3.connect(db) as conn:
        _bpjs_file(tmp_path / "bpjs.xlsx", _register(conn, 5)[1:] + [("11111111111", "1704014107900001", "Baru")])
    assert main(["--db", db, "bpjs-cek", "bpjs.xlsx", "--kecamatan", "17.04.01", "--report", "temuan.xlsx",
                 "--unmask-nik", "--json"]) == 0
    findings = len(json.loads(capsys.readouterr().out.splitlines()[-1])["findings"])

    found = _disclosures(db)
    assert [(d["kind"], d["file"], d["kecamatan"]) for d in found] == [
        ("peserta", str(tmp_path / "p.csv"), "17.04.01"),
        ("rekonsiliasi", str(tmp_path / "r.xlsx"), "17.04.01"),
        ("tertahan", str(tmp_path / "t.csv"), None),
        ("bpjs-cek", str(tmp_path / "temuan.xlsx"), "17.04.01"),
    ]
    assert all(d["unmasked"] and d["rows"] > 0 and d["user"] for d in found)
    assert found[-1]["rows"] == findings
    assert main(["--db", db, "check", "--json"]) == 0 and json.loads(capsys.readouterr().out)["ok"]


def test_an_import_report_carries_whole_niks_and_is_recorded(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "kab.db")
    assert main(["--db", db, "init", "--office", "kabupaten", "--region", "17.04"]) == 0
    assert main(["--db", db, "import", str(FIXTURES / "daftar_judul.xlsx"), "--program", "BPU 2026",
                 "--report", "masalah.xlsx", "--today", "2026-11-22"]) == 0
    assert main(["--db", db, "import", str(FIXTURES / "daftar_judul.xlsx"), "--program", "BPU 2026"]) == 0
    capsys.readouterr()
    assert [(d["kind"], d["file"], d["rows"]) for d in _disclosures(db)] == [
        ("impor-masalah", str(tmp_path / "masalah.xlsx"), 9)]
