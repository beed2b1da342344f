"""The access tokens an immigration office gives its villages for uploading: made to be read
off a printed slip and typed by a clerk without mistakes.

A token is five groups of five characters, e.g. ``7KQ2X-M9TRA-...``. The alphabet leaves out
0/O and 1/I/L; 31 characters remain, a prime, which makes the check exact. The
last character of each group is a check character over the group and its place: a wrong
character, two neighbours swapped, or two groups swapped are caught, and the group is named.
Four random characters per group give 20 in all: about 99 bits.

Tokens handed out before (any text of at least ``LEGACY_MIN`` characters, no spaces) are still
accepted as they are.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import Enum

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # 31 characters: a prime
GROUPS = 5
GROUP_SIZE = 5
LEGACY_MIN = 16
_VALUE = {c: n for n, c in enumerate(ALPHABET)}
_PRIME = len(ALPHABET)
_SEPARATORS = "- \t"
# 1/5 modulo 31: the last character has weight 5 in the check sum.
_INVERSE_OF_LAST_WEIGHT = pow(GROUP_SIZE, -1, _PRIME)


def _check_character(group_chars: str, place: int) -> str:
    """The character that makes sum(weight * value) equal to the group's place (mod 31)."""
    partial = sum((n + 1) * _VALUE[c] for n, c in enumerate(group_chars))
    return ALPHABET[((place - partial) * _INVERSE_OF_LAST_WEIGHT) % _PRIME]


def _group_is_good(group: str, place: int) -> bool:
    return sum((n + 1) * _VALUE[c] for n, c in enumerate(group)) % _PRIME == place % _PRIME


def new_token() -> str:
    """A fresh random token, grouped: ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``."""
    groups = []
    for place in range(1, GROUPS + 1):
        body = "".join(secrets.choice(ALPHABET) for _ in range(GROUP_SIZE - 1))
        groups.append(body + _check_character(body, place))
    return "-".join(groups)


class TokenProblem(Enum):
    EMPTY = "kosong"
    SPACES = "spasi"  # a legacy token with spaces inside
    TOO_SHORT = "terlalu_pendek"  # a legacy token under LEGACY_MIN characters
    GROUP_COUNT = "jumlah_kelompok"  # grouped, but not five groups
    GROUP_LENGTH = "panjang_kelompok"  # one group not five characters long
    CHARACTER = "huruf_tidak_dipakai"  # a character tokens never contain (0, O, 1, I, L, ...)
    CHECK = "salah_ketik"  # a group's check character does not fit: a typo in it


@dataclass(frozen=True)
class TokenCheck:
    """What was typed, judged. ``token`` is the form to keep and send (None if refused);
    ``group`` is the 1-based group at fault, when one can be named."""

    token: str | None
    problem: TokenProblem | None = None
    group: int | None = None


def _looks_grouped(text: str) -> bool:
    """Typed as one of our tokens: short parts apart (a group too many or too few counts), or
    run together from the alphabet alone at about the length of one."""
    parts = [p for p in _split(text) if p]
    if len(parts) > 1:
        return all(len(p) <= GROUP_SIZE + 1 for p in parts)
    joined = parts[0].upper() if parts else ""
    near = abs(len(joined) - GROUPS * GROUP_SIZE) <= GROUP_SIZE
    return near and all(c in _VALUE for c in joined)


def _split(text: str) -> list[str]:
    for separator in _SEPARATORS[1:]:
        text = text.replace(separator, _SEPARATORS[0])
    return text.split(_SEPARATORS[0])


def check_token(typed: str) -> TokenCheck:
    """Judge a token as typed (any case, groups apart by dashes or spaces, or run together)."""
    text = typed.strip()
    if not text:
        return TokenCheck(None, TokenProblem.EMPTY)
    if not _looks_grouped(text):
        if any(c.isspace() for c in text):
            return TokenCheck(None, TokenProblem.SPACES)
        if len(text) < LEGACY_MIN:
            return TokenCheck(None, TokenProblem.TOO_SHORT)
        return TokenCheck(text)
    parts = [p.upper() for p in _split(text) if p]
    if len(parts) == 1:
        joined = parts[0]
        parts = [joined[n : n + GROUP_SIZE] for n in range(0, len(joined), GROUP_SIZE)]
    if len(parts) != GROUPS:
        return TokenCheck(None, TokenProblem.GROUP_COUNT)
    for place, group in enumerate(parts, start=1):
        if any(c not in _VALUE for c in group):
            return TokenCheck(None, TokenProblem.CHARACTER, place)
        if len(group) != GROUP_SIZE:
            return TokenCheck(None, TokenProblem.GROUP_LENGTH, place)
    for place, group in enumerate(parts, start=1):
        if not _group_is_good(group, place):
            return TokenCheck(None, TokenProblem.CHECK, place)
    return TokenCheck("-".join(parts))
