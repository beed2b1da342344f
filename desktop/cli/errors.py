"""The command line's words for the expected errors that end a command: the disk (full, in use,
gone, failing), damaged or missing data, a backup or restore that could not be made. The
window's sentences (desktop/words/errors.py), read from the app's catalogue
(desktop/catalogue.py); where the window offers a button, the terminal is told where to find
it."""

from __future__ import annotations

from pathlib import Path

from desktop.catalogue import translate
from desktop.domain import errors as e
from desktop.words import errors as words


def _tr(text: str) -> str:
    return translate(words.CONTEXT, text)


def _size(count: int) -> str:
    """A size in whole units, as the window shows a free space (``64 MB``)."""
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if count >= size:
            return f"{round(count / size)} {unit}"
    return f"{count} byte"


def _where(path: Path) -> str:
    return path.drive or str(path if path.is_dir() else path.parent)


def disk_text(
    problem: e.DiskProblem, path: Path, free: int | None = None, needed: int | None = None
) -> str:
    """What the disk is doing wrong and what the user can do about it, as the window says it."""
    where = _where(path)
    headline = _tr(words.DISK_HEADLINES.get(problem, words.DISK_FAILING))
    advice = _tr(words.DISK_ADVICE.get(problem, words.DISK_MAY_FAIL))
    said = [headline.format(drive=where, folder=where)]
    if problem is e.DiskProblem.FULL and free is not None and needed is not None and needed > free:
        said.append(_tr(words.SPACE_NEEDED).format(needed=_size(needed), free=_size(free)))
    said.append(advice)
    return " ".join(said)


def describe(exc: e.SiagaError) -> str | None:
    """The message for ``exc``, or None when it is not one of these errors."""
    if isinstance(exc, e.DiskError):
        cause = disk_text(exc.problem, exc.path, exc.free_bytes, exc.needed_bytes)
        if isinstance(exc, e.DatabaseUnavailable):
            return " ".join((_tr(words.CANNOT_OPEN_NOW), cause, _tr(words.NOT_DAMAGED)))
        return " ".join((_tr(words.NOT_SAVED), cause, _tr(words.NOTHING_WRITTEN)))
    if isinstance(exc, e.DatabaseDamaged):
        restore = translate(
            "CommandLine",
            "To do so, open the app (siaga-tppo, without a command). The damaged file is {path}.",
        )
        return f"{_tr(words.DATABASE_DAMAGED)} {restore.format(path=exc.path)}"
    if isinstance(exc, e.DatabaseMissing):
        missing = _tr(words.DATABASE_MISSING).format(path=exc.path)
        restore = translate(
            "CommandLine", "Or open the app (siaga-tppo, without a command) to restore a backup."
        )
        return f"{missing} {restore}"
    if isinstance(exc, e.BackupFailed | e.RestoreFailed):
        what, unchanged = (
            (words.BACKUP_NOT_MADE, words.DATA_UNCHANGED)
            if isinstance(exc, e.BackupFailed)
            else (words.BACKUP_NOT_RESTORED, words.DATA_AS_BEFORE)
        )
        cause = (
            disk_text(exc.problem, exc.path, exc.free_bytes, exc.needed_bytes)
            if exc.problem is not None
            else ""
        )
        return " ".join(t for t in (_tr(what), cause, _tr(unchanged)) if t)
    return None
