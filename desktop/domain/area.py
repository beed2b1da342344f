"""Kode wilayah (Kemendagri area codes): parsing and the four administrative levels."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from desktop.domain.errors import FieldError


class Level(Enum):
    PROVINCE = 1
    REGENCY = 2
    DISTRICT = 3
    VILLAGE = 4


_PATTERNS = {
    Level.PROVINCE: re.compile(r"^\d{2}$"),
    Level.REGENCY: re.compile(r"^\d{2}\.\d{2}$"),
    Level.DISTRICT: re.compile(r"^\d{2}\.\d{2}\.\d{2}$"),
    Level.VILLAGE: re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$"),
}


@dataclass(frozen=True)
class Area:
    """One administrative area: its dotted code, its parent's code and its official name."""

    code: str
    parent: str
    name: str

    @property
    def level(self) -> Level:
        return level_of(self.code)


def normalize_code(text: str) -> str:
    """Return the dotted form of a code typed with dots, spaces or none (``1502022004``)."""
    digits = re.sub(r"[\s.]", "", text.strip())
    if not digits.isdigit():
        return text.strip()
    cuts = (2, 4, 6)
    parts = [digits[a:b] for a, b in zip((0, *cuts), (*cuts, None), strict=True)]
    return ".".join(p for p in parts if p)


def level_of(code: str) -> Level:
    """The level a well-formed code belongs to; raises FieldError for a malformed one."""
    for level, pattern in _PATTERNS.items():
        if pattern.match(code):
            return level
    raise FieldError("area_code", "format", code)


def parent_code(code: str) -> str:
    """The code one level up ('' for a province)."""
    return code.rpartition(".")[0]


def is_kelurahan(village_code: str) -> bool:
    """Kemendagri numbering: the last four digits start with 1 for a kelurahan, 2 for a desa."""
    return village_code.rsplit(".", 1)[-1].startswith("1")
