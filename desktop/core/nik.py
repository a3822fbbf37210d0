"""NIK: the 16-digit national ID (DESIGN §5). Parse, validate, mask.

Layout: kecamatan code of first registration (6) + DDMMYY with women's day + 40 (6) + serial (4).
There is no checksum, so validation checks the structure only.
"""

import re
from dataclasses import dataclass
from datetime import date

NIK_PATTERN = re.compile(r"^\d{16}$")


@dataclass(frozen=True)
class NikInfo:
    kecamatan_digits: str  # "170401"
    birth_date: date | None  # None when day/month are not a real date (e.g. 31 February)
    sex: str  # "L" or "P"


def problem(nik: str) -> tuple[str, str] | None:
    """(code, Indonesian message) when `nik` is not a valid NIK, else None.

    The code is `nik_format` for the wrong shape and `nik_date` for an impossible birth date in it.
    """
    # 16 ASCII digits (every NIK of a good list) match NIK_PATTERN; the test without the regex is faster.
    if not (len(nik) == 16 and nik.isascii() and nik.isdigit()) and not NIK_PATTERN.match(nik):
        if re.search(r"\d[.,]?\d*[eE][+-]?\d", nik):
            return "nik_format", "NIK tertulis dalam notasi ilmiah (mis. 1,70219E+15): digit terakhirnya sudah hilang."
        if re.search(r"\D", nik):
            return "nik_format", "NIK hanya boleh berisi angka."
        return "nik_format", f"NIK harus 16 digit, ini {len(nik)} digit."
    if nik[12:] == "0000":
        return "nik_format", "Nomor urut NIK (4 digit terakhir) tidak boleh 0000."
    day, month = int(nik[6:8]), int(nik[8:10])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return "nik_date", f"Tanggal lahir dalam NIK tidak sah (digit 7–8: {nik[6:8]})."
    if not 1 <= month <= 12:
        return "nik_date", f"Bulan lahir dalam NIK tidak sah (digit 9–10: {nik[8:10]})."
    return None


def info(nik: str, *, today: date | None = None) -> NikInfo:
    """What a structurally valid NIK says. The century is the one that puts the birth in the past."""
    return NikInfo(nik[:6], *birth_and_sex(nik, today=today))


def birth_and_sex(nik: str, *, today: date | None = None) -> tuple[date | None, str]:
    """info()'s birth date and sex, without building a NikInfo (the import asks for 100,000 of them)."""
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = "P" if day > 40 else "L"
    day = day - 40 if day > 40 else day
    this_year = (today or date.today()).year
    year = 2000 + yy if 2000 + yy <= this_year else 1900 + yy
    try:
        birth = date(year, month, day)
    except ValueError:
        birth = None
    return birth, sex


def mask(nik: str) -> str:
    """170401******0003: digits 7–12 carry birth date and sex (UU 27/2022 on personal data)."""
    if len(nik) != 16:
        return nik
    return nik[:6] + "******" + nik[12:]


def build(kecamatan_kode: str, birth: date, sex: str, serial: int) -> str:
    """A NIK for `kecamatan_kode` ("17.04.01"), as the civil registry would issue it."""
    day = birth.day + (40 if sex == "P" else 0)
    return f"{kecamatan_kode.replace('.', '')}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
