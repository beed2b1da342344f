"""The receiver's tokens file: which village each upload token belongs to.

One line per token, ``KODE_WILAYAH sha256:HEX`` (the SHA-256 of the token, never the token
itself: the receiver only compares, and a copied file gives nobody a token), optionally
followed by ``# a note`` (when it was made). ``#`` alone starts a comment line. Lines written
before tokens were kept hashed, ``KODE_WILAYAH TOKEN`` with the token in clear (at least
``TOKEN_MIN`` characters), are still read. A village may have more than one token (a new slip
while the old one is still in use).

The office's own token file (``--office-token``) holds one token, in clear or as ``sha256:HEX``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

TOKEN_MIN = 16
HASHED = "sha256:"
_LINE = re.compile(r"(\d{2}\.\d{2}\.\d{2}\.\d{4})\s+(\S+)")
_DIGEST = re.compile(r"[0-9a-f]{64}")


class TokensFileError(Exception):
    """The tokens file cannot be used. ``line`` is 1-based (0: the file itself). ``problem``:
    unreadable, format, short, duplicate, empty."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"line {line}: {problem}")
        self.line = line
        self.problem = problem


def token_digest(token: str) -> str:
    """What the tokens file keeps of a token: its SHA-256 in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TokenLine:
    village_code: str
    digest: str  # hex SHA-256 of the token
    note: str = ""

    @property
    def short_id(self) -> str:
        """A few characters that tell tokens apart in a list (not enough to guess one)."""
        return self.digest[:8]

    def render(self) -> str:
        note = f"  # {self.note}" if self.note else ""
        return f"{self.village_code} {HASHED}{self.digest}{note}"


def parse_tokens(text: str) -> list[TokenLine]:
    """The lines of a tokens file (see the module docstring). Raises TokensFileError."""
    found: list[TokenLine] = []
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        content, _, note = raw.partition("#")
        content = content.strip()
        if not content:
            continue
        match = _LINE.fullmatch(content)
        if not match:
            raise TokensFileError(number, "format")
        code, given = match.groups()
        if given.startswith(HASHED):
            digest = given[len(HASHED) :].lower()
            if not _DIGEST.fullmatch(digest):
                raise TokensFileError(number, "format")
        elif len(given) < TOKEN_MIN:
            raise TokensFileError(number, "short")
        else:
            digest = token_digest(given)
        if digest in seen:
            raise TokensFileError(number, "duplicate")
        seen.add(digest)
        found.append(TokenLine(code, digest, note.strip()))
    return found


def read_tokens_text(raw: bytes) -> list[TokenLine]:
    """``parse_tokens`` of a file's bytes; an empty file is an error (nobody could upload)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TokensFileError(0, "unreadable") from exc
    lines = parse_tokens(text)
    if not lines:
        raise TokensFileError(0, "empty")
    return lines


HEADER = (
    "# Token unggah desa untuk penerima Siaga TPPO (siaga-tppo tokens).\n"
    "# Hanya sidik SHA-256 token yang disimpan di sini, bukan tokennya.\n"
)


def render_tokens(lines: list[TokenLine]) -> bytes:
    return (HEADER + "".join(line.render() + "\n" for line in lines)).encode("utf-8")


def made_note(moment: datetime) -> str:
    return f"dibuat {moment.strftime('%Y-%m-%d %H:%M')}"


def office_token_digest(raw: bytes) -> str | None:
    """The digest of the office token in its file (clear or hashed); None if not usable."""
    try:
        text = raw.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        return None
    if text.startswith(HASHED):
        digest = text[len(HASHED) :].lower()
        return digest if _DIGEST.fullmatch(digest) else None
    if len(text) < TOKEN_MIN or any(c.isspace() for c in text):
        return None
    return token_digest(text)
