"""The wording of every expected error, and the handler for unexpected ones (its dialog is in
crash_dialog.py)."""

from __future__ import annotations

import errno
import hashlib
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop.domain import errors as e
from desktop.words import errors as words

log = logging.getLogger("desktop.crash")


def field_message(error: e.FieldError, label: str) -> str:
    """One sentence telling the user what is wrong with a field and how to fix it."""
    texts = {
        "required": QCoreApplication.translate("Errors", "{label} must be filled in."),
        "too_long": QCoreApplication.translate("Errors", "{label} is too long; please shorten it."),
        "phone_chars": QCoreApplication.translate(
            "Errors",
            "{label} may contain only digits, spaces, +, - and brackets, e.g. 0812-3456-7890.",
        ),
        "phone_prefix": QCoreApplication.translate(
            "Errors", "{label} must start with 0 or +62, for example 0812-3456-7890."
        ),
        "phone_length": QCoreApplication.translate(
            "Errors", "{label} must have 9 to 13 digits, for example 0812-3456-7890."
        ),
        "format": QCoreApplication.translate(
            "Errors", "{label} is not a valid area code, for example 15.02.02.2004."
        ),
        "not_village": QCoreApplication.translate(
            "Errors", "Choose a village (desa or kelurahan), not only a higher level."
        ),
    }
    return texts.get(
        error.code, QCoreApplication.translate("Errors", "{label} is not valid.")
    ).format(label=label)


def _where(path: Path) -> str:
    """The drive (Windows: ``C:``) or else the folder, as the user knows it."""
    return path.drive or str(path if path.is_dir() else path.parent)


def _whole(size: int) -> str:
    """A size in whole units, as a free space is best read (``64 MB``, not ``64,0 MB``)."""
    return QLocale().formattedDataSize(size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _tr(text: str) -> str:
    return QCoreApplication.translate(words.CONTEXT, text)


def disk_headline(problem: e.DiskProblem, path: Path) -> str:
    """What the disk is doing wrong, in one short sentence."""
    where = _where(path)
    return _tr(words.DISK_HEADLINES.get(problem, words.DISK_FAILING)).format(
        drive=where, folder=where
    )


def disk_advice(problem: e.DiskProblem, free: int | None = None, needed: int | None = None) -> str:
    """What the user can do about it (and, for a full disk, how much space is needed)."""
    advice = _tr(words.DISK_ADVICE.get(problem, words.DISK_MAY_FAIL))
    if problem is not e.DiskProblem.FULL or free is None or needed is None or needed <= free:
        return advice
    space = _tr(words.SPACE_NEEDED).format(needed=_whole(needed), free=_whole(free))
    return f"{space} {advice}"


def disk_text(
    problem: e.DiskProblem,
    path: Path,
    free: int | None = None,
    needed: int | None = None,
) -> str:
    """What the disk is doing wrong and what the user can do about it."""
    return disk_headline(problem, path) + " " + disk_advice(problem, free, needed)


def unavailable_texts(exc: e.DatabaseUnavailable) -> tuple[str, str]:
    """The data cannot be opened now: a short headline, and what to do with the reassurance
    that nothing is damaged (the start-up dialog shows them apart)."""
    headline = " ".join(
        (
            _tr(words.CANNOT_OPEN_NOW),
            disk_headline(exc.problem, exc.path),
        )
    )
    details = "\n\n".join(
        (
            disk_advice(exc.problem, exc.free_bytes, exc.needed_bytes),
            _tr(words.NOT_DAMAGED),
        )
    )
    return headline, details


def _disk_error_message(exc: e.DiskError) -> str:
    if isinstance(exc, e.DatabaseUnavailable):
        return "\n\n".join(unavailable_texts(exc))
    return "\n\n".join(
        (
            " ".join(
                (
                    _tr(words.NOT_SAVED),
                    disk_headline(exc.problem, exc.path),
                )
            ),
            disk_advice(exc.problem, exc.free_bytes, exc.needed_bytes),
            _tr(words.NOTHING_WRITTEN),
        )
    )


def _copy_message(exc: e.CopyFailed, what: str, unchanged: str) -> str:
    cause = (
        disk_text(exc.problem, exc.path, exc.free_bytes, exc.needed_bytes)
        if exc.problem is not None
        else ""
    )
    return " ".join(t for t in (what, cause, unchanged) if t)


def error_message(exc: BaseException) -> str:
    """Plain-language text for an expected error (the UI, not the domain, owns the wording)."""
    if isinstance(exc, e.DiskError):
        return _disk_error_message(exc)
    if isinstance(exc, e.DatabaseMissing):
        return _tr(words.DATABASE_MISSING).format(path=exc.path)
    if isinstance(exc, e.RestoreFailed):
        return _copy_message(
            exc,
            _tr(words.BACKUP_NOT_RESTORED),
            _tr(words.DATA_AS_BEFORE),
        )
    if isinstance(exc, e.RestoreIncomplete):
        return QCoreApplication.translate(
            "Errors",
            "The restore did not finish. The damaged data file was kept as {aside}, and the "
            "restored copy as {staged}. Do not delete anything in {folder}; ask the immigration "
            "office or a technician for help.",
        ).format(aside=exc.aside.name, staged=exc.staged.name, folder=exc.path.parent)
    if isinstance(exc, e.DatabaseDamaged):
        return _tr(words.DATABASE_DAMAGED)
    if isinstance(exc, e.SchemaTooNew):
        return QCoreApplication.translate(
            "Errors",
            "This data was saved by a newer version of Siaga TPPO. Please install the newest "
            "version; your data has not been changed.",
        )
    if isinstance(exc, e.BackupFailed):
        if exc.problem is not None:
            return _copy_message(
                exc,
                _tr(words.BACKUP_NOT_MADE),
                _tr(words.DATA_UNCHANGED),
            )
        return QCoreApplication.translate(
            "Errors",
            "The backup could not be made. Check that the disk is not full, then try again. "
            "Your data has not been changed.",
        )
    if isinstance(exc, e.BackupUnusable):
        return QCoreApplication.translate(
            "Errors",
            "This backup file is damaged or is not a Siaga TPPO backup. Choose another backup. "
            "Nothing has been changed.",
        )
    if isinstance(exc, e.AreaDataUnavailable):
        return QCoreApplication.translate(
            "Errors",
            "The list of area codes could not be read. Please reinstall Siaga TPPO. "
            "Nothing has been changed.",
        )
    if isinstance(exc, e.DataDirUnusable):
        return QCoreApplication.translate(
            "Errors",
            "The data folder {path} cannot be used. Check that the disk is connected and has "
            "free space.",
        ).format(path=exc.path)
    if isinstance(exc, e.UnknownAreaCode):
        return QCoreApplication.translate(
            "Errors", "Area code {code} is not in the official list."
        ).format(code=exc.code)
    if isinstance(exc, OSError):
        from desktop.storage.faults import os_problem

        return " ".join(
            (
                QCoreApplication.translate("Errors", "The file could not be read or written."),
                disk_text(os_problem(exc), Path(exc.filename or Path.cwd())),
                QCoreApplication.translate("Errors", "Nothing has been changed."),
            )
        )
    return QCoreApplication.translate(
        "Errors", "Something went wrong. Nothing you entered has been lost."
    )


# What a save can meet besides invalid input: the disk (full, gone, failing), or damage the
# integrity check found. The form keeps what was typed (see not_saved_message).
SAVE_ERRORS = (e.DiskError, e.DatabaseDamaged)


def not_saved_message(exc: BaseException) -> str:
    """Why a save did not happen, and that what was typed is still on the screen."""
    return " ".join(
        (
            error_message(exc),
            QCoreApplication.translate(
                "Errors", "What you typed is still here: save again once this is fixed."
            ),
        )
    )


def draft_not_kept_message() -> str:
    return QCoreApplication.translate(
        "Errors",
        "What you type cannot be kept as a draft at the moment (the disk may be full). It is "
        "still here: save it as soon as you can.",
    )


def is_expected(exc: BaseException) -> bool:
    """An error the user can be told about in plain words (no crash dialog): a typed error of
    the app, or the disk failing under a file."""
    if isinstance(exc, e.SiagaError):
        return True
    if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError | PermissionError):
        from desktop.storage.faults import os_problem

        return os_problem(exc) in (e.DiskProblem.FULL, e.DiskProblem.VANISHED) or (
            exc.errno is not None and exc.errno == errno.EIO
        )
    return False


class CrashHandler:
    """``sys.excepthook`` for the GUI: log every unexpected error, show each distinct one once."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self._seen: set[str] = set()
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if is_expected(value):
            self.tell(value)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        # The log file keeps where it happened, not the message: a message may quote what was
        # typed (a name, a NIK), and the log is not encrypted. The dialog shows it in full.
        log.error(
            "unexpected error %s\n%s", kind.__name__, "".join(traceback.format_tb(tb)).rstrip()
        )
        key = hashlib.sha256("".join(traceback.format_tb(tb)).encode()).hexdigest()
        if key in self._seen or self._showing or QApplication.instance() is None:
            return
        self._seen.add(key)
        self._showing = True
        try:
            self.show(details)
        finally:
            self._showing = False

    def tell(self, error: BaseException) -> None:
        """An expected error that no caller handled: plain words, not the crash dialog."""
        log.warning("error not handled where it happened: %s", type(error).__name__)
        if QApplication.instance() is None or self._showing:
            return
        from desktop import APP_NAME
        from desktop.ui.messages import inform

        self._showing = True
        try:
            inform(QApplication.activeWindow(), APP_NAME, error_message(error), warning=True)
        finally:
            self._showing = False

    def show(self, details: str) -> None:
        # Loaded when first needed: most runs never show it, and its widgets cost start-up.
        from desktop.ui.crash_dialog import CrashDialog

        CrashDialog(details, self.log_file, QApplication.activeWindow()).exec()
