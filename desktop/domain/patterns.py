"""Patterns across villages: the same recruiter phone number, company name or recruiter name
seen in the records or job-offer checks of two or more villages.

Values are compared as written by different people in different villages, so they are first
normalised: a phone number by its digits, with the Indonesian +62 / 62 / 0 prefixes read as
one (``0812-3456-7890``, ``+62 812 3456 7890`` and ``62812.3456.7890`` are the same number); a
name by its letters and digits, without case, punctuation or extra spaces (``PT. Maju
Jaya``, ``pt maju  jaya``). Nothing else is guessed: two different spellings stay two.

A ``Pattern`` holds what a warning to the villages is drafted from: what was seen (its kind and
the value as written), where (how many villages; each of them with ``PatternVillage``) and
when (first and last seen).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, NamedTuple

MIN_PHONE_DIGITS = 6  # as the incident form checks a phone number
CONTACT_PHONE_DIGITS = 8  # a check's free-text contact is read as a phone from this many on


class PatternKind(Enum):
    """Stored by value; never rename one."""

    PHONE = "telepon"
    COMPANY = "perusahaan"
    RECRUITER = "perekrut"


class PatternSource(Enum):
    """Stored by value; never rename one."""

    RECORD = "kejadian"
    CHECK = "cek"


def phone_key(text: str) -> str:
    """The number's digits without the country prefix +62, 62 or the trunk 0; '' for what is
    not a phone number."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("62"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def name_key(text: str) -> str:
    """Letters and digits only, lower case, single spaces; '' when nothing is left."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w]+|_", " ", folded).split())


def tidy_shown(text: str) -> str:
    """A value as shown: as written, with spaces tidied."""
    return " ".join(text.split())


class Seen(NamedTuple):
    kind: PatternKind
    key: str
    shown: str  # as written


def _seen(kind: PatternKind, key: str, shown: str) -> list[Seen]:
    return [Seen(kind, key, tidy_shown(shown))] if key else []


def record_keys(payload: Mapping[str, Any]) -> list[Seen]:
    """What an incident record says of its recruiter: phone, company, name."""
    phone = payload.get("recruiter_phone", "")
    company = payload.get("company", "")
    name = payload.get("recruiter_name", "")
    return [
        *_seen(PatternKind.PHONE, phone_key(phone), phone),
        *_seen(PatternKind.COMPANY, name_key(company), company),
        *_seen(PatternKind.RECRUITER, name_key(name), name),
    ]


def check_keys(company: str, contact: str) -> list[Seen]:
    """What a job-offer check says: the company or recruiter, and the recruiter's contact
    (a phone number when it holds enough digits, else a name)."""
    found = _seen(PatternKind.COMPANY, name_key(company), company)
    if len(re.sub(r"\D", "", contact)) >= CONTACT_PHONE_DIGITS:
        found += _seen(PatternKind.PHONE, phone_key(contact), contact)
    else:
        found += _seen(PatternKind.RECRUITER, name_key(contact), contact)
    return found


@dataclass(frozen=True)
class Pattern:
    """A value seen in two or more villages, with how often, where and when: what a warning
    to the villages is drafted from (the villages themselves with ``PatternVillage``)."""

    kind: PatternKind
    key: str
    shown: str  # one of the ways it was written
    villages: int
    records: int
    checks: int
    first_seen: date
    last_seen: date


@dataclass(frozen=True)
class PatternVillage:
    """One village a pattern was seen in."""

    code: str
    name: str
    district_name: str
    regency_name: str
    records: int
    checks: int
    first_seen: date
    last_seen: date
