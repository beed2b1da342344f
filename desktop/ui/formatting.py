"""Dates and sizes written the way the user's language writes them. Every date on screen goes
through here, and reads like the printed documents: '4 Desember 2026' (desktop.domain.dates).

Showing a stored time never fails: one that cannot be shown in this computer's time zone (a
year 9999 from a bad file, a time before 1970 on Windows) is shown as it was stored, rather
than crash the window, which would fail again at every start while that value is listed.
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


def local_time(moment: datetime) -> datetime | None:
    """An aware time in this computer's time zone, without the zone; None when it has no
    local form (out of the range of dates, or of the system's time functions)."""
    try:
        return moment.astimezone().replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        return None


def _local(moment: datetime | str) -> datetime | None:
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            return None
    return local_time(moment)


def _as_stored(moment: datetime | str) -> str:
    return moment if isinstance(moment, str) else moment.isoformat()


def format_local(moment: datetime | str | None) -> str:
    """A stored (aware) time as the local date and time: '' for none, the stored text for
    one that has no local form."""
    if moment is None or moment == "":
        return ""
    local = _local(moment)
    return _as_stored(moment) if local is None else format_datetime(local)


def format_local_day(moment: datetime | str | None) -> str:
    """The local date of a stored (aware) time, e.g. '12 Mei 2026' (see ``format_local``)."""
    if moment is None or moment == "":
        return ""
    local = _local(moment)
    return _as_stored(moment) if local is None else format_date(local.date())


def format_size(size: int) -> str:
    # 1024-based with the labels Windows Explorer shows (MB, GB), so that a free space given
    # in a message reads the same as in Explorer.
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
