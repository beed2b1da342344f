"""Kegiatan sosialisasi: what a form may save, numbers of people as typed, and which copy of an
event counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.socialisation import (
    AudienceRole,
    EventDraft,
    MaterialKind,
    ReachedVillage,
    material_of,
    parse_count,
    supersedes,
    validate_event,
)
from tests.socialisation_data import KUNGKAI, LEAFLET, TOPIC

TODAY = date(2026, 12, 4)


def draft(**changes) -> EventDraft:
    values = {
        "held_on": date(2026, 11, 18),
        "place": "  Balai   Desa Kungkai ",
        "district_code": "15.02.02",
        "district_name": "Bangko",
        "regency_name": "Kabupaten Merangin",
        "villages": (KUNGKAI,),
        "audience": {AudienceRole.RESIDENTS: "40", AudienceRole.VILLAGE_HEAD: " 1 "},
        "materials": (TOPIC, LEAFLET, TOPIC),
        "officers": " Sekretaris  Desa ",
        "notes": "  Warga bertanya.\nAgen datang lagi.  ",
    }
    return EventDraft(**(values | changes))


def problems(**changes) -> set[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as caught:
        validate_event(draft(**changes), TODAY)
    return {(e.field, e.code) for e in caught.value.errors}


def test_a_good_form_is_tidied_into_an_event():
    event = validate_event(draft(), TODAY)
    assert event.place == "Balai Desa Kungkai"
    assert event.officers == "Sekretaris Desa"
    assert event.notes == "Warga bertanya.\nAgen datang lagi."  # lines kept
    assert event.audience.count(AudienceRole.RESIDENTS) == 40
    assert event.audience.count(AudienceRole.PROSPECTIVE_MIGRANTS) == 0
    assert event.audience.total == 41
    assert event.materials == (TOPIC, LEAFLET)  # ticked twice, kept once
    assert event.villages == (KUNGKAI,)
    assert event.record_id == "" and event.revision == 0  # given when saved


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"held_on": date(2026, 12, 5)}, ("held_on", "in_future")),
        ({"held_on": date(1999, 12, 31)}, ("held_on", "too_early")),
        ({"place": "   "}, ("place", "required")),
        ({"place": "x" * 121}, ("place", "too_long")),
        ({"district_code": ""}, ("district", "required")),
        ({"villages": ()}, ("villages", "required")),
        (
            {"villages": tuple(ReachedVillage(f"15.02.02.{n:04d}", "V") for n in range(301))},
            ("villages", "too_many"),
        ),
        ({"audience": {}}, ("audience", "required")),
        ({"audience": {AudienceRole.BPD: "lima"}}, ("audience.bpd", "not_number")),
        ({"audience": {AudienceRole.BPD: "-3"}}, ("audience.bpd", "not_number")),
        ({"audience": {AudienceRole.BPD: "100001"}}, ("audience.bpd", "too_large")),
        (
            {"materials": tuple(replace(TOPIC, ref=f"topik-{n}") for n in range(41))},
            ("materials", "too_many"),
        ),
        ({"officers": "x" * 301}, ("officers", "too_long")),
        ({"notes": "x" * 1001}, ("notes", "too_long")),
    ],
)
def test_each_wrong_field_is_named_with_its_rule(changes, expected):
    assert problems(**changes) == {expected}


def test_every_problem_is_listed_at_once_and_a_wrong_number_is_not_also_no_one():
    found = problems(place="", district_code="", audience={AudienceRole.RESIDENTS: "banyak"})
    assert found == {
        ("place", "required"),
        ("district", "required"),
        ("audience.warga", "not_number"),
    }


@pytest.mark.parametrize(
    ("typed", "count"), [("", 0), (" 25 ", 25), ("1.200", 1200), ("0", 0), ("100000", 100000)]
)
def test_a_number_of_people_is_read_as_an_indonesian_writes_it(typed, count):
    assert parse_count(typed, "audience.warga") == count


@pytest.mark.parametrize(
    ("typed", "code"),
    [("dua", "not_number"), ("2,5", "not_number"), ("٣", "not_number"), ("9" * 40, "too_large")],
)
def test_anything_else_is_not_a_number_of_people(typed, code):
    with pytest.raises(FieldError) as caught:
        parse_count(typed, "audience.warga")
    assert (caught.value.field, caught.value.code) == ("audience.warga", code)


def test_the_copy_with_the_higher_revision_then_the_later_change_counts():
    early, late = datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC)
    assert supersedes((2, early), (1, late))
    assert not supersedes((1, late), (2, early))
    assert supersedes((2, late), (2, early))  # changed again after going back to a backup
    assert not supersedes((2, late), (2, late))  # the same copy again


def test_material_is_kept_only_with_an_id_an_export_can_carry():
    assert material_of(MaterialKind.TOPIC, "sanksi-pidana", "  Sanksi\npidana ").title == (
        "Sanksi pidana"
    )
    assert len(material_of(MaterialKind.TOPIC, "panjang", "x" * 300).title) == 120
    assert material_of(MaterialKind.TOPIC, "Bukan Id", "Judul") is None
    assert material_of(MaterialKind.TOPIC, "x" * 81, "Judul") is None
