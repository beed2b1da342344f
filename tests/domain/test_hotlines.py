"""The verified hotlines file: exactly the numbers confirmed in the research, each dated."""

import json
from datetime import date

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
        ("sapa", "(021) 129", NumberKind.CALL),
        ("sapa", "08111-129-129", NumberKind.WHATSAPP),
        ("kp2mi", "0800-1000", NumberKind.CALL),
        ("kp2mi", "+62 21 2924 4800", NumberKind.CALL_FROM_ABROAD),
    }


def test_the_unconfirmed_numbers_are_not_shipped():
    """KP2MI's WhatsApp 0811-8080-141 could not be confirmed (content audit, December 2026);
    LPSK is not confirmed by two sources in the research."""
    hotlines = load_hotlines(HOTLINES)
    assert not hotlines.knows("0811-8080-141")
    assert not hotlines.knows("148")
    assert [s.key for s in hotlines.services] == ["polri", "sapa", "kp2mi"]


def test_kp2mi_is_named_as_the_ministry_it_is_now():
    kp2mi = load_hotlines(HOTLINES).service("kp2mi")
    assert kp2mi.name("id") == "Kementerian P2MI/BP2MI"
    assert "dahulu" not in kp2mi.name("id") and "formerly" not in kp2mi.name("en")


def test_every_service_has_names_a_checked_date_and_sources():
    hotlines = load_hotlines(HOTLINES)
    for service in hotlines.services:
        assert service.name("id") and service.name("en") and service.purpose("id")
        assert service.checked >= date(2026, 12, 1)  # re-checked after the content audit
        assert service.sources and all(s.title and s.url for s in service.sources)
        assert any(s.url.startswith("https://") for s in service.sources), service.key
    assert hotlines.info_page.url.startswith("https://")
    assert hotlines.service("kp2mi").of_kind(NumberKind.CALL)[0].toll_free


def test_numbers_are_recognised_in_any_spelling():
    hotlines = load_hotlines(HOTLINES)
    assert hotlines.knows("0800 1000")
    assert hotlines.knows("021-2924-4800")
    assert hotlines.knows("+62 21-2924-4800")
    assert hotlines.knows("021 129")
    assert not hotlines.knows("1500-630")  # Kemnaker: not verified, never printed
    assert digits_of("+62 21 2924 4800") == "02129244800"


def test_a_broken_file_is_reported_not_half_read(tmp_path):
    broken = tmp_path / "hotlines.json"
    data = json.loads(HOTLINES.read_text(encoding="utf-8"))
    del data["services"][0]["checked"]
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(HotlinesUnreadable):
        load_hotlines(broken)
