"""Numbers and dates written out in Indonesian words ("terbilang"), as berita acara require.

215 -> "dua ratus lima belas"; 19 December 2024 -> "Kamis tanggal sembilan belas bulan Desember tahun
dua ribu dua puluh empat". Official papers write amounts both in figures and in words so that
neither can be altered alone.
"""

from datetime import date

from desktop.core.formatting import DAYS, MONTHS

_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
          "sebelas")
# Each scale word with its size, largest first. "se-" stands for "satu" in sepuluh, sebelas, seratus and
# seribu only: official papers write "satu juta", "satu miliar".
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu"))


def terbilang(n: int) -> str:
    """`n` in words: 0 -> 'nol', 1000 -> 'seribu', 1_000_000 -> 'satu juta', -5 -> 'minus lima'."""
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError("terbilang() menerima bilangan bulat")
    if n < 0:
        return "minus " + terbilang(-n)
    if n >= 10**15:
        raise ValueError("terbilang() hanya sampai 999 triliun")
    if n == 0:
        return "nol"
    return " ".join(_words(n))


def _words(n: int) -> list[str]:
    for size, name in _SCALES:
        if n >= size:
            head, rest = divmod(n, size)
            words = ["seribu"] if (size == 1000 and head == 1) else [*_words(head), name]
            return words + (_words(rest) if rest else [])
    return _below_thousand(n)


def _below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus")
    if rest == 0:
        return words
    if rest < 12:
        words.append(_UNITS[rest])
    elif rest < 20:
        words.append(f"{_UNITS[rest - 10]} belas")
    else:
        tens, ones = divmod(rest, 10)
        words.append(f"{_UNITS[tens]} puluh")
        if ones:
            words.append(_UNITS[ones])
    return words


def day_name(day: date) -> str:
    return DAYS[day.weekday()]


def date_in_words(day: date) -> str:
    """'Kamis tanggal sembilan belas bulan Desember tahun dua ribu dua puluh empat'."""
    return (f"{day_name(day)} tanggal {terbilang(day.day)} bulan {MONTHS[day.month - 1]} "
            f"tahun {terbilang(day.year)}")
