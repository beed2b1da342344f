"""The office's merged register: the village log's filters and order, with where each record
came from and its conflicts joined, read a window at a time from indexes."""

from __future__ import annotations

import re
import shutil
import uuid
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.exchange import CodeChange
from desktop.domain.incident import (
    Incident,
    RecordState,
    ReportType,
    Status,
    StoredVersion,
    to_payload,
)
from desktop.domain.modus import Modus
from desktop.domain.review import ReviewState
from desktop.paths import DataPaths
from desktop.storage import incidents, office_imports, office_review, register, register_villages
from desktop.storage.db import execute, transaction
from desktop.storage.incidents import IncidentQuery, SortKey, Window, listing
from desktop.storage.installation import Installation
from desktop.storage.office_imports import ConflictNote
from desktop.storage.register import RegisterQuery
from tests.keys import TEST_KEY
from tests.office import heard_from, village_chain
from tests.storage.plans import query_plans

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
T0 = datetime(2026, 11, 1, 8, tzinfo=UTC)
# Code, name: the names are not in the order of the codes.
VILLAGES = [
    ("15.02.02.2009", "Pulau Tengah"),
    ("15.02.02.2004", "Kungkai"),
    ("15.02.01.2001", "Aur Gading"),
]


def _plans(monkeypatch, read) -> list[str]:
    return query_plans(monkeypatch, listing, read)


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
    assert all("COVERING INDEX" in step for step in steps), plan
    assert steps or query == RegisterQuery(text="sawit"), plan  # a search: from its index alone


def test_the_register_filters_and_joins_each_records_village_and_conflicts(installation):
    ids = _office()
    assert register.count_register(RegisterQuery()) == len(ids)
    kungkai = register.fetch_register(RegisterQuery(village="15.02.02.2004"), 0, 100)
    assert {r.record_id for r in kungkai} == set(ids[1::3])
    assert {(r.village_code, r.village_name) for r in kungkai} == {("15.02.02.2004", "Kungkai")}
    conflicted = register.fetch_register(RegisterQuery(conflicts_only=True), 0, 100)
    assert {r.record_id for r in conflicted} == {r for v in range(3) for r in ids[v::3][::5]}
    assert all(r.conflicts == 1 for r in conflicted)


def _matches(row: register.RegisterRow, query: RegisterQuery) -> bool:
    """Whether ``row`` passes ``query``'s filters, decided in Python (the test's oracle)."""
    return (
        all(
            any(w.startswith(typed) for w in row.summary.casefold().split())
            for typed in query.text.casefold().split()
        )
        and (query.status is None or row.status == query.status.value)
        and (not query.conflicts_only or row.conflicts > 0)
        and (query.review is None or row.review == query.review.value)
    )


FILTERS = [
    RegisterQuery(text="sawit"),
    RegisterQuery(text="k"),  # one letter: half the records, a set as large as the list
    RegisterQuery(text="sa"),
    RegisterQuery(status=Status.NEW),
    RegisterQuery(conflicts_only=True),
    RegisterQuery(review=ReviewState.NEW),
    RegisterQuery(review=ReviewState.REVIEWED, text="kapal"),
]


def _reviewed(ids: list[str]) -> None:
    """A few records reviewed, one acted on, one put back to new."""
    for n, state in ((0, ReviewState.REVIEWED), (3, ReviewState.REVIEWED), (5, ReviewState.NEW),
                     (6, ReviewState.ACTED_ON), (7, ReviewState.REVIEWED)):  # fmt: skip
        office_review.set_review(ids[n], state, "", officer="Petugas")


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "query",
    FILTERS,
    ids=["search", "one-letter", "two-letter", "status", "conflicts", "new", "both"],
)
def test_every_filter_gives_the_same_rows_in_every_order(installation, query, descending):
    """A filter keeps the rows of the whole list that pass it, in the same order, by village
    too, however the window is found (from the start, the end, a row's key, as a short list,
    by testing rows one by one against a search of first letters)."""
    _reviewed(_office())
    for order in (
        RegisterQuery(descending=descending),
        RegisterQuery(sort=SortKey.SUMMARY, descending=descending),
        RegisterQuery(by_village=True, descending=descending),
    ):
        filtered = replace(query, sort=order.sort, by_village=order.by_village,
                           descending=descending)  # fmt: skip
        expected = [r for r in register.fetch_register(order, 0, 100) if _matches(r, filtered)]
        assert expected, filtered
        assert register.count_register(filtered) == len(expected)
        assert register.fetch_register(filtered, 0, 100) == expected
        for listed in (None, len(expected)):
            ((_, first),) = register.register_window(filtered, Window(1, listed=listed))
            after = register.register_window(filtered, Window(100, after=first, listed=listed))
            assert [row for row, _ in after] == expected[1:]
            end = register.register_window(filtered, Window(2, from_end=True, listed=listed))
            assert [row for row, _ in end] == expected[-2:]


def _statements(monkeypatch, read) -> list[tuple[str, list]]:
    """Each statement ``read()`` runs through the list's ``execute``, with its parameters."""
    statements = []
    real = listing.execute

    def spy(sql, params=()):
        statements.append((sql, list(params)))
        return real(sql, params)

    monkeypatch.setattr(listing, "execute", spy)
    read()
    monkeypatch.undo()
    assert statements, "no statement ran through listing.execute"
    return statements


def test_a_search_most_records_match_tests_rows_instead_of_reading_every_match(
    installation, monkeypatch
):
    """'k' matches 297,000 of 300,000 records: its first page was found by reading all of
    them into a list first (27 ms); the rows of the list are now tested one by one in its
    order against the index of first letters until the page is full. A longer word, whose
    test reads all its matches, and a rarer one are read as before."""
    _office()
    for text, probed in (("k", True), ("sa", True), ("kapal", False), ("x", False)):
        query = RegisterQuery(text=text)
        window = Window(3, listed=register.count_register(query))
        run = _statements(monkeypatch, lambda q=query, w=window: register.register_window(q, w))
        tests = [sql for sql, _ in run if "rowid = ?" in sql]
        whole = [sql for sql, _ in run if "i.id IN (SELECT rowid AS id FROM incident_fts" in sql]
        assert (bool(tests), bool(whole)) == (probed, not probed), (text, run)


def test_a_search_whose_matches_lie_past_the_rows_tested_reads_them_whole(
    installation, monkeypatch
):
    """Half the records match 'k', but not the newest: the rows tested run out before the
    window is full, and it is read from all the matches."""
    monkeypatch.setattr(listing, "PROBED", 8)
    with transaction():
        for n in range(24):
            incident = Incident(
                report_type=ReportType.DEPARTED,
                reported_on=date(2026, 10, 1) + timedelta(days=n),
                modus=Modus.SHIP_CREW,
                summary="Tawaran kapal" if n < 12 else "Tawaran sawit",
            )
            incidents.save_incident(incident, author_name="Sekretaris", now=T0)
    for descending in (True, False):
        query = RegisterQuery(text="k", descending=descending)
        expected = [r for r in register.fetch_register(replace(query, text=""), 0, 100)
                    if "kapal" in r.summary]  # fmt: skip
        listed = register.count_register(query)
        assert listed == len(expected) == 12
        ((first, key),) = register.register_window(query, Window(1, listed=listed))
        ((last, _),) = register.register_window(query, Window(1, from_end=True, listed=listed))
        assert [first, last] == [expected[0], expected[-1]]
        after = register.register_window(query, Window(1, after=key, listed=listed))
        assert [row for row, _ in after] == expected[1:2]


def test_a_filtered_list_by_village_tests_each_record_it_reaches(installation, monkeypatch):
    """By village, each record is reached from its village's sources; the planner took the
    30,000 records a search found as a loop for each of them (6.5 s a page at 300,000)."""
    _office()
    for query in (
        RegisterQuery(by_village=True, text="sawit"),
        RegisterQuery(by_village=True, conflicts_only=True),
    ):
        keys = _plans(monkeypatch, lambda q=query: register.register_window(q, Window(5)))[0]
        reached = "SEARCH i USING COVERING INDEX incident_by_record_state (record_id=? AND"
        assert reached in keys, keys
        assert "rowid=?" not in keys.split(" | LIST SUBQUERY")[0], keys


def test_by_village_each_record_and_its_state_are_read_from_one_index(installation, monkeypatch):
    """The middle of 300,000 records by village is 150,000 records reached one by one from
    their village's sources: each read its table row to know whether it is in Terhapus
    (2.8 s); the index by record id and state (migration 13) holds both (0.3 s)."""
    _office()
    query = RegisterQuery(by_village=True)
    for window in (Window(5, offset=3), Window(5, offset=3, from_end=True)):
        keys = _plans(monkeypatch, lambda w=window: register.register_window(query, w))[0]
        reached = "SEARCH i USING COVERING INDEX incident_by_record_state (record_id=? AND"
        assert reached in keys, keys


def test_an_office_of_schema_12_lists_its_records_by_village_after_the_upgrade(
    tmp_path, monkeypatch
):
    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "schema_v12.sqlite3", paths.database)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        rows = register.fetch_register(RegisterQuery(by_village=True), 0, 10)
        deleted = register.count_register(RegisterQuery(by_village=True, text="hilang"))
        by_village, window = RegisterQuery(by_village=True), Window(5, from_end=True)
        keys = _plans(monkeypatch, lambda: register.register_window(by_village, window))[0]
    finally:
        inst.close()
    # The record the village sent and later deleted stays out of the list.
    assert [(r.record_id, r.village_code) for r in rows] == [
        ("2f0e0d0c-0b0a-4908-8706-050403020100", "15.02.02.2009")
    ]
    assert deleted == 0
    assert "COVERING INDEX incident_by_record_state" in keys, keys


def test_records_not_yet_reviewed_are_not_a_set_taken_from_every_record(installation, monkeypatch):
    """Records never reviewed were found as every record's number less the reviewed: the
    whole table read, 0.6 s at 300,000 records, for counting and for each page."""
    _reviewed(_office())
    query = RegisterQuery(review=ReviewState.NEW)
    plans = _plans(monkeypatch, lambda: register.count_register(query))
    plans += _plans(monkeypatch, lambda: register.register_window(query, Window(5)))
    for plan in plans:
        assert "SCAN incident" not in plan and "EXCEPT" not in plan, plan


def test_an_office_of_schema_13_searches_by_first_letters_from_their_own_index(tmp_path):
    """A one-letter search matched 297,000 of 300,000 records by merging the lists of every
    word starting with the letter (0.3 s a search); the index of first letters (migration 14)
    holds one list for it. The records indexed before the upgrade are found as before."""
    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "schema_v13.sqlite3", paths.database)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        (made,) = execute("SELECT sql FROM sqlite_master WHERE name = 'incident_fts'").fetchone()
        found = {
            text: [r.summary for r in incidents.fetch_incidents(IncidentQuery(text=text), 0, 10)]
            for text in ("k", "ka", "a", "kam", "x")
        }
    finally:
        inst.close()
    assert re.search(r"prefix\s*=\s*'1 2'", made), made
    assert (
        sorted(found["k"])
        == sorted(found["a"])
        == [
            "Tawaran kerja ABK di kapal asing",
            "Tawaran kerja admin online di Kamboja lewat Facebook",
        ]
    )
    assert sorted(found["ka"]) == sorted(found["k"])
    assert found["kam"] == ["Tawaran kerja admin online di Kamboja lewat Facebook"]
    assert found["x"] == []


def _listed_by_village() -> dict[str, int]:
    """Each village's records in the register by village, counted from the whole list read
    row by row (the test's oracle)."""
    rows = register.fetch_register(RegisterQuery(by_village=True), 0, 1000)
    return dict(Counter(r.village_code for r in rows))


def _assert_villages_skipped_rightly() -> None:
    """The stored counts are each village's records in the list, and every window by village,
    found past the villages before it, holds the rows at its place in the list."""
    assert {code: n for code, n in register_villages.counts().items() if n} == (
        _listed_by_village()
    )
    for descending in (False, True):
        query = RegisterQuery(by_village=True, descending=descending)
        everything = register.fetch_register(query, 0, 1000)
        listed = len(everything)
        assert register.count_register(query) == listed
        for place in range(listed):
            for limit in (1, 4):
                window = Window(limit, place, listed=listed)
                read = [row for row, _ in register.register_window(query, window)]
                assert read == everything[place : place + limit], (descending, window)
                back = Window(limit, place, from_end=True, listed=listed)
                read = [row for row, _ in register.register_window(query, back)]
                assert read == everything[max(listed - place - limit, 0) : listed - place]


def _version(record_id: str, prev: str | None, state: RecordState, payload: dict) -> StoredVersion:
    return StoredVersion(
        record_id=record_id,
        version_id=str(uuid.uuid4()),
        prev_version_id=prev,
        saved_at=T0 + timedelta(days=40),
        author="Desa",
        state=state,
        reason="",
        payload=payload,
    )


def test_each_villages_count_follows_every_change_of_the_register(installation):
    """The register by village skips whole villages by their counts: a count that missed a
    deletion, a restore, a purge, a version chosen, a code change or an import would put
    every later window at the wrong rows."""
    ids = _office(20)
    _assert_villages_skipped_rightly()
    incidents.delete_incident(ids[1], author_name="Petugas")
    _assert_villages_skipped_rightly()
    incidents.restore_incident(ids[1], author_name="Petugas")
    incidents.delete_incident(ids[2], author_name="Petugas")
    incidents.purge_incident(ids[2], author_name="Petugas")
    _assert_villages_skipped_rightly()
    # A deletion and a purge the village made, imported; a deleted record's earlier version
    # chosen by an officer.
    held = incidents.load_incident(ids[4])
    payload = incidents.record_versions(ids[4])[-1].payload
    deletion = _version(ids[4], held.meta.version_id, RecordState.DELETED, payload)
    assert incidents.insert_version(deletion) is incidents.InsertOutcome.UPDATED
    _assert_villages_skipped_rightly()
    purge = _version(ids[5], incidents.load_incident(ids[5]).meta.version_id,
                     RecordState.PURGED, {})  # fmt: skip
    incidents.purge_received(purge)
    _assert_villages_skipped_rightly()
    first = incidents.record_versions(ids[4])[0].version_id
    incidents.set_current_version(ids[4], first, expected=deletion.version_id)
    _assert_villages_skipped_rightly()
    # Kungkai gets a new code and names (it moves in the order).
    kungkai = office_imports.owner_by_code("15.02.02.2004")
    change = CodeChange("15.02.02.2004", "15.02.02.2011", T0, "Pemekaran")
    office_imports.record_code_changes(
        kungkai, [change], "15.02.02.2011",
        village_chain("15.02.02.2011", "Air Batu", "Bangko", "Kabupaten Merangin"), "e", T0,
    )  # fmt: skip
    _assert_villages_skipped_rightly()
    # A new village: records claimed before they are written (saved, bulk-added) and written
    # before they are claimed; an export claiming records already owned counts none again.
    early, bulk, later = (
        Incident(report_type=ReportType.DEPARTED, reported_on=date(2026, 10, 9),
                 modus=Modus.SHIP_CREW, summary=f"Catatan baru {n}")
        for n in range(3)
    )  # fmt: skip
    heard_from("15.02.01.2002", "Baru", made=T0, record_ids=[early.record_id, bulk.record_id])
    incidents.save_incident(early, author_name="Desa", now=T0)
    bulk_version = _version(bulk.record_id, None, RecordState.LIVE, to_payload(bulk))
    incidents.add_new_records([[bulk_version]])
    _assert_villages_skipped_rightly()
    incidents.save_incident(later, author_name="Desa", now=T0)
    already = [ids[7], ids[9]]  # Air Batu's and Pulau Tengah's
    heard_from("15.02.01.2002", "Baru", made=T0, sequence=2,
               record_ids=[later.record_id, *already])  # fmt: skip
    heard_from("15.02.02.2009", "Pulau Tengah", made=T0, sequence=2, record_ids=ids[::3])
    _assert_villages_skipped_rightly()
    assert set(_listed_by_village()) == {"15.02.02.2011", "15.02.02.2009", "15.02.01.2001",
                                          "15.02.01.2002"}  # fmt: skip


def test_windows_by_village_are_stepped_to_when_the_counts_do_not_add_up(installation, monkeypatch):
    """Counts that do not describe the list (whatever made them so) are never trusted: the
    window is stepped to, as before the counts."""
    _office()
    query = RegisterQuery(by_village=True)
    everything = register.fetch_register(query, 0, 100)
    monkeypatch.setattr(register_villages, "counts", lambda: {"15.02.02.2004": 1})
    for place in range(len(everything)):
        window = Window(2, place, listed=len(everything))
        read = [row for row, _ in register.register_window(query, window)]
        assert read == everything[place : place + 2]


def test_the_middle_of_the_register_by_village_is_reached_past_whole_villages(
    installation, monkeypatch
):
    """Stepping through the 150,000 records before the middle of 300,000 took 0.25 s; the
    window now starts at its village, a few rows in."""
    _office()
    query = RegisterQuery(by_village=True)
    listed = register.count_register(query)
    window = Window(2, listed // 2, listed=listed)
    keys = _statements(monkeypatch, lambda: register.register_window(query, window))[0]
    assert "LIMIT ? OFFSET ?" in keys[0] and keys[1][-1] < listed // 2 - 1, keys


def test_an_office_of_schema_14_counts_each_villages_records_in_the_upgrade(tmp_path):
    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "schema_v14.sqlite3", paths.database)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        counted = register_villages.counts()
        listed = _listed_by_village()
        query = RegisterQuery(by_village=True)
        everything = register.fetch_register(query, 0, 10)
        window = register.register_window(query, Window(1, 0, from_end=True, listed=1))
    finally:
        inst.close()
    # Pulau Tengah's one record; the other village's record in Terhapus is not counted.
    assert counted == listed == {"15.02.02.2009": 1}
    assert [row for row, _ in window] == everything


def test_an_office_of_schema_15_moves_the_search_text_of_terhapus_to_its_own_index(tmp_path):
    """The record in Terhapus is found by a search in Terhapus only, the others in the log,
    by whole words and by first letters."""
    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "schema_v15.sqlite3", paths.database)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        found = {
            (text, deleted): [
                r.number for r in incidents.fetch_incidents(IncidentQuery(deleted, text), 0, 10)
            ]
            for text in ("malaysia", "ma", "kamboja", "k")
            for deleted in (False, True)
        }
        counted = {
            (text, deleted): incidents.count_incidents(IncidentQuery(deleted, text))
            for text, deleted in found
        }
    finally:
        inst.close()
    assert found == {
        ("malaysia", False): [],
        ("malaysia", True): [2],
        ("ma", False): [],
        ("ma", True): [2],
        ("kamboja", False): [1],
        ("kamboja", True): [],
        ("k", False): [4, 1],
        ("k", True): [],
    }
    assert counted == {key: len(numbers) for key, numbers in found.items()}
