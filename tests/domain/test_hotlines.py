"""The verified hotlines file: exactly the numbers confirmed in the research, each dated."""

import json

import pytest

from desktop.domain.hotlines import HotlinesUnreadable, NumberKind, digits_of, load_hotlines
from desktop.resources import resource_path

HOTLINES = resource_path("contacts", "hotlines.json")


def test_the_file_holds_exactly_the_verified_numbers():
    hotlines = load_hotlines(HOTLINES)
    numbers = {(s.key, n.number, n.kind) for s in hotlines.services for n in s.numbers}
    assert numbers == {
        ("polri", "110", NumberKind.CALL),
        ("sapa", "129", NumberKind.CALL),
        ("sapa", "08111-129-129", NumberKind.WHATSAPP),
        ("kp2mi", "0800-1000", NumberKind.CALL),
        ("kp2mi", "0811-8080-141", NumberKind.WHATSAPP),
        ("kp2mi", "+62 21 2924 4800", NumberKind.CALL_FROM_ABROAD),
    }


def test_every_service_has_names_a_checked_date_and_sources():
    hotlines = load_hotlines(HOTLINES)
    for service in hotlines.services:
        assert service.name("id") and service.name("en") and service.purpose("id")
        assert service.checked.year >= 2025
        assert service.sources and all(s.title and s.url for s in service.sources)
    assert hotlines.info_page.url.startswith("https://")
    assert hotlines.service("kp2mi").of_kind(NumberKind.CALL)[0].toll_free


def test_numbers_are_recognised_in_any_spelling():
    hotlines = load_hotlines(HOTLINES)
    assert hotlines.knows("0800 1000")
    assert hotlines.knows("021-2924-4800")
    assert hotlines.knows("+62 811 8080 141")
    assert not hotlines.knows("1500-630")  # Kemnaker: not verified, never printed
    assert digits_of("+62 21 2924 4800") == "02129244800"


def test_a_broken_file_is_reported_not_half_read(tmp_path):
    broken = tmp_path / "hotlines.json"
    data = json.loads(HOTLINES.read_text(encoding="utf-8"))
    del data["services"][0]["checked"]
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(HotlinesUnreadable):
        load_hotlines(broken)
