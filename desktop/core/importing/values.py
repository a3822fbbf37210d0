"""One cell's value made clean: NIK, name, date, sex, phone, KPJ. Pure functions, no database.

Every function takes the cell as the reader gave it (str, float, date, datetime or "").
"""

import re
from datetime import date, datetime, timedelta

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 after Excel's phantom 29 February 1900
_NIK_JUNK = re.compile(r"[\s.\-']")
_SCIENTIFIC = re.compile(r"^\d+([.,]\d+)?[eE][+-]?\d+$")
MONTHS = {
    "jan": 1, "januari": 1, "feb": 2, "februari": 2, "peb": 2, "pebruari": 2, "mar": 3, "maret": 3,
    "apr": 4, "april": 4, "mei": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "agu": 8, "agt": 8,
    "agus": 8, "agustus": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10, "nov": 11,
    "nop": 11, "november": 11, "nopember": 11, "des": 12, "desember": 12,
}
_SEX = {"l": "L", "lk": "L", "laki-laki": "L", "laki laki": "L", "lakilaki": "L", "laki": "L", "pria": "L",
        "m": "L", "male": "L", "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "w": "P", "f": "P",
        "female": "P"}
_DOT_LETTER = re.compile(r"\.(?=[A-Za-z])")
_LOWER_WORDS = {"bin", "binti", "bt", "bte", "van", "de"}


_PLACEHOLDER = " -–—./"  # "-" or "." typed into a cell that has nothing to say


def is_blank(cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip(_PLACEHOLDER))


_SPACES = re.compile(r"\s+")
_NON_DIGIT = re.compile(r"\D")


def text(cell) -> str:
    """A cell as the text a person would read in it (a number cell 12.0 reads 12)."""
    if type(cell) is str:  # the common case first: this runs for every cell of the list
        if len(cell) < 4 and not cell.strip(_PLACEHOLDER):
            return ""
        return _SPACES.sub(" ", cell).strip() if "  " in cell or "\n" in cell or "\t" in cell else cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.strftime("%d-%m-%Y %H:%M") if (cell.hour, cell.minute) != (0, 0) else cell.strftime("%d-%m-%Y")
    if isinstance(cell, date):
        return cell.strftime("%d-%m-%Y")
    return _SPACES.sub(" ", str(cell)).strip()


def nik(cell) -> tuple[str, bool]:
    """(the NIK as text, whether it came from a number cell). Spaces, dots, dashes and Excel's leading
    apostrophe go; a NIK in scientific notation is kept as written so that validation rejects it."""
    if type(cell) is str and len(cell) == 16 and cell.isdigit():
        return cell, False  # the common case, a NIK typed as text: nothing to clean (what the rest would say)
    if isinstance(cell, float):
        return (str(int(cell)) if cell.is_integer() else repr(cell)), True
    if isinstance(cell, int) and not isinstance(cell, bool):
        return str(cell), True
    raw = text(cell)
    if _SCIENTIFIC.match(raw.replace(" ", "")):
        return raw.replace(" ", ""), False
    return _NIK_JUNK.sub("", raw), False


def excel_general(number: int) -> str:
    """A big number as Indonesian Excel shows it in a General cell: 1704010000000000 -> '1,70401E+15'."""
    mantissa, exponent = f"{number:.5E}".split("E")
    mantissa = mantissa.rstrip("0").rstrip(".").replace(".", ",")
    return f"{mantissa}E+{int(exponent):02d}"


def digits(cell) -> str:
    """A number kept as text (KPJ): digits only when the cell holds nothing else than digits and spacing."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    raw = text(cell)
    cleaned = _NIK_JUNK.sub("", raw)
    return cleaned


def name(cell) -> str:
    """'  SITI   AMINAH ' -> 'Siti Aminah'; words typed in mixed case are kept as typed ('McDonald')."""
    raw = text(cell).strip(" ,;")
    if "." in raw:
        raw = _DOT_LETTER.sub(". ", raw)  # "M.YUSUF" -> "M. YUSUF"
    words = []
    for word in raw.split():
        if word.isupper() or word.islower():
            lowered = word.lower()
            word = lowered if lowered in _LOWER_WORDS and words else _capitalise(lowered)
        words.append(word)
    return " ".join(words)


def _capitalise(word: str) -> str:
    # "ma'ruf" -> "Ma'ruf", "siti-aminah" -> "Siti-Aminah" (runs for every word of 100,000 names: keep lean)
    if "-" not in word:
        return word.capitalize()
    return "-".join(part.capitalize() for part in word.split("-"))


def plain(cell) -> str:
    """Free text (alamat, pekerjaan): spacing cleaned, case kept."""
    return text(cell)


def sex(cell) -> str | None:
    return _SEX.get(text(cell).lower().strip(" ."))


def phone(cell) -> str:
    if type(cell) is str and cell.isascii() and cell.isdigit():
        value = cell  # the common case, digits typed as text: nothing to clean (what the rest would say)
    else:
        value = digits(cell)
        if isinstance(cell, str) and cell.strip().startswith("+"):
            value = value.lstrip("+")
        value = _NON_DIGIT.sub("", value)
    if value.startswith("62"):
        value = "0" + value[2:]
    elif value.startswith("8") and len(value) >= 9:  # a number cell ate the leading 0
        value = "0" + value
    return value


def birth_date(cell, *, today: date) -> date | None:
    """A date of birth from a date cell, an Excel serial, or text as Indonesians write it.

    Day first (dd-mm-yyyy, dd/mm/yyyy, "dd/mm/yyyy 0:00:00", "3 April 1978"), or ISO yyyy-mm-dd. A
    two-digit year takes the century that puts the birth in the past. None when it cannot be read.
    """
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return _serial(cell)
    raw = text(cell)
    if not raw:
        return None
    raw = re.sub(r"\s+\d{1,2}[:.]\d{2}([:.]\d{2})?(\s*[AP]M)?$", "", raw, flags=re.IGNORECASE)
    if re.fullmatch(r"\d{5}(\.0+)?", raw):
        return _serial(float(raw))
    found = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", raw)
    if found:
        return _make(int(found[1]), int(found[2]), int(found[3]))
    found = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})", raw)
    if found:
        day, month, year = int(found[1]), int(found[2]), _year(found[3], today)
        if month > 12 >= day:  # 04/13/1978 can only be month-first
            day, month = month, day
        return _make(year, month, day)
    found = re.fullmatch(r"(\d{1,2})[-/. ]+([A-Za-z]+)\.?[-/. ]+(\d{2}|\d{4})", raw)
    if found and found[2].lower() in MONTHS:
        return _make(_year(found[3], today), MONTHS[found[2].lower()], int(found[1]))
    return None


def split_place_date(cell, *, today: date) -> tuple[str, date | None]:
    """'Curup, 03-04-1978' -> ('Curup', 1978-04-03). A date cell alone has no place."""
    if isinstance(cell, (date, datetime, int, float)) and not isinstance(cell, bool):
        return "", birth_date(cell, today=today)
    raw = text(cell)
    place, sep, when = raw.rpartition(",")
    if not sep:
        found = re.search(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}.*$", raw)
        if not found:
            return raw, None
        place, when = raw[:found.start()], found[0]
    return place.strip(" ,/"), birth_date(when.strip(), today=today)


def _serial(value: float) -> date | None:
    if not 1 <= value < 2_958_466:
        return None
    return EXCEL_EPOCH + timedelta(days=int(value))


def _year(text_year: str, today: date) -> int:
    year = int(text_year)
    if len(text_year) == 2:
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
