"""The incident record: its rules, its JSON form, its history and the fictional demo data."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desktop.domain.demo_incidents import demo_chains
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.incident import (
    AgeBand,
    ApproxDate,
    ControlMeans,
    Incident,
    LegalBasis,
    Person,
    PersonIdentity,
    PersonRole,
    RecordState,
    Referral,
    ReferralTarget,
    ReportType,
    Status,
    StoredVersion,
    build_history,
    check_incident,
    diff_payloads,
    from_payload,
    is_demo_id,
    needs_reason,
    parse_amount,
    to_payload,
    validate_incident,
)
from desktop.domain.modus import Modus

TODAY = date(2026, 5, 20)


def minimal(**changes) -> Incident:
    base = Incident(
        report_type=ReportType.SUSPICIOUS_OFFER,
        reported_on=date(2026, 5, 10),
        modus=Modus.ONLINE_SCAM,
    )
    return replace(base, **changes)


def codes(incident: Incident) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in validate_incident(incident, TODAY)}


def test_only_report_type_date_reported_and_modus_are_required():
    assert codes(Incident()) == {
        ("report_type", "required"),
        ("reported_on", "required"),
        ("modus", "required"),
    }
    assert codes(minimal()) == set()


@pytest.mark.parametrize(
    ("nik", "ok"),
    [
        ("3201234567890123", True),
        ("3201 2345 6789 0123", True),  # grouped as people type it
        ("320123456789012", False),  # 15 digits
        ("32012345678901234", False),  # 17 digits
        ("32012345678901ab", False),
    ],
)
def test_nik_must_be_16_digits(nik, ok):
    incident = minimal(
        people=(Person(identity=PersonIdentity(nik=nik)),), legal_basis=LegalBasis.PUBLIC_TASK
    )
    assert (("people.0.nik", "nik") not in codes(incident)) is ok


def test_date_happened_cannot_be_after_date_reported_but_an_approximate_month_may_include_it():
    assert ("happened", "after_reported") in codes(minimal(happened=ApproxDate(2026, 5, 11)))
    assert codes(minimal(happened=ApproxDate(2026, 5))) == set()  # May 2026 began before 10 May
    assert codes(minimal(happened=ApproxDate(2026))) == set()
    earlier = minimal(reported_on=date(2026, 4, 10), happened=ApproxDate(2026, 5))
    assert ("happened", "after_reported") in codes(earlier)


def test_dates_in_the_future_are_refused():
    assert ("reported_on", "future") in codes(minimal(reported_on=date(2026, 5, 21)))
    referral = Referral(target=ReferralTarget.POLICE, referred_on=date(2026, 6, 1))
    assert ("referrals.0.referred_on", "future") in codes(minimal(referrals=(referral,)))


def test_a_child_needs_guardian_consent_or_a_legal_basis_other_than_consent():
    child = Person(role=PersonRole.VICTIM, age_band=AgeBand.AGE_9_17)
    assert ("guardian_consent", "child_consent") in codes(minimal(people=(child,)))
    with_consent_basis = minimal(
        people=(child,), legal_basis=LegalBasis.CONSENT, consent_given=True
    )
    assert ("guardian_consent", "child_consent") in codes(with_consent_basis)
    assert codes(replace(with_consent_basis, guardian_consent=True)) == set()
    assert codes(minimal(people=(child,), legal_basis=LegalBasis.PUBLIC_TASK)) == set()
    flagged = Person(role=PersonRole.VICTIM, under_18=True)  # age band not known
    assert ("guardian_consent", "child_consent") in codes(minimal(people=(flagged,)))


def test_consent_as_basis_must_be_recorded_and_identifiers_need_a_basis():
    assert ("consent_given", "consent_missing") in codes(minimal(legal_basis=LegalBasis.CONSENT))
    named = Person(identity=PersonIdentity(name="Ani"))
    assert ("legal_basis", "basis_needed") in codes(minimal(people=(named,)))
    assert codes(minimal(people=(named,), legal_basis=LegalBasis.VITAL_INTEREST)) == set()


def test_an_adult_age_band_contradicts_the_under_18_flag():
    person = Person(age_band=AgeBand.AGE_21_23, under_18=True)
    found = codes(minimal(people=(person,), guardian_consent=True))
    assert ("people.0.age_band", "age_child_conflict") in found


def test_phone_numbers_may_be_foreign_but_must_look_like_numbers():
    assert codes(minimal(recruiter_phone="+60 12-345 6789")) == set()
    assert ("recruiter_phone", "phone_chars") in codes(minimal(recruiter_phone="call me"))
    assert ("recruiter_phone", "phone_digits") in codes(minimal(recruiter_phone="123"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("15000000", 15_000_000),
        ("Rp 15.000.000", 15_000_000),
        ("15 juta", 15_000_000),
        ("1,5 juta", 1_500_000),
        ("500 rb", 500_000),
    ],
)
def test_amounts_are_read_as_people_write_them(text, value):
    assert parse_amount("money_asked", text) == value


def test_an_amount_that_is_not_a_number_is_a_field_error():
    with pytest.raises(FieldError) as caught:
        parse_amount("debt", "banyak sekali")
    assert (caught.value.field, caught.value.code) == ("debt", "amount")


def test_check_incident_tidies_and_raises_every_problem_at_once():
    messy = minimal(
        summary="  Tawaran   kerja  ",
        people=(Person(identity=PersonIdentity(nik="3201 2345 6789 0123")),),
        legal_basis=LegalBasis.PUBLIC_TASK,
        referrals=(Referral(),),  # an empty referral row is dropped
    )
    tidy = check_incident(messy, TODAY)
    assert tidy.summary == "Tawaran kerja"
    assert tidy.people[0].identity.nik == "3201234567890123"
    assert tidy.referrals == ()
    with pytest.raises(ValidationFailed) as caught:
        check_incident(Incident(), TODAY)
    assert len(caught.value.errors) == 3


def test_payload_round_trip_keeps_everything_and_nests_identifiers():
    incident = minimal(
        happened=ApproxDate(2026, 4),
        destination_country="MY",
        money_asked=12_000_000,
        control=frozenset({ControlMeans.DEBT, ControlMeans.THREATS}),
        people=(
            Person(role=PersonRole.VICTIM, identity=PersonIdentity("Ani", "3201234567890123")),
        ),
        legal_basis=LegalBasis.PUBLIC_TASK,
        referrals=(Referral(target=ReferralTarget.IMMIGRATION, referred_on=date(2026, 5, 11)),),
        status=Status.REFERRED,
    )
    payload = to_payload(incident)
    assert payload["happened"] == "2026-04"
    assert payload["people"][0]["identity"] == {"name": "Ani", "nik": "3201234567890123"}
    assert "name" not in payload["people"][0]
    assert from_payload(payload) == incident
    assert from_payload(to_payload(Incident(record_id="x"))) == Incident(record_id="x")
    plain = minimal()
    assert plain.without_identifiers() == plain
    assert incident.without_identifiers().people[0].identity == PersonIdentity()


def test_diff_names_changed_fields_and_hides_identifier_values():
    person = Person(role=PersonRole.VICTIM, identity=PersonIdentity(nik="3201234567890123"))
    old = minimal(people=(person,))
    new = replace(
        old,
        status=Status.REFERRED,
        people=(replace(person, identity=PersonIdentity(nik="3201234567890999")),),
    )
    changes = diff_payloads(to_payload(old), to_payload(new))
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("status", "baru", "dirujuk"),
        ("person.nik", True, True),
    ]
    assert changes[1].sensitive and changes[1].item == 1
    assert "3201234567890999" not in repr(changes)


def test_history_lists_versions_newest_first_with_their_changes():
    first = minimal()
    second = replace(first, status=Status.DONE)
    t1, t2 = datetime(2026, 5, 10, 8, tzinfo=UTC), datetime(2026, 5, 11, 8, tzinfo=UTC)
    versions = [
        StoredVersion(
            first.record_id, "v1", None, t1, "Sekdes", RecordState.LIVE, "", to_payload(first)
        ),
        StoredVersion(
            first.record_id, "v2", "v1", t2, "Kades", RecordState.LIVE, "hasil", to_payload(second)
        ),
    ]
    entries = build_history(versions)
    assert [e.version_id for e in entries] == ["v2", "v1"]
    assert entries[0].reason == "hasil" and entries[0].author == "Kades"
    assert [(c.field, c.new) for c in entries[0].changes] == [("status", "selesai")]
    assert entries[1].created


def test_editing_asks_for_a_reason_once_a_record_is_referred_or_closed():
    assert not needs_reason(Status.NEW)
    assert all(needs_reason(s) for s in Status if s is not Status.NEW)


def test_demo_records_are_valid_fictional_and_varied():
    chains = list(demo_chains(400, today=TODAY))
    incidents = [from_payload(c[-1].payload) for c in chains]
    for chain in chains:
        for version in chain:
            check_incident(from_payload(version.payload), TODAY)
        assert [v.prev_version_id for v in chain[1:]] == [v.version_id for v in chain[:-1]]
    assert len({i.modus for i in incidents}) >= 8
    assert len({i.destination_country for i in incidents}) >= 15
    assert {i.status for i in incidents} == set(Status)
    assert any(len(c) >= 3 for c in chains)  # some have a history
    assert any(c[-1].state is RecordState.DELETED for c in chains)
    phones = [i.recruiter_phone for i in incidents if i.recruiter_phone]
    phones += [p.identity.phone for i in incidents for p in i.people if p.identity.phone]
    assert phones and all(p.startswith("0000-") for p in phones)
    names = [p.identity.name for i in incidents for p in i.people if p.identity.name]
    assert names and all(n.endswith("(fiktif)") for n in names)
    first, again = list(demo_chains(3, today=TODAY)), list(demo_chains(3, today=TODAY))
    assert [c[-1].payload["summary"] for c in first] == [c[-1].payload["summary"] for c in again]
    assert not {c[0].record_id for c in first} & {c[0].record_id for c in again}  # never alike
    assert all(is_demo_id(c[0].record_id) for c in first + again)
    assert not is_demo_id(Incident().record_id)  # a real record has a version-4 id
