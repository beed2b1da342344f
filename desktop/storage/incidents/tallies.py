"""What the list adds up to: its records counted by a value (``Tally``, the office's recap),
the people and the referrals they involve, the records as a table of figures
(``listed_records``), the records in the log and in Terhapus, the open records Beranda shows and
the destinations in use; all filtered by the list's one filter builder (``listing``).
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Any, NamedTuple

from desktop.domain.incident import Status
from desktop.storage.db import execute, marks
from desktop.storage.incidents.listing import (
    _NOTHING_JOINED,
    IncidentQuery,
    IncidentRow,
    Joined,
    _select,
    _where,
    count_incidents,
)


class Tally(Enum):
    """What the list's records are counted by (the office's recap)."""

    MODUS = "modus"
    COUNTRY = "country"
    CITY = "city"  # with its country
    REPORT_TYPE = "report_type"
    STATUS = "status"
    MONTH = "month"  # of the date reported: 2026-11
    CHILDREN = "children"  # 1 for a record involving a child


# (what is counted together, how it is shown)
_TALLIED: dict[Tally, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Tally.MODUS: (("i.modus",), ("i.modus",)),
    Tally.COUNTRY: (("i.destination_country",), ("i.destination_country",)),
    # A city as typed at the villages: the same one with other capitals or spaces is one.
    Tally.CITY: (
        ("i.destination_country", "lower(trim(i.destination_city))"),
        ("i.destination_country", "MIN(trim(i.destination_city))"),
    ),
    Tally.REPORT_TYPE: (("i.report_type",), ("i.report_type",)),
    Tally.STATUS: (("i.status",), ("i.status",)),
    Tally.MONTH: (("substr(i.reported_on, 1, 7)",), ("substr(i.reported_on, 1, 7)",)),
    Tally.CHILDREN: (("i.has_child",), ("i.has_child",)),
}


def tally_incidents(query: IncidentQuery, by: Tally) -> list[tuple[tuple[Any, ...], int]]:
    """How many records of the list have each value of ``by``: (values, count), the most
    first."""
    where, params = _where(query)
    grouped, shown = _TALLIED[by]
    rows = execute(
        f"SELECT {', '.join(shown)}, COUNT(*) FROM incident i{where} "
        f"GROUP BY {', '.join(grouped)} ORDER BY COUNT(*) DESC, {', '.join(grouped)}",
        params,
    )
    return [(tuple(r[:-1]), r[-1]) for r in rows]


def selected_ids(query: IncidentQuery) -> tuple[str, list[Any]]:
    """The list's record ids as a subquery (its SQL and parameters), for another owner to
    count its own rows of these records by (the office's recap counts by village: read in
    record id order, a year of 100,000 records takes half the time of a join)."""
    where, params = _where(query)
    return f"SELECT i.record_id FROM incident i{where}", params


def count_people(query: IncidentQuery) -> int:
    """How many people the list's records involve, all records added up."""
    where, params = _where(query)
    sql = f"SELECT COALESCE(SUM(i.people_count), 0) FROM incident i{where}"
    return execute(sql, params).fetchone()[0]


def tally_referrals(query: IncidentQuery) -> list[tuple[str, int]]:
    """How many records of the list were referred to each institution (a record referred
    twice to the police counts once there), the most first."""
    where, params = _where(query)
    rows = execute(
        "SELECT r.target, COUNT(DISTINCT r.incident_id) FROM incident i "
        f"JOIN incident_referral r ON r.incident_id = i.id{where} "
        "GROUP BY r.target ORDER BY COUNT(DISTINCT r.incident_id) DESC, r.target",
        params,
    )
    return [(target, count) for target, count in rows]


class ListedRecord(NamedTuple):
    """A record as a table of figures may show it: nothing that names or describes a person."""

    number: int
    reported_on: str
    report_type: str
    modus: str
    destination_country: str
    destination_city: str
    status: str
    people_count: int
    has_child: int
    referral_targets: str  # comma-separated


def listed_records(
    query: IncidentQuery, joined: Joined = _NOTHING_JOINED, *, batch: int = 2000
) -> Iterator[tuple[ListedRecord, tuple[Any, ...]]]:
    """Every record of the list by date reported, read ``batch`` at a time, each with the
    values of ``joined.columns``."""
    where, params = _where(query, joined)
    cursor = execute(
        "SELECT i.id, i.reported_on, i.report_type, i.modus, i.destination_country, "
        "i.destination_city, i.status, i.people_count, i.has_child, "
        "COALESCE((SELECT group_concat(r.target, ',') FROM incident_referral r "
        f"WHERE r.incident_id = i.id), ''){joined.columns} FROM incident i{joined.joins}{where} "
        "ORDER BY i.reported_on, i.id",
        params,
    )
    width = len(ListedRecord._fields)
    while rows := cursor.fetchmany(batch):
        for row in rows:
            yield ListedRecord._make(row[:width]), tuple(row[width:])


def record_counts() -> tuple[int, int]:
    """(records in the log, records in Terhapus); the first is also the unfiltered list's
    ``count_incidents``."""
    live = count_incidents(IncidentQuery())
    deleted = execute("SELECT COUNT(*) FROM incident WHERE deleted_at > ''").fetchone()[0]
    return live, deleted


class OpenIncidents(NamedTuple):
    total: int
    newest: list[IncidentRow]


def open_incidents(newest: int) -> OpenIncidents:
    """The records still being handled (neither done nor closed, not deleted): how many, and
    the ``newest`` most recently reported (Beranda). Counted in the status index; the newest
    are read backwards along the reported index until enough open ones are found. About 2 ms
    for 100,000 records."""
    statuses = [s.value for s in Status if s.is_open]
    where = f"i.deleted_at IS NULL AND i.status IN ({marks(statuses)})"
    count = execute(f"SELECT COUNT(*) FROM incident i WHERE {where}", statuses).fetchone()[0]
    rows = execute(
        f"{_select(_NOTHING_JOINED)} WHERE {where} ORDER BY i.reported_on DESC, i.id DESC LIMIT ?",
        [*statuses, newest],
    ).fetchall()
    return OpenIncidents(count, [IncidentRow._make(r) for r in rows])


def destinations_in_use() -> list[str]:
    """Country codes that appear in the log, for the destination filter. Read by hopping
    from one code to the next in the index: a few dozen look-ups, whatever the log's size."""
    rows = execute(
        """WITH RECURSIVE code(value) AS (
            SELECT MIN(destination_country) FROM incident WHERE destination_country > ''
            UNION ALL
            SELECT (SELECT MIN(destination_country) FROM incident
                    WHERE destination_country > code.value)
            FROM code WHERE code.value IS NOT NULL)
        SELECT value FROM code WHERE value IS NOT NULL"""
    )
    return [r[0] for r in rows]
