"""The office's merged register: the village log's filters and order, with where each record
came from and its conflicts joined, read a window at a time from indexes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.incident import Incident, ReportType, Status
from desktop.domain.modus import Modus
from desktop.storage import incidents, office_imports, register
from desktop.storage.db import transaction
from desktop.storage.incidents import SortKey, Window
from desktop.storage.office_imports import ConflictNote
from desktop.storage.register import RegisterQuery
from tests.office import heard_from
from tests.storage.plans import query_plans

T0 = datetime(2026, 11, 1, 8, tzinfo=UTC)
# Code, name: the names are not in the order of the codes.
VILLAGES = [
    ("15.02.02.2009", "Pulau Tengah"),
    ("15.02.02.2004", "Kungkai"),
    ("15.02.01.2001", "Aur Gading"),
]


def _plans(monkeypatch, read) -> list[str]:
    return query_plans(monkeypatch, incidents, read)


def _office(count: int = 14) -> list[str]:
    """``count`` records from the three villages, as imports leave them; a conflict on every
    fifth. Returns the record ids."""
    ids = []
    with transaction():
        for n in range(count):
            incident = Incident(
                report_type=list(ReportType)[n % 3],
                reported_on=date(2026, 10, 1) + timedelta(days=n % 5),
                modus=list(Modus)[n % 4],
                status=list(Status)[n % 3],
                summary=f"Catatan {n:02d} {'sawit' if n % 2 else 'kapal'}",
            )
            incidents.save_incident(incident, author_name="Sekretaris", now=T0 + timedelta(n))
            ids.append(incident.record_id)
        for v, (code, name) in enumerate(VILLAGES):
            mine = ids[v :: len(VILLAGES)]
            export_id = heard_from(code, name, made=T0, record_ids=mine)
            notes = [ConflictNote(r, f"lain-{r}", "cabang", "") for r in mine[::5]]
            office_imports.record_conflicts(export_id, notes, T0)
    return ids


ORDERS = [
    *(RegisterQuery(sort=key, descending=d) for key in SortKey if key is not SortKey.DELETED
      for d in (True, False)),
    RegisterQuery(by_village=True, descending=False),
    RegisterQuery(by_village=True, descending=True),
]  # fmt: skip


@pytest.mark.parametrize(
    "query", ORDERS, ids=lambda q: f"{q.sort.value}-{q.by_village}-{q.descending}"
)
def test_every_order_of_the_register_reads_indexes_not_a_sort(installation, monkeypatch, query):
    """An office holds hundreds of thousands of records: every order of the register, by
    village too, is read from indexes, from the start, from the end and from a row's key."""
    _office()
    ((_, first),) = register.register_window(query, Window(1))
    for window in (Window(5), Window(5, from_end=True), Window(5, after=first)):
        for plan in _plans(monkeypatch, lambda w=window: register.register_window(query, w)):
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (window, plan)


@pytest.mark.parametrize(
    "query", ORDERS, ids=lambda q: f"{q.sort.value}-{q.by_village}-{q.descending}"
)
def test_windows_found_by_key_or_from_the_end_are_the_rows_at_those_places(installation, query):
    _office()
    for filtered in (query, replace(query, village="15.02.02.2004"), replace(query, text="sawit")):
        everything = register.fetch_register(filtered, 0, 100)
        assert len(everything) == register.count_register(filtered)
        # Read along the indexes, and as a short list sorted after its filters.
        for listed in (None, len(everything)):
            forward, after = [], None
            while len(forward) < len(everything):
                page = register.register_window(filtered, Window(3, after=after, listed=listed))
                forward += [row for row, _ in page]
                after = page[-1][1]
            assert forward == everything
            backward, before = [], None
            while len(backward) < len(everything):
                window = Window(3, from_end=True) if before is None else Window(3, before=before)
                page = register.register_window(filtered, replace(window, listed=listed))
                backward = [row for row, _ in page] + backward
                before = page[0][1]
            assert backward == everything
            middle = Window(2, offset=2, from_end=True, listed=listed)
            assert [row for row, _ in register.register_window(filtered, middle)] == (
                everything[-4:-2]
            )


def test_a_short_list_is_read_from_its_filters_not_along_the_whole_index(installation, monkeypatch):
    """One village's records among 300,000: walking the order's index for them read most of
    it (100 ms); read from the village's records and sorted, they cost a few lookups."""
    _office()
    for query in (
        RegisterQuery(village="15.02.02.2004"),
        RegisterQuery(village="15.02.02.2004", by_village=True),
    ):
        window = Window(5, listed=register.count_register(query))
        keys = _plans(monkeypatch, lambda q=query, w=window: register.register_window(q, w))[0]
        assert "USING INTEGER PRIMARY KEY (rowid=?)" in keys.split(" | ")[0], keys
        assert "SCAN" not in keys, keys


def test_by_village_lists_each_village_in_name_order_and_its_records_as_they_came(installation):
    ids = _office()
    rows = register.fetch_register(RegisterQuery(by_village=True, descending=False), 0, 100)
    assert [r.village_name for r in rows] == sorted(r.village_name for r in rows)
    kungkai = [r.record_id for r in rows if r.village_name == "Kungkai"]
    assert kungkai == ids[1::3]


@pytest.mark.parametrize(
    "query",
    [
        RegisterQuery(),
        RegisterQuery(village="15.02.02.2004"),
        RegisterQuery(conflicts_only=True),
        RegisterQuery(text="sawit"),
        RegisterQuery(status=Status.NEW, modus=Modus.SHIP_CREW),
        RegisterQuery(village="15.02.02.2004", status=Status.NEW, text="sawit"),
    ],
    ids=["all", "village", "conflicts", "search", "status-modus", "together"],
)
def test_counting_the_register_reads_only_indexes(installation, monkeypatch, query):
    """Counting joined another owner's tables row by row: 0.7 s at 110,000 records. Now the
    village and conflict filters become record numbers through the record id's index, and
    every count reads indexes only."""
    _office()
    (plan,) = _plans(monkeypatch, lambda: register.count_register(query))
    assert "LEFT-JOIN" not in plan, plan
    steps = [step for step in plan.split(" | ") if re.match(r"(SEARCH|SCAN) (i|incident) ", step)]
    assert steps and all("COVERING INDEX" in step for step in steps), plan


def test_the_register_filters_and_joins_each_records_village_and_conflicts(installation):
    ids = _office()
    assert register.count_register(RegisterQuery()) == len(ids)
    kungkai = register.fetch_register(RegisterQuery(village="15.02.02.2004"), 0, 100)
    assert {r.record_id for r in kungkai} == set(ids[1::3])
    assert {(r.village_code, r.village_name) for r in kungkai} == {("15.02.02.2004", "Kungkai")}
    conflicted = register.fetch_register(RegisterQuery(conflicts_only=True), 0, 100)
    assert {r.record_id for r in conflicted} == {r for v in range(3) for r in ids[v::3][::5]}
    assert all(r.conflicts == 1 for r in conflicted)
