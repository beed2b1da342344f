"""The verified national hotlines: one data file read by the reader, the leaflets and the tests.

The numbers live in ``resources/contacts/hotlines.json``; only numbers confirmed in the project's
research notes belong there, each service with the day it was checked and its sources.
``load_hotlines`` is the one loader, so a content pack from the office can later replace the
file. This module is plain Python so that every layer can use it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from desktop.domain.errors import SiagaError


class NumberKind(Enum):
    CALL = "call"
    WHATSAPP = "whatsapp"
    CALL_FROM_ABROAD = "call_from_abroad"


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    date: str = ""  # as precise as the source allows: "2025-04-10", "2025" or ""


@dataclass(frozen=True)
class HotlineNumber:
    number: str  # as printed, e.g. "0800-1000"
    kind: NumberKind
    toll_free: bool = False

    @property
    def digits(self) -> str:
        return digits_of(self.number)


@dataclass(frozen=True)
class Service:
    """One agency with its numbers, e.g. SAPA: 129, (021) 129 and WhatsApp 08111-129-129."""

    key: str
    names: dict[str, str]
    purposes: dict[str, str]
    numbers: tuple[HotlineNumber, ...]
    checked: date
    sources: tuple[Source, ...]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["id"]

    def purpose(self, language: str) -> str:
        return self.purposes.get(language) or self.purposes["id"]

    def of_kind(self, kind: NumberKind) -> list[HotlineNumber]:
        return [n for n in self.numbers if n.kind is kind]


@dataclass(frozen=True)
class InfoPage:
    """The official page a leaflet's QR code points to."""

    url: str
    labels: dict[str, str]
    sources: tuple[Source, ...]

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["id"]


@dataclass(frozen=True)
class Hotlines:
    services: tuple[Service, ...]
    info_page: InfoPage

    def service(self, key: str) -> Service:
        for service in self.services:
            if service.key == key:
                return service
        raise KeyError(key)

    def all_numbers(self) -> list[HotlineNumber]:
        return [n for s in self.services for n in s.numbers]

    def knows(self, number: str) -> bool:
        """True when ``number`` (in any spelling: +62, dashes, spaces) is a verified number."""
        wanted = digits_of(number)
        return any(n.digits == wanted for n in self.all_numbers())


@dataclass
class HotlinesUnreadable(SiagaError):
    """The shipped hotlines file is missing or malformed."""

    path: Path
    detail: str

    def __str__(self) -> str:
        return f"hotlines file {self.path} unreadable: {self.detail}"


def digits_of(number: str) -> str:
    """Digits in national form: '+62 21 2924 4800' -> '02129244800', '0800-1000' -> '08001000'."""
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("+62"):
        digits = "0" + digits[2:]
    return digits


def _sources(raw: list[dict]) -> tuple[Source, ...]:
    return tuple(Source(s["title"], s.get("url", ""), s.get("date", "")) for s in raw)


def parse_hotlines(data: Mapping[str, Any]) -> Hotlines:
    services = []
    for raw in data["services"]:
        numbers = tuple(
            HotlineNumber(n["number"], NumberKind(n["kind"]), bool(n.get("toll_free", False)))
            for n in raw["numbers"]
        )
        services.append(
            Service(
                key=raw["key"],
                names=dict(raw["name"]),
                purposes=dict(raw["purpose"]),
                numbers=numbers,
                checked=date.fromisoformat(raw["checked"]),
                sources=_sources(raw["sources"]),
            )
        )
    page = data["info_page"]
    return Hotlines(
        tuple(services), InfoPage(page["url"], dict(page["label"]), _sources(page["sources"]))
    )


@cache
def load_hotlines(path: Path) -> Hotlines:
    """Read and check the hotlines file (cached per path; it never changes while running)."""
    try:
        return parse_hotlines(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise HotlinesUnreadable(path, f"{type(exc).__name__}: {exc}") from exc
