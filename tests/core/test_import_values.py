"""Cell values made clean, header rows found, columns mapped, regions matched."""

from datetime import date, datetime

import pytest

from desktop.core.errors import InvalidInput
from desktop.core.importing import columns, values
from desktop.core.importing.wilayah import RegionMatcher, normalise

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("cell, expected", [
    ("05-03-1978", date(1978, 3, 5)),
    ("05/03/1978", date(1978, 3, 5)),
    ("05/03/1978 0:00:00", date(1978, 3, 5)),
    ("5.3.1978", date(1978, 3, 5)),
    ("1978-03-05", date(1978, 3, 5)),
    ("05-03-78", date(1978, 3, 5)),
    ("05-03-05", date(2005, 3, 5)),
    ("3 Maret 1978", date(1978, 3, 3)),
    ("17 Agustus 1945", date(1945, 8, 17)),
    ("04/13/1978", date(1978, 4, 13)),  # only month-first makes sense
    (28189.0, date(1977, 3, 5)),  # an Excel serial in a number cell
    ("28189", date(1977, 3, 5)),
    (datetime(1978, 3, 5, 0, 0), date(1978, 3, 5)),
    (date(1978, 3, 5), date(1978, 3, 5)),
    ("31-02-1978", None),
    ("kemarin", None),
    ("", None),
])
def test_birth_dates(cell, expected):
    assert values.birth_date(cell, today=TODAY) == expected


def test_place_and_date():
    assert values.split_place_date("Curup, 03-04-1978", today=TODAY) == ("Curup", date(1978, 4, 3))
    assert values.split_place_date("Bintuhan 03/04/1978", today=TODAY) == ("Bintuhan", date(1978, 4, 3))


@pytest.mark.parametrize("cell, expected", [
    ("1704010503780001", ("1704010503780001", False)),
    ("'1704010503780001", ("1704010503780001", False)),
    ("1704.0105.0378.0001", ("1704010503780001", False)),
    (" 1704 0105 0378 0001 ", ("1704010503780001", False)),
    (1704010503780000.0, ("1704010503780000", True)),
    ("1,70401E+15", ("1,70401E+15", False)),
])
def test_nik_cells(cell, expected):
    assert values.nik(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    ("  SITI   AMINAH ", "Siti Aminah"),
    ("budi santoso", "Budi Santoso"),
    ("M.YUSUF", "M. Yusuf"),
    ("AHMAD BIN ABDULLAH", "Ahmad bin Abdullah"),
    ("MA'RUF", "Ma'ruf"),
    ("McDonald LUBIS", "McDonald Lubis"),
])
def test_names(cell, expected):
    assert values.name(cell) == expected


def test_sex_and_phone():
    assert [values.sex(v) for v in ("L", "laki-laki", "PEREMPUAN", "Wanita", "P", "?")] == \
        ["L", "L", "P", "P", "P", None]
    assert values.phone("+62 812-3456-7890") == "081234567890"
    assert values.phone(81234567890.0) == "081234567890"


def test_header_found_below_title_rows():
    rows = [["DAFTAR PENERIMA"], ["TAHUN 2026"], [], ["No", "No. NIK", "Nama Lengkap", "Desa/Kelurahan"], ["1"]]
    assert columns.find_header_row(rows) == 4
    header = columns.header_cells(rows, 4)
    assert columns.guess_mapping(header) == {"nik": 1, "nama": 2, "desa": 3}


def test_header_names_people_use():
    header = ["NOMOR INDUK KEPENDUDUKAN", "NAMA TENAGA KERJA", "TEMPAT/TGL LAHIR", "L/P", "KEC", "NO. KARTU",
              "TELEPON", "kode_kemdagri", "kepala_keluarga"]
    assert columns.guess_mapping(header) == {"nik": 0, "nama": 1, "tempat_tanggal_lahir": 2, "jenis_kelamin": 3,
                                             "kecamatan": 4, "kpj": 5, "telepon": 6, "kode_kemdagri": 7}


def test_no_header_is_a_clear_error():
    with pytest.raises(InvalidInput, match="--header-row"):
        columns.find_header_row([["a", "b"], ["c", "d"]])


def test_map_overrides():
    header = ["NO KTP", "NAMA", "KETERANGAN"]
    mapping = columns.apply_overrides(header, columns.guess_mapping(header), ["no ktp=nik", "NAMA=abaikan"])
    assert mapping == {"nik": 0}
    with pytest.raises(InvalidInput, match="tidak ada di baris judul"):
        columns.apply_overrides(header, {}, ["ALAMAT=alamat"])
    with pytest.raises(InvalidInput, match="tidak dikenal"):
        columns.apply_overrides(header, {}, ["NO KTP=ktp"])


def test_region_names_forgiven_never_guessed(conn):
    matcher = RegionMatcher(conn, "17.04")
    assert normalise("Kec. Kaur  Selatan") == "kaur selatan"
    assert matcher.resolve("", "KEC. KAUR SELATAN", "Desa Sekunyit").desa_kode == "17.04.05.2009"
    assert matcher.resolve("", "", "Sekunyit").desa_kode == "17.04.05.2009"  # one desa of that name
    assert matcher.resolve("", "kinal", "gedungwani").desa_kode == "17.04.01.2001"
    two = matcher.resolve("", "", "Tanjung Iman")
    assert two.desa_kode is None and "lebih dari satu" in two.problem
    wrong_kecamatan = matcher.resolve("", "Kinal", "Sekunyit")
    assert (wrong_kecamatan.kecamatan_kode, wrong_kecamatan.desa_kode) == ("17.04.01", None)
    assert "Kaur Selatan" in wrong_kecamatan.problem
    coded = matcher.resolve("17.04.01.2001", "Kaur Selatan", "Sekunyit")
    assert coded.desa_kode == "17.04.01.2001"  # kode_kemdagri wins
    assert "Mungkin maksudnya" in matcher.resolve("", "Kaur Selatan", "Sekunyt").problem


def test_dashes_are_empty_cells():
    assert values.is_blank(" - ") and values.text("-") == "" and values.text("--") == ""
    assert values.text("Dusun I - II") == "Dusun I - II"
