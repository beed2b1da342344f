"""The command line's words for the expected errors that end a command: the disk (full, in use,
gone, failing), damaged or missing data, a backup or restore that could not be made. From the
app's catalogue (desktop/catalogue.py), in the window's words where the window says the same
thing (context "Errors", desktop/ui/errors.py)."""

from __future__ import annotations

from desktop.catalogue import translate
from desktop.domain import errors as e


def _size(count: int) -> str:
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if count >= size:
            return f"{count / size:.1f} {unit}".replace(".", ",")
    return f"{count} byte"


def disk_text(
    problem: e.DiskProblem, where: str, free: int | None = None, needed: int | None = None
) -> str:
    if problem is e.DiskProblem.FULL:
        if free is not None and needed is not None and needed > free:
            return translate(
                "CommandLine",
                "The disk {where} is full: only {free} is free, while at least {needed} is "
                "needed. Delete or move files that are no longer needed, then try again.",
            ).format(where=where, free=_size(free), needed=_size(needed))
        return translate(
            "CommandLine",
            "The disk {where} is full. Delete or move files that are no longer needed, then "
            "try again.",
        ).format(where=where)
    if problem is e.DiskProblem.READ_ONLY:
        return translate(
            "CommandLine",
            "Nothing may be written in {where}: the disk is write-protected, or this account "
            "may not change that folder.",
        ).format(where=where)
    if problem is e.DiskProblem.IN_USE:
        return translate(
            "CommandLine",
            "The data file is being used by another program (Siaga TPPO opened already, for "
            "example). Close that program, then try again.",
        )
    if problem is e.DiskProblem.VANISHED:
        return translate(
            "CommandLine",
            "The drive or folder {where} is no longer there. Plug it in again, then try again.",
        ).format(where=where)
    return translate(
        "CommandLine",
        "The disk {where} reported an error while reading or writing; it may be starting to fail.",
    ).format(where=where)


def _where(path) -> str:
    return path.drive or str(path.parent)


def describe(exc: e.SiagaError) -> str | None:
    """The message for ``exc``, or None when it is not one of these errors."""
    if isinstance(exc, e.DiskError):
        cause = disk_text(exc.problem, _where(exc.path), exc.free_bytes, exc.needed_bytes)
        if isinstance(exc, e.DatabaseUnavailable):
            return translate(
                "CommandLine",
                "The data cannot be opened yet. {cause} The data is not damaged and not changed.",
            ).format(cause=cause)
        return translate(
            "CommandLine", "Not saved. {cause} Nothing was written; the earlier data stays."
        ).format(cause=cause)
    if isinstance(exc, e.DatabaseDamaged):
        return translate(
            "CommandLine",
            "The data file {path} is damaged and was not opened. The file was not changed. Open "
            "the app to restore the latest good backup.",
        ).format(path=exc.path)
    if isinstance(exc, e.DatabaseMissing):
        return translate(
            "CommandLine",
            "The data file {path} is missing, although its key file is there. Nothing was made in "
            "its place. If it was moved, put it back; or open the app to restore a backup.",
        ).format(path=exc.path)
    if isinstance(exc, e.BackupFailed | e.RestoreFailed):
        # The window's words for the same failure (desktop/ui/errors.py).
        what = (
            translate("Errors", "The backup could not be made.")
            if isinstance(exc, e.BackupFailed)
            else translate("Errors", "The backup could not be restored.")
        )
        cause = (
            disk_text(exc.problem, _where(exc.path), exc.free_bytes, exc.needed_bytes)
            if exc.problem is not None
            else ""
        )
        return (
            translate("CommandLine", "{what} {cause} The data was not changed.")
            .format(what=what, cause=cause)
            .replace("  ", " ")
        )
    return None
