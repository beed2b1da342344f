"""The words of the errors that stop a save or an opening, in one place for the window and the
command line: the disk (full, write-protected, in use, gone, failing), damaged or missing data,
a backup that could not be made or restored. English source strings in the context "Errors" of
the app's catalogue; the window translates them through Qt (desktop/ui/errors.py), the command
line through desktop/catalogue.py (desktop/cli/errors.py)."""

from __future__ import annotations

from desktop.catalogue import QT_TRANSLATE_NOOP
from desktop.domain.errors import DiskProblem

CONTEXT = "Errors"

# What the disk is doing wrong, in one short sentence ({where}: the drive, or else the folder).
DISK_HEADLINES = {
    DiskProblem.FULL: QT_TRANSLATE_NOOP("Errors", "The disk {drive} is full."),
    DiskProblem.READ_ONLY: QT_TRANSLATE_NOOP("Errors", "Nothing may be written in {folder}."),
    DiskProblem.IN_USE: QT_TRANSLATE_NOOP("Errors", "Another program is using the data file."),
    DiskProblem.VANISHED: QT_TRANSLATE_NOOP(
        "Errors", "The drive or folder {folder} is no longer there."
    ),
}
DISK_FAILING = QT_TRANSLATE_NOOP(
    "Errors", "The disk {drive} reported an error while reading or writing."
)

# What the user can do about it.
DISK_ADVICE = {
    DiskProblem.FULL: QT_TRANSLATE_NOOP(
        "Errors",
        "Delete or move files you no longer need (old downloads or videos, for example) "
        "and empty the Recycle Bin.",
    ),
    DiskProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is write-protected, or this Windows account may not change that folder.",
    ),
    DiskProblem.IN_USE: QT_TRANSLATE_NOOP(
        "Errors",
        "Close the other program (Siaga TPPO opened twice, or a backup or antivirus program).",
    ),
    DiskProblem.VANISHED: QT_TRANSLATE_NOOP(
        "Errors", "If it is on a flash drive or an external disk, plug it in again."
    ),
}
DISK_MAY_FAIL = QT_TRANSLATE_NOOP(
    "Errors", "It may be failing: if this happens again, ask a technician to check it."
)
SPACE_NEEDED = QT_TRANSLATE_NOOP(
    "Errors", "At least {needed} of free space is needed; now {free} is free."
)

CANNOT_OPEN_NOW = QT_TRANSLATE_NOOP("Errors", "Siaga TPPO cannot open your data now.")
NOT_DAMAGED = QT_TRANSLATE_NOOP("Errors", "Your data is not damaged and has not been changed.")
NOT_SAVED = QT_TRANSLATE_NOOP("Errors", "This could not be saved.")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP(
    "Errors", "Nothing of it was written; what was saved before is unchanged."
)
DATABASE_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "The data file {path} is missing, although the key file of this data is there. "
    "Nothing has been created in its place. If the file was moved, put it back.",
)
DATABASE_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The data file of this app is damaged and cannot be opened safely. It has not been "
    "changed. You can restore the newest good backup.",
)
BACKUP_NOT_MADE = QT_TRANSLATE_NOOP("Errors", "The backup could not be made.")
BACKUP_NOT_RESTORED = QT_TRANSLATE_NOOP("Errors", "The backup could not be restored.")
DATA_UNCHANGED = QT_TRANSLATE_NOOP("Errors", "Your data has not been changed.")
DATA_AS_BEFORE = QT_TRANSLATE_NOOP(
    "Errors", "Your data has not been changed: it is as it was before."
)
