"""The changes of the village's log the office has not acknowledged yet.

Every export remembers the log's change marks (``ChangeMarks``: the newest row of each kind of
change, numbers that only grow); the changes made after an export are counted from its marks.
Both reads are a few index look-ups at any size of log, so the sender can look at the marks
every few seconds to notice a change.
"""

from __future__ import annotations

from desktop.domain.exchange import ChangeMarks
from desktop.storage import assessments, incidents, socialisation


def current_marks() -> ChangeMarks:
    checks, removed = assessments.change_marks()
    return ChangeMarks(incidents.change_mark(), checks, removed, socialisation.change_mark())


def changes_since(marks: ChangeMarks | None) -> int:
    """Records changed (saved, deleted, purged), checks and socialisation events saved or
    deleted after ``marks`` (None: since the beginning)."""
    marks = marks or ChangeMarks()
    return (
        incidents.records_changed_since(marks.versions)
        + assessments.changed_since(marks.checks, marks.removed_checks)
        + socialisation.changed_since(marks.events)
    )
