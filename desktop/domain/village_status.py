"""Which villages of an office's area have reported, and which have gone silent.

Every village and kelurahan of the covered regencies (the official area list) gets one line:
the newest export the office holds from it (its number, when it was made, when it was
imported), how many days have passed since that export was made, and its standing: waiting
for an officer to confirm its key (its exports are held unread), never reported, overdue
(silent for more days than the office allows), or reporting. Days are
counted from the export's making, not its import: an export that reaches the office weeks
after it was made still tells only what the village knew then.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from desktop.domain.area import is_kelurahan

DEFAULT_OVERDUE_DAYS = 35  # a month and a few days of a flash drive on its way
OVERDUE_DAYS_RANGE = (7, 365)


class Standing(Enum):
    """How a village stands, in the order the board lists the worst first."""

    WAITING = "menunggu_kunci"  # exports held until an officer confirms the village's key
    NEVER = "belum_pernah"  # no export of it has been imported
    OVERDUE = "terlambat"  # silent for more days than allowed
    REPORTING = "melapor"


@dataclass(frozen=True)
class CoveredVillage:
    """A village or kelurahan of the official list in the office's area."""

    code: str
    name: str
    district_code: str
    district_name: str
    regency_name: str


@dataclass(frozen=True)
class LastExport:
    """The newest export the office holds from a village."""

    sequence: int
    made_at: datetime
    imported_at: datetime


@dataclass(frozen=True)
class VillageStatus:
    village: CoveredVillage
    last: LastExport | None
    days_silent: int | None  # since the last export was made; None: never reported
    standing: Standing

    @property
    def kelurahan(self) -> bool:
        return is_kelurahan(self.village.code)


def overdue_days_allowed(value: object) -> int:
    """The overdue threshold from a stored setting; the default when it is missing or wrong."""
    low, high = OVERDUE_DAYS_RANGE
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return DEFAULT_OVERDUE_DAYS


def village_statuses(
    covered: Iterable[CoveredVillage],
    heard: Mapping[str, LastExport],
    *,
    today: date,
    overdue_after: int,
    waiting: Collection[str] = (),
) -> list[VillageStatus]:
    """One status per covered village, in the order given; ``heard`` holds the newest export
    of each village the office has heard from, by code. A village silent for more than
    ``overdue_after`` days is overdue. A village in ``waiting`` (codes whose exports are held
    until its key is confirmed) waits, whatever it sent before: what it sent since is unread."""
    statuses = []
    for village in covered:
        last = heard.get(village.code)
        days = None
        if last is not None:
            # A village computer's clock set ahead must not make it look fresher than today.
            days = max((today - last.made_at.astimezone().date()).days, 0)
        if village.code in waiting:
            standing = Standing.WAITING
        elif days is None:
            standing = Standing.NEVER
        else:
            standing = Standing.OVERDUE if days > overdue_after else Standing.REPORTING
        statuses.append(VillageStatus(village, last, days, standing))
    return statuses


def count_by_standing(statuses: Iterable[VillageStatus]) -> dict[Standing, int]:
    counts = dict.fromkeys(Standing, 0)
    for status in statuses:
        counts[status.standing] += 1
    return counts
