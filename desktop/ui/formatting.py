"""Dates and sizes written the way the user's language writes them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def format_datetime(moment: datetime) -> str:
    """For example '28 November 2026 14.05' in Indonesian."""
    return QLocale().toString(QDateTime(moment), "d MMMM yyyy HH.mm")


def format_size(size: int) -> str:
    # 1024-based with the labels Windows Explorer shows (MB, GB), so that a free space given
    # in a message reads the same as in Explorer.
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
