"""Kegiatan sosialisasi travel with the village's exports: written only when there are any,
merged at the office as the village's own (an edited event replaces the office's copy, a
deleted one goes, in any order the exports arrive), bounded while read, refused whole when
hostile; an event changed on its own is noticed and sent."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desktop.domain.exchange import ExportRejected, RejectReason
from desktop.exchange.changes import changes_since, current_marks
from desktop.exchange.export import export_to_folder, queue_current
from desktop.exchange.wire.format import ExportHeader, build_document
from desktop.exchange.wire.reader import read_document
from desktop.exchange.wire.socialisation import read_section
from desktop.paths import DataPaths
from desktop.storage import exchange_settings, incidents
from desktop.storage import socialisation as store
from desktop.storage.incidents import Window
from desktop.storage.socialisation import EventQuery, EventSource
from tests.exchange.conftest import (
    DAY,
    KERINCI_OFFICE,
    SOURCE,
    confirm_village,
    document_of,
    give_office_key,
    import_files,
    merge,
    opened,
    rows,
    version,
)
from tests.socialisation_data import as_saved, event, section

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def held() -> dict[str, tuple]:
    """What the office holds of its villages' events: place, people, owner, kecamatan and
    villages reached, by place."""
    found = {}
    for row, _ in store.events_window(EventQuery(EventSource.VILLAGES), Window(100)):
        found[row.place] = (row.people, row.owner, row.district_name, row.village_names)
    return found


def test_the_office_holds_what_the_village_holds_edits_and_deletions_included(
    village_paths, office_paths, tmp_path
):
    first_stick, second_stick = tmp_path / "usb1", tmp_path / "usb2"
    first_stick.mkdir()
    second_stick.mkdir()
    with opened(village_paths):
        hall = store.save_event(event("Balai Desa", warga=40))
        store.save_event(event("Masjid Al-Ikhlas", calon_pmi=12))
        wrong = store.save_event(event("Dicatat keliru", warga=3))
        older = export_to_folder(first_stick)
        store.save_event(replace(hall, place="Balai Desa (aula)", notes="Hujan deras"))
        store.delete_event(wrong.record_id)
        newer = export_to_folder(second_stick)
    document = json.loads(document_of(newer.path))
    sent = document["socialisation"]
    assert sorted(e["place"] for e in sent["events"]) == ["Balai Desa (aula)", "Masjid Al-Ikhlas"]
    assert [(r["record_id"], r["revision"]) for r in sent["removed"]] == [(wrong.record_id, 2)]
    assert "Dicatat keliru" not in json.dumps(document)  # a deletion carries no content

    village_state = {
        "Balai Desa (aula)": (40, "15.02.02.2004", "Bangko", "Kungkai"),
        "Masjid Al-Ikhlas": (12, "15.02.02.2004", "Bangko", "Kungkai"),
    }
    with opened(office_paths):
        assert import_files([older.path]).files[0].ok
        assert set(held()) == {"Balai Desa", "Masjid Al-Ikhlas", "Dicatat keliru"}
        assert import_files([newer.path]).files[0].ok
        assert held() == village_state
        assert store.load_event(hall.record_id).notes == "Hujan deras"
    # The other way round (the older stick came late): nothing old comes back.
    late_office = DataPaths.resolve(tmp_path / "kantor-lain")
    with opened(late_office):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        confirm_village()
        assert import_files([newer.path]).files[0].ok
        assert import_files([older.path]).files[0].ok
        assert held() == village_state


def test_a_village_without_events_writes_no_section(village_paths, tmp_path):
    with opened(village_paths):
        written = export_to_folder(tmp_path)
    assert "socialisation" not in json.loads(document_of(written.path))


def test_an_event_changed_on_its_own_is_noticed_and_queued(village_paths):
    outbox = village_paths.root / "kotak-keluar"
    with opened(village_paths):
        saved = store.save_event(event())
        first = queue_current(outbox)
        marks = current_marks()
        assert queue_current(outbox) is None
        store.save_event(replace(saved, place="Tempat lain"))
        assert changes_since(marks) == 1
        assert current_marks().events > marks.events
        later = queue_current(outbox)
    assert first is not None and later is not None


def _document(events: dict | None, *, chains=(), export_id: str | None = None) -> bytes:
    header = ExportHeader(export_id or str(uuid.uuid4()), DAY, "0.1.0", SOURCE, None, events=events)
    return build_document(header, rows(chains), []).data


def _hostile(change) -> dict:
    sent = section(as_saved(event()))
    change(sent)
    return sent


def _set(path: str, value):
    def change(sent: dict) -> None:
        *parents, last = path.split(".")
        target = sent["events"][0]
        for name in parents:
            target = target[name]
        target[last] = value

    return change


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (_set("place", "x" * 121), "socialisation.events[0].place: maxLength"),
        (_set("place", ""), "socialisation.events[0].place: minLength"),
        (_set("notes", "x" * 1001), "socialisation.events[0].notes: maxLength"),
        (_set("audience.warga", 100_001), "socialisation.events[0].audience.warga: maximum"),
        (_set("audience.warga", -1), "socialisation.events[0].audience.warga: minimum"),
        (_set("audience.warga", "40"), "socialisation.events[0].audience.warga: type"),
        (_set("audience.bupati", 1), "socialisation.events[0].audience: additionalProperties"),
        (_set("revision", 0), "socialisation.events[0].revision: minimum"),
        (_set("held_on", "2999-01-01"), "socialisation.events[0].held_on: 2999-01-01"),
        (_set("held_on", "1999-12-31"), "socialisation.events[0].held_on: 1999-12-31"),
        (_set("held_on", "2026-02-30"), "socialisation.events[0].held_on: 2026-02-30"),
        (
            _set("updated_at", "2099-01-01T00:00:00Z"),
            "socialisation.events[0].updated_at: 2099-01-01T00:00:00Z",
        ),
        (
            lambda s: s["events"][0]["audience"].update(
                dict.fromkeys(s["events"][0]["audience"], 0)
            ),
            "socialisation.events[0].audience: 0",
        ),
        (
            lambda s: s["events"][0]["materials"].extend([s["events"][0]["materials"][0]] * 40),
            "socialisation.events[0].materials: maxItems",
        ),
        (lambda s: s.update(events=s["events"] * 20_001), "socialisation.events: maxItems"),
        (lambda s: s.update(version=2), "socialisation.version: const"),
        (lambda s: s.update(villages=["15.02.02.2005"]), "socialisation: additionalProperties"),
    ],
)
def test_a_hostile_section_is_refused_saying_where(change, detail):
    with pytest.raises(ExportRejected) as caught:
        read_section(_hostile(change), NOW)
    assert caught.value.reason is RejectReason.INVALID
    assert caught.value.detail.startswith(detail)


def test_an_event_given_twice_is_refused():
    sent = section(as_saved(event()))
    sent["removed"] = [
        {
            "record_id": sent["events"][0]["record_id"],
            "revision": 2,
            "removed_at": "2026-11-21T00:00:00Z",
        }
    ]
    with pytest.raises(ExportRejected) as caught:
        read_section(sent, NOW)
    assert caught.value.reason is RejectReason.DUPLICATE_ID


def test_a_hostile_file_is_refused_whole_and_nothing_of_it_is_merged(office_paths):
    record = str(uuid.uuid4())
    hostile = _hostile(_set("place", "x" * 5000))
    with opened(office_paths):
        result = merge(_document(hostile, chains=[[version(record, None, "Tawaran kerja")]]))
        assert result.rejected == ExportRejected(
            RejectReason.INVALID, "socialisation.events[0].place: maxLength"
        )
        assert incidents.record_total() == 0 and held() == {}


def test_a_village_cannot_touch_an_event_held_for_anyone_else(office_paths):
    from tests.office.conftest import KEYS, PASAR_ATAS

    pasar_atas = KEYS[PASAR_ATAS.village_code]
    with opened(office_paths):
        confirm_village(pasar_atas, PASAR_ATAS.village_code)
        own = store.save_event(event("Aula kantor camat"))  # the office's own event
        theirs = as_saved(event("Balai Desa Pasar Atas"))
        header = ExportHeader(
            str(uuid.uuid4()), DAY, "0.1.0", PASAR_ATAS, None, events=section(theirs)
        )
        assert merge(build_document(header, [], []).data, signing=pasar_atas).ok
        for target in (own, theirs):
            taken = replace(as_saved(event("Diambil alih")), record_id=target.record_id, revision=9)
            result = merge(_document(section(taken)))
            assert result.rejected == ExportRejected(
                RejectReason.INVALID, f"socialisation: {target.record_id}"
            )
        assert store.load_event(own.record_id).place == "Aula kantor camat"
        assert store.load_event(theirs.record_id).owner_name == "Pasar Atas"


def test_a_file_without_the_section_reads_as_holding_no_event():
    doc = read_document(_document(None))
    assert doc.events.events == () and doc.events.removed == ()


def test_the_section_reads_back_as_written():
    sent = as_saved(event(kepala_desa=1, calon_pmi=4), revision=3)
    doc = read_document(_document(section(sent)))
    (got,) = doc.events.events
    assert (got.record_id, got.revision, got.place, got.audience) == (
        sent.record_id,
        3,
        sent.place,
        sent.audience,
    )
    assert got.materials == sent.materials and got.held_on == date(2026, 11, 18)
    assert got.updated_at == sent.updated_at and got.villages == ()  # the village's own
