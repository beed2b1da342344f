"""Patterns across villages: the same recruiter phone, company or name, written differently
in different villages, found in SQL from the records and checks."""

from __future__ import annotations

import uuid
from datetime import date

from desktop.domain.patterns import (
    PatternKind,
    PatternSource,
    check_keys,
    name_key,
    phone_key,
    record_keys,
)
from desktop.storage import assessments, incidents
from desktop.storage.patterns import find_patterns, sightings, villages_of
from tests.exchange.conftest import version
from tests.office.conftest import DAY, PASAR_ATAS, SELAM_PAUNG, arrive, check_item


def test_phone_numbers_are_one_whatever_their_prefix_and_separators():
    same = ("0812-3456-7890", "+62 812 3456 7890", "62812.3456.7890", "(0812) 34567890")
    assert {phone_key(p) for p in same} == {"81234567890"}
    assert phone_key("+60 12-345 6789") == "60123456789"  # a Malaysian number stays itself
    assert phone_key("12345") == "" and phone_key("tidak tahu") == ""


def test_names_are_one_whatever_their_case_spacing_and_punctuation():
    assert name_key("PT. Maju  Jaya") == name_key("pt maju jaya") == "pt maju jaya"
    assert name_key("Bang Jali (fiktif)") == "bang jali fiktif"
    assert name_key("  ...  ") == ""
    assert name_key("PT Maju Jaya") != name_key("CV Maju Jaya")  # nothing else is guessed


def test_a_record_and_a_check_say_what_they_know_of_the_recruiter():
    keys = record_keys(
        {"recruiter_phone": "0812-3456-7890", "company": "PT. Maju Jaya", "recruiter_name": ""}
    )
    assert [(k.kind, k.key, k.shown) for k in keys] == [
        (PatternKind.PHONE, "81234567890", "0812-3456-7890"),
        (PatternKind.COMPANY, "pt maju jaya", "PT. Maju Jaya"),
    ]
    assert [k.kind for k in check_keys("", "Pak Darto 0812 3456 7890")] == [PatternKind.PHONE]
    assert [(k.kind, k.key) for k in check_keys("", "Pak Darto")] == [
        (PatternKind.RECRUITER, "pak darto")
    ]


def record(day: date, **kw):
    return [
        version(
            str(uuid.uuid4()),
            None,
            kw.pop("summary", "Tawaran kerja"),
            when=DAY,
            reported_on=day,
            **kw,
        )
    ]


def test_a_recruiter_seen_in_several_villages_is_one_pattern_with_its_villages(office):
    kungkai_first = record(
        date(2026, 10, 1),
        recruiter_phone="0812-3456-7890",
        company="PT. Maju Jaya",
        recruiter_name="Bang Jali",
    )
    arrive(
        [
            kungkai_first,
            record(date(2026, 11, 2), recruiter_phone="0812 3456 7890", summary="Kedua"),
            record(date(2026, 11, 3), recruiter_name="Bang  Jali"),  # one village only
            record(date(2026, 11, 4), recruiter_phone="0811-0000-1111"),
        ]
    )
    arrive(
        [record(date(2026, 11, 20), recruiter_phone="+62 812 3456 7890", company="pt maju  jaya")],
        source=PASAR_ATAS,
    )
    gone = record(date(2026, 11, 21), recruiter_phone="0811 0000 1111")
    arrive([gone], source=PASAR_ATAS, sequence=2)
    incidents.delete_incident(gone[0].record_id, author_name="Sekdes", now=DAY)
    arrive([], source=SELAM_PAUNG, checks=[check_item(contact="62812.3456.7890", day="2026-11-25")])

    found = {(p.kind, p.key): p for p in find_patterns()}
    assert set(found) == {
        (PatternKind.PHONE, "81234567890"),
        (PatternKind.COMPANY, "pt maju jaya"),
    }  # the recruiter's name, and the number only in Terhapus elsewhere, are not patterns
    phone = found[(PatternKind.PHONE, "81234567890")]
    assert (phone.villages, phone.records, phone.checks) == (3, 3, 1)
    assert (phone.first_seen, phone.last_seen) == (date(2026, 10, 1), date(2026, 11, 25))
    assert phone.shown in ("0812-3456-7890", "0812 3456 7890", "+62 812 3456 7890")
    villages = villages_of(phone)
    assert [(v.name, v.records, v.checks) for v in villages] == [
        ("Kungkai", 2, 0),
        ("Pasar Atas", 1, 0),
        ("Selam Paung", 0, 1),
    ]
    assert villages[0].district_name == "Bangko"
    assert villages[2].last_seen == date(2026, 11, 25)
    assert find_patterns()[0].key == "81234567890"  # three villages before two

    total, seen = sightings(PatternKind.PHONE, "81234567890")
    assert total == 4
    assert [(s.source, s.seen_on, s.village_code) for s in seen] == [
        (PatternSource.CHECK, "2026-11-25", SELAM_PAUNG.village_code),
        (PatternSource.RECORD, "2026-11-20", PASAR_ATAS.village_code),
        (PatternSource.RECORD, "2026-11-02", "15.02.02.2004"),
        (PatternSource.RECORD, "2026-10-01", "15.02.02.2004"),
    ]
    assert seen[2].text == "Kedua" and seen[2].number > 0
    assert seen[0].text == "Malaysia · pekerja kebun"


def test_a_pattern_goes_when_its_record_changes_or_its_check_is_deleted(office):
    first = record(date(2026, 11, 1), recruiter_phone="0812-3456-7890")
    arrive([first])
    check = check_item(contact="0812 3456 7890")
    arrive([], source=PASAR_ATAS, checks=[check])
    assert len(find_patterns()) == 1

    (held,) = assessments.list_assessments()
    assessments.delete_assessment(held.id)
    assert find_patterns() == []

    arrive([], source=PASAR_ATAS, sequence=2, checks=[check_item(contact="0812 3456 7890")])
    assert len(find_patterns()) == 1
    changed = version(
        first[0].record_id,
        first[0].version_id,
        "Tawaran kerja",
        when=DAY,
        reported_on=date(2026, 11, 1),
        recruiter_phone="0899-1111-2222",
    )
    arrive([[first[0], changed]], sequence=2)
    assert find_patterns() == []


def test_a_record_keeps_its_village_when_the_office_chooses_another_version(office):
    from desktop.storage import office_choices

    base = version(
        str(uuid.uuid4()),
        None,
        "Awal",
        when=DAY,
        reported_on=date(2026, 11, 1),
        recruiter_phone="0812-3456-7890",
    )
    ours = version(
        base.record_id,
        base.version_id,
        "A",
        when=DAY,
        reported_on=date(2026, 11, 1),
        recruiter_phone="0812-3456-7890",
    )
    theirs = version(
        base.record_id,
        base.version_id,
        "B",
        when=DAY,
        reported_on=date(2026, 11, 1),
        recruiter_phone="0812 3456 7890 ",
    )
    arrive([[base, ours]])
    arrive([[base, theirs]], sequence=2)  # the office follows the village's newest export
    arrive([record(date(2026, 11, 5), recruiter_phone="+62 812 3456 7890")], source=PASAR_ATAS)
    office_choices.choose_version(
        base.record_id, ours.version_id, current=theirs.version_id, officer="Rahmat", number=1
    )
    (pattern,) = find_patterns()
    assert [v.name for v in villages_of(pattern)] == ["Kungkai", "Pasar Atas"]


def test_the_migration_makes_the_keys_of_what_an_office_already_holds(office):
    from desktop.storage import migrations
    from desktop.storage.db import database

    arrive([record(date(2026, 11, 1), recruiter_phone="0812-3456-7890")])
    arrive([], source=PASAR_ATAS, checks=[check_item(contact="0812 3456 7890")])
    before = find_patterns()
    database.execute_sql("DELETE FROM recruiter_key")
    assert find_patterns() == []
    migrations._v9_recruiter_keys(database)
    assert find_patterns() == before and len(before) == 1
