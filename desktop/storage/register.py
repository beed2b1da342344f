"""The office's merged register: every village's records in one list, filtered and ordered in
SQL, with each record's village and conflicts.

Owns no table: it is the incident list (``storage.incidents``: its one filter builder and
order) with the office's sources and conflicts joined (``storage.office_imports``) and each
record's review state (``storage.office_review``); far into the whole register by village it
skips whole villages by their counts (``storage.register_villages``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from desktop.domain.incident import Status
from desktop.domain.modus import Modus
from desktop.domain.review import ReviewState
from desktop.storage import incidents, office_imports, office_review, register_villages
from desktop.storage.incidents import IncidentQuery, SortKey, Window


@dataclass(frozen=True)
class RegisterQuery:
    village: str = ""  # a village code, or '' for all
    text: str = ""
    status: Status | None = None
    modus: Modus | None = None
    date_from: date | None = None
    date_to: date | None = None
    conflicts_only: bool = False
    review: ReviewState | None = None
    sort: SortKey = SortKey.REPORTED
    by_village: bool = False  # ordered by village name instead of ``sort``
    descending: bool = True


class RegisterRow(NamedTuple):
    number: int
    record_id: str
    village_code: str
    village_name: str
    reported_on: str
    report_type: str
    modus: str
    summary: str
    destination_name: str
    destination_city: str
    people_count: int
    has_child: int
    status: str
    updated_at: str
    conflicts: int
    review: str  # a ReviewState value


def _parts(query: RegisterQuery) -> tuple[IncidentQuery, incidents.Joined]:
    listed = IncidentQuery(
        text=query.text,
        status=query.status,
        modus=query.modus,
        date_from=query.date_from,
        date_to=query.date_to,
        sort=query.sort,
        descending=query.descending,
    )
    joined = office_imports.sources_joined(
        village=query.village, conflicts_only=query.conflicts_only, by_village=query.by_village
    ).plus(office_review.review_joined(query.review))
    return listed, joined


def count_register(query: RegisterQuery) -> int:
    return incidents.count_incidents(*_parts(query))


def _past_villages(query: RegisterQuery, window: Window) -> Window:
    """``window`` of the whole register by village, found as the villages before its first
    row skipped by their counts, then its place in its village: stepping through the records
    before it took 0.25 s to the middle of 300,000. Any other window as it is, and this one
    too when the counts do not add up to the list's length (which its caller counted)."""
    whole = RegisterQuery(sort=query.sort, by_village=True, descending=query.descending)
    keyed = window.after is not None or window.before is not None
    if query != whole or window.listed is None or keyed:
        return window
    start = window.listed - window.offset - window.limit if window.from_end else window.offset
    order = office_imports.village_order()
    if query.descending:
        order.reverse()
    counts = register_villages.counts()
    if start < 0 or sum(counts.get(code, 0) for _, code in order) != window.listed:
        return window
    passed = 0
    for name, code in order:
        records = counts.get(code, 0)
        if passed + records > start:
            before = office_imports.before_village(name, code, descending=query.descending)
            return Window(window.limit, start - passed, after=before, listed=window.listed)
        passed += records
    return window


def register_window(query: RegisterQuery, window: Window) -> list[tuple[RegisterRow, tuple]]:
    """The rows of ``window`` of the register, in its order, each with its order key."""
    listed, joined = _parts(query)
    window = _past_villages(query, window)
    return [
        (
            RegisterRow(
                r.number,
                r.record_id,
                village_code,
                village_name,
                r.reported_on,
                r.report_type,
                r.modus,
                r.summary,
                r.destination_name,
                r.destination_city,
                r.people_count,
                r.has_child,
                r.status,
                r.updated_at,
                conflicts,
                review,
            ),
            key,
        )
        for r, (village_code, village_name, conflicts, review), key in incidents.fetch_window(
            listed, window, joined
        )
    ]


def fetch_register(query: RegisterQuery, offset: int, limit: int) -> list[RegisterRow]:
    """Rows ``offset`` to ``offset + limit`` of the register, in its order."""
    return [row for row, _ in register_window(query, Window(limit, offset))]
