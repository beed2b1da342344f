"""The office's recap in words: the period, each breakdown's title and labels, and the printed
report and the workbook built from the figures (``domain.recap``), laid out by
``printing.recap_pdf`` and ``printing.recap_workbook``. The one catalogue and the one way to
make the files, for the window's Rekap page and the command line (``siaga-tppo recap``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.exchange import OfficeProfile
from desktop.domain.incident import ReferralTarget, ReportType, Status
from desktop.domain.modus import Modus
from desktop.domain.recap import Period, PeriodKind, Recap, RecapRow
from desktop.printing.incident_pdf import Letterhead
from desktop.printing.pages import PageMarks
from desktop.printing.paper import Paper
from desktop.printing.recap_pdf import Figure, PrintedRecap, build_recap_pdf
from desktop.printing.recap_workbook import RecapWorkbook, RecordSheet, build_recap_workbook
from desktop.storage import incidents
from desktop.storage import recap as recap_store
from desktop.ui.formatting import format_date, format_datetime, format_month
from desktop.ui.incidents.labels import label
from desktop.ui.socialisation.words import role_words

TOP_CITIES = 15  # in the breakdown by city; the rest are added up in a note
ROMAN = ("I", "II", "III", "IV")


def period_words(period: Period) -> str:
    """'November 2026', 'Triwulan IV 2026' or 'Tahun 2026'."""
    if period.kind is PeriodKind.MONTH:
        return format_month(period.year, period.number)
    if period.kind is PeriodKind.QUARTER:
        return QCoreApplication.translate("Recap", "Quarter {roman} {year}").format(
            roman=ROMAN[period.number - 1], year=period.year
        )
    return QCoreApplication.translate("Recap", "Year {year}").format(year=period.year)


def period_line(period: Period) -> str:
    """'Periode: November 2026 (1 November 2026 – 30 November 2026)'."""
    return QCoreApplication.translate("Recap", "Period: {period} ({first} – {last})").format(
        period=period_words(period),
        first=format_date(period.first_day),
        last=format_date(period.last_day),
    )


def _named(kind: type[Enum], value: str) -> str:
    try:
        return label(kind(value))
    except ValueError:
        return value


def _country(code: str, countries: dict[str, str]) -> str:
    if not code:
        return QCoreApplication.translate("Recap", "Not known")
    return countries.get(code, code)


def recap_figures(recap: Recap, countries: dict[str, str]) -> list[tuple[str, Figure]]:
    """Every breakdown of the recap in words, each with a short name (for a sheet)."""
    total = recap.records
    none = QCoreApplication.translate("Recap", "No records in this period.")
    months = tuple((format_month(year, month), count) for (year, month), count in recap.by_month)
    short_months = tuple(
        QLocale().monthName(month, QLocale.FormatType.ShortFormat)
        for (_year, month), _count in recap.by_month
    )
    figures: list[tuple[str, Figure]] = [
        (
            QCoreApplication.translate("Recap", "By month"),
            Figure(
                QCoreApplication.translate("Recap", "Records by month reported"),
                QCoreApplication.translate("Recap", "Month"),
                months,
                share_of=total,
                columns=len(months) > 1,  # a month's own column says nothing more
                short_labels=short_months,
            ),
        )
    ]
    if recap.period.kind is PeriodKind.YEAR:
        quarters = tuple(
            (
                QCoreApplication.translate("Recap", "Quarter {roman}").format(
                    roman=ROMAN[quarter - 1]
                ),
                count,
            )
            for quarter, count in recap.by_quarter
        )
        figures.append(
            (
                QCoreApplication.translate("Recap", "By quarter"),
                Figure(
                    QCoreApplication.translate("Recap", "Records by quarter"),
                    QCoreApplication.translate("Recap", "Quarter"),
                    quarters,
                    share_of=total,
                    columns=True,
                ),
            )
        )
    cities = [
        (f"{city} ({_country(country, countries)})", count)
        for (country, city), count in recap.by_city
    ]
    left = cities[TOP_CITIES:]
    city_note = ""
    if left:
        city_note = QCoreApplication.translate(
            "Recap", "{cities} other cities, {count} records together."
        ).format(cities=len(left), count=sum(c for _, c in left))
    children = (
        (QCoreApplication.translate("Recap", "Involving a child"), recap.with_children),
        (
            QCoreApplication.translate("Recap", "No child involved"),
            recap.records - recap.with_children,
        ),
    )
    figures += [
        (
            QCoreApplication.translate("Recap", "Modus"),
            Figure(
                QCoreApplication.translate("Recap", "Records by modus"),
                QCoreApplication.translate("Recap", "Modus"),
                tuple((_named(Modus, k), c) for k, c in recap.by_modus),
                share_of=total,
                empty=none,
            ),
        ),
        (
            QCoreApplication.translate("Recap", "Destination country"),
            Figure(
                QCoreApplication.translate("Recap", "Records by destination country"),
                QCoreApplication.translate("Recap", "Country"),
                tuple((_country(k, countries), c) for k, c in recap.by_country),
                share_of=total,
                empty=none,
            ),
        ),
        (
            QCoreApplication.translate("Recap", "Destination city"),
            Figure(
                QCoreApplication.translate("Recap", "Records by destination city"),
                QCoreApplication.translate("Recap", "City (country)"),
                tuple(cities[:TOP_CITIES]),
                share_of=total,
                note=city_note,
                empty=QCoreApplication.translate("Recap", "No destination city was recorded."),
            ),
        ),
        (
            QCoreApplication.translate("Recap", "Report type"),
            Figure(
                QCoreApplication.translate("Recap", "Records by type of report"),
                QCoreApplication.translate("Recap", "Type of report"),
                tuple((_named(ReportType, k), c) for k, c in recap.by_report_type),
                share_of=total,
                empty=none,
            ),
        ),
        (
            QCoreApplication.translate("Recap", "Status"),
            Figure(
                QCoreApplication.translate("Recap", "Records by status"),
                QCoreApplication.translate("Recap", "Status"),
                tuple((_named(Status, k), c) for k, c in recap.by_status),
                share_of=total,
                empty=none,
            ),
        ),
        (
            QCoreApplication.translate("Recap", "Children"),
            Figure(
                QCoreApplication.translate("Recap", "Records involving children"),
                QCoreApplication.translate("Recap", "Children"),
                children if total else (),
                share_of=total,
                empty=none,
            ),
        ),
        (
            QCoreApplication.translate("Recap", "Referrals"),
            Figure(
                QCoreApplication.translate("Recap", "Records referred, by institution"),
                QCoreApplication.translate("Recap", "Institution"),
                tuple((_named(ReferralTarget, k), c) for k, c in recap.referrals),
                share_of=total,
                note=QCoreApplication.translate(
                    "Recap", "A record referred to several institutions counts at each."
                ),
                empty=QCoreApplication.translate("Recap", "No record was referred."),
            ),
        ),
        (
            QCoreApplication.translate("Recap", "Kabupaten"),
            Figure(
                QCoreApplication.translate("Recap", "Records by kabupaten/kota"),
                QCoreApplication.translate("Recap", "Kabupaten/kota"),
                tuple((a.name or a.code, a.count) for a in recap.by_kabupaten),
                share_of=total,
                empty=none,
            ),
        ),
        (
            QCoreApplication.translate("Recap", "Kecamatan"),
            Figure(
                QCoreApplication.translate("Recap", "Records by kecamatan"),
                QCoreApplication.translate("Recap", "Kecamatan (kabupaten/kota)"),
                tuple(
                    (
                        f"{a.name or a.code} ({a.regency_name})" if a.regency_name else a.name,
                        a.count,
                    )
                    for a in recap.by_kecamatan
                ),
                share_of=total,
                empty=none,
            ),
        ),
    ]
    return figures + socialisation_figures(recap)


def socialisation_figures(recap: Recap) -> list[tuple[str, Figure]]:
    """The period's socialisation events: the people reached by role, and by kecamatan the
    events, the people and the villages reached."""
    events = recap.socialisation
    none = QCoreApplication.translate("Recap", "No socialisation event in this period.")
    kecamatan = tuple(
        (f"{a.name or a.code} ({a.regency_name})" if a.regency_name else a.name or a.code)
        for a in events.by_kecamatan
    )
    return [
        (
            QCoreApplication.translate("Recap", "Socialisation by role"),
            Figure(
                QCoreApplication.translate("Recap", "People reached by socialisation, by role"),
                QCoreApplication.translate("Recap", "Group"),
                tuple((role_words(role), count) for role, count in events.by_role)
                if events.events
                else (),
                share_of=events.people,
                empty=none,
                count_heading=QCoreApplication.translate("Recap", "Number of people"),
            ),
        ),
        (
            QCoreApplication.translate("Recap", "Socialisation by kecamatan"),
            Figure(
                QCoreApplication.translate("Recap", "Socialisation events by kecamatan"),
                QCoreApplication.translate("Recap", "Kecamatan (kabupaten/kota)"),
                tuple(zip(kecamatan, (a.events for a in events.by_kecamatan), strict=True)),
                share_of=events.events,
                note=QCoreApplication.translate(
                    "Recap",
                    "Held by the office: {office}; recorded by the villages: {villages}.",
                ).format(office=events.by_office, villages=events.events - events.by_office)
                if events.events
                else "",
                empty=none,
                count_heading=QCoreApplication.translate("Recap", "Events"),
                more_headings=(
                    QCoreApplication.translate("Recap", "People"),
                    QCoreApplication.translate("Recap", "Villages reached"),
                ),
                more=tuple((a.people, a.villages) for a in events.by_kecamatan),
            ),
        ),
    ]


def summary_rows(recap: Recap) -> tuple[tuple[str, int], ...]:
    return (
        (QCoreApplication.translate("Recap", "Records reported in the period"), recap.records),
        (QCoreApplication.translate("Recap", "Villages and kelurahan reporting"), recap.villages),
        (QCoreApplication.translate("Recap", "People involved"), recap.people),
        (QCoreApplication.translate("Recap", "Records involving a child"), recap.with_children),
        (
            QCoreApplication.translate("Recap", "Socialisation events held"),
            recap.socialisation.events,
        ),
        (
            QCoreApplication.translate("Recap", "People reached by socialisation"),
            recap.socialisation.people,
        ),
        (
            QCoreApplication.translate("Recap", "Villages and kelurahan reached by socialisation"),
            recap.socialisation.villages,
        ),
    )


def _letterhead(office: OfficeProfile, regencies: list[str]) -> Letterhead:
    covers = QCoreApplication.translate("Recap", "Area covered: {regencies}").format(
        regencies=", ".join(regencies)
    )
    return Letterhead((office.name.upper(),), covers)


def _notice() -> str:
    return QCoreApplication.translate(
        "Recap",
        "Counts of the records the villages sent to the office, by the date each was reported, "
        "and of the socialisation events the office and the villages held, by the day each was "
        "held. Without personal data: no names, NIK, phone numbers or notes. Records and events "
        "deleted are not counted.",
    )


def _title() -> str:
    return QCoreApplication.translate("Recap", "RECAP OF TPPO/TPPM INCIDENT RECORDS FROM VILLAGES")


def printed_recap(
    recap: Recap,
    office: OfficeProfile,
    regencies: list[str],
    countries: dict[str, str],
    printed_at: datetime,
) -> PrintedRecap:
    """The recap ready for ``build_recap_pdf``; ``regencies``: the names of the kabupaten and
    kota the office covers (its kop)."""
    return PrintedRecap(
        letterhead=_letterhead(office, regencies),
        title=_title(),
        period=period_line(recap.period),
        notice=_notice(),
        summary=tuple((k, f"{v:,}".replace(",", ".")) for k, v in summary_rows(recap)),
        figures=tuple(f for _, f in recap_figures(recap, countries)),
        count_heading=QCoreApplication.translate("Recap", "Records"),
        share_heading=QCoreApplication.translate("Recap", "Percent"),
        signature=(
            format_date(printed_at.date()),
            QCoreApplication.translate("Recap", "Prepared by,"),
            "",
            "",
            "",
            "(................................................)",
        ),
        marks=PageMarks(
            page_label=QCoreApplication.translate("Recap", "Page {page} of {pages}"),
            footer=QCoreApplication.translate(
                "Recap", "{office} · recap {period} · printed {when}"
            ).format(
                office=office.name,
                period=recap.period.text(),
                when=format_datetime(printed_at),
            ),
        ),
    )


def _rows(rows: Iterable[RecapRow], countries: dict[str, str]) -> Iterator[tuple[object, ...]]:
    yes, no = QCoreApplication.translate("Recap", "yes"), QCoreApplication.translate("Recap", "no")
    for row in rows:
        yield (
            row.number,
            row.reported_on,
            row.village_code,
            row.village_name,
            row.district_name,
            row.regency_name,
            _named(ReportType, row.report_type),
            _named(Modus, row.modus),
            _country(row.destination_country, countries) if row.destination_country else "",
            row.destination_city,
            _named(Status, row.status),
            row.people,
            yes if row.children else no,
            ", ".join(_named(ReferralTarget, t) for t in row.referred_to),
        )


def recap_workbook(
    recap: Recap,
    rows: Iterable[RecapRow],
    office: OfficeProfile,
    countries: dict[str, str],
    printed_at: datetime,
) -> RecapWorkbook:
    """The recap and its records ready for ``build_recap_workbook`` (the rows are read as the
    workbook is written)."""
    columns = (
        QCoreApplication.translate("Recap", "No."),
        QCoreApplication.translate("Recap", "Date reported"),
        QCoreApplication.translate("Recap", "Area code"),
        QCoreApplication.translate("Recap", "Village/kelurahan"),
        QCoreApplication.translate("Recap", "Kecamatan"),
        QCoreApplication.translate("Recap", "Kabupaten/kota"),
        QCoreApplication.translate("Recap", "Type of report"),
        QCoreApplication.translate("Recap", "Modus"),
        QCoreApplication.translate("Recap", "Destination country"),
        QCoreApplication.translate("Recap", "Destination city"),
        QCoreApplication.translate("Recap", "Status"),
        QCoreApplication.translate("Recap", "People involved"),
        QCoreApplication.translate("Recap", "Child involved"),
        QCoreApplication.translate("Recap", "Referred to"),
    )
    return RecapWorkbook(
        title=f"{_title()} — {office.name}",
        period=period_line(recap.period),
        notice=_notice(),
        summary=(
            *summary_rows(recap),
            (QCoreApplication.translate("Recap", "Made on"), format_datetime(printed_at)),
        ),
        summary_name=QCoreApplication.translate("Recap", "Summary"),
        figures=tuple(recap_figures(recap, countries)),
        count_heading=QCoreApplication.translate("Recap", "Records"),
        share_heading=QCoreApplication.translate("Recap", "Percent"),
        records=RecordSheet(
            QCoreApplication.translate("Recap", "Records (no personal data)"),
            columns,
            _rows(rows, countries),
        ),
    )


def recap_pdf(
    recap: Recap,
    office: OfficeProfile,
    regencies: list[str],
    paper: Paper,
    printed_at: datetime | None = None,
) -> bytes:
    """The recap report as a PDF."""
    countries = incidents.country_names()
    printed = printed_recap(recap, office, regencies, countries, printed_at or datetime.now())
    return build_recap_pdf(printed, paper)


def recap_xlsx(recap: Recap, office: OfficeProfile, printed_at: datetime | None = None) -> bytes:
    """The recap and the period's records (read as they are written) as an XLSX workbook."""
    book = recap_workbook(
        recap,
        recap_store.recap_rows(recap.period),
        office,
        incidents.country_names(),
        printed_at or datetime.now(),
    )
    return build_recap_workbook(book)
