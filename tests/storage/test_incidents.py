"""Incident storage: versions with their ids, history, search, the list's queries, delete,
restore and purge, the calls the exchange layer uses, and the schema upgrade."""

import re
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.incident import (
    AgeBand,
    Incident,
    LegalBasis,
    Person,
    PersonIdentity,
    PersonRole,
    RecordNotFound,
    RecordState,
    Referral,
    ReferralTarget,
    ReportType,
    StaleRecord,
    Status,
    StoredVersion,
    VersionClash,
    to_payload,
)
from desktop.domain.modus import Modus
from desktop.paths import DataPaths
from desktop.storage import incidents as store
from desktop.storage.db import database
from desktop.storage.incidents import IncidentQuery, InsertOutcome, SortKey, Window, listing
from desktop.storage.installation import Installation
from tests.keys import TEST_KEY
from tests.storage.plans import query_plans

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


def record(**changes) -> Incident:
    base = Incident(
        report_type=ReportType.SUSPICIOUS_OFFER,
        reported_on=date(2026, 4, 30),
        modus=Modus.ONLINE_SCAM,
        summary="Tawaran kerja admin online",
        destination_country="KH",
        destination_city="Sihanoukville",
        recruiter_name="Bang Jali",
        company="PT Maju Contoh",
        notes="Keluarga melapor lewat ketua RT.",
    )
    return replace(base, **changes)


def rows(query: IncidentQuery) -> list[store.IncidentRow]:
    return store.fetch_incidents(query, 0, 1000)


def test_every_save_is_a_new_version_naming_the_one_before(installation):
    incident = record()
    first = store.save_incident(incident, author_name="Sekdes", now=T0)
    changed = replace(incident, status=Status.REFERRED)
    second = store.save_incident(
        changed, author_name="Kades", base_version=first.version_id, now=T0 + timedelta(hours=1)
    )
    versions = store.record_versions(incident.record_id)
    assert [(v.version_id, v.prev_version_id, v.author) for v in versions] == [
        (first.version_id, None, "Sekdes"),
        (second.version_id, first.version_id, "Kades"),
    ]
    assert versions[1].saved_at == T0 + timedelta(hours=1)
    loaded = store.load_incident(incident.record_id)
    assert loaded.incident == changed
    assert (loaded.meta.created_by, loaded.meta.updated_by) == ("Sekdes", "Kades")
    assert loaded.meta.number == first.number


def test_saving_over_a_changed_record_is_refused_and_writes_nothing(installation):
    incident = record()
    first = store.save_incident(incident, author_name="A")
    store.save_incident(
        replace(incident, summary="x"), author_name="A", base_version=first.version_id
    )
    with pytest.raises(StaleRecord):
        store.save_incident(
            replace(incident, summary="y"), author_name="B", base_version=first.version_id
        )
    assert len(store.record_versions(incident.record_id)) == 2
    assert store.load_incident(incident.record_id).incident.summary == "x"


def test_history_shows_who_changed_which_field_from_what_to_what(installation):
    incident = record()
    first = store.save_incident(incident, author_name="Sekdes", now=T0)
    referral = Referral(target=ReferralTarget.POLICE, referred_on=date(2026, 5, 1))
    store.save_incident(
        replace(incident, status=Status.REFERRED, referrals=(referral,)),
        author_name="Kades",
        base_version=first.version_id,
        reason="sudah ke Polsek",
        now=T0 + timedelta(days=1),
    )
    newest, oldest = store.history(incident.record_id)
    assert (newest.author, newest.reason) == ("Kades", "sudah ke Polsek")
    status, referral = newest.changes
    assert (status.field, status.old, status.new) == ("status", "baru", "dirujuk")
    assert (referral.field, referral.item) == ("referral", 1)
    assert oldest.created and oldest.author == "Sekdes"


def test_full_text_search_covers_notes_recruiter_company_destination_not_names(installation):
    named = record(
        people=(Person(identity=PersonIdentity(name="Rahmawati")),),
        legal_basis=LegalBasis.PUBLIC_TASK,
    )
    store.save_incident(named, author_name="A")
    store.save_incident(
        record(destination_country="MY", destination_city="Johor Bahru", summary="Kebun sawit",
               notes="", recruiter_name="Om Heri", company="CV Sawit"),
        author_name="A",
    )  # fmt: skip
    for words, expected in [
        ("ketua rt", 1),  # notes
        ("jali", 1),  # recruiter
        ("maju contoh", 1),  # company
        ("kamboja", 1),  # destination country, by its Indonesian name
        ("sihanouk", 1),  # city, as a word prefix
        ("malaysia sawit", 1),
        ("rahmawati", 0),  # personal names are never indexed
        ("", 2),
    ]:
        assert store.count_incidents(IncidentQuery(text=words)) == expected, words


def test_filters_by_status_modus_dates_and_destination(installation):
    store.save_incident(record(), author_name="A")
    store.save_incident(
        record(modus=Modus.SHIP_CREW, destination_country="TW", reported_on=date(2025, 1, 5),
               status=Status.DONE),
        author_name="A",
    )  # fmt: skip
    assert store.count_incidents(IncidentQuery(status=Status.DONE)) == 1
    assert store.count_incidents(IncidentQuery(modus=Modus.ONLINE_SCAM)) == 1
    assert store.count_incidents(IncidentQuery(country="TW")) == 1
    in_2025 = IncidentQuery(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
    assert [r.destination_country for r in rows(in_2025)] == ["TW"]
    assert sorted(store.destinations_in_use()) == ["KH", "TW"]


def test_the_list_is_ordered_in_sql_by_any_column_both_ways(installation):
    for n, (summary, day) in enumerate([("B", 3), ("C", 1), ("A", 2)]):
        store.save_incident(
            record(summary=summary, reported_on=date(2026, 4, day)),
            author_name="A",
            now=T0 + timedelta(minutes=n),
        )
    by_date = [r.summary for r in rows(IncidentQuery())]
    assert by_date == ["B", "A", "C"]  # newest report first by default
    ascending = IncidentQuery(sort=SortKey.SUMMARY, descending=False)
    assert [r.summary for r in rows(ascending)] == ["A", "B", "C"]
    window = store.fetch_incidents(ascending, 1, 1)
    assert [r.summary for r in window] == ["B"]
    for key in SortKey:
        assert len(rows(IncidentQuery(sort=key))) == 3


def _plans(monkeypatch, read) -> list[str]:
    return query_plans(monkeypatch, listing, read)


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("key", list(SortKey))
def test_every_sort_order_of_the_list_reads_an_index_not_a_sort(
    installation, monkeypatch, key, descending
):
    """At 100,000 records a sort of the table costs far too much: each order has its index,
    read from the start, from the end, and from a row's key on."""
    for n in range(3):
        saved = record(summary=f"R{n}")
        store.save_incident(saved, author_name="A", now=T0)
    store.delete_incident(saved.record_id, author_name="A", now=T0)
    query = IncidentQuery(sort=key, descending=descending, deleted=key is SortKey.DELETED)
    ((_, key_of_first),) = store.incidents_window(query, Window(1))
    for window in (Window(10), Window(10, from_end=True), Window(10, after=key_of_first)):
        for plan in _plans(monkeypatch, lambda w=window: store.incidents_window(query, w)):
            assert "USE TEMP B-TREE" not in plan, (window, plan)


@pytest.mark.parametrize("key", [k for k in SortKey if k is not SortKey.NUMBER])
def test_a_page_after_a_known_row_is_sought_in_the_index_not_counted_to(
    installation, monkeypatch, key
):
    """Scrolling reads each next page from the last row held: the index is entered at that
    row's key, so a page deep in the list costs what the first one does."""
    for n in range(2):
        store.save_incident(record(summary=f"R{n}"), author_name="A", now=T0)
    query = IncidentQuery(sort=key)
    if key is SortKey.DELETED:
        store.delete_incident(rows(query)[0].record_id, author_name="A", now=T0)
        query = IncidentQuery(sort=key, deleted=True)
    ((_, first),) = store.incidents_window(query, Window(1))
    ids = _plans(monkeypatch, lambda: store.incidents_window(query, Window(10, after=first)))[0]
    assert re.search(r"INDEX incident_by_\w+ \(deleted_at\S* AND \S+[<>]\?\)", ids), ids


def test_a_search_is_counted_in_and_out_of_terhapus_without_reading_each_records_state(
    installation, monkeypatch
):
    """Checking each match's state in the list's index cost 30 ms for a common word among
    300,000 records on a cold cache; then testing each against the numbers in Terhapus 26 ms
    of 33 for 'k'. The log and Terhapus each have their own search index (migration 16): a
    record's text moves with it, and a search is counted from its list's index alone."""
    summaries = ["Kapal ke Malaysia", "Sawit di Malaysia", "Kapal ke Taiwan", "Malaysia lagi"]
    saved = [record(summary=text) for text in summaries]
    for incident in saved:
        store.save_incident(incident, author_name="A", now=T0)
    store.delete_incident(saved[3].record_id, author_name="A", now=T0)
    live, deleted = IncidentQuery(text="malay"), IncidentQuery(text="malay", deleted=True)

    def found() -> list[list[str]]:
        return [sorted(r.summary for r in store.fetch_incidents(q, 0, 10)) for q in (live, deleted)]

    assert (store.count_incidents(live), store.count_incidents(deleted)) == (2, 1)
    assert found() == [["Kapal ke Malaysia", "Sawit di Malaysia"], ["Malaysia lagi"]]
    assert store.count_incidents(replace(live, modus=Modus.ONLINE_SCAM)) == 2
    assert store.count_incidents(replace(live, modus=Modus.SHIP_CREW)) == 0
    for query in (live, deleted):
        (plan,) = _plans(monkeypatch, lambda q=query: store.count_incidents(q))
        assert "deleted_at" not in plan and "incident " not in f"{plan} ", plan
    store.restore_incident(saved[3].record_id, author_name="A", now=T0)
    assert (store.count_incidents(live), store.count_incidents(deleted)) == (3, 0)
    store.delete_incident(saved[0].record_id, author_name="A", now=T0)
    store.purge_incident(saved[0].record_id, author_name="A", now=T0)
    assert (store.count_incidents(live), store.count_incidents(deleted)) == (2, 0)
    assert found() == [["Malaysia lagi", "Sawit di Malaysia"], []]


def test_delete_moves_to_terhapus_with_a_tombstone_and_restore_brings_it_back(installation):
    incident = record()
    saved = store.save_incident(incident, author_name="A", now=T0)
    store.delete_incident(
        incident.record_id, author_name="B", reason="dobel", now=T0 + timedelta(1)
    )
    assert store.record_counts() == (0, 1)
    assert store.count_incidents(IncidentQuery()) == 0
    assert store.count_incidents(IncidentQuery(deleted=True)) == 1
    tombstone = store.record_versions(incident.record_id)[-1]
    assert (tombstone.state, tombstone.prev_version_id, tombstone.reason) == (
        RecordState.DELETED,
        saved.version_id,
        "dobel",
    )
    with pytest.raises(StaleRecord):
        store.save_incident(incident, author_name="A", base_version=tombstone.version_id)
    store.restore_incident(incident.record_id, author_name="C", now=T0 + timedelta(2))
    assert store.record_counts() == (1, 0)
    assert store.load_incident(incident.record_id).incident == incident
    assert [v.state for v in store.record_versions(incident.record_id)] == [
        RecordState.LIVE,
        RecordState.DELETED,
        RecordState.LIVE,
    ]


def test_purge_removes_everything_but_an_empty_tombstone(installation):
    incident = record(
        people=(Person(role=PersonRole.VICTIM, identity=PersonIdentity(nik="3201234567890123")),),
        legal_basis=LegalBasis.PUBLIC_TASK,
    )
    store.save_incident(incident, author_name="A")
    with pytest.raises(StaleRecord):  # only from Terhapus
        store.purge_incident(incident.record_id, author_name="A")
    store.delete_incident(incident.record_id, author_name="A")
    last = store.record_versions(incident.record_id)[-1]
    store.purge_incident(incident.record_id, author_name="B")
    (tomb,) = store.record_versions(incident.record_id)
    assert (tomb.state, tomb.payload, tomb.prev_version_id, tomb.author) == (
        RecordState.PURGED,
        {},
        last.version_id,
        "B",
    )
    with pytest.raises(RecordNotFound):
        store.load_incident(incident.record_id)
    for table in ("incident", "incident_person", "incident_person_identity", "incident_referral"):
        assert database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
    assert store.count_incidents(IncidentQuery(text="jali")) == 0
    with pytest.raises(StaleRecord):  # a purged record cannot be saved again under its id
        store.save_incident(incident, author_name="A")


def test_retention_purges_only_what_stayed_in_terhapus_longer_than_the_setting(installation):
    old, recent = record(), record()
    for item in (old, recent):
        store.save_incident(item, author_name="A", now=T0)
    store.delete_incident(old.record_id, author_name="A", now=T0)
    store.delete_incident(recent.record_id, author_name="A", now=T0 + timedelta(days=25))
    assert store.retention_days() == 30
    now = T0 + timedelta(days=31)
    assert store.purge_expired(store.retention_days(), author_name="otomatis", now=now) == 1
    assert store.record_counts() == (0, 1)
    store.set_retention_days(90)
    assert store.retention_days() == 90
    assert store.purge_expired(90, author_name="otomatis", now=now) == 0


def test_people_are_stored_with_identifiers_apart(installation):
    incident = record(
        people=(
            Person(role=PersonRole.VICTIM, age_band=AgeBand.AGE_9_17,
                   identity=PersonIdentity("Ani", "3201234567890123", "")),
            Person(role=PersonRole.WITNESS),
        ),
        legal_basis=LegalBasis.PUBLIC_TASK,
    )  # fmt: skip
    store.save_incident(incident, author_name="A")
    people = database.execute_sql(
        "SELECT role, age_band FROM incident_person ORDER BY position"
    ).fetchall()
    assert people == [("korban", "9-17"), ("saksi", "")]
    identities = database.execute_sql("SELECT name, nik FROM incident_person_identity").fetchall()
    assert identities == [("Ani", "3201234567890123")]
    (row,) = rows(IncidentQuery())
    assert (row.people_count, row.has_child) == (2, 1)


def version(incident: Incident, vid: str, prev: str | None, state=RecordState.LIVE, hours=0):
    return StoredVersion(
        incident.record_id, vid, prev, T0 + timedelta(hours=hours), "Kanim", state, "",
        to_payload(incident),
    )  # fmt: skip


def test_exchange_can_list_and_insert_versions_idempotently(installation):
    incident = record()
    v1 = version(incident, "11111111-0000-4000-8000-000000000001", None)
    v2 = version(replace(incident, status=Status.DONE), "11111111-0000-4000-8000-000000000002",
                 v1.version_id, hours=1)  # fmt: skip
    assert store.insert_version(v1) is InsertOutcome.NEW
    assert store.insert_version(v1) is InsertOutcome.UNCHANGED
    assert store.insert_version(v2) is InsertOutcome.UPDATED
    assert store.load_incident(incident.record_id).incident.status is Status.DONE
    fork = version(replace(incident, summary="lain"), "11111111-0000-4000-8000-000000000003",
                   v1.version_id, hours=2)  # fmt: skip
    assert store.insert_version(fork) is InsertOutcome.CONFLICT
    assert store.load_incident(incident.record_id).meta.version_id == v2.version_id
    assert [v.version_id for v in store.list_versions()] == [
        v1.version_id,
        v2.version_id,
        fork.version_id,
    ]
    assert [v.version_id for v in store.list_versions(since=T0 + timedelta(hours=2))] == [
        fork.version_id
    ]
    with pytest.raises(VersionClash):
        store.insert_version(replace(v1, payload=to_payload(replace(incident, notes="beda"))))


def test_many_records_are_added_in_one_go_and_behave_like_saved_ones(installation):
    assert store.add_demo_records(120, today=date(2026, 5, 20)) == 120
    live, deleted = store.record_counts()
    assert live + deleted == 120
    sample = rows(IncidentQuery())[0]
    loaded = store.load_incident(sample.record_id)
    assert loaded.meta.number == sample.number
    assert store.history(sample.record_id)
    store.add_new_records([], many=True)  # indexes dropped and built again
    assert store.count_incidents(IncidentQuery()) == live


def test_author_setting_is_remembered_and_tidied(installation):
    assert store.author() == ""
    store.set_author("  Sekretaris   Desa ")
    assert store.author() == "Sekretaris Desa"


def test_v1_database_upgrades_with_an_empty_log_and_v2_fixture_keeps_its_records(tmp_path):
    for name, expected in (("schema_v1.sqlite3", (0, 0)), ("schema_v2.sqlite3", (1, 1))):
        paths = DataPaths.resolve(tmp_path / name)
        paths.root.mkdir(parents=True)
        shutil.copy(FIXTURES / name, paths.database)
        inst = Installation(paths, TEST_KEY)
        inst.open()
        try:
            assert store.record_counts() == expected
            store.save_incident(record(), author_name="A")
            assert store.count_incidents(IncidentQuery(text="ketua")) == 1
            if name == "schema_v2.sqlite3":
                kept = store.load_incident("6f1d0c1e-2b7a-4d3e-9a51-0c0f5b1a7e01")
                assert kept.incident.status is Status.REFERRED
                assert kept.incident.people[0].identity.name == "Siti (fiktif)"
                assert len(store.history(kept.meta.record_id)) == 2
                assert store.author() == "Sekretaris Desa"
                states = [v.state for v in store.list_versions()]
                assert states.count(RecordState.PURGED) == 1
        finally:
            inst.close()


def test_a_tombstone_from_elsewhere_deletes_or_purges_the_record_here(installation):
    incident = record()
    v1 = version(incident, "22222222-0000-4000-8000-000000000001", None)
    store.insert_version(v1)
    deleted = replace(v1, version_id="22222222-0000-4000-8000-000000000002",
                      prev_version_id=v1.version_id, state=RecordState.DELETED,
                      saved_at=T0 + timedelta(hours=1))  # fmt: skip
    assert store.insert_version(deleted) is InsertOutcome.UPDATED
    assert store.record_counts() == (0, 1)
    purged = replace(deleted, version_id="22222222-0000-4000-8000-000000000003",
                     prev_version_id=deleted.version_id, state=RecordState.PURGED, payload={},
                     saved_at=T0 + timedelta(hours=2))  # fmt: skip
    assert store.insert_version(purged) is InsertOutcome.UPDATED
    assert store.record_counts() == (0, 0)
    assert store.record_versions(incident.record_id) == [purged]
    assert store.insert_version(v1) is InsertOutcome.CONFLICT  # never brought back to life
    with pytest.raises(RecordNotFound):
        store.load_incident(incident.record_id)
