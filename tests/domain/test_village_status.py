"""Which villages have reported and which have gone silent (the office's status board)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.village_status import (
    DEFAULT_OVERDUE_DAYS,
    CoveredVillage,
    LastExport,
    Standing,
    count_by_standing,
    overdue_days_allowed,
    village_statuses,
)

TODAY = date(2026, 12, 1)


def village(code: str, name: str) -> CoveredVillage:
    return CoveredVillage(code, name, code[:8], "Bangko", "Kabupaten Merangin")


def made(days_ago: int) -> LastExport:
    # Noon UTC: the same day in every Indonesian time zone.
    at = datetime(2026, 12, 1, 5, tzinfo=UTC) - timedelta(days=days_ago)
    return LastExport(sequence=4, made_at=at, imported_at=at + timedelta(days=2))


def test_each_village_stands_by_the_days_since_its_last_export_was_made():
    covered = [
        village("15.02.02.2004", "Kungkai"),
        village("15.02.02.2009", "Pulau Tengah"),
        village("15.02.02.1001", "Pasar Bangko"),
        village("15.02.02.2010", "Sungai Kapas"),
    ]
    heard = {"15.02.02.2004": made(35), "15.02.02.2009": made(36), "15.02.02.1001": made(0)}

    statuses = village_statuses(covered, heard, today=TODAY, overdue_after=35)

    assert [(s.village.name, s.days_silent, s.standing) for s in statuses] == [
        ("Kungkai", 35, Standing.REPORTING),  # 35 days is not more than 35
        ("Pulau Tengah", 36, Standing.OVERDUE),
        ("Pasar Bangko", 0, Standing.REPORTING),
        ("Sungai Kapas", None, Standing.NEVER),
    ]
    assert statuses[2].kelurahan and not statuses[0].kelurahan
    assert count_by_standing(statuses) == {
        Standing.WAITING: 0,
        Standing.NEVER: 1,
        Standing.OVERDUE: 1,
        Standing.REPORTING: 2,
    }


def test_an_export_dated_after_today_counts_as_made_today():
    """A village computer whose clock runs ahead must not look fresher than today."""
    (status,) = village_statuses(
        [village("15.02.02.2004", "Kungkai")],
        {"15.02.02.2004": made(-20)},
        today=TODAY,
        overdue_after=35,
    )
    assert (status.days_silent, status.standing) == (0, Standing.REPORTING)


@pytest.mark.parametrize(
    ("stored", "allowed"),
    [(30, 30), (None, DEFAULT_OVERDUE_DAYS), ("35", DEFAULT_OVERDUE_DAYS), (True, 35), (0, 35),
     (10_000, 35)],
)  # fmt: skip
def test_a_missing_or_impossible_threshold_falls_back_to_35_days(stored, allowed):
    assert overdue_days_allowed(stored) == allowed


def test_a_village_whose_key_waits_for_confirmation_waits_whatever_it_sent_before():
    """Its first export (never heard) and an export under a new key (heard before) are held
    unread: the board says so rather than "never reported" or "on time"."""
    covered = [village("15.02.02.2004", "Kungkai"), village("15.02.02.2008", "Mudo")]
    statuses = village_statuses(
        covered,
        {"15.02.02.2008": made(3)},
        today=TODAY,
        overdue_after=35,
        waiting={"15.02.02.2004", "15.02.02.2008"},
    )
    assert [(s.village.name, s.days_silent, s.standing) for s in statuses] == [
        ("Kungkai", None, Standing.WAITING),
        ("Mudo", 3, Standing.WAITING),
    ]
    assert count_by_standing(statuses)[Standing.WAITING] == 2
