"""The received exports, still encrypted: ``<export_id>.siaga`` with ``<export_id>.json``
beside it (what was received, when, whether it is held), until the office fetched them.

An upload is written to a hidden temporary file as it arrives (never held whole in memory),
flushed and renamed only once it was checked; a temporary file that a killed receiver left
is removed at the next start and before the next upload is kept. Only names that are an
export id from end to end are ever read, listed or written. A quota bounds what one village
can leave waiting (files and bytes, counting uploads under way).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.exchange.wire import envelope
from desktop.exchange.wire.envelope import EnvelopeProblem, EnvelopeRejected
from desktop.exchange.wire.files import remove_quietly, write_verified
from desktop.leftovers import is_partial, partial_name, remove_leftovers, writing

log = logging.getLogger(__name__)

SAFE_ID = re.compile(r"[0-9a-fA-F-]{8,64}")


def safe_id(export_id: str) -> bool:
    """An export id and nothing else (``fullmatch``: ``$`` would let a final newline in)."""
    return SAFE_ID.fullmatch(export_id) is not None


@dataclass(frozen=True)
class Stored:
    export_id: str
    village_code: str
    sha256: str
    size: int
    received_at: str
    held: bool  # signed by a key other than the one registered for the village

    def as_json(self) -> dict[str, Any]:
        return {
            "export_id": self.export_id,
            "village_code": self.village_code,
            "sha256": self.sha256,
            "size": self.size,
            "received_at": self.received_at,
            "held": self.held,
        }


@dataclass(frozen=True)
class Quota:
    """What one village may leave waiting at the receiver."""

    files: int = 50
    bytes: int = 1024 * 1024 * 1024


class Upload:
    """One body being received: written to a hidden temporary file, hashed on the way."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / partial_name("unggahan", uuid.uuid4().hex[:12])
        self._marking: contextlib.ExitStack | None = contextlib.ExitStack()
        self._marking.enter_context(writing(self.path))
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        self._fd: int | None = os.open(self.path, flags, 0o600)
        self._sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        """Raises OSError (a full disk)."""
        assert self._fd is not None
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view) :]
        self._sha256.update(data)
        self.size += len(data)

    @property
    def sha256(self) -> str:
        return self._sha256.hexdigest()

    def close(self) -> None:
        """Flush to the disk and close (before it is renamed)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def discard(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.close(fd)
        remove_quietly(self.path)
        self.renamed()

    def renamed(self) -> None:
        """No longer a temporary file of ours (renamed, or gone)."""
        if self._marking is not None:
            marking, self._marking = self._marking, None
            marking.close()


class ReceivedStore:
    def __init__(self, folder: Path, quota: Quota | None = None) -> None:
        self.folder = folder
        self.quota = quota or Quota()
        self._lock = threading.Lock()
        self._index: dict[str, Stored] = {}
        self._totals: dict[str, tuple[int, int]] = {}  # village -> (files, bytes) kept
        self._under_way: dict[str, list[int]] = {}  # village -> [uploads, bytes announced]

    def _paths(self, export_id: str) -> tuple[Path, Path]:
        return self.folder / f"{export_id}{envelope.SUFFIX}", self.folder / f"{export_id}.json"

    def start(self) -> None:
        """Prepare the folder: temporary files of a killed run removed, half-kept exports
        (a file without its description, or the reverse) removed, the rest indexed."""
        self.folder.mkdir(parents=True, exist_ok=True)
        remove_leftovers(self.folder, is_partial)
        index: dict[str, Stored] = {}
        for path in self.folder.iterdir():
            if is_partial(path.name) or path.suffix not in (envelope.SUFFIX, ".json"):
                continue
            if not safe_id(path.stem):
                log.warning("not an export id, left alone: %r", path.name)
                continue
            data, meta = self._paths(path.stem)
            if not (data.exists() and meta.exists()):
                log.warning("half-kept export %s removed", path.stem)
                remove_quietly(path)
                continue
            if path.suffix == ".json":
                stored = self._read_meta(meta)
                if stored is not None and stored.export_id == path.stem:
                    index[stored.export_id] = stored
        with self._lock:
            self._index = index
            self._totals = {}
            for stored in index.values():
                self._count(stored, 1)

    def _count(self, stored: Stored, sign: int) -> None:
        files, size = self._totals.get(stored.village_code, (0, 0))
        self._totals[stored.village_code] = (files + sign, size + sign * stored.size)

    @staticmethod
    def _read_meta(meta: Path) -> Stored | None:
        try:
            return Stored(**json.loads(meta.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def find(self, export_id: str) -> Stored | None:
        if not safe_id(export_id):
            return None
        with self._lock:
            return self._index.get(export_id)

    def waiting(self) -> list[Stored]:
        with self._lock:
            found = list(self._index.values())
        return sorted(found, key=lambda s: (s.received_at, s.export_id))

    # the quota --------------------------------------------------------------------------

    def reserve(self, village: str, announced: int) -> bool:
        """Count an upload of ``village`` under way, if its quota allows (False: not now)."""
        with self._lock:
            files, size = self._totals.get(village, (0, 0))
            uploads, pending = self._under_way.get(village, [0, 0])
            if files + uploads >= self.quota.files or size + pending + announced > self.quota.bytes:
                return False
            self._under_way[village] = [uploads + 1, pending + announced]
            return True

    def release(self, village: str, announced: int) -> None:
        with self._lock:
            uploads, pending = self._under_way.get(village, [1, announced])
            if uploads <= 1:
                self._under_way.pop(village, None)
            else:
                self._under_way[village] = [uploads - 1, pending - announced]

    def over_quota(self, village: str, size: int) -> bool:
        """Whether keeping ``size`` more bytes for ``village`` would pass its quota."""
        with self._lock:
            held = self._totals.get(village, (0, 0))[1]
        return held + size > self.quota.bytes

    # writing --------------------------------------------------------------------------

    def begin(self) -> Upload:
        """A temporary file for one upload. Raises OSError."""
        return Upload(self.folder)

    def keep(self, upload: Upload, header: envelope.EnvelopeHeader, held: bool, now: str) -> Stored:
        """Keep a checked upload under its export id; the same export again returns what was
        kept the first time (the upload is dropped). Raises EnvelopeRejected (INCONSISTENT:
        the id was kept with other content) or OSError."""
        if not safe_id(header.export_id):
            upload.discard()
            raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE, "export id")
        found = self.find(header.export_id)
        if found is not None:
            upload.discard()
            if found.sha256 != upload.sha256:
                raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT, "export id reused")
            return found
        stored = Stored(
            header.export_id, header.village_code, upload.sha256, upload.size, now, held
        )
        data_path, meta_path = self._paths(header.export_id)
        try:
            upload.close()
            remove_leftovers(self.folder, is_partial)
            os.replace(upload.path, data_path)
            upload.renamed()
            write_verified(
                self.folder, meta_path.name, json.dumps(stored.as_json(), sort_keys=True).encode()
            )
        except BaseException:
            upload.discard()
            remove_quietly(data_path)
            raise
        with self._lock:
            self._index[stored.export_id] = stored
            self._count(stored, 1)
        return stored

    def data_path(self, export_id: str) -> Path | None:
        return self._paths(export_id)[0] if self.find(export_id) is not None else None

    def discard(self, export_id: str) -> bool:
        with self._lock:
            stored = self._index.pop(export_id, None) if safe_id(export_id) else None
            if stored is None:
                return False
            self._count(stored, -1)
        for path in self._paths(export_id):
            remove_quietly(path)
        return True
