"""Temporary files that a write killed half-way (power cut, app closed by force) leaves behind,
and their removal at the next start or the next write to the same folder.

Every file the app writes in steps (a backup, an export, the key file, a restore's copy) is
written under a temporary name and renamed once complete, so a leftover is never mistaken for
the real thing; but it takes space (a backup's is the size of the whole database) and, for an
unencrypted export, it would keep readable data on a stick. Writers register their temporary
names here while they write (``writing``); ``remove_leftovers`` skips those. Another process's
file that is still being written is protected by Windows itself (an open file cannot be
deleted); on other systems a file touched within the last ``RECENT_SECONDS`` is left alone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

RECENT_SECONDS = 120
# The suffix of a file written whole and renamed (exports, the key file): hidden, so that a
# file manager does not show it while it is written.
PARTIAL_SUFFIX = ".sementara"

_writing: set[Path] = set()
_lock = threading.Lock()


@contextlib.contextmanager
def writing(*paths: Path) -> Iterator[None]:
    """Mark ``paths`` as being written by this process for the duration."""
    names = [p.absolute() for p in paths]
    with _lock:
        _writing.update(names)
    try:
        yield
    finally:
        with _lock:
            _writing.difference_update(names)


def partial_name(name: str, tag: str) -> str:
    """The hidden temporary name under which ``name`` is written (``tag`` keeps two writers of
    the same name apart)."""
    return f".{name}.{tag}{PARTIAL_SUFFIX}"


def is_partial(name: str) -> bool:
    return name.startswith(".") and name.endswith(PARTIAL_SUFFIX)


def _in_use(path: Path, now: float) -> bool:
    with _lock:
        if path.absolute() in _writing:
            return True
    if os.name == "nt":
        return False  # Windows refuses to delete a file another process has open
    try:
        return now - path.stat().st_mtime < RECENT_SECONDS
    except OSError:
        return True


def remove_leftovers(folder: Path, is_leftover: Callable[[str], bool]) -> list[Path]:
    """Delete the files in ``folder`` whose names ``is_leftover`` recognises, unless still
    being written. Returns what was removed; what cannot be removed is left (and logged)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    now = time.time()
    removed = []
    for path in entries:
        if not is_leftover(path.name) or _in_use(path, now):
            continue
        try:
            if path.is_file():
                path.unlink()
                removed.append(path)
        except OSError as exc:
            log.info("leftover %s not removed: %s", path.name, exc.strerror or exc)
    if removed:
        log.info("removed %d leftover temporary file(s) in %s", len(removed), folder)
    return removed
