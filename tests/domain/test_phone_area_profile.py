import pytest

from desktop.domain.area import Level, is_kelurahan, level_of, normalize_code, parent_code
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.phone import normalize_phone, validate_phone
from desktop.domain.profile import Contact, ContactRole, VillageProfile, validate_profile
from tests.profiles import kungkai


@pytest.mark.parametrize(
    "typed",
    ["0812-3456-7890", "0812 3456 7890", "+62 812 3456 7890", "(0746) 21234", "6281234567890"],
)
def test_common_indonesian_numbers_are_accepted(typed):
    assert validate_phone("p", typed) == " ".join(typed.split())


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("12ab", "phone_chars"),
        ("0812/3456", "phone_chars"),
        ("0812+3456789", "phone_chars"),
        ("812345678", "phone_prefix"),
        ("0812", "phone_length"),
        ("0812345678901234", "phone_length"),
    ],
)
def test_bad_numbers_name_the_rule_they_break(typed, code):
    with pytest.raises(FieldError) as caught:
        validate_phone("office_phone", typed)
    assert caught.value.code == code
    assert caught.value.field == "office_phone"


def test_international_form_is_normalised_to_national():
    assert normalize_phone("+62 812-3456-7890") == "081234567890"


def test_empty_phone_is_fine_unless_required():
    assert validate_phone("p", "   ") == ""
    with pytest.raises(FieldError):
        validate_phone("p", "", required=True)


@pytest.mark.parametrize(
    ("typed", "expected", "level"),
    [
        ("15", "15", Level.PROVINCE),
        ("1502", "15.02", Level.REGENCY),
        ("15.02.02", "15.02.02", Level.DISTRICT),
        ("1502022004", "15.02.02.2004", Level.VILLAGE),
        (" 15.02.02.2004 ", "15.02.02.2004", Level.VILLAGE),
    ],
)
def test_area_codes_are_normalised_and_levelled(typed, expected, level):
    assert normalize_code(typed) == expected
    assert level_of(expected) is level


def test_malformed_area_code_is_rejected():
    with pytest.raises(FieldError):
        level_of("15.2.02.2004")


def test_parent_and_kelurahan_rules():
    assert parent_code("15.02.02.2004") == "15.02.02"
    assert parent_code("15") == ""
    assert is_kelurahan("15.02.02.1001")
    assert not is_kelurahan("15.02.02.2004")


def _profile(**changes) -> VillageProfile:
    return kungkai(**{"head_name": "  Hasan   Basri ", "office_phone": "0746 21234", **changes})


def test_valid_profile_is_tidied_and_empty_contacts_dropped():
    profile = validate_profile(
        _profile(
            contacts={
                ContactRole.BABINSA: Contact("Serka Amin", "0812 1111 2222"),
                ContactRole.BHABINKAMTIBMAS: Contact("", ""),
            }
        )
    )
    assert profile.head_name == "Hasan Basri"
    assert list(profile.contacts) == [ContactRole.BABINSA]


def test_every_problem_is_reported_at_once():
    with pytest.raises(ValidationFailed) as caught:
        validate_profile(
            _profile(
                head_name=" ",
                office_phone="abc",
                contacts={ContactRole.BABINSA: Contact("Serka Amin", "12")},
            )
        )
    fields = {(e.field, e.code) for e in caught.value.errors}
    assert fields == {
        ("head_name", "required"),
        ("office_phone", "phone_chars"),
        ("contact.babinsa.phone", "phone_prefix"),
    }


def test_profile_must_name_a_village_not_a_district():
    with pytest.raises(ValidationFailed) as caught:
        validate_profile(_profile(village_code="15.02.02"))
    assert ("village_code", "not_village") in {(e.field, e.code) for e in caught.value.errors}
