"""What waits to reach the office: the changes made after the newest export the office
acknowledged, counted from the marks each export remembers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.assessment import Assessment, Offer
from desktop.domain.checklist import Result, RiskLevel
from desktop.domain.exchange import VersionRow
from desktop.exchange.changes import changes_since, current_marks
from desktop.exchange.export import queue_current
from desktop.exchange.status import sending_status
from desktop.storage import assessments, exchange_settings, incidents, outbox_store
from tests.exchange.conftest import DAY, incident, opened, receipt_for, save


@pytest.fixture
def village(village_paths):
    with opened(village_paths):
        exchange_settings.save_endpoint("https://imigrasi.example/siaga", "token-kungkai-00001")
        yield village_paths


def a_check() -> Assessment:
    return Assessment(
        assessed_on=date(2026, 5, 2),
        initials="AB",
        offer=Offer("PT Contoh", "Malaysia", "Kebun", "0812"),
        answers={},
        result=Result(2, RiskLevel.LOW, 0, (), (), (), (), ()),
    )


def _versions() -> list[list[VersionRow]]:
    return [[VersionRow._make(v) for v in rows] for rows in incidents.version_rows()]


def acknowledged_export(village) -> None:
    entry = queue_current(village.root / "kotak-keluar") or outbox_store.newest_queued()
    outbox_store.mark_sent(entry.export_id, {"export_id": entry.export_id}, DAY)


def test_changes_are_counted_from_the_newest_export_the_office_acknowledged(village):
    first = save(incident("Satu"))
    save(incident("Dua"))
    check = assessments.save_assessment(a_check())
    assert sending_status().unsent == 3  # nothing acknowledged: everything waits
    queue_current(village.root / "kotak-keluar")
    assert sending_status().unsent == 3  # made, not acknowledged yet

    acknowledged_export(village)
    assert sending_status().unsent == 0
    record = incidents.load_incident
    one = next(r for r in _versions() if r[-1].version_id == first)[0].record_id
    save(incident("Satu, diubah", record_id=one), base=first, when=DAY + timedelta(hours=1))
    save(incident("Tiga"))
    assessments.delete_assessment(check.id)
    assessments.save_assessment(a_check())
    assert sending_status().unsent == 4
    assert record(one).meta.version_id != first

    acknowledged_export(village)
    assert sending_status().unsent == 0


def test_a_held_export_does_not_count_as_acknowledged(village):
    save(incident("Satu"))
    acknowledged_export(village)
    save(incident("Dua"))
    entry = queue_current(village.root / "kotak-keluar")
    outbox_store.mark_sent(entry.export_id, {"export_id": entry.export_id, "held": True}, DAY)
    status = sending_status()
    assert status.unsent == 1 and status.held.export_id == entry.export_id
    from desktop.exchange import receipts

    receipts.take_in([receipt_for(entry).as_json()], source="uji")  # the office accepted it
    status = sending_status()
    assert status.unsent == 0 and status.held is None
    assert status.acknowledged.export_id == entry.export_id


def test_purging_the_newest_record_counts_as_a_change(village):
    save(incident("Satu"))
    newest = save(incident("Dua"))
    record_id = _versions()[-1][-1].record_id
    incidents.delete_incident(record_id, author_name="Sekdes")
    acknowledged_export(village)
    before = current_marks()
    incidents.purge_incident(record_id, author_name="Sekdes")
    assert current_marks().versions > before.versions
    assert changes_since(before) == 1
    assert sending_status().unsent == 1
    assert newest
