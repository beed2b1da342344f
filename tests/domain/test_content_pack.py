"""The rules of a content pack's warnings and contacts, drafting a warning from a pattern
across villages, and what a pack changes."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.content_pack import (
    ContentState,
    LocalContact,
    PatternSeen,
    PlaceSeen,
    SubjectKind,
    changes_between,
    draft_from_pattern,
    validate_local_contact,
    validate_warning,
)
from desktop.domain.errors import ValidationFailed

SEEN = (PlaceSeen("15.02.02.2004", "Kungkai"), PlaceSeen("15.02.03.2001", "Muara Siau"))


def codes(excinfo) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in excinfo.value.errors}


def test_a_warning_is_tidied():
    warning = validate_warning(
        warning_id="a" * 32,
        known="  Menawarkan   kerja\n\n di kapal  ",
        phones=[" 0812-3456-7890 ", "0812-3456-7890", ""],
        companies=["PT  Maju Jaya"],
        since=date(2026, 10, 1),
        today=date(2026, 12, 1),
    )
    assert warning.known == "Menawarkan kerja\n\ndi kapal"
    assert warning.phones == ("0812-3456-7890",)
    assert warning.companies == ("PT Maju Jaya",) and warning.title == "PT Maju Jaya"
    assert warning.mentions_phone("+62 812 3456 7890")


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"companies": []}, ("subject", "required")),
        ({"known": " "}, ("known", "required")),
        ({"known": "Korban NIK 1502020101900001 dibawa"}, ("known", "looks_like_nik")),
        ({"phones": ["12345"]}, ("phones", "phone_prefix")),
        ({"since": date(2026, 12, 2)}, ("since", "in_future")),
        ({"companies": [f"PT {n}" for n in range(11)]}, ("companies", "too_many")),
    ],
)
def test_a_warning_that_breaks_a_rule_is_refused(changes, problem):
    values = {
        "warning_id": "a" * 32,
        "known": "Menawarkan kerja di kapal",
        "companies": ["PT Maju Jaya"],
        "today": date(2026, 12, 1),
    } | changes
    with pytest.raises(ValidationFailed) as refused:
        validate_warning(**values)
    assert problem in codes(refused)


def test_a_pattern_across_villages_drafts_a_warning_about_it():
    pattern = PatternSeen(SubjectKind.PHONE, "0812 3456 7890", SEEN, date(2026, 9, 3))
    draft = draft_from_pattern(pattern)
    assert draft.phones == ("0812 3456 7890",) and not draft.names and not draft.companies
    assert draft.villages == SEEN and draft.since == date(2026, 9, 3)
    assert draft.known == "" and len(draft.id) == 32
    company = draft_from_pattern(PatternSeen(SubjectKind.COMPANY, "PT Maju", SEEN))
    assert company.companies == ("PT Maju",) and company.id != draft.id


def test_a_local_contact_reaches_only_the_villages_of_its_area():
    regency = validate_local_contact(role="Disnaker", phone="0746-21000", area_code="15.02")
    district = LocalContact("Camat", "0746-1", area_code="15.02.02")
    everyone = LocalContact("Kanim", "0748-1")
    assert regency.applies_to("15.02.02.2004") and not regency.applies_to("15.01.01.2001")
    assert district.applies_to("15.02.02.2004") and not district.applies_to("15.02.03.2001")
    assert not LocalContact("x", "1", area_code="15.0").applies_to("15.02.02.2004")
    assert everyone.applies_to("15.01.01.2001")
    with pytest.raises(ValidationFailed) as refused:
        validate_local_contact(role="", phone="", area_code="15")
    assert {"role", "phone", "area_code"} <= {f for f, _ in codes(refused)}


def test_what_changes_between_two_states():
    old = validate_warning(warning_id="a" * 32, known="Lama", companies=["PT A"])
    kept = validate_warning(warning_id="b" * 32, known="Sama", companies=["PT B"])
    before = ContentState(frozenset({"SAPA: 129"}), 2, {"x": ("X", "a")}, (old, kept), (), None)
    edited = validate_warning(warning_id="b" * 32, known="Diubah", companies=["PT B"])
    new = validate_warning(warning_id="c" * 32, known="Baru", companies=["PT C"])
    after = ContentState(
        frozenset({"SAPA: 129", "Polri: 110"}), 3, {"x": ("X", "b")}, (edited, new), ("c",), None
    )
    changes = changes_between(before, after)
    assert changes.hotlines_added == ("Polri: 110",) and changes.hotlines_removed == ()
    assert changes.checklist_changed and changes.topics_changed == ("X",)
    assert [w.title for w in changes.warnings_new] == ["PT C"]
    assert [w.title for w in changes.warnings_changed] == ["PT B"]
    assert [w.title for w in changes.warnings_ended] == ["PT A"]
    assert changes.contacts_added == ("c",) and not changes.nothing
    assert changes_between(before, before).nothing
