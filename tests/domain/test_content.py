"""The awareness material as data: every topic loads, cites its sources, and prints only
verified numbers."""

import re
from pathlib import Path

import pytest

from desktop.domain.content import (
    BlockKind,
    ContentError,
    load_leaflet_text,
    load_library,
    parse_blocks,
    parse_topic,
    plain_text,
)
from desktop.domain.hotlines import load_hotlines
from desktop.resources import resource_path

CONTENT = resource_path("content")
TOPICS = [
    "apa-itu-tppo",
    "modus",
    "tanda-bahaya",
    "kerja-aman",
    "peran-kepala-desa",
    "jika-terjadi",
    "hak-korban",
    "sanksi-pidana",
]
# Phone-like numbers as they are written in text: a leading 0 or +62 and at least 6 digits,
# groups joined by hyphens (1500-630), or an emergency short code in bold (**110**).
PHONE = re.compile(
    r"(?<![\w.,/])(?:"
    r"\+\d[\d -]{6,}\d"  # +62 21 2924 4800
    r"|0\d[\d-]{4,}\d"  # 0800-1000
    r"|(?!(?:19|20)\d\d-)\d{3,5}-\d{3,4}(?:-\d{3,4})?"  # 1500-630, but not 2023-2024
    r")(?![\w])"
)
SHORT_CODE = re.compile(r"\*\*(\d{3})\*\*")


@pytest.fixture(scope="module", params=["id", "en"])
def library(request):
    return load_library(CONTENT, request.param)


def test_every_required_topic_is_there_in_reading_order(library):
    assert [t.id for t in library.topics] == TOPICS


def test_both_languages_have_the_same_topics_and_sections():
    indonesian = load_library(CONTENT, "id")
    english = load_library(CONTENT, "en")
    for a, b in zip(indonesian.topics, english.topics, strict=True):
        assert [s.id for s in a.sections] == [s.id for s in b.sections], a.id


def test_every_topic_ends_with_its_sources_and_starts_with_a_summary(library):
    for topic in library.topics:
        assert topic.sections[-1].is_sources
        sources = [b for b in topic.sources.blocks if b.kind is BlockKind.BULLET]
        assert len(sources) >= 3, topic.id
        assert topic.sections[0].id == "ringkas"
        assert all(s.blocks for s in topic.teaching_sections)


def test_the_leaflet_texts_are_complete_in_both_languages():
    for language in ("id", "en"):
        text = load_leaflet_text(CONTENT, language)
        assert "{village}" in text["issued_by"]


def _content_files() -> list[Path]:
    return sorted(CONTENT.glob("*/*.md")) + sorted(CONTENT.glob("*/leaflet.json"))


def test_every_phone_number_in_the_content_is_a_verified_hotline():
    hotlines = load_hotlines(resource_path("contacts", "hotlines.json"))
    found = []
    for path in _content_files():
        text = path.read_text(encoding="utf-8")
        for number in PHONE.findall(text) + SHORT_CODE.findall(text):
            found.append(number)
            assert hotlines.knows(number), f"{number} in {path.name} is not a verified hotline"
    assert {"110", "0800-1000", "0811-8080-141", "08111-129-129"} <= set(found)


def test_the_what_to_do_topic_lists_every_verified_number(library):
    hotlines = load_hotlines(resource_path("contacts", "hotlines.json"))
    numbers = library.section("jika-terjadi#nomor").plain
    for number in hotlines.all_numbers():
        assert number.number in numbers


def test_no_list_of_the_thirteen_acceleration_programmes_is_printed():
    for path in _content_files():
        text = path.read_text(encoding="utf-8").casefold()
        assert "program akselerasi" not in text and "acceleration programme" not in text
        assert "13 program" not in text


def test_the_routes_from_jambi_and_sumatra_are_covered(library):
    routes = library.section("modus#jalur").plain
    for port in ("Dumai", "Batam", "Tanjung Balai", "Nunukan"):
        assert port in routes


def test_search_finds_every_section_with_all_the_words_ignoring_case(library):
    hits = library.search("NUNUKAN")
    assert ("modus", "jalur") in [(h.topic.id, h.section.id) for h in hits]
    assert all("nunukan" in (h.section.title + h.section.plain).casefold() for h in hits)
    both = library.search("dumai batam")
    assert both and all(
        {"dumai", "batam"} <= set(re.findall(r"\w+", h.section.plain.casefold())) for h in both
    )
    assert library.search("   ") == []
    assert library.search("xyzzy-tidak-ada") == []


def test_a_search_hit_shows_a_snippet_around_the_word(library):
    hit = library.search("Myawaddy")[0]
    assert "myawaddy" in hit.snippet.casefold()
    assert len(hit.snippet) <= 95


def test_blocks_keep_list_numbers_and_join_continuation_lines():
    blocks = parse_blocks("Intro line\ncontinues.\n\n- one\n  more\n- two\n\n3. three\n4. four")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Intro line continues."),
        (BlockKind.BULLET, "one more"),
        (BlockKind.BULLET, "two"),
        (BlockKind.NUMBERED, "three"),
        (BlockKind.NUMBERED, "four"),
    ]
    assert [b.number for b in blocks[3:]] == [3, 4]


def test_plain_text_drops_markup_but_keeps_words():
    assert plain_text("**Proses** dan *cara* lihat [KP2MI](https://www.kp2mi.go.id)") == (
        "Proses dan cara lihat KP2MI"
    )


@pytest.mark.parametrize(
    "text, problem",
    [
        ("## No title {#a}\nx\n", "first line"),
        ("# T\n\n## Section without id\nx\n\n## Sumber {#sumber}\n- s\n", "without an id"),
        ("# T\n\n## A {#a}\nx\n", "last section"),
        ("# T\n\n## A {#a}\nx\n\n## Sumber {#sumber}\nno list\n", "sources is empty"),
        ("# T\n\n## A {#a}\n\n## Sumber {#sumber}\n- s\n", "no text"),
    ],
)
def test_a_malformed_topic_file_is_refused_with_the_reason(text, problem):
    with pytest.raises(ContentError, match=problem):
        parse_topic(Path("99-x.md"), text)
