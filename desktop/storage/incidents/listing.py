"""The list of Catatan Kejadian (and of Terhapus), ordered and filtered in SQL: what it shows
(``IncidentQuery``), another owner's tables beside it (``Joined``), its one filter builder
(``_where``), how many rows it has and its windows of rows (``Window``), each found from the
indexes first and only then read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from typing import Any, NamedTuple

from desktop.domain.incident import ReportType, Status
from desktop.domain.modus import Modus
from desktop.storage.db import execute, marks
from desktop.storage.incidents.current import _SEARCH


class SortKey(Enum):
    NUMBER = "number"
    REPORTED = "reported"
    TYPE = "type"
    MODUS = "modus"
    SUMMARY = "summary"
    DESTINATION = "destination"
    RECRUITER = "recruiter"
    PEOPLE = "people"
    STATUS = "status"
    UPDATED = "updated"
    DELETED = "deleted"


def _ordinal(column: str, kind: type[Enum]) -> str:
    """Order an enum column by the order the choices are declared (e.g. status progress)."""
    whens = " ".join(f"WHEN '{member.value}' THEN {n}" for n, member in enumerate(kind))
    return f"CASE {column} {whens} ELSE {len(kind)} END"


# Each expression has its index (migration 2), so sorting by it never sorts the table. The
# list's queries name the table ``i``.
_ORDER: dict[SortKey, tuple[str, ...]] = {
    SortKey.NUMBER: (),
    SortKey.REPORTED: ("i.reported_on",),
    SortKey.TYPE: (_ordinal("i.report_type", ReportType),),
    SortKey.MODUS: (_ordinal("i.modus", Modus),),
    SortKey.SUMMARY: ("i.summary COLLATE NOCASE",),
    SortKey.DESTINATION: (
        "i.destination_name COLLATE NOCASE",
        "i.destination_city COLLATE NOCASE",
    ),
    SortKey.RECRUITER: ("COALESCE(NULLIF(i.recruiter_name, ''), i.company) COLLATE NOCASE",),
    SortKey.PEOPLE: ("i.people_count",),
    SortKey.STATUS: (_ordinal("i.status", Status),),
    SortKey.UPDATED: ("i.updated_at",),
    SortKey.DELETED: ("i.deleted_at",),
}


@dataclass(frozen=True)
class IncidentQuery:
    """What the list shows: Terhapus or not, the search text, filters and the sort order."""

    deleted: bool = False
    text: str = ""
    status: Status | None = None
    modus: Modus | None = None
    date_from: date | None = None
    date_to: date | None = None
    country: str = ""
    sort: SortKey = SortKey.REPORTED
    descending: bool = True


@dataclass(frozen=True)
class Joined:
    """Another owner's tables beside the list (the office's register: where each record came
    from, its conflicts), written by that owner as SQL in which this list's table is ``i``.
    This module puts the pieces into its own queries, so that the list has one filter builder
    and one order, and each table's SQL stays with its owner.

    ``members`` are subqueries that each give record ids (one village's records, those with a
    conflict): the list holds only records among all of them; ``params`` are theirs, in order.
    They are turned into record numbers through the record id's index, so that counting and
    paging never read another owner's table row by row.

    ``joins`` and ``columns`` bring the other owner's values for the rows of a page only:
    LEFT JOINs on a unique key, and columns each starting with ", ".

    ``order`` is an order of the other owner's instead of the query's sort key (by village):
    its expressions, the last one unique, and ``order_from``, the FROM clause that brings them,
    in which ``{list}`` stands for this list's table; its CROSS JOINs fix the order in which
    the tables are read, so that the rows come in order from indexes, without a sort.

    ``excluded`` are subqueries that give record ids the list leaves out (records not yet
    reviewed are those without another review state), with their own ``excluded_params``.

    ``clauses`` are conditions on the joined tables themselves, for a list that joins them
    before it filters (the office's list of checks, ``storage.assessments``); the incident list
    takes ``members`` only. ``params`` are those of ``members`` and then those of ``clauses``."""

    members: tuple[str, ...] = ()
    params: tuple[Any, ...] = ()
    joins: str = ""
    columns: str = ""
    order: tuple[str, ...] = ()
    order_from: str = ""
    excluded: tuple[str, ...] = ()
    excluded_params: tuple[Any, ...] = ()
    clauses: tuple[str, ...] = ()

    def plus(self, other: Joined) -> Joined:
        """This owner's pieces and then ``other``'s (its order only where this has none)."""
        if self.clauses or other.clauses:
            raise ValueError("only members can be put together")
        return Joined(
            members=self.members + other.members,
            params=self.params + other.params,
            excluded=self.excluded + other.excluded,
            excluded_params=self.excluded_params + other.excluded_params,
            joins=self.joins + other.joins,
            columns=self.columns + other.columns,
            order=self.order or other.order,
            order_from=self.order_from if self.order else other.order_from,
        )


_NOTHING_JOINED = Joined()


class IncidentRow(NamedTuple):
    number: int
    record_id: str
    reported_on: str
    report_type: str
    modus: str
    summary: str
    destination_country: str
    destination_name: str
    destination_city: str
    recruiter_name: str
    company: str
    people_count: int
    has_child: int
    status: str
    updated_at: str
    deleted_at: str | None


def _select(joined: Joined) -> str:
    return (
        "SELECT i.id, i.record_id, i.reported_on, i.report_type, i.modus, i.summary, "
        "i.destination_country, i.destination_name, i.destination_city, i.recruiter_name, "
        "i.company, i.people_count, i.has_child, i.status, i.updated_at, i.deleted_at"
        f"{joined.columns} FROM incident i{joined.joins}"
    )


def fts_query(text: str) -> str:
    """The FTS5 query for what the user typed: every word must match, as a word prefix."""
    words = re.findall(r"\w+", text.casefold())
    return " ".join(f'"{w}"*' for w in words)


def _where(
    query: IncidentQuery,
    joined: Joined = _NOTHING_JOINED,
    *,
    short: bool = False,
    reached: bool = False,
) -> tuple[str, list[Any]]:
    """The list's one filter builder: the query's filters, then the joined owner's. ``short``:
    the list is short, and must be read from its other filters, not from the index of all
    records in (or out of) Terhapus that the planner takes for a short one. ``reached``: each
    record is reached from the joined owner's order (by village), so the sets of numbers are
    looked up for each, never looped over for each (the planner otherwise probes every number
    of a search's 30,000 for each of 300,000 records: seconds a page)."""
    # "> ''" rather than IS NOT NULL: the planner then reads Terhapus from an index.
    clauses = ["i.deleted_at > ''" if query.deleted else "i.deleted_at IS NULL"]
    if short:
        clauses[0] = f"+{clauses[0]}"
    params: list[Any] = []
    if query.status is not None:
        clauses.append("i.status = ?")
        params.append(query.status.value)
    if query.modus is not None:
        clauses.append("i.modus = ?")
        params.append(query.modus.value)
    if query.date_from is not None:
        clauses.append("i.reported_on >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        clauses.append("i.reported_on <= ?")
        params.append(query.date_to.isoformat())
    if query.country:
        clauses.append("i.destination_country = ?")
        params.append(query.country)
    members, member_params = _members(query, joined)
    if members:
        clauses.append(f"{'+' if reached else ''}i.id IN ({members})")
        params += member_params
    left_out, left_out_params = _left_out(joined)
    if left_out:
        clauses.append(f"i.id NOT IN ({left_out})")
        params += left_out_params
    return " WHERE " + " AND ".join(clauses), params


def _members(query: IncidentQuery, joined: Joined) -> tuple[str, list[Any]]:
    """The filters that are sets of record numbers (the words searched for, the joined
    owner's members), as one query of the numbers they share ('' when there are none): the
    planner can then start from what they share."""
    sets: list[str] = []
    params: list[Any] = []
    match = fts_query(query.text)
    if match:
        table = _SEARCH[not query.deleted]
        sets.append(f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ?")
        params.append(match)
    sets += [f"SELECT id FROM incident WHERE record_id IN ({m})" for m in joined.members]
    params += joined.params
    return " INTERSECT ".join(sets), params


def _left_out(joined: Joined) -> tuple[str, list[Any]]:
    """The record numbers the joined owner leaves out, as one query ('' when none). Tested
    row by row (NOT IN): as a set taken from all records it would read the whole table
    (records not yet reviewed: 0.6 s at 300,000 records)."""
    if not joined.excluded:
        return "", []
    left_out = " UNION ".join(joined.excluded)
    return f"SELECT id FROM incident WHERE record_id IN ({left_out})", list(joined.excluded_params)


def _order_terms(query: IncidentQuery, joined: Joined) -> tuple[str, ...]:
    """The expressions the list is ordered by, the record number last (so that every row has
    a key of its own)."""
    return (*(joined.order or _ORDER[query.sort]), "i.id")


def count_incidents(query: IncidentQuery, joined: Joined = _NOTHING_JOINED) -> int:
    """How many rows the list has (with ``joined``'s members only)."""
    members, params = _members(query, joined)
    filtered = (query.status, query.modus, query.date_from, query.date_to, query.country)
    if members and not any(filtered):
        # Only sets of numbers: count them. A search's are the list's own (its search index);
        # the others' less those in (or out of) Terhapus, which the index holds together:
        # checking each number's state would read the whole index.
        tests = []
        if not fts_query(query.text):
            deleted = "SELECT id FROM incident WHERE deleted_at > ''"
            tests.append(f"id {'IN' if query.deleted else 'NOT IN'} ({deleted})")
        left_out, left_out_params = _left_out(joined)
        if left_out:
            tests.append(f"id NOT IN ({left_out})")
        where = f" WHERE {' AND '.join(tests)}" if tests else ""
        sql = f"SELECT COUNT(*) FROM ({members}){where}"
        return execute(sql, [*params, *left_out_params]).fetchone()[0]
    left_out, left_out_params = _left_out(joined)
    if left_out and not members and not any(filtered):
        # All records less the few left out: two counts from indexes, not a test of each.
        state = "i.deleted_at > ''" if query.deleted else "i.deleted_at IS NULL"
        sql = (
            f"SELECT (SELECT COUNT(*) FROM incident i WHERE {state}) - "
            f"(SELECT COUNT(*) FROM incident i WHERE {state} AND i.id IN ({left_out}))"
        )
        return execute(sql, left_out_params).fetchone()[0]
    where, params = _where(query, joined)
    return execute(f"SELECT COUNT(*) FROM incident i{where}", params).fetchone()[0]


def record_total() -> int:
    """How many records the log holds (current states, Terhapus included)."""
    return execute("SELECT COUNT(*) FROM incident").fetchone()[0]


@dataclass(frozen=True)
class Window:
    """Which rows of the list to read, ``limit`` of them, ``offset`` rows from the start (or
    from the end, ``from_end``), or past the row whose order key is ``after`` (or before the
    one whose key is ``before``). A key reaches its row through the indexes, and so does the
    end of the list: no window costs more than half the list is long.

    ``listed``: how many rows the list has, when the caller has counted them. A short list
    (one village's records, a rare word) is read from its filters and sorted, rather than
    looked for along the order's index, which it would mostly be absent from."""

    limit: int
    offset: int = 0
    from_end: bool = False
    after: tuple[Any, ...] | None = None
    before: tuple[Any, ...] | None = None
    listed: int | None = None


SHORT_LIST = 2000  # rows: sorting them costs less than walking an index of 300,000 for them


class Listed(NamedTuple):
    """A row of the list, the joined owner's values for it, and its order key."""

    row: IncidentRow
    joined: tuple[Any, ...]
    key: tuple[Any, ...]


def _keys(query: IncidentQuery, joined: Joined, window: Window) -> list[tuple[Any, ...]]:
    """The order keys of the window's rows, in the list's order (the record number last)."""
    terms = _order_terms(query, joined)
    short = window.listed is not None and window.listed <= SHORT_LIST
    where, params = _where(query, joined, short=short, reached=bool(joined.order) and not short)
    bound = window.after if window.after is not None else window.before
    backwards = window.from_end or window.before is not None
    if bound is not None:
        # Rows past the key; the first term once more on its own, which the planner can seek
        # to in the order's index (it does not for the whole row value).
        past = ("<" if query.descending else ">") if not backwards else ""
        past = past or (">" if query.descending else "<")
        where += f" AND {terms[0]} {past}= ? AND ({', '.join(terms)}) {past} ({marks(bound)})"
        params += [bound[0], *bound]
    direction = "DESC" if query.descending != backwards else "ASC"
    if short:
        # "+" hides the order from the indexes: the planner then starts from the filters.
        order = ", ".join(f"+{term} {direction}" for term in terms)
        tables = f"incident i{joined.joins if joined.order else ''}"
    else:
        order = ", ".join(f"{term} {direction}" for term in terms)
        tables = joined.order_from.format(list="incident i") if joined.order else "incident i"
    rows = execute(
        f"SELECT {', '.join(terms)} FROM {tables}{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, window.limit, window.offset],
    ).fetchall()
    return [tuple(r) for r in (rows[::-1] if backwards else rows)]


# The search index holds the lists of each word's first one and two letters (migration 14):
# whether a record matches a search of such words is one seek in them.
_FIRST_LETTERS = 2
PROBED = 512  # rows of the list tested one by one at most, before its matches are read whole


def _probed_keys(
    query: IncidentQuery, joined: Joined, window: Window
) -> list[tuple[Any, ...]] | None:
    """The order keys of the window of a search that most records match, found by testing
    the rows of the list without the search, in its order, one by one until the window is
    full: reading all 297,000 matches of 'k' to find the newest 64 took 27 ms, testing 64
    rows takes 2. None when that does not suit (a word longer than the first letters, whose
    test reads all its matches; a sparse list; a window at an offset, or by village) or when
    the rows tested did not fill the window."""
    words = re.findall(r"\w+", query.text.casefold())
    if (
        not words
        or any(len(word) > _FIRST_LETTERS for word in words)
        or joined.order
        or window.offset
        or window.listed is None
        or window.listed * PROBED < 4 * window.limit * record_total()
    ):
        return None
    candidates = _keys(replace(query, text=""), joined, replace(window, limit=PROBED, listed=None))
    backwards = window.from_end or window.before is not None
    match = fts_query(query.text)
    table = _SEARCH[not query.deleted]
    test = f"SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = ?"
    found = []
    for key in reversed(candidates) if backwards else candidates:
        if execute(test, (match, key[-1])).fetchone():
            found.append(key)
            if len(found) == window.limit:
                break
    else:
        if len(candidates) == PROBED:
            return None
    return found[::-1] if backwards else found


def fetch_window(
    query: IncidentQuery, window: Window, joined: Joined = _NOTHING_JOINED
) -> list[Listed]:
    """The rows of ``window``, in the list's order, with ``joined``'s values. The window is
    found first from the indexes alone (``_probed_keys`` or ``_keys``); only its rows are then
    read, with the joined tables."""
    keys = _probed_keys(query, joined, window)
    if keys is None:
        keys = _keys(query, joined, window)
    if not keys:
        return []
    numbers = [key[-1] for key in keys]
    width = len(IncidentRow._fields)
    found = {
        r[0]: r for r in execute(f"{_select(joined)} WHERE i.id IN ({marks(numbers)})", numbers)
    }
    return [
        Listed(IncidentRow._make(found[n][:width]), tuple(found[n][width:]), key)
        for n, key in zip(numbers, keys, strict=True)
        if n in found
    ]


def incidents_window(query: IncidentQuery, window: Window) -> list[tuple[IncidentRow, tuple]]:
    """The rows of ``window``, in the list's order, each with its order key."""
    return [(listed.row, listed.key) for listed in fetch_window(query, window)]


def fetch_incidents(query: IncidentQuery, offset: int, limit: int) -> list[IncidentRow]:
    """Rows ``offset`` to ``offset + limit`` of the list, in its order."""
    return [listed.row for listed in fetch_window(query, Window(limit, offset))]
