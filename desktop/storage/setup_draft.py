"""What the welcome wizard holds before the data exists: the village or office typed so far,
kept in a small file in the data folder so that closing the wizard loses nothing.

The database cannot hold it yet (it is made, encrypted, only once the passphrase is chosen at
the end of set-up), and the file says nothing about whether the installation is set up (that is
the key file and the database, ``storage.installation.protection_of``). It holds only what the
village prints on its leaflets: no passphrase, no recovery key. Written whole and renamed, so a
power cut leaves the previous draft or the new one; removed once the details are in the
database. An unreadable draft is treated as none.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from desktop.leftovers import partial_name, writing
from desktop.paths import DataPaths

log = logging.getLogger(__name__)

FILE_NAME = "penyiapan-draf.json"
MAX_BYTES = 64 * 1024  # a profile and its contacts are a few hundred bytes


def draft_path(paths: DataPaths) -> Path:
    return paths.root / FILE_NAME


def load(paths: DataPaths) -> dict[str, Any] | None:
    path = draft_path(paths)
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def save(paths: DataPaths, payload: dict[str, Any]) -> bool:
    """Keep ``payload``; False when the disk keeps it from being written (the wizard still
    holds everything, and the next change tries again)."""
    path = draft_path(paths)
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    tmp = path.with_name(partial_name(path.name, secrets.token_hex(4)))
    try:
        paths.ensure()
        with writing(tmp):
            try:
                with open(tmp, "wb") as file:
                    file.write(data)
                    file.flush()
                    os.fsync(file.fileno())
                os.replace(tmp, path)
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("set-up draft not kept: %s", exc.strerror or type(exc).__name__)
        return False
    return True


def discard(paths: DataPaths) -> None:
    """Remove the draft (its details are in the database now). A draft that cannot be removed
    is offered again next time, which loses nothing."""
    try:
        draft_path(paths).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("set-up draft not removed: %s", exc.strerror or type(exc).__name__)
