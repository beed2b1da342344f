"""Awareness material as data: one Markdown file per topic and language, split into sections.

File layout (``resources/content/<language>/NN-topic-id.md``)::

    # Topic title

    ## Section title {#section-id}
    Paragraphs, "- " bullets and "1. " numbered items with **bold**, *italic* and [links](url).

    ## Sumber {#sumber}
    - every topic ends with its sources

The same files feed the reader, the presentation, the leaflets and the tests. Section ids are
stable across languages so that a leaflet can ask for ``tanda-bahaya#ringkas`` in any language.
``resources/content/reviewed.json`` records the day each topic's facts were last checked.
``load_library``, ``load_leaflet_text`` and ``load_reviews`` read the shipped files; a content pack
from the office carries the same files, read by the same parsers (``library_from_texts``,
``parse_leaflet_text``, ``parse_reviews``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from desktop.domain.errors import SiagaError

SOURCES_ID = "sumber"

_HEADING_ID = re.compile(r"\s*\{#([a-z0-9-]+)\}\s*$")
_BULLET = re.compile(r"^[-*]\s+(.*)$")
_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


@dataclass
class ContentError(SiagaError):
    """A shipped content file is missing or does not follow the layout above."""

    path: Path
    detail: str

    def __str__(self) -> str:
        return f"content file {self.path}: {self.detail}"


class BlockKind(Enum):
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBERED = "numbered"


@dataclass(frozen=True)
class Block:
    """One paragraph or list item; ``text`` keeps its inline Markdown (bold, italic, links)."""

    kind: BlockKind
    text: str
    number: int = 0

    @property
    def plain(self) -> str:
        return plain_text(self.text)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    body: str  # Markdown without the heading line

    @property
    def blocks(self) -> list[Block]:
        return parse_blocks(self.body)

    @property
    def is_sources(self) -> bool:
        return self.id == SOURCES_ID

    @property
    def plain(self) -> str:
        return "\n".join(b.plain for b in self.blocks)

    def markdown(self, level: int = 2) -> str:
        return f"{'#' * level} {self.title}\n\n{self.body}\n"


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    sections: tuple[Section, ...]
    path: Path = field(compare=False, repr=False)

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(f"{self.id}#{section_id}")

    @property
    def sources(self) -> Section:
        return self.section(SOURCES_ID)

    @property
    def teaching_sections(self) -> list[Section]:
        """The sections shown as slides: all but the list of sources."""
        return [s for s in self.sections if not s.is_sources]

    def markdown(self) -> str:
        """The whole topic as plain CommonMark (section ids removed) for the reader."""
        return f"# {self.title}\n\n" + "\n".join(s.markdown() for s in self.sections)


@dataclass(frozen=True)
class SearchHit:
    topic: Topic
    section: Section
    count: int  # occurrences of the query words in the section (title included)
    snippet: str


@dataclass(frozen=True)
class Library:
    """All topics of one language, in reading order."""

    language: str
    topics: tuple[Topic, ...]

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)

    def section(self, ref: str) -> Section:
        """A section by reference ``topic-id#section-id``."""
        topic_id, _, section_id = ref.partition("#")
        return self.topic(topic_id).section(section_id)

    def search(self, query: str) -> list[SearchHit]:
        """Sections containing every word of ``query`` (case-insensitive), in reading order."""
        words = query_words(query)
        if not words:
            return []
        hits = []
        for topic in self.topics:
            for section in topic.sections:
                text = f"{section.title}\n{section.plain}"
                folded = text.casefold()
                if all(w in folded for w in words):
                    count = sum(folded.count(w) for w in words)
                    hits.append(SearchHit(topic, section, count, _snippet(text, words[0])))
        return hits


def query_words(query: str) -> list[str]:
    return [w for w in query.casefold().split() if w]


def _snippet(text: str, word: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    at = flat.casefold().find(word)
    start = max(0, at - width // 3)
    end = min(len(flat), start + width)
    snippet = flat[start:end].strip()
    if start > 0:
        snippet = "…" + snippet.split(" ", 1)[-1]
    if end < len(flat):
        snippet = snippet.rsplit(" ", 1)[0] + "…"
    return snippet


def plain_text(markdown: str) -> str:
    """Inline Markdown to plain text: links keep their words, emphasis markers go."""
    text = _LINK.sub(r"\1", markdown)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    return text.replace("`", "")


def parse_blocks(body: str) -> list[Block]:
    """Split a section body into paragraphs and list items (continuation lines are joined)."""
    blocks: list[Block] = []
    current: list[str] = []
    kind = BlockKind.PARAGRAPH
    number = 0

    def flush() -> None:
        if current:
            blocks.append(Block(kind, " ".join(current), number))
            current.clear()

    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            flush()
            kind = BlockKind.PARAGRAPH
            continue
        bullet = _BULLET.match(line)
        numbered = _NUMBERED.match(line)
        if bullet:
            flush()
            kind, number = BlockKind.BULLET, 0
            current.append(bullet.group(1))
        elif numbered:
            flush()
            kind, number = BlockKind.NUMBERED, int(numbered.group(1))
            current.append(numbered.group(2))
        else:
            current.append(line)
    flush()
    return blocks


def parse_topic(path: Path, text: str) -> Topic:
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# "):
        raise ContentError(path, "the first line must be '# Title'")
    title = lines[0][2:].strip()
    sections: list[Section] = []
    heading: tuple[str, str] | None = None
    body: list[str] = []

    def close() -> None:
        if heading is not None:
            sections.append(Section(heading[0], heading[1], "\n".join(body).strip()))

    for line in lines[1:]:
        if line.startswith("## "):
            close()
            body = []
            heading_text = line[3:]
            match = _HEADING_ID.search(heading_text)
            if match is None:
                raise ContentError(path, f"section without an id: {line!r}")
            heading = (match.group(1), heading_text[: match.start()].strip())
        elif line.startswith("# "):
            raise ContentError(path, f"a second title: {line!r}")
        elif heading is None:
            if line.strip():
                raise ContentError(path, "text before the first section")
        else:
            body.append(line)
    close()
    ids = [s.id for s in sections]
    if len(set(ids)) != len(ids):
        raise ContentError(path, f"repeated section ids: {ids}")
    if not sections or not sections[-1].is_sources:
        raise ContentError(path, f"the last section must be '## … {{#{SOURCES_ID}}}'")
    if not any(b.kind is BlockKind.BULLET for b in sections[-1].blocks):
        raise ContentError(path, "the list of sources is empty")
    if any(not s.blocks for s in sections):
        raise ContentError(path, "a section has no text")
    topic_id = re.sub(r"^\d+-", "", path.stem)
    return Topic(topic_id, title, tuple(sections), path)


TOPIC_FILE = re.compile(r"[0-9][0-9]-[a-z0-9-]+\.md")


@cache
def load_library(root: Path, language: str) -> Library:
    """Every ``NN-*.md`` topic under ``root/language`` in file-name order (cached)."""
    folder = root / language
    files = sorted(folder.glob("[0-9][0-9]-*.md"))
    if not files:
        raise ContentError(folder, "no topics found")
    texts = {}
    for path in files:
        try:
            texts[path.name] = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ContentError(path, str(exc)) from exc
    return library_from_texts(folder, language, texts)


def library_from_texts(folder: Path, language: str, texts: Mapping[str, str]) -> Library:
    """The topics of one language from their files' names and texts (as ``load_library`` reads
    them from ``folder``, or as a content pack carries them), in file-name order."""
    if not texts:
        raise ContentError(folder, "no topics found")
    topics = []
    for name in sorted(texts):
        if not TOPIC_FILE.fullmatch(name):
            raise ContentError(folder / name, "a topic file is named NN-topic-id.md")
        topics.append(parse_topic(folder / name, texts[name]))
    ids = [t.id for t in topics]
    if len(set(ids)) != len(ids):
        raise ContentError(folder, f"repeated topic ids: {ids}")
    return Library(language, tuple(topics))


LEAFLET_KEYS = (
    "title",
    "tagline",
    "issued_by",
    "kind_desa",
    "kind_kelurahan",
    "place",
    "head_desa",
    "head_kelurahan",
    "office_phone",
    "national_heading",
    "local_heading",
    "whatsapp",
    "toll_free",
    "from_abroad",
    "qr_caption",
    "report_heading",
    "ask_first",
    "role_bhabinkamtibmas",
    "role_babinsa",
    "role_kantor_imigrasi",
    "role_disnaker",
    "role_bp3mi_p4mi",
    "fold_here",
    "cut_here",
    "training_mark",
)


@cache
def load_leaflet_text(root: Path, language: str) -> dict[str, str]:
    """The fixed words printed on leaflets (``leaflet.json``); the lists come from topics."""
    path = root / language / "leaflet.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ContentError(path, str(exc)) from exc
    return parse_leaflet_text(path, data)


def parse_leaflet_text(path: Path, data: Any) -> dict[str, str]:
    """The leaflet's words from the data of a ``leaflet.json`` (``path`` names it in errors)."""
    if not isinstance(data, dict):
        raise ContentError(path, "not an object")
    missing = [k for k in LEAFLET_KEYS if not isinstance(data.get(k), str) or not data[k]]
    if missing:
        raise ContentError(path, f"missing texts: {missing}")
    return {k: data[k] for k in LEAFLET_KEYS}


@dataclass(frozen=True)
class ContentReviews:
    """When each topic's facts and the leaflet wording were last checked against their sources."""

    topics: dict[str, date]
    leaflet: date

    @property
    def oldest(self) -> date:
        """The day by which everything had been checked: the date to show for the content."""
        return min([*self.topics.values(), self.leaflet])


@cache
def load_reviews(root: Path) -> ContentReviews:
    """``reviewed.json``: a check date for every topic in ``root/id`` and for the leaflet text."""
    path = root / "reviewed.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ContentError(path, f"{type(exc).__name__}: {exc}") from exc
    return parse_reviews(path, data, load_library(root, "id"))


def parse_reviews(path: Path, data: Any, library: Library) -> ContentReviews:
    """The check dates of a ``reviewed.json``'s data; every topic of ``library`` needs one."""
    try:
        topics = {str(k): date.fromisoformat(v) for k, v in data["topics"].items()}
        reviews = ContentReviews(topics, date.fromisoformat(data["leaflet"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ContentError(path, f"{type(exc).__name__}: {exc}") from exc
    missing = {t.id for t in library.topics} - set(topics)
    if missing:
        raise ContentError(path, f"topics without a check date: {sorted(missing)}")
    return reviews
