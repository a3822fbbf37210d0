"""Every export is written the same way: one CSV dialect for Indonesian Excel, and a file that is either
complete or not there at all, with a clear message when the system refuses to write it."""

import csv
import errno
import gc
import os

import pytest

from desktop.cli import main
from desktop.core.exports import writers
from tests.conftest import TODAY

KINDS = ("peserta", "rekonsiliasi", "tertahan")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_peserta_csv_is_written_as_indonesian_excel_reads_it(demo_path, tmp_path, capsys):
    out = tmp_path / "p.csv"
    code, _, _ = run(capsys, "--db", str(demo_path), "export", "peserta", str(out), "--unmask-nik",
                     "--kecamatan", "17.04.02")
    raw = out.read_bytes()
    assert code == 0 and raw.startswith(b"\xef\xbb\xbfnik;nama;") and b"\r\n" in raw and b"\n" not in raw.replace(
        b"\r\n", b"")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle, delimiter=";"))
    at = {name: header.index(name) for name in ("nik", "telepon", "kpj", "desa_kode", "nama")}
    assert len(rows) > 100
    assert all(r[at["nik"]].startswith('="17') and r[at["nik"]].endswith('"') and len(r[at["nik"]]) == 19
               for r in rows)
    phones = [r[at["telepon"]] for r in rows if r[at["telepon"]]]
    assert phones and all(p.startswith('="08') for p in phones)  # Excel keeps the leading 0
    assert all(r[at["desa_kode"]].startswith('="17.04.02.') for r in rows if r[at["desa_kode"]])
    assert not any(r[at["nama"]].startswith('="') for r in rows)


def test_peserta_and_tertahan_csv_share_one_dialect(demo_path, tmp_path, capsys):
    heads = []
    for kind in ("peserta", "tertahan"):
        out = tmp_path / f"{kind}.csv"
        assert run(capsys, "--db", str(demo_path), "export", kind, str(out), "--today", TODAY.isoformat())[0] == 0
        first_line = out.read_bytes().split(b"\r\n", 1)[0]
        heads.append((first_line[:3], b";" in first_line, b"," in first_line))
    assert heads[0] == heads[1] == (b"\xef\xbb\xbf", True, False)


@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_as_target_is_refused_plainly(demo_path, tmp_path, capsys, kind):
    target = tmp_path / "hasil.xlsx"
    target.mkdir()
    code, out, err = run(capsys, "--db", str(demo_path), "export", kind, str(target), "--today", TODAY.isoformat())
    assert (code, out) == (1, "") and "adalah folder, bukan berkas" in err and "Traceback" not in err
    assert list(target.iterdir()) == []


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_a_folder_that_cannot_be_written_is_named(demo_path, capsys):
    code, _, err = run(capsys, "--db", str(demo_path), "export", "peserta", "/proc/x.xlsx")
    assert code == 1 and "Tidak ada izin menulis di folder /proc" in err


class _FullDisk:
    """A file on a disk with no room left: every write fails with ENOSPC."""

    def __init__(self, handle):
        self._handle = handle

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


@pytest.mark.parametrize(("kind", "name"), [("peserta", "p.xlsx"), ("peserta", "p.csv"), ("rekonsiliasi", "r.xlsx"),
                                            ("tertahan", "t.csv"), ("tertahan", "t.xlsx")])
def test_a_full_disk_leaves_nothing_and_says_so(demo_path, tmp_path, capsys, monkeypatch, kind, name):
    folder = tmp_path / "usb"
    folder.mkdir()
    real_fdopen = os.fdopen
    monkeypatch.setattr(writers.os, "fdopen", lambda fd, *a, **k: _FullDisk(real_fdopen(fd, *a, **k)))
    code, out, err = run(capsys, "--db", str(demo_path), "export", kind, str(folder / name), "--today",
                         TODAY.isoformat())
    gc.collect()  # a half-closed ZipFile would complain here ("Exception ignored in ZipFile.__del__")
    err += capsys.readouterr().err
    assert (code, out) == (1, "")
    assert f"Ruang penyimpanan di {folder} penuh" in err and "Excel" not in err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert list(folder.iterdir()) == []


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    out = tmp_path / "p.csv"
    out.write_text("lama")
    real_fdopen = os.fdopen
    monkeypatch.setattr(writers.os, "fdopen", lambda fd, *a, **k: _FullDisk(real_fdopen(fd, *a, **k)))
    with pytest.raises(writers.UserError, match="penuh"):
        writers.write_csv(out, ["a"], [["1"]])
    assert out.read_text() == "lama" and list(tmp_path.iterdir()) == [out]
