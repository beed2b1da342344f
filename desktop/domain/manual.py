"""The staff manual as data: one Markdown file per chapter (``resources/manual/id/NN-name.md``),
shown by the help window (Bantuan, F1) and laid out on paper by ``printing/manual_pdf.py``.

A chapter is Markdown of a small kind, so that the window (Qt's own Markdown) and the printed
manual show the same thing::

    # Chapter title                  the first line, once
    ## Section, ### Subsection
    Paragraphs, "- " bullets and "1. " numbered items (one level of nesting, indented),
    fenced code blocks (```), and inline **bold**, *italic*, `code` and [links](NN-name.md)
    to other chapters.

Anything else (tables, HTML, images, quotes, links out of the manual) is refused with
``ManualUnreadable``: the app is used offline, and a chapter the printed manual could not show
must not ship.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from desktop.domain.content import plain_text, query_words
from desktop.domain.errors import SiagaError

CHAPTER_FILE = re.compile(r"[0-9][0-9]-[a-z0-9-]+\.md")
_HEADING = re.compile(r"^(#{1,3}) (\S.*)$")
_ITEM = re.compile(r"^( *)([-*]|\d+\.) +(\S.*)$")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]*)\)")
_FENCE = "```"
# Markdown the printed manual does not lay out: tables, HTML, quotes, images, rules.
_REFUSED_LINE = re.compile(r"^\s*(\||<|>|!\[|---|\*\*\*)")
_NESTED_INDENT = range(2, 5)  # an item indented 2 to 4 spaces belongs to the item above


@dataclass
class ManualUnreadable(SiagaError):
    """A chapter of the shipped manual is missing or does not follow the layout above."""

    path: Path
    detail: str

    def __str__(self) -> str:
        return f"manual {self.path}: {self.detail}"


class BlockKind(Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBERED = "numbered"
    CODE = "code"


@dataclass(frozen=True)
class Block:
    """One heading (``level`` 2 or 3), paragraph, list item (``level`` 0, or 1 when nested;
    ``number`` for a numbered one) or code block. ``text`` keeps its inline Markdown; a code
    block's text is its lines as written."""

    kind: BlockKind
    text: str
    level: int = 0
    number: int = 0


@dataclass(frozen=True)
class Chapter:
    name: str  # the file name, which links between chapters use
    title: str
    markdown: str  # the whole file, as the window renders it
    blocks: tuple[Block, ...]

    @property
    def plain(self) -> str:
        """The words of the chapter (title included) without Markdown, for searching."""
        lines = [self.title]
        lines += [b.text if b.kind is BlockKind.CODE else plain_text(b.text) for b in self.blocks]
        return "\n".join(lines)

    def links(self) -> list[str]:
        """The chapters this one links to (file names)."""
        return [target for _, target in _LINK.findall(self.markdown)]


@dataclass(frozen=True)
class Manual:
    """Every chapter, in reading order (by file name)."""

    chapters: tuple[Chapter, ...]

    def chapter(self, name: str) -> Chapter:
        for chapter in self.chapters:
            if chapter.name == name:
                return chapter
        raise KeyError(name)

    def search(self, query: str) -> list[Chapter]:
        """The chapters holding every word of ``query`` (any case), in reading order."""
        words = query_words(query)
        if not words:
            return list(self.chapters)
        return [c for c in self.chapters if all(w in c.plain.casefold() for w in words)]


def load_manual(folder: Path) -> Manual:
    """Every ``NN-name.md`` chapter in ``folder``; their links must name chapters there."""
    files = sorted(p for p in folder.glob("*.md") if CHAPTER_FILE.fullmatch(p.name))
    if not files:
        raise ManualUnreadable(folder, "no chapters found")
    chapters = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ManualUnreadable(path, str(exc)) from exc
        chapters.append(parse_chapter(path, text))
    names = {c.name for c in chapters}
    for chapter in chapters:
        for target in chapter.links():
            if target not in names:
                raise ManualUnreadable(folder / chapter.name, f"a link to {target!r}")
    return Manual(tuple(chapters))


def parse_chapter(path: Path, text: str) -> Chapter:
    lines = text.splitlines()
    first = _HEADING.match(lines[0]) if lines else None
    if first is None or first.group(1) != "#":
        raise ManualUnreadable(path, "the first line must be '# Title'")
    blocks: list[Block] = []
    current: list[str] = []
    kind, level, number = BlockKind.PARAGRAPH, 0, 0
    code: list[str] | None = None

    def flush() -> None:
        if current:
            blocks.append(Block(kind, " ".join(current), level, number))
            current.clear()

    for n, line in enumerate(lines[1:], start=2):
        if code is not None:
            if line.strip() == _FENCE:
                blocks.append(Block(BlockKind.CODE, "\n".join(code)))
                code = None
            else:
                code.append(line)
            continue
        if line.strip() == _FENCE or line.startswith(_FENCE):
            flush()
            code = []
            continue
        if not line.strip():
            flush()
            continue
        if _REFUSED_LINE.match(line) or "![" in line:
            raise ManualUnreadable(path, f"line {n}: Markdown the manual does not use")
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if heading is not None:
            if heading.group(1) == "#":
                raise ManualUnreadable(path, f"line {n}: a second title")
            flush()
            blocks.append(Block(BlockKind.HEADING, heading.group(2), len(heading.group(1))))
        elif item is not None:
            indent = len(item.group(1))
            if indent and indent not in _NESTED_INDENT:
                raise ManualUnreadable(path, f"line {n}: a list nested too deep")
            flush()
            marker = item.group(2)
            kind = BlockKind.BULLET if marker in "-*" else BlockKind.NUMBERED
            level = 1 if indent else 0
            number = 0 if kind is BlockKind.BULLET else int(marker[:-1])
            current.append(item.group(3))
        else:
            if not current:
                kind, level, number = BlockKind.PARAGRAPH, 0, 0
            current.append(line.strip())
    if code is not None:
        raise ManualUnreadable(path, "a code block is not closed")
    flush()
    for block in blocks:
        for _, target in _LINK.findall(block.text):
            if not CHAPTER_FILE.fullmatch(target):
                raise ManualUnreadable(path, f"a link out of the manual: {target!r}")
    return Chapter(path.name, first.group(2).strip(), text, tuple(blocks))
