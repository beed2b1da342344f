"""The office's recap of a period: how many records the villages reported, broken down by
modus, destination, report type, status, children involved, referrals, kecamatan and
kabupaten, month and quarter. Figures only, wording-free: the window, the PDF and the workbook
put them into words.

A record belongs to the period in which it was reported (its ``reported_on``); records the
village moved to Terhapus are not counted. The period's socialisation events (by the day each
was held, the office's and the villages') are counted beside them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from desktop.domain.errors import SiagaError
from desktop.domain.socialisation import SocialisationRecap

NO_SOCIALISATION = SocialisationRecap()


class PeriodKind(Enum):
    MONTH = "bulan"
    QUARTER = "triwulan"
    YEAR = "tahun"


@dataclass
class PeriodInvalid(SiagaError):
    """What was given is not a period: ``2026-11`` (a month), ``2026-Q4`` (a quarter) or
    ``2026`` (a year)."""

    text: str

    def __str__(self) -> str:
        return f"not a period: {self.text!r}"


EARLIEST_YEAR = 2000
LATEST_YEAR = 2999


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    year: int
    number: int = 0  # the month (1-12) or the quarter (1-4); 0 for a year

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-11``, ``2026-Q4`` (or ``2026-q4``, ``2026Q4``) or ``2026``."""
        tidy = text.strip().upper()
        match = re.fullmatch(r"(\d{4})(?:-?Q([1-4])|-(\d{1,2}))?", tidy)
        if not match:
            raise PeriodInvalid(text)
        year = int(match.group(1))
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            raise PeriodInvalid(text)
        if match.group(2):
            return cls(PeriodKind.QUARTER, year, int(match.group(2)))
        if match.group(3):
            month = int(match.group(3))
            if not 1 <= month <= 12:
                raise PeriodInvalid(text)
            return cls(PeriodKind.MONTH, year, month)
        return cls(PeriodKind.YEAR, year)

    @classmethod
    def month_of(cls, day: date) -> Period:
        return cls(PeriodKind.MONTH, day.year, day.month)

    def text(self) -> str:
        """As typed on the command line: ``2026-11``, ``2026-Q4``, ``2026``."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.year:04d}-{self.number:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year:04d}-Q{self.number}"
        return f"{self.year:04d}"

    def months(self) -> list[tuple[int, int]]:
        """Every (year, month) of the period, in order."""
        if self.kind is PeriodKind.MONTH:
            return [(self.year, self.number)]
        if self.kind is PeriodKind.QUARTER:
            first = 3 * (self.number - 1) + 1
            return [(self.year, m) for m in range(first, first + 3)]
        return [(self.year, m) for m in range(1, 13)]

    @property
    def first_day(self) -> date:
        year, month = self.months()[0]
        return date(year, month, 1)

    @property
    def last_day(self) -> date:
        year, month = self.months()[-1]
        return date(year, month, calendar.monthrange(year, month)[1])

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        if self.kind is PeriodKind.YEAR:
            return Period(PeriodKind.YEAR, self.year - 1)
        count = 12 if self.kind is PeriodKind.MONTH else 4
        if self.number > 1:
            return Period(self.kind, self.year, self.number - 1)
        return Period(self.kind, self.year - 1, count)


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


Counts = list[tuple[str, int]]  # (key, count), the most first unless said otherwise


@dataclass(frozen=True)
class Area:
    """A kecamatan or a kabupaten, with the records of its villages in the period."""

    code: str
    name: str
    count: int
    regency_name: str = ""  # for a kecamatan


@dataclass(frozen=True)
class Recap:
    """The figures of a period. Keys are the stored values (modus, report type, status,
    referral target, country code); the caller names them."""

    period: Period
    records: int
    villages: int  # villages with at least one record in the period
    with_children: int  # records involving a child
    people: int  # people involved, over all records
    by_month: list[tuple[tuple[int, int], int]]  # every month of the period, zeros included
    by_modus: Counts
    by_country: Counts  # country codes ('' when not known)
    by_city: list[tuple[tuple[str, str], int]]  # ((country code, city), count)
    by_report_type: Counts
    by_status: Counts
    referrals: Counts  # records referred to each institution
    by_kabupaten: list[Area]
    by_kecamatan: list[Area]
    socialisation: SocialisationRecap = NO_SOCIALISATION

    @property
    def by_quarter(self) -> list[tuple[int, int]]:
        """(quarter, count) for every quarter the period touches."""
        quarters: dict[int, int] = {}
        for (_year, month), count in self.by_month:
            quarter = quarter_of(month)
            quarters[quarter] = quarters.get(quarter, 0) + count
        return sorted(quarters.items())


def areas(
    by_village: Counts, names: dict[str, tuple[str, str, str]]
) -> tuple[list[Area], list[Area]]:
    """Village counts (by kode wilayah) summed up by kabupaten and by kecamatan, the most
    first; ``names``: a village's (kecamatan name, kabupaten name) by its code, and the
    village name. A kode wilayah reads 15.02.02.2004: kabupaten 15.02, kecamatan 15.02.02."""
    regencies: dict[str, list] = {}
    districts: dict[str, list] = {}
    for code, count in by_village:
        district_name, regency_name, _village = names.get(code, ("", "", ""))
        regency_code, district_code = code[:5], code[:8]
        regency = regencies.setdefault(regency_code, [regency_name, 0])
        regency[1] += count
        district = districts.setdefault(district_code, [district_name, 0, regency_name])
        district[1] += count
    by_regency = [Area(code, name, count) for code, (name, count) in regencies.items()]
    by_district = [
        Area(code, name, count, regency) for code, (name, count, regency) in districts.items()
    ]

    def order(area: Area) -> tuple[int, str]:
        return (-area.count, area.name)

    return sorted(by_regency, key=order), sorted(by_district, key=order)


@dataclass(frozen=True)
class RecapRow:
    """One record of the period without anything that names or describes a person: no
    names, NIK, phones, free text, recruiter or company."""

    number: int
    village_code: str
    village_name: str
    district_name: str
    regency_name: str
    reported_on: str
    report_type: str
    modus: str
    destination_country: str
    destination_city: str
    status: str
    people: int
    children: bool
    referred_to: tuple[str, ...]  # referral targets
