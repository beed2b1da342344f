"""What the office keeps of its own work on a record: the export that brought each version,
the review state, and the officer's reversible choice between versions in conflict."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.errors import ValidationFailed
from desktop.domain.incident import StaleRecord, branch_tips
from desktop.domain.review import ReviewState
from desktop.domain.security import AuditKind
from desktop.storage import (
    audit,
    incidents,
    office_choices,
    office_imports,
    office_review,
    register,
)
from desktop.storage.office_record import load_office_record
from desktop.storage.register import RegisterQuery
from tests.exchange.conftest import version
from tests.office.conftest import DAY, PASAR_ATAS, arrive, check_item

R1 = "11111111-1111-4111-8111-111111111111"
R2 = "22222222-2222-4222-8222-222222222222"


def events(kind: AuditKind) -> list:
    return [e for e in audit.list_events() if e.kind == kind.value]


def test_each_version_is_traced_to_the_export_that_brought_it(office):
    v1 = version(R1, None, "Tawaran kerja", when=DAY)
    v2 = version(R1, v1.version_id, "Tawaran kerja, dirujuk", when=DAY + timedelta(days=3))
    # The second export, made after v2, is imported before the first one reaches the office.
    arrive([[v1, v2]], sequence=2, made=DAY + timedelta(days=4), imported=DAY + timedelta(days=5))
    arrive([[v1]], sequence=1, made=DAY + timedelta(days=1), imported=DAY + timedelta(days=6))
    record = load_office_record(R1)

    assert record.arrivals[v2.version_id].sequence == 2
    assert record.arrivals[v1.version_id].sequence == 2  # no. 1 brought it again, later
    assert record.arrivals[v1.version_id].imported_at == DAY + timedelta(days=5)
    assert record.source.village_name == "Kungkai"


def test_a_version_in_conflict_is_traced_to_its_export_too(office):
    ours, theirs = _branches()
    arrivals = load_office_record(R1).arrivals
    assert arrivals[ours.version_id].sequence == 1
    assert arrivals[theirs.version_id].sequence == 2


def test_a_linked_check_is_found_from_its_record(office):
    v1 = version(R1, None, "Tawaran kerja", when=DAY)
    item = check_item(incident_record_id=R1)
    arrive([[v1]], checks=[item, check_item()])

    (linked,) = load_office_record(R1).checks
    assert linked.record_id == item["record_id"]


def test_an_officers_choice_stands_until_the_village_changes_the_record(office):
    """The office follows each village's newest export, except a record whose version an
    officer chose: an export that brings nothing new of it leaves the choice in force; one that
    brings a new version of it makes the village's version current again."""
    ours, theirs = _branches()  # the village went back to a backup and wrote Versi B
    office_choices.choose_version(
        R1, ours.version_id, current=theirs.version_id, officer="Rahmat", number=1
    )
    v1 = incidents.record_versions(R1)[0]
    other = version(R2, None, "Catatan lain", when=DAY + timedelta(days=3))
    arrive([[v1, theirs], [other]], sequence=3, made=DAY + timedelta(days=3, hours=1))
    assert incidents.load_incident(R1).incident.summary == "Versi A"  # the choice stands
    assert load_office_record(R1).choice_in_force.chosen_version == ours.version_id

    newer = version(R1, theirs.version_id, "Versi B, dilengkapi", when=DAY + timedelta(days=4))
    arrive([[v1, theirs, newer], [other]], sequence=4, made=DAY + timedelta(days=4, hours=1))
    assert incidents.load_incident(R1).incident.summary == "Versi B, dilengkapi"
    assert {n.version_id for n in office_imports.conflicts_of(R1)} == {ours.version_id}


def _branches():
    v1 = version(R1, None, "Awal", when=DAY)
    ours = version(R1, v1.version_id, "Versi A", when=DAY + timedelta(days=1))
    theirs = version(R1, v1.version_id, "Versi B", when=DAY + timedelta(days=2))
    arrive([[v1, ours]], sequence=1, made=DAY + timedelta(days=1, hours=1))
    arrive([[v1, theirs]], sequence=2, made=DAY + timedelta(days=2, hours=1))
    return ours, theirs


def summaries() -> list[str]:
    return [r.summary for r in register.fetch_register(RegisterQuery(), 0, 10)]


def test_using_another_version_is_audited_and_can_be_undone(office):
    ours, theirs = _branches()
    record = load_office_record(R1)
    assert {v.version_id for v in branch_tips(record.versions)} == {
        ours.version_id,
        theirs.version_id,
    }

    office_choices.choose_version(
        R1, ours.version_id, current=theirs.version_id, officer="Rahmat", number=1
    )
    assert incidents.load_incident(R1).incident.summary == "Versi A"
    assert summaries() == ["Versi A"]
    assert load_office_record(R1).choice_in_force.chosen_version == ours.version_id
    assert events(AuditKind.VERSION_CHOSEN)[0].detail == {"record": 1, "officer": "Rahmat"}

    office_choices.undo_choice(
        load_office_record(R1).choice_in_force.id, officer="Rahmat", number=1
    )
    assert incidents.load_incident(R1).incident.summary == "Versi B"
    assert load_office_record(R1).choice_in_force is None
    assert len(events(AuditKind.VERSION_CHOICE_UNDONE)) == 1
    assert office_review.officer_name() == "Rahmat"


def test_undoing_twice_goes_back_choice_by_choice(office):
    ours, theirs = _branches()
    first = office_choices.choose_version(
        R1, ours.version_id, current=theirs.version_id, officer="Rahmat", number=1
    )
    second = office_choices.choose_version(
        R1, theirs.version_id, current=ours.version_id, officer="Rahmat", number=1
    )
    with pytest.raises(StaleRecord):  # only the newest choice in force can be undone
        office_choices.undo_choice(first.id, officer="Rahmat", number=1)
    office_choices.undo_choice(second.id, officer="Rahmat", number=1)
    assert incidents.load_incident(R1).incident.summary == "Versi A"
    office_choices.undo_choice(first.id, officer="Rahmat", number=1)
    assert incidents.load_incident(R1).incident.summary == "Versi B"


def test_a_choice_made_on_an_outdated_view_changes_nothing(office):
    ours, theirs = _branches()
    later = version(R1, ours.version_id, "Versi A lagi", when=DAY + timedelta(days=3))
    v1 = incidents.record_versions(R1)[0]
    arrive([[v1, ours, later]], sequence=3, made=DAY + timedelta(days=3, hours=1))

    with pytest.raises(StaleRecord):
        office_choices.choose_version(
            R1, theirs.version_id, current=ours.version_id, officer="Rahmat", number=1
        )
    assert incidents.load_incident(R1).incident.summary == "Versi A lagi"
    assert office_choices.choices_of(R1) == []
    assert events(AuditKind.VERSION_CHOSEN) == []


def test_an_undo_after_the_village_moved_on_changes_nothing(office):
    ours, theirs = _branches()
    choice = office_choices.choose_version(
        R1, ours.version_id, current=theirs.version_id, officer="Rahmat", number=1
    )
    v1 = incidents.record_versions(R1)[0]
    newer = version(R1, theirs.version_id, "Versi B lagi", when=DAY + timedelta(days=4))
    arrive([[v1, theirs, newer]], sequence=3, made=DAY + timedelta(days=4, hours=1))

    with pytest.raises(StaleRecord):
        office_choices.undo_choice(choice.id, officer="Rahmat", number=1)
    assert incidents.load_incident(R1).incident.summary == "Versi B lagi"


def test_a_choice_needs_the_officers_name(office):
    ours, theirs = _branches()
    with pytest.raises(ValidationFailed):
        office_choices.choose_version(
            R1, ours.version_id, current=theirs.version_id, officer="  ", number=1
        )
    assert incidents.load_incident(R1).incident.summary == "Versi B"


def test_the_review_state_is_kept_logged_and_filters_the_register(office):
    arrive([[version(R1, None, "Satu", when=DAY)], [version(R2, None, "Dua", when=DAY)]])
    arrive(
        [[version("33333333-3333-4333-8333-333333333333", None, "Tiga", when=DAY)]],
        source=PASAR_ATAS,
    )

    office_review.set_review(R1, ReviewState.REVIEWED, "  dilihat  ", officer="Rahmat")
    office_review.set_review(R1, ReviewState.ACTED_ON, "Diteruskan ke Polres", officer="Dewi")

    review = office_review.review_of(R1)
    assert (review.state, review.note, review.changed_by) == (
        ReviewState.ACTED_ON,
        "Diteruskan ke Polres",
        "Dewi",
    )
    log = office_review.review_log(R1)
    assert [(r.state, r.note) for r in log] == [
        (ReviewState.ACTED_ON, "Diteruskan ke Polres"),
        (ReviewState.REVIEWED, "dilihat"),
    ]
    assert office_review.review_of(R2).state is ReviewState.NEW

    def listed(state):
        rows = register.fetch_register(RegisterQuery(review=state), 0, 10)
        return sorted(r.summary for r in rows)

    assert listed(ReviewState.ACTED_ON) == ["Satu"]
    assert listed(ReviewState.NEW) == ["Dua", "Tiga"]
    assert listed(ReviewState.REVIEWED) == []
    assert register.count_register(RegisterQuery(review=ReviewState.NEW)) == 2
    village_and_new = RegisterQuery(village=PASAR_ATAS.village_code, review=ReviewState.NEW)
    assert [r.summary for r in register.fetch_register(village_and_new, 0, 10)] == ["Tiga"]
    assert {r.summary: r.review for r in register.fetch_register(RegisterQuery(), 0, 10)} == {
        "Satu": "ditindaklanjuti",
        "Dua": "baru",
        "Tiga": "baru",
    }


def test_a_review_note_has_a_limit_and_needs_a_name(office):
    arrive([[version(R1, None, "Satu", when=DAY)]])
    with pytest.raises(ValidationFailed):
        office_review.set_review(R1, ReviewState.REVIEWED, "x" * 1001, officer="Rahmat")
    with pytest.raises(ValidationFailed):
        office_review.set_review(R1, ReviewState.REVIEWED, "", officer="")
    assert office_review.review_log(R1) == []


def test_showing_identities_is_audited_with_a_reason(office):
    with pytest.raises(ValidationFailed):
        office_review.record_identities_shown(4, "ok", officer="Rahmat")
    assert events(AuditKind.IDENTITIES_SHOWN) == []
    office_review.record_identities_shown(4, "Polres meminta kontak korban", officer="Rahmat")
    (event,) = events(AuditKind.IDENTITIES_SHOWN)
    assert event.detail == {
        "record": 4,
        "officer": "Rahmat",
        "reason": "Polres meminta kontak korban",
    }
