"""At the office: everything the record view shows of one record, read in one go: its current
state, every version held, the village it came from and the export that brought each version,
the conflicts kept, the checks it was recorded from, its review and the officer's choices.

Owns no table: it asks each owner (``storage.incidents``, ``storage.office_imports``,
``storage.assessments``, ``storage.office_review``, ``storage.office_choices``).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.assessment import Assessment
from desktop.domain.exchange import ArrivedExport
from desktop.domain.incident import StoredIncident, StoredVersion
from desktop.domain.review import Review, VersionChoice
from desktop.storage import assessments, incidents, office_choices, office_imports, office_review
from desktop.storage.office_imports import ConflictNote, RecordSource


@dataclass(frozen=True)
class OfficeRecord:
    stored: StoredIncident
    versions: list[StoredVersion]  # oldest first
    source: RecordSource | None
    arrivals: dict[str, ArrivedExport]  # the export that brought each version, by version id
    conflicts: list[ConflictNote]
    checks: list[Assessment]  # the job-offer checks the record was made from
    review: Review
    review_log: list[Review]  # newest first
    choices: list[VersionChoice]  # newest first

    @property
    def choice_in_force(self) -> VersionChoice | None:
        """The newest choice not undone, while its version is still the current one."""
        for choice in self.choices:
            if choice.undone_at is None:
                current = self.stored.meta.version_id
                return choice if choice.chosen_version == current else None
        return None


def load_office_record(record_id: str) -> OfficeRecord:
    """Raises RecordNotFound for a record not held (e.g. purged meanwhile)."""
    stored = incidents.load_incident(record_id)
    versions = incidents.record_versions(record_id)
    return OfficeRecord(
        stored=stored,
        versions=versions,
        source=office_imports.source_of(record_id),
        arrivals=office_imports.arrivals([v.version_id for v in versions]),
        conflicts=office_imports.conflicts_of(record_id),
        checks=assessments.linked_to(record_id),
        review=office_review.review_of(record_id),
        review_log=office_review.review_log(record_id),
        choices=office_choices.choices_of(record_id),
    )
