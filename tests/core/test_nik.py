from datetime import date

import pytest

from desktop.core import nik


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("170401", "nik_format"),
        ("17040112038400a1", "nik_format"),
        ("1,70219E+15", "nik_format"),
        ("1704011203840000", "nik_format"),
        ("1704013203840001", "nik_date"),
        ("1704017203840001", "nik_date"),
        ("1704011213840001", "nik_date"),
        ("1704010003840001", "nik_date"),
    ],
)
def test_invalid_niks_are_named_by_their_code(value, code):
    assert nik.problem(value)[0] == code


@pytest.mark.parametrize("value", ["1704011203840001", "1704015203840001", "1704017112990003"])
def test_valid_niks(value):
    assert nik.problem(value) is None


def test_info_reads_birth_date_and_sex():
    woman = nik.info("1704015203840001", today=date(2026, 1, 1))
    assert (woman.birth_date, woman.sex, woman.kecamatan_digits) == (date(1984, 3, 12), "P", "170401")
    assert nik.info("1704011203100001", today=date(2026, 1, 1)).birth_date == date(2010, 3, 12)


@pytest.mark.parametrize("value", ["1704015203840001", "1704011203100001", "1704013102840001"])
def test_birth_and_sex_is_what_info_says(value):
    info = nik.info(value, today=date(2026, 1, 1))
    assert nik.birth_and_sex(value, today=date(2026, 1, 1)) == (info.birth_date, info.sex)


def test_build_is_the_inverse_of_info():
    built = nik.build("17.04.05", date(1978, 4, 3), "P", 12)
    assert built == "1704054304780012"
    assert nik.info(built).birth_date == date(1978, 4, 3)


def test_mask_hides_birth_date_and_sex():
    assert nik.mask("1704011203840003") == "170401******0003"
