"""--kecamatan/--desa: a code that is not one of this office's areas is refused (exit 1), never an empty file."""

import pytest

from desktop.cli import main
from desktop.core import office

WRONG = "Kecamatan 17.05.01 tidak ada di Kabupaten Kaur. Gunakan kode seperti 17.04.01."


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "kab.db")
    assert main(["--db", path, "init", "--office", "kabupaten", "--region", "17.04"]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("argv", [
    ["export", "peserta", "{out}.xlsx"], ["export", "rekonsiliasi", "{out}.xlsx"],
    ["export", "tertahan", "{out}.csv"], ["print", "daftar", "{out}.pdf"], ["handover", "deceased"],
    ["handover", "reprint"], ["handover", "send"],
])
@pytest.mark.parametrize("kode", ["17.05.01", "kinal", "xyz", "17.04.01.2001"])
def test_every_command_refuses_a_kecamatan_not_in_this_kabupaten(db, tmp_path, capsys, argv, kode):
    out = str(tmp_path / "out")
    code = main(["--db", db, *[a.format(out=out) for a in argv], "--kecamatan", kode])
    err = capsys.readouterr().err
    assert code == 1
    assert f"Kecamatan {kode} tidak ada di Kabupaten Kaur. Gunakan kode seperti 17.04.01." in err
    assert not list(tmp_path.glob("out.*"))


def test_the_message_names_the_kabupaten_and_a_real_code(conn):
    with pytest.raises(office.InvalidInput) as info:
        office.check_area(conn, "17.05.01")
    assert str(info.value) == WRONG
    with pytest.raises(office.InvalidInput, match="Desa/kelurahan 17.04.01 tidak ada .* 17.04.01.2001"):
        office.check_area(conn, "17.04.01", level=4)
    assert office.check_area(conn, " 17.04.02 ") == "17.04.02"
    assert office.check_area(conn, None) is None and office.check_area(conn, "") is None


def test_a_desa_option_is_checked_too(db, tmp_path, capsys):
    assert main(["--db", db, "print", "daftar", str(tmp_path / "d.pdf"), "--desa", "17.05.01.2001"]) == 1
    assert "Desa/kelurahan 17.05.01.2001 tidak ada di Kabupaten Kaur" in capsys.readouterr().err
    assert main(["--db", db, "handover", "to-desa", "--desa", "desa", "--kades", "Hasan"]) == 1
    assert "Desa/kelurahan desa tidak ada" in capsys.readouterr().err


def test_a_kecamatan_office_is_told_where_another_kecamatans_data_is(tmp_path, capsys):
    path = str(tmp_path / "kec.db")
    assert main(["--db", path, "init", "--office", "kecamatan", "--region", "17.04.01"]) == 0
    capsys.readouterr()
    assert main(["--db", path, "export", "peserta", str(tmp_path / "p.xlsx"), "--kecamatan", "17.04.02"]) == 1
    assert "hanya memegang data" in capsys.readouterr().err
    assert main(["--db", path, "handover", "reprint", "--kecamatan", "17.05.01"]) == 1
    assert "Gunakan kode seperti 17.04.01." in capsys.readouterr().err
