"""The content's inline Markdown as reportlab paragraph markup, and how addresses and phone
numbers are written on paper."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


_QUOTED = re.compile(r'"([^"]+)"')
_SPACED_NUMBER = re.compile(r"\+\d{1,3}(?: \d{2,4})+")


def markup(markdown: str) -> str:
    """Inline Markdown (bold, italic, links) as reportlab paragraph markup, escaped, with
    typographic quotes and phone numbers that never break across lines."""
    text = escape(_LINK.sub(r"\1", markdown))
    text = _QUOTED.sub("\u201c\\1\u201d", text)
    text = _SPACED_NUMBER.sub(lambda m: keep_together(m.group(0)), text)
    text = _BOLD.sub(r"<b>\1</b>", text)
    return _ITALIC.sub(r"<i>\1</i>", text)


def display_url(url: str) -> str:
    """The address as people type it: without "https://"."""
    return re.sub(r"^https?://", "", url).rstrip("/")


def keep_together(number: str) -> str:
    """A phone number never breaks across lines."""
    return number.replace(" ", "\u00a0")
