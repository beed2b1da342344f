"""The log's two settings: who is recording (the author of each change saved here) and how
long Terhapus keeps a deleted record before it is removed for good (``records.purge_expired``).
Kept through ``storage.settings``; no table of the log is named here.
"""

from __future__ import annotations

from desktop.storage import settings


def author() -> str:
    """Who is recording: the name or role set in this installation ('' until set)."""
    return settings.INCIDENT_AUTHOR.get()


def set_author(name: str) -> None:
    settings.INCIDENT_AUTHOR.set(" ".join(name.split()))


def retention_days() -> int:
    """How long deleted records stay in Terhapus before they are removed for good."""
    value = settings.RETENTION_DAYS.get()
    return value if value > 0 else settings.DEFAULT_RETENTION_DAYS


def set_retention_days(days: int) -> None:
    settings.RETENTION_DAYS.set(int(days))
