"""`serahkartu sync …` end to end, and a sync file opened with the standard `age` tool."""

import json
import re
import shutil
import subprocess

import pytest

from desktop.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_enrol_exchange_and_open_with_age(tmp_path, capsys):
    kab, kec = str(tmp_path / "kab.db"), str(tmp_path / "kec.db")
    code, out, _ = run(capsys, "--db", kab, "init", "--office", "kabupaten", "--region", "17.04", "--json")
    assert code == 0 and len(json.loads(out)["fingerprint"].replace(" ", "")) == 20
    run(capsys, "--db", kab, "demo", "--workers", "60")
    run(capsys, "--db", kec, "init", "--office", "kecamatan", "--region", "17.04.01")
    code, out, _ = run(capsys, "--db", kec, "sync", "identity", "-o", str(tmp_path / "kec.json"), "--json")
    kec_fp = json.loads(out)["fingerprint"]
    kab_fp = json.loads(run(capsys, "--db", kab, "sync", "identity", "-o", str(tmp_path / "kab.json"),
                            "--json")[1])["fingerprint"]

    code, _, err = run(capsys, "--db", kab, "sync", "enroll", str(tmp_path / "kec.json"))
    assert code == 1 and kec_fp in err  # shown so it can be compared on the phone
    assert run(capsys, "--db", kab, "sync", "enroll", str(tmp_path / "kec.json"), "--fingerprint", kec_fp)[0] == 0

    to_kec = str(tmp_path / "ke-kinal.age")
    code, out, _ = run(capsys, "--db", kab, "sync", "export", "--to", "17.04.01", "-o", to_kec, "--json")
    sent = json.loads(out)
    assert code == 0 and sent["nomor"] == 1 and sent["events"] > 0
    code, _, err = run(capsys, "--db", kec, "sync", "import", to_kec)
    assert code == 1 and kab_fp in err
    assert f"Sidik jari Kabupaten Kaur (17.04) adalah {kab_fp}" in err and "kabupaten Kabupaten" not in err
    code, out, _ = run(capsys, "--db", kec, "sync", "import", to_kec, "--fingerprint", kab_fp, "--json")
    got = json.loads(out)
    assert code == 0 and got["added"] == sent["events"] and got["pinned"] and got["status"] == "diterapkan"
    code, out, _ = run(capsys, "--db", kec, "sync", "import", to_kec, "--json")
    assert json.loads(out)["status"] == "sudah_diimpor"

    to_kab = str(tmp_path / "ke-kabupaten.age")
    assert run(capsys, "--db", kec, "sync", "export", "--to", "17.04", "-o", to_kab)[0] == 0
    assert run(capsys, "--db", kab, "sync", "import", to_kab)[0] == 0
    code, out, _ = run(capsys, "--db", kab, "sync", "status", "--json")
    status = json.loads(out)
    assert status["fingerprint"] == kab_fp
    (row,) = status["offices"]
    assert row["kode"] == "17.04.01" and row["last_sent"]["nomor"] == 1 and row["last_received"]["nomor"] == 1
    assert row["events_waiting"] == 0 and row["files_held"] == 0 and status["conflicts"] == []
    code, out, _ = run(capsys, "--db", kec, "sync", "status")
    assert code == 0 and "Kabupaten Kaur" in out and kec_fp in out
    assert re.search(r"terakhir dikirim : nomor 1, \d\d-\d\d-20\d\d \d\d\.\d\d$", out, re.MULTILINE), out
    assert "T" not in out.split("terakhir diterima:")[1].splitlines()[0]  # no raw ISO time
    assert "peristiwa belum dikonfirmasi diterima" in out and "menunggu dikirim" not in out

    if shutil.which("age") is None:
        pytest.skip("the standard age tool is not installed (apt-get install age)")
    opened = subprocess.run(["age", "-d", "-i", str(tmp_path / "kec-kunci-kantor.txt"), to_kec],
                            capture_output=True, check=True).stdout
    header, _, body = opened.partition(b"\n")
    assert json.loads(header)["pengirim"] == "17.04"
    content = json.loads(body)
    assert content["untuk"] == "17.04.01" and len(content["peristiwa"]) == sent["events"]
    # Only Kinal's people travel to Kinal.
    kecamatan = content["kolom"].index("kecamatan_kode")
    assert {e[kecamatan] for e in content["peristiwa"]} <= {"17.04.01", None}
