"""The office's patterns across villages: recruiter phone numbers, companies and recruiter
names seen in two or more villages' records or checks, found in SQL from the recruiter keys,
and the records and checks behind one of them.

Owns no table: it asks ``storage.recruiter_keys`` (the keys and their villages),
``storage.office_imports`` (the villages' names), ``storage.incidents`` and
``storage.assessments``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.patterns import Pattern, PatternKind, PatternSource, PatternVillage
from desktop.storage import assessments, incidents, office_imports, recruiter_keys


def find_patterns(*, villages: int = 2) -> list[Pattern]:
    """Every value seen in at least ``villages`` villages, the most villages first."""
    found = [
        Pattern(
            PatternKind(kind),
            key,
            shown,
            count,
            records,
            checks,
            date.fromisoformat(first),
            date.fromisoformat(last),
        )
        for kind, key, shown, count, records, checks, first, last in recruiter_keys.in_villages(
            villages
        )
    ]
    found.sort(key=lambda p: (-p.villages, -(p.records + p.checks), p.kind.value, p.key))
    return found


def villages_of(pattern: Pattern) -> list[PatternVillage]:
    """The villages a pattern was seen in, the most records and checks first."""
    places = office_imports.village_places()
    found = []
    for code, records, checks, first, last in recruiter_keys.by_village(pattern.kind, pattern.key):
        district, regency, name = places.get(code, ("", "", ""))
        found.append(
            PatternVillage(
                code,
                name,
                district,
                regency,
                records,
                checks,
                date.fromisoformat(first),
                date.fromisoformat(last),
            )
        )
    found.sort(key=lambda v: (-(v.records + v.checks), v.name))
    return found


@dataclass(frozen=True)
class Sighting:
    """One record or check a value was seen in."""

    source: PatternSource
    record_id: str
    seen_on: str  # ISO date: reported, or checked
    village_code: str
    number: int  # the record's number here (0 for a check)
    text: str  # the record's summary, or the check's company, destination and job


def sightings(kind: PatternKind, key: str, *, limit: int = 200) -> tuple[int, list[Sighting]]:
    """How many records and checks ``key`` was seen in, and the newest ``limit`` of them."""
    total, found = recruiter_keys.behind(kind, key, limit=limit)
    records = incidents.summaries([r for s, r, _, _ in found if s is PatternSource.RECORD])
    checks = assessments.offers([r for s, r, _, _ in found if s is PatternSource.CHECK])
    shown = []
    for source, record_id, day, village in found:
        if source is PatternSource.RECORD:
            number, _reported, text = records.get(record_id, (0, day, ""))
        else:
            number, text = 0, " · ".join(filter(None, checks.get(record_id, ("",) * 4)[1:]))
        shown.append(Sighting(source, record_id, day, village, number, text))
    return total, shown
