"""A saved job-offer assessment: who (initials only), what offer, the answers and the result.

The result is the one computed when the assessment was made, with the checklist version named
in it; showing an old assessment never recomputes it, so a new checklist version cannot change it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from desktop.domain.checklist import Answer, Result
from desktop.domain.errors import FieldError, SiagaError, ValidationFailed

TEXT_MAX = 120
INITIALS_MAX_LETTERS = 5
_INITIALS = re.compile(r"[A-Za-z][A-Za-z. ]*")


@dataclass(frozen=True)
class Offer:
    """A short summary of the offer; every field is optional."""

    company: str = ""
    destination: str = ""
    job: str = ""
    recruiter_contact: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.company or self.destination or self.job or self.recruiter_contact)


@dataclass
class AssessmentNotFound(SiagaError):
    """No saved assessment has this id (it may have been deleted meanwhile)."""

    id: int

    def __str__(self) -> str:
        return f"assessment {self.id} not found"


@dataclass(frozen=True)
class Assessment:
    assessed_on: date
    initials: str
    offer: Offer
    answers: dict[str, Answer]
    result: Result
    record_id: str = ""  # a UUID, given when first saved
    id: int | None = None  # the local row id
    incident_record_id: str | None = None  # the incident recorded from it, if any

    @property
    def checklist_version(self) -> int:
        return self.result.checklist_version


def validate_details(initials: str, offer: Offer) -> tuple[str, Offer]:
    """Tidy the initials and the offer summary; raise ValidationFailed listing every problem.

    Initials only (at most five letters, e.g. "S.A."), never a full name: the assessment
    concerns a person who may become a victim, so the record keeps as little as it can.
    """
    errors: list[FieldError] = []

    def text(name: str, value: str) -> str:
        tidy = " ".join(value.split())
        if len(tidy) > TEXT_MAX:
            errors.append(FieldError(name, "too_long", value))
        return tidy

    tidy_initials = " ".join(initials.split()).upper()
    letters = [c for c in tidy_initials if c.isalpha()]
    if tidy_initials and (
        not _INITIALS.fullmatch(tidy_initials) or len(letters) > INITIALS_MAX_LETTERS
    ):
        errors.append(FieldError("initials", "not_initials", initials))
    tidy_offer = replace(
        offer,
        company=text("company", offer.company),
        destination=text("destination", offer.destination),
        job=text("job", offer.job),
        recruiter_contact=text("recruiter_contact", offer.recruiter_contact),
    )
    if errors:
        raise ValidationFailed(errors)
    return tidy_initials, tidy_offer
