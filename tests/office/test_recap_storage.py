"""The recap of a period, counted in SQL from the office's register."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from desktop.domain.incident import (
    AgeBand,
    Person,
    PersonRole,
    Referral,
    ReferralTarget,
    ReportType,
    Status,
)
from desktop.domain.modus import Modus
from desktop.domain.recap import Period, PeriodInvalid, PeriodKind
from desktop.storage import incidents
from desktop.storage.recap import recap_of, recap_rows
from tests.exchange.conftest import version
from tests.office.conftest import DAY, PASAR_ATAS, SELAM_PAUNG, arrive


def record(reported: date, **kw):
    return [
        version(
            str(uuid.uuid4()),
            None,
            kw.pop("summary", "Catatan"),
            when=DAY,
            reported_on=reported,
            **kw,
        )
    ]


@pytest.fixture
def recorded(office):
    child = Person(role=PersonRole.VICTIM, age_band=AgeBand.AGE_9_17, under_18=True)

    def adult() -> Person:
        return Person(role=PersonRole.VICTIM, age_band=AgeBand.AGE_21_23)

    police = Referral(target=ReferralTarget.POLICE, referred_on=date(2026, 11, 5))
    arrive(
        [
            record(
                date(2026, 11, 3),
                destination_country="MY",
                destination_city="Tawau",
                people=(child, adult()),
                referrals=(
                    police,
                    Referral(target=ReferralTarget.POLICE, referred_on=date(2026, 11, 9)),
                ),
                guardian_consent=True,
                status=Status.REFERRED,
            ),
            record(
                date(2026, 11, 20),
                destination_country="MY",
                destination_city=" tawau",
                modus=Modus.ONLINE_SCAM,
                report_type=ReportType.LOST_CONTACT,
            ),
            record(date(2026, 10, 1), destination_country="KH", modus=Modus.ONLINE_SCAM),
            record(date(2026, 2, 14), destination_country="SA"),
            record(date(2025, 12, 31), destination_country="MY"),  # another year
        ]
    )
    arrive(
        [
            record(
                date(2026, 11, 25),
                destination_country="KH",
                people=(adult(),),
                referrals=(Referral(target=ReferralTarget.IMMIGRATION),),
            )
        ],
        source=PASAR_ATAS,
    )
    arrive([record(date(2026, 12, 2), destination_country="KH")], source=SELAM_PAUNG)
    gone = record(date(2026, 11, 4), destination_country="MY")
    arrive([gone], sequence=2)
    incidents.delete_incident(gone[0].record_id, author_name="Sekdes", now=DAY)  # Terhapus


def test_periods_are_read_as_typed_on_the_command_line():
    assert Period.parse("2026-11") == Period(PeriodKind.MONTH, 2026, 11)
    assert Period.parse(" 2026-q4 ") == Period(PeriodKind.QUARTER, 2026, 4)
    assert Period.parse("2026") == Period(PeriodKind.YEAR, 2026)
    quarter = Period.parse("2026-Q4")
    assert (quarter.first_day, quarter.last_day) == (date(2026, 10, 1), date(2026, 12, 31))
    assert Period.parse("2024-02").last_day == date(2024, 2, 29)
    assert Period.parse("2026-Q1").previous() == Period.parse("2025-Q4")
    assert Period.parse("2026-01").previous().text() == "2025-12"
    for bad in ("2026-13", "2026-Q5", "26-11", "November", "", "1999"):
        with pytest.raises(PeriodInvalid):
            Period.parse(bad)


def test_a_month_is_counted_by_every_breakdown(recorded):
    recap = recap_of(Period.parse("2026-11"))

    assert (recap.records, recap.villages, recap.with_children, recap.people) == (3, 2, 1, 3)
    assert recap.by_month == [((2026, 11), 3)]
    assert dict(recap.by_modus) == {"kerja_nonprosedural": 2, "penipuan_daring": 1}
    assert dict(recap.by_country) == {"MY": 2, "KH": 1}
    assert recap.by_city == [(("MY", "Tawau"), 2)]  # " tawau" is the same city
    assert dict(recap.by_report_type) == {
        "tawaran_mencurigakan": 2,
        "hilang_kontak_di_luar_negeri": 1,
    }
    assert dict(recap.by_status) == {"dirujuk": 1, "baru": 2}
    # a record referred twice to the police counts once there
    assert dict(recap.referrals) == {"polres_polsek": 1, "kantor_imigrasi": 1}
    assert [(a.code, a.name, a.count) for a in recap.by_kabupaten] == [
        ("15.02", "Kabupaten Merangin", 3)
    ]
    assert [(a.code, a.name, a.count) for a in recap.by_kecamatan] == [("15.02.02", "Bangko", 3)]


def test_a_year_counts_every_month_and_quarter_and_leaves_out_terhapus(recorded):
    recap = recap_of(Period.parse("2026"))

    assert recap.records == 6  # 2025 and the record in Terhapus left out
    assert len(recap.by_month) == 12 and dict(recap.by_month)[(2026, 2)] == 1
    assert dict(recap.by_month)[(2026, 5)] == 0
    assert recap.by_quarter == [(1, 1), (2, 0), (3, 0), (4, 5)]
    assert [(a.name, a.count) for a in recap.by_kabupaten] == [
        ("Kabupaten Merangin", 5),
        ("Kabupaten Kerinci", 1),
    ]
    empty = recap_of(Period.parse("2024"))
    assert (empty.records, empty.by_modus, empty.by_kecamatan) == (0, [], [])


def test_the_rows_of_a_period_carry_no_names_phones_or_free_text(recorded):
    rows = list(recap_rows(Period.parse("2026-11")))

    assert [r.reported_on for r in rows] == ["2026-11-03", "2026-11-20", "2026-11-25"]
    first = rows[0]
    assert (first.village_name, first.district_name, first.regency_name) == (
        "Kungkai",
        "Bangko",
        "Kabupaten Merangin",
    )
    assert first.referred_to == ("polres_polsek", "polres_polsek")
    assert first.children and first.people == 2
    assert rows[2].village_name == "Pasar Atas"
    fields = set(type(first).__dataclass_fields__)
    assert not fields & {"summary", "notes", "recruiter_name", "recruiter_phone", "company"}
