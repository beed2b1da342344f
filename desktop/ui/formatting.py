"""Dates and sizes written the way the user's language writes them. Every date on screen goes
through here, and reads like the printed documents: '4 Desember 2026' (desktop.domain.dates).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from desktop.domain.dates import long_date, long_datetime, month_year


def _language() -> str:
    return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"


def format_date(value: date) -> str:
    """For example '28 November 2026' in Indonesian."""
    return long_date(value, _language())


def format_datetime(moment: datetime) -> str:
    """For example '28 November 2026 14.05' in Indonesian."""
    return long_datetime(moment, _language())


def format_month(year: int, month: int) -> str:
    """For example 'November 2026' (a date known only to the month)."""
    return month_year(year, month, _language())


def format_size(size: int) -> str:
    # 1024-based with the labels Windows Explorer shows (MB, GB), so that a free space given
    # in a message reads the same as in Explorer.
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
