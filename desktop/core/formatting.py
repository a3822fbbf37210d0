"""Numbers, money and dates written the Indonesian way."""

from datetime import date

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def number(n: int) -> str:
    """7130 -> '7.130'."""
    return f"{n:,}".replace(",", ".")


def rupiah(n: int) -> str:
    return "Rp" + number(n)


def percent(part: int, whole: int) -> str:
    if not whole:
        return "–"
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%"


def long_date(day: date | str | None) -> str:
    """'2026-11-22' -> '22 November 2026'."""
    if not day:
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date | str | None) -> str:
    """'2026-11-22' -> '22-11-2026' (how dates are written on Indonesian forms)."""
    if not day:
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return day.strftime("%d-%m-%Y")
