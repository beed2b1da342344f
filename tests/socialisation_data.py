"""Socialisation events for the tests: as a village's form makes them, and a section of an
export as a village writes it."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from desktop.domain.socialisation import (
    Audience,
    AudienceRole,
    Material,
    MaterialKind,
    ReachedVillage,
    RemovedEvent,
    SocialisationEvent,
)
from desktop.exchange.wire.socialisation import encode_section

KUNGKAI = ReachedVillage("15.02.02.2004", "Kungkai")
TOPIC = Material(MaterialKind.TOPIC, "apa-itu-tppo", "Apa itu TPPO?")
LEAFLET = Material(MaterialKind.LEAFLET, "lipat-tiga", "Leaflet lipat tiga")


def event(
    place: str = "Balai Desa Kungkai",
    day: date = date(2026, 11, 18),
    *,
    villages: tuple[ReachedVillage, ...] = (KUNGKAI,),
    district: tuple[str, str, str] = ("15.02.02", "Bangko", "Kabupaten Merangin"),
    officers: str = "Sekretaris Desa",
    notes: str = "",
    **people: int,
) -> SocialisationEvent:
    """An event of Desa Kungkai (unless ``villages`` and ``district`` say otherwise); the
    audience by role value, e.g. ``warga=40`` (40 residents when none is given)."""
    counts = {AudienceRole(role): n for role, n in (people or {"warga": 40}).items()}
    code, name, regency = district
    return SocialisationEvent(
        held_on=day,
        place=place,
        district_code=code,
        district_name=name,
        regency_name=regency,
        villages=villages,
        audience=Audience.of(counts),
        materials=(TOPIC, LEAFLET),
        officers=officers,
        notes=notes,
    )


SENT = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


def as_saved(
    item: SocialisationEvent, *, record_id: str = "", revision: int = 1, when: datetime = SENT
) -> SocialisationEvent:
    """``item`` as a village holds it after saving it ``revision`` times, the last at ``when``."""
    return replace(
        item,
        record_id=record_id or str(uuid.uuid4()),
        revision=revision,
        created_at=SENT,
        updated_at=when,
    )


def section(
    *events: SocialisationEvent, removed: tuple[RemovedEvent, ...] = ()
) -> dict[str, Any] | None:
    """The socialisation section of a village's export holding ``events`` (saved ones)."""
    return encode_section(events, removed)
