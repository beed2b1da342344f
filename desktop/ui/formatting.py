"""Dates and sizes written the way the user's language writes them.

Every function here is total: a stored time that cannot be shown in this computer's time zone
(a year 9999 from a bad file, a time before 1970 on Windows) is shown as it was stored rather
than crash the window, which would otherwise fail at every start while that value is listed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def format_datetime(moment: datetime) -> str:
    """For example '28 November 2026 14.05' in Indonesian."""
    return QLocale().toString(QDateTime(moment), "d MMMM yyyy HH.mm")


def local_time(moment: datetime) -> datetime | None:
    """An aware time in this computer's time zone, without the zone; None when it has no
    local form (out of the range of dates, or of the system's time functions)."""
    try:
        return moment.astimezone().replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        return None


def _parsed(moment: datetime | str) -> datetime | None:
    if isinstance(moment, datetime):
        return moment
    try:
        return datetime.fromisoformat(moment)
    except ValueError:
        return None


def format_local(moment: datetime | str | None) -> str:
    """A stored (aware) time as the local date and time: '' for none, the stored text for
    one that has no local form."""
    if moment is None or moment == "":
        return ""
    parsed = _parsed(moment)
    local = local_time(parsed) if parsed is not None else None
    if local is None:
        return moment if isinstance(moment, str) else moment.isoformat()
    return format_datetime(local)


def format_local_day(moment: datetime | str | None, pattern: str = "d MMM yyyy") -> str:
    """The local date of a stored (aware) time, e.g. '12 Mei 2026' (see ``format_local``)."""
    if moment is None or moment == "":
        return ""
    parsed = _parsed(moment)
    local = local_time(parsed) if parsed is not None else None
    if local is None:
        return moment if isinstance(moment, str) else moment.isoformat()
    return QLocale().toString(QDate(local.year, local.month, local.day), pattern)


def format_size(size: int) -> str:
    # 1024-based with the labels Windows Explorer shows (MB, GB), so that a free space given
    # in a message reads the same as in Explorer.
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
