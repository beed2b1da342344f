"""At the office: every village's job-offer checks in one list, filtered by village, kecamatan,
period, risk level, destination and stage, ordered and counted in SQL.

Owns no table: it is the checks' list (``storage.assessments``) with the village each check
came from joined (``storage.office_imports``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from desktop.storage import assessments, office_imports
from desktop.storage.assessments import CheckQuery, CheckRow, CheckTally


@dataclass(frozen=True)
class OfficeCheckQuery:
    checks: CheckQuery = field(default_factory=CheckQuery)
    village: str = ""  # a village code, or '' for all
    district: str = ""  # a kecamatan code (15.02.02), or '' for all


class OfficeCheckRow(NamedTuple):
    check: CheckRow
    village_code: str
    village_name: str
    district_name: str
    kelurahan: bool


def _joined(query: OfficeCheckQuery):
    return office_imports.check_sources_joined(village=query.village, district=query.district)


def count_office_checks(query: OfficeCheckQuery) -> int:
    return assessments.count_checks(query.checks, _joined(query))


def fetch_office_checks(query: OfficeCheckQuery, offset: int, limit: int) -> list[OfficeCheckRow]:
    """Rows ``offset`` to ``offset + limit`` of the list, in its order."""
    return [
        OfficeCheckRow(row, code, name, district, bool(kelurahan))
        for row, (code, name, district, kelurahan) in assessments.fetch_checks(
            query.checks, offset, limit, _joined(query)
        )
    ]


def tally_office_checks(query: OfficeCheckQuery, by: CheckTally) -> list[tuple[str, int]]:
    """How many checks of the list have each risk level, destination or stage, most first."""
    return assessments.tally_checks(query.checks, by, _joined(query))
