"""The one way dates are written, on screen and on paper: "4 Desember 2026", with the time as
"14.05" (Indonesian style; "4 December 2026" in English)."""

from __future__ import annotations

from datetime import date, datetime

MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def month_year(year: int, month: int, language: str = "id") -> str:
    """For example 'Desember 2026'."""
    names = MONTHS.get(language, MONTHS["id"])
    return f"{names[month - 1]} {year}"


def long_date(value: date, language: str = "id") -> str:
    """For example '4 Desember 2026'."""
    return f"{value.day} {month_year(value.year, value.month, language)}"


def long_datetime(value: datetime, language: str = "id") -> str:
    """For example '4 Desember 2026 14.05'."""
    return f"{long_date(value, language)} {value.hour:02d}.{value.minute:02d}"
