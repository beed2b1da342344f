"""The office's recap of a period, counted in SQL: the register's records reported in the
period (Terhapus left out) by modus, destination, report type, status, children, referrals,
village (summed up by kecamatan and kabupaten) and month; and the same records, one by one,
without anything that names or describes a person; and the period's socialisation events.

Owns no table: it asks ``storage.incidents`` (the list and its counts),
``storage.office_imports`` (the village of each record) and ``storage.socialisation`` (the
events).
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.domain.recap import Period, Recap, RecapRow, areas
from desktop.storage import incidents, office_imports, socialisation
from desktop.storage.incidents import IncidentQuery, Tally


def _query(period: Period) -> IncidentQuery:
    return IncidentQuery(date_from=period.first_day, date_to=period.last_day)


def _counts(query: IncidentQuery, by: Tally) -> list[tuple[str, int]]:
    return [(values[0] or "", count) for values, count in incidents.tally_incidents(query, by)]


def recap_of(period: Period) -> Recap:
    query = _query(period)
    months = dict(_counts(query, Tally.MONTH))
    by_village = office_imports.tally_villages(incidents.selected_ids(query))
    by_kabupaten, by_kecamatan = areas(by_village, office_imports.village_places())
    return Recap(
        period=period,
        records=sum(months.values()),
        villages=sum(1 for code, count in by_village if code and count),
        with_children=sum(
            count
            for values, count in incidents.tally_incidents(query, Tally.CHILDREN)
            if values[0] == 1
        ),
        people=incidents.count_people(query),
        by_month=[
            ((year, month), months.get(f"{year:04d}-{month:02d}", 0))
            for year, month in period.months()
        ],
        by_modus=_counts(query, Tally.MODUS),
        by_country=_counts(query, Tally.COUNTRY),
        by_city=[
            ((country or "", city or ""), count)
            for (country, city), count in incidents.tally_incidents(query, Tally.CITY)
            if city
        ],
        by_report_type=_counts(query, Tally.REPORT_TYPE),
        by_status=_counts(query, Tally.STATUS),
        referrals=incidents.tally_referrals(query),
        by_kabupaten=by_kabupaten,
        by_kecamatan=by_kecamatan,
        socialisation=socialisation.recap(period.first_day, period.last_day),
    )


def recap_rows(period: Period) -> Iterator[RecapRow]:
    """The period's records by date reported, read a batch at a time."""
    joined = office_imports.village_names_joined()
    for row, (code, village, district, regency) in incidents.listed_records(_query(period), joined):
        yield RecapRow(
            number=row.number,
            village_code=code,
            village_name=village,
            district_name=district,
            regency_name=regency,
            reported_on=row.reported_on,
            report_type=row.report_type,
            modus=row.modus,
            destination_country=row.destination_country,
            destination_city=row.destination_city,
            status=row.status,
            people=row.people_count,
            children=bool(row.has_child),
            referred_to=tuple(t for t in row.referral_targets.split(",") if t),
        )
