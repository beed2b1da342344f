"""Kegiatan sosialisasi in storage: saved, changed and deleted here (each a new revision, the
deletion kept so that it travels), listed a window at a time, counted for the recap; the
fixture of the schema that added them."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.socialisation import (
    AudienceRole,
    EventNotFound,
    ReachedVillage,
    RemovedEvent,
)
from desktop.paths import DataPaths
from desktop.storage import socialisation as store
from desktop.storage.incidents import Window
from desktop.storage.installation import Installation
from desktop.storage.socialisation import EventQuery, EventSource
from tests.keys import TEST_KEY
from tests.socialisation_data import KUNGKAI, as_saved, event

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WHEN = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
PASAR_ATAS = ReachedVillage("15.02.02.1009", "Pasar Atas")


def listed(source: EventSource = EventSource.ALL) -> list[str]:
    return [row.place for row, _key in store.events_window(EventQuery(source), Window(1000))]


def test_an_event_is_saved_whole_and_read_back(installation):
    saved = store.save_event(event(kepala_desa=1, warga=40, calon_pmi=7), now=WHEN)
    assert saved.revision == 1 and saved.record_id and saved.owner == ""
    loaded = store.load_event(saved.record_id)
    assert loaded == replace(saved, deleted_at=None)
    assert loaded.audience.count(AudienceRole.PROSPECTIVE_MIGRANTS) == 7
    assert loaded.villages == (KUNGKAI,)
    assert [m.ref for m in loaded.materials] == ["apa-itu-tppo", "lipat-tiga"]


def test_a_change_is_a_new_revision_that_keeps_when_it_was_first_recorded(installation):
    first = store.save_event(event(), now=WHEN)
    later = WHEN + timedelta(days=2)
    changed = store.save_event(
        replace(first, place="Aula kantor camat", villages=(KUNGKAI, PASAR_ATAS)), now=later
    )
    assert (changed.revision, changed.created_at, changed.updated_at) == (2, WHEN, later)
    loaded = store.load_event(first.record_id)
    assert loaded.place == "Aula kantor camat"
    assert {v.name for v in loaded.villages} == {"Kungkai", "Pasar Atas"}
    assert listed() == ["Aula kantor camat"]


def test_a_deleted_event_leaves_the_list_and_keeps_what_travels(installation):
    kept = store.save_event(event("Masjid"), now=WHEN)
    gone = store.save_event(event("Dicatat keliru"), now=WHEN)
    store.delete_event(gone.record_id, now=WHEN + timedelta(hours=1))
    assert listed() == ["Masjid"]
    with pytest.raises(EventNotFound):
        store.load_event(gone.record_id)
    with pytest.raises(EventNotFound):
        store.delete_event(gone.record_id)
    with pytest.raises(EventNotFound):  # nor changed once deleted
        store.save_event(gone)
    assert store.own_removed() == [RemovedEvent(gone.record_id, 2, WHEN + timedelta(hours=1))]
    assert [e.record_id for e in store.own_events()] == [kept.record_id]
    assert sorted(store.own_revisions()) == sorted([f"{kept.record_id}:1", f"{gone.record_id}:2"])


def test_every_save_and_deletion_moves_the_change_mark(installation):
    before = store.change_mark()
    saved = store.save_event(event())
    store.save_event(replace(saved, place="Lain"))
    store.delete_event(saved.record_id)
    assert store.change_mark() > before
    assert store.changed_since(before) == 1  # one event, changed three times
    assert store.changed_since(store.change_mark()) == 0


def test_a_village_cannot_change_or_delete_another_owners_event_here(installation):
    store.put_copy(replace(as_saved(event()), owner="15.02.02.2004", owner_name="Kungkai"))
    (copy,) = store.events_window(EventQuery(), Window(10))
    with pytest.raises(EventNotFound):
        store.delete_event(copy[0].record_id)
    with pytest.raises(EventNotFound):
        store.save_event(store.load_event(copy[0].record_id))


def test_the_list_reads_any_window_in_the_order_of_the_whole(installation):
    start = date(2026, 1, 1)
    for n in range(150):
        store.save_event(event(f"Tempat {n:03d}", start + timedelta(days=n // 3)))
    query = EventQuery(EventSource.HERE)
    assert store.count_events(query) == 150
    whole = store.events_window(query, Window(150))
    days = [row.held_on for row, _ in whole]
    assert days == sorted(days, reverse=True)  # the newest first
    keys = [key for _, key in whole]
    assert store.events_window(query, Window(10, after=keys[63])) == whole[64:74]
    assert store.events_window(query, Window(10, before=keys[64])) == whole[54:64]
    assert store.events_window(query, Window(10, 5, from_end=True)) == whole[135:145]
    assert store.events_window(query, Window(10, offset=20)) == whole[20:30]


def test_the_office_lists_its_own_events_and_its_villages_apart(installation):
    store.save_event(event("Aula kantor camat", villages=(KUNGKAI, PASAR_ATAS)))
    store.put_copy(
        replace(as_saved(event("Balai Desa Kungkai")), owner="15.02.02.2004", owner_name="Kungkai")
    )
    assert listed(EventSource.HERE) == ["Aula kantor camat"]
    assert listed(EventSource.VILLAGES) == ["Balai Desa Kungkai"]
    rows = {r.place: r for r, _ in store.events_window(EventQuery(), Window(10))}
    assert rows["Aula kantor camat"].village_names == "Kungkai, Pasar Atas"
    assert rows["Aula kantor camat"].villages == 2
    assert rows["Balai Desa Kungkai"].owner_name == "Kungkai"
    assert rows["Balai Desa Kungkai"].materials == "Apa itu TPPO?, Leaflet lipat tiga"


def test_a_village_deletion_at_the_office_keeps_nothing_but_what_stops_it_coming_back(
    installation,
):
    sent = replace(as_saved(event(notes="rahasia")), owner="15.02.02.2004", owner_name="Kungkai")
    store.put_copy(sent)
    gone = RemovedEvent(sent.record_id, 2, WHEN + timedelta(days=1))
    store.remove_copy(gone, "15.02.02.2004", "Kungkai")
    held = store.held_copies([sent.record_id])[sent.record_id]
    assert held == store.HeldCopy("15.02.02.2004", 2, gone.removed_at, True)
    assert listed() == []
    assert store.recap(date(2026, 11, 1), date(2026, 11, 30)).events == 0


def test_the_recap_counts_the_periods_events_by_role_village_and_kecamatan(installation):
    tiang_pumpung = ("15.02.03", "Tabir", "Kabupaten Merangin")
    store.save_event(  # the office's, two villages of Bangko
        event("Aula kantor camat", villages=(KUNGKAI, PASAR_ATAS), kepala_desa=2, warga=30)
    )
    store.put_copy(
        replace(
            as_saved(event("Balai Desa Kungkai", date(2026, 11, 25), warga=20, calon_pmi=5)),
            owner="15.02.02.2004",
            owner_name="Kungkai",
        )
    )
    store.save_event(
        event(
            "Balai Desa Muara Siau",
            district=tiang_pumpung,
            villages=(ReachedVillage("15.02.03.2001", "Muara Siau"),),
            bpd=4,
        )
    )
    store.save_event(event("Bulan lalu", date(2026, 10, 31)))
    gone = store.save_event(event("Dihapus", date(2026, 11, 2)))
    store.delete_event(gone.record_id)

    recap = store.recap(date(2026, 11, 1), date(2026, 11, 30))
    assert (recap.events, recap.by_office, recap.people, recap.villages) == (3, 2, 61, 3)
    assert dict(recap.by_role) == {
        AudienceRole.VILLAGE_HEAD: 2,
        AudienceRole.VILLAGE_STAFF: 0,
        AudienceRole.BPD: 4,
        AudienceRole.RESIDENTS: 50,
        AudienceRole.PROSPECTIVE_MIGRANTS: 5,
    }
    assert [(a.name, a.events, a.people, a.villages) for a in recap.by_kecamatan] == [
        ("Bangko", 2, 57, 2),
        ("Tabir", 1, 4, 1),
    ]
    assert store.recap(date(2025, 1, 1), date(2025, 12, 31)).by_role == tuple(
        (role, 0) for role in AudienceRole
    )


def test_the_fixture_of_the_schema_with_events_opens_with_them(tmp_path):
    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "schema_v11.sqlite3", paths.database)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        assert sorted(listed()) == ["Balai Desa Kungkai (aula)", "Masjid Al-Ikhlas"]
        (removed,) = store.own_removed()
        assert removed.revision == 2
        changed = next(e for e in store.own_events() if e.place.startswith("Balai"))
        assert changed.revision == 2 and changed.audience.total == 41
    finally:
        inst.close()
