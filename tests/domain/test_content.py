"""The awareness material as data: every topic loads, cites its sources, prints only verified
numbers, states the law as it stands since 2 January 2026, and says the same in both languages."""

import json
import re
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.checklist import load_latest
from desktop.domain.content import (
    BlockKind,
    ContentError,
    load_leaflet_text,
    load_library,
    load_reviews,
    parse_blocks,
    parse_topic,
    plain_text,
)
from desktop.domain.hotlines import load_hotlines
from desktop.resources import resource_path

CONTENT = resource_path("content")
ROOT = Path(__file__).resolve().parents[2]
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


def test_both_languages_say_the_same_item_for_item():
    """Same topics, same sections, and in every section the same paragraphs and list items, so
    that an English reader (and a translator checking) meets every fact the Indonesian has."""
    indonesian = load_library(CONTENT, "id")
    english = load_library(CONTENT, "en")
    for a, b in zip(indonesian.topics, english.topics, strict=True):
        assert [s.id for s in a.sections] == [s.id for s in b.sections], a.id
        for x, y in zip(a.sections, b.sections, strict=True):
            shape = [(k.kind, k.number) for k in x.blocks]
            assert shape == [(k.kind, k.number) for k in y.blocks], f"{a.id}#{x.id}"
            for k, m in zip(x.blocks, y.blocks, strict=True):  # the same figures and articles
                assert sorted(re.findall(r"\d+", _no_dates(k.plain))) == sorted(
                    re.findall(r"\d+", _no_dates(m.plain))
                ), f"{a.id}#{x.id}: {k.plain[:60]}"
    leaflet_id = load_leaflet_text(CONTENT, "id")
    assert list(leaflet_id) == list(load_leaflet_text(CONTENT, "en"))


_MONTHS = (
    "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|"
    "January|February|March|May|June|July|August|October|December"
)


def _no_dates(text: str) -> str:
    """Numbers apart from the way dates and thousands are written in each language, and from
    names with digits (P2MI, BP3MI) that one language spells out."""
    text = re.sub(r"\b\w*[A-Za-z]\d\w*\b", "", text)
    text = re.sub(rf"\b\d{{1,2}}(–\d{{1,2}})? ({_MONTHS})\b", r"\2", text)
    text = re.sub(r"(?<=\d)[.,](?=\d)", "", text)  # 1.047 / 1,047; 4,8 / 4.8
    return re.sub(r"https?://\S+", "", text)


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
    assert {"110", "0800-1000", "08111-129-129", "+62 21 2924 4800"} <= set(found)
    assert "0811-8080-141" not in set(found)  # the unconfirmed WhatsApp of KP2MI is gone


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


# --- the law as it stands since 2 January 2026 ---------------------------------------------

# Articles revoked by the new Criminal Code (KUHP Article 622): UU 21/2007 Article 2 and UU
# 6/2011 Article 120 (its paragraph 1). A sentence may name them only to say they are revoked.
_LIST = r"(?:Pasal|Articles?) (?:\d+[a-z]?(?:, | dan | and |–|-))*"
_REVOKED = (
    # UU 21/2007 Article 2, alone or in a list such as "Pasal 2, 3, dan 4" or "Pasal 2–6"
    re.compile(rf"(21/2007|21 Tahun 2007|21 of 2007)[^.;]*?{_LIST}2\b(?![\d(])"),
    re.compile(rf"{_LIST}2\b(?![\d(])[^.;]*?(21/2007|21 Tahun 2007|21 of 2007)"),
    # UU 6/2011 Article 120 (its paragraph 2, on attempts, was not revoked)
    re.compile(rf"{_LIST}120\b(?! ?(ayat )?\(2\))"),
)
_REVOCATION = re.compile(
    r"dicabut|mencabut|revoke|sebelum 2 Januari 2026|before 2 January 2026", re.IGNORECASE
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def _shipped_texts() -> list[tuple[str, str]]:
    """(where, text) for everything the app ships as current: Materi, leaflets, contacts, the
    newest checklist, the staff manual and the documents. Version 1 of the checklist is not
    among them: it is the frozen record that saved checks were made with, and its legal
    references are shown nowhere but on the question cards of a version-1 check resumed from a
    draft (not shown)."""
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in _content_files()]
    texts.append(("hotlines.json", resource_path("contacts", "hotlines.json").read_text("utf-8")))
    checklist = load_latest(resource_path("checklists"))
    assert checklist.version >= 2
    raw = json.loads(
        (resource_path("checklists") / f"cek-tawaran-kerja-v{checklist.version}.json").read_text(
            encoding="utf-8"
        )
    )
    texts.append(("checklist", json.dumps(raw, ensure_ascii=False)))
    documents = [
        ROOT / "README.md",
        *sorted(resource_path("manual", "id").glob("*.md")),
        *sorted((ROOT / "docs").rglob("*.md")),
    ]
    texts += [(d.name, d.read_text(encoding="utf-8")) for d in documents]
    return texts


def revoked_citations(text: str) -> list[str]:
    """Sentences that name a revoked article without saying it is revoked."""
    found = []
    for sentence in _SENTENCE.split(text):
        if any(p.search(sentence) for p in _REVOKED) and not _REVOCATION.search(sentence):
            found.append(sentence.strip())
    return found


def test_no_revoked_article_is_cited_as_current_anywhere():
    for where, text in _shipped_texts():
        assert revoked_citations(text) == [], where


@pytest.mark.parametrize(
    "text",
    [
        "Penjara 3 sampai 15 tahun (UU 21/2007 Pasal 2).",
        "UU No. 6 Tahun 2011 tentang Keimigrasian, Pasal 113 dan 120",
        "Pasal 120 UU 6/2011: penyelundupan manusia diancam 5 sampai 15 tahun.",
        "Trafficking: 3 to 15 years (Law 21/2007 Article 2).",
    ],
)
def test_the_scan_finds_a_revoked_article_presented_as_current(text):
    assert revoked_citations(text)


def test_the_scan_lets_a_sentence_say_an_article_was_revoked():
    assert not revoked_citations("KUHP Pasal 622 mencabut UU 21/2007 Pasal 2 dan UU 6/2011.")
    assert not revoked_citations("Pasal 120 ayat (2) UU 6/2011 tentang percobaan tetap ada.")
    assert not revoked_citations("UU 21/2007 Pasal 4 dan Pasal 6 masih berlaku.")


def test_the_penalties_topic_states_the_new_code_and_what_is_uncertain():
    for language in ("id", "en"):
        library = load_library(CONTENT, language)
        text = " ".join(s.plain for s in library.topic("sanksi-pidana").sections)
        for article in ("455", "457", "622", "79"):
            assert re.search(rf"\b{article}\b", text), (language, article)
        assert "Rp200" in text and "Rp5" in text  # categories IV and VII spelled out
        assert "1/2026" in text and "20/2025" in text
        uncertain = library.section("sanksi-pidana#belum-pasti").plain
        assert "Kejaksaan Negeri" in uncertain  # whom to ask
        rights = library.section("hak-korban#restitusi").plain
        assert "30" in rights and "14" not in rights


def test_legal_sources_are_official_publications_not_blogs():
    for path in sorted(CONTENT.glob("*/*.md")):
        sources = parse_topic(path, path.read_text(encoding="utf-8")).sources.body
        for blog in ("123dok", "blogspot", "kompasiana", "serba-makalah", "bicaraa.com"):
            assert blog not in sources.casefold(), (path.name, blog)
    sanksi = load_library(CONTENT, "id").topic("sanksi-pidana").sources.body
    for official in ("peraturan.bpk.go.id", "imigrasi.go.id", "jdihn.bphn.go.id"):
        assert official in sanksi


def test_the_english_is_gender_neutral_and_names_things_correctly():
    english = " ".join(
        p.read_text(encoding="utf-8") for p in sorted(CONTENT.glob("en/*.md"))
    ).casefold()
    assert "front guard" not in english and "front line" in english
    assert "pilgrimage (ziarah) visa" not in english and "ziyarah (visit) visa" in english
    assert not re.search(r"\b(she|he|her|him)\b", english)
    indonesian = " ".join(p.read_text(encoding="utf-8") for p in CONTENT.glob("id/*.md"))
    assert "tandatangani" not in indonesian.replace("menandatangani", "").replace(
        "ditandatangani", ""
    )


def test_scam_countries_are_the_same_in_materi_and_in_the_checklist():
    checklist = load_latest(resource_path("checklists"))
    question = checklist.indicator("admin-online-kamboja").question.id
    for language in ("id", "en"):
        library = load_library(CONTENT, language)
        summary = " ".join(
            library.section(ref).plain for ref in ("modus#ringkas", "tanda-bahaya#ringkas")
        )
        for country in {
            "id": ("Kamboja", "Myanmar", "Laos", "Thailand"),
            "en": ("Cambodia", "Myanmar", "Laos", "Thailand"),
        }[language]:
            assert summary.count(country) >= 2, (language, country)
    for country in ("Kamboja", "Myanmar", "Laos", "Thailand"):
        assert country in question


def test_every_topic_has_a_check_date_and_the_oldest_is_the_content_date():
    reviews = load_reviews(CONTENT)
    topics = {t.id for t in load_library(CONTENT, "id").topics}
    assert set(reviews.topics) == topics
    assert all(date(2026, 12, 1) <= d <= date.today() for d in reviews.topics.values())
    assert reviews.oldest == min([*reviews.topics.values(), reviews.leaflet])


def test_a_topic_without_a_check_date_is_refused(tmp_path):
    for language in ("id", "en"):
        (tmp_path / language).mkdir()
        for path in (CONTENT / language).glob("*"):
            (tmp_path / language / path.name).write_bytes(path.read_bytes())
    data = json.loads((CONTENT / "reviewed.json").read_text(encoding="utf-8"))
    del data["topics"]["modus"]
    (tmp_path / "reviewed.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError, match="modus"):
        load_reviews(tmp_path)
