"""The office's own work on a village's record: its review state with a note, the officer's
choice between versions that do not follow each other, and the reasons asked before names,
NIK and phone numbers are shown.

Review states follow ODK Central and KoboToolbox (received, reviewed, acted upon): they belong
to the office, never travel back to the village and never change the record. A record the
office has not looked at yet is ``baru``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from desktop.domain.errors import FieldError, ValidationFailed

NOTE_MAX = 1000
OFFICER_MAX = 80
REASON_MIN = 5  # a reason is a few words, never a mark typed to get past the question
REASON_MAX = 500


class ReviewState(Enum):
    """Stored by value; never rename one."""

    NEW = "baru"
    REVIEWED = "ditinjau"
    ACTED_ON = "ditindaklanjuti"


@dataclass(frozen=True)
class Review:
    """A record's review at the office; ``changed_at`` is None while it was never set."""

    record_id: str
    state: ReviewState = ReviewState.NEW
    note: str = ""
    changed_at: datetime | None = None
    changed_by: str = ""


@dataclass(frozen=True)
class VersionChoice:
    """An officer made ``chosen_version`` the record's current version at the office, in place
    of ``previous_version``; undone when ``undone_at`` is set."""

    id: int
    record_id: str
    chosen_version: str
    previous_version: str
    chosen_at: datetime
    chosen_by: str
    undone_at: datetime | None = None


def tidy_officer(name: str) -> str:
    """The officer's name as typed, or ValidationFailed (``officer``: required / too_long)."""
    tidy = " ".join(name.split())
    if not tidy:
        raise ValidationFailed([FieldError("officer", "required")])
    if len(tidy) > OFFICER_MAX:
        raise ValidationFailed([FieldError("officer", "too_long", tidy[:40])])
    return tidy


def tidy_note(note: str) -> str:
    """A review note, trimmed, or ValidationFailed (``note``: too_long)."""
    tidy = note.strip()
    if len(tidy) > NOTE_MAX:
        raise ValidationFailed([FieldError("note", "too_long", tidy[:40])])
    return tidy


def tidy_reason(reason: str) -> str:
    """Why identities are to be shown, or ValidationFailed (``reason``: required, too_short,
    too_long)."""
    tidy = " ".join(reason.split())
    if not tidy:
        raise ValidationFailed([FieldError("reason", "required")])
    if len(tidy) < REASON_MIN:
        raise ValidationFailed([FieldError("reason", "too_short", tidy)])
    if len(tidy) > REASON_MAX:
        raise ValidationFailed([FieldError("reason", "too_long", tidy[:40])])
    return tidy
