"""Daily backups as page snapshots: each one lists the database file's pages, and stores only the
pages that changed since the previous snapshot.

A page of the database file changes only when SQLite writes it, and SQLCipher writes a page
encrypted as a whole, so an unchanged page keeps its bytes from day to day. A snapshot reads
the file once, hashes every page (BLAKE2b), and writes to a new pack only the pages whose hash
differs from the previous snapshot's; the rest it takes from the packs earlier snapshots wrote.
Fourteen daily snapshots of a database that changes a little each day take about one copy of
it, and a day's snapshot writes megabytes, not the whole database. The pages stay as SQLCipher
wrote them, encrypted with the database's key: nothing readable is written.

Consistency: the write-ahead log is folded into the file first (a passive checkpoint, which
never holds up a save), then a read transaction is opened while every frame of the log is in
the file. Such a reader reads the file alone, and SQLite writes nothing into the file while it
is open (a checkpoint must wait for it), so the file read is the database exactly as of that
moment, while the window goes on saving into the log.

Integrity: the database was checked in full when this session opened it (Installation), the
pages are copied byte for byte, and every page of a new pack is read back and compared with
its hash. A restore assembles the file from the packs, checking every page's hash, then runs
SQLite's integrity check on the result before anything is replaced (storage.backup).

Files, in the backups folder: ``siaga-<time>-<reason>.halaman`` (the snapshot: a header, one
entry per page: pack, slot and hash, and a checksum of it all) and ``halaman/<time>.paket``
(packs: pages one after another). A pack is deleted once no snapshot lists it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from desktop import leftovers
from desktop.storage.db import Key, connect

MAGIC = b"SIAGA-HALAMAN\n"
VERSION = 1
SUFFIX = ".halaman"
PACKS = "halaman"
PACK_SUFFIX = ".paket"
TEMPORARY = ".tmp"
HASH_BYTES = 16
_ENTRY = struct.Struct("<HI16s")  # pack index, slot in the pack, BLAKE2b-128 of the page
_CHECKSUM_BYTES = 32
QUIET_TRIES = 20  # attempts at a moment when the log is empty
READ_PAGES = 256  # pages read at once
WRITE_BYTES = 1024 * 1024  # written at once


class SnapshotUnusable(Exception):
    """A snapshot file (or a pack it lists) is missing, damaged or of an unknown format."""


class SnapshotBusy(Exception):
    """The write-ahead log never emptied: the database kept being written (try a full copy)."""


@dataclass(frozen=True)
class Snapshot:
    path: Path
    page_size: int
    schema_version: int
    packs: tuple[str, ...]
    entries: tuple[tuple[int, int, bytes], ...]

    @property
    def size(self) -> int:
        return self.page_size * len(self.entries)

    def pack_path(self, index: int) -> Path:
        return self.path.parent / PACKS / self.packs[index]


def _hash(page: bytes) -> bytes:
    return hashlib.blake2b(page, digest_size=HASH_BYTES).digest()


def _checksum(body: bytes) -> bytes:
    return hashlib.blake2b(body, digest_size=_CHECKSUM_BYTES).digest()


def read_snapshot(path: Path) -> Snapshot:
    """The snapshot at ``path``, its checksum verified. Raises SnapshotUnusable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SnapshotUnusable(f"{path.name}: {exc.strerror or exc}") from exc
    body, checksum = data[:-_CHECKSUM_BYTES], data[-_CHECKSUM_BYTES:]
    if not data.startswith(MAGIC) or _checksum(body) != checksum:
        raise SnapshotUnusable(f"{path.name}: not a snapshot, or damaged")
    try:
        end = body.index(b"\n", len(MAGIC))
        header = json.loads(body[len(MAGIC) : end])
        if header.get("version") != VERSION:
            raise ValueError(f"version {header.get('version')!r}")
        page_size, pages = int(header["page_size"]), int(header["pages"])
        packs = tuple(str(p) for p in header["packs"])
        table = body[end + 1 :]
        if len(table) != pages * _ENTRY.size or any("/" in p or "\\" in p for p in packs):
            raise ValueError("table does not match the header")
        entries = tuple(_ENTRY.iter_unpack(table))
        if any(index >= len(packs) for index, _, _ in entries):
            raise ValueError("a page in an unknown pack")
        return Snapshot(path, page_size, int(header["schema_version"]), packs, entries)
    except (ValueError, KeyError, TypeError) as exc:
        raise SnapshotUnusable(f"{path.name}: {exc}") from exc


def _snapshot_bytes(page_size: int, schema: int, packs: list[str], entries: list) -> bytes:
    header = {
        "version": VERSION,
        "page_size": page_size,
        "pages": len(entries),
        "schema_version": schema,
        "packs": packs,
    }
    table = b"".join(_ENTRY.pack(*entry) for entry in entries)
    body = b"".join((MAGIC, json.dumps(header, sort_keys=True).encode(), b"\n", table))
    return body + _checksum(body)


@contextlib.contextmanager
def _quiet_moment(db_path: Path, key: Key) -> Iterator[Any]:
    """A connection inside a read transaction begun while every frame of the write-ahead log
    was already in the database file: until it ends, SQLite writes nothing into the file (see
    the module docstring). The checkpoint is passive: it never holds up a save."""
    conn = connect(db_path, key, isolation_level=None)
    try:
        for attempt in range(QUIET_TRIES):
            before = conn.execute("PRAGMA data_version").fetchone()[0]
            busy, frames, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            # Unchanged: nothing was committed since the checkpoint copied every frame.
            unchanged = conn.execute("PRAGMA data_version").fetchone()[0] == before
            # Not busy: no other checkpoint was copying frames into the file meanwhile.
            if not busy and frames == done and unchanged:
                try:
                    yield conn
                finally:
                    conn.execute("COMMIT")
                return
            conn.execute("ROLLBACK")
            time.sleep(0.02 * (attempt + 1))
        raise SnapshotBusy(str(db_path))
    finally:
        conn.close()


def newest_snapshot(folder: Path) -> Snapshot | None:
    """The newest readable snapshot in ``folder`` (pages to compare with), or None."""
    for path in sorted(folder.glob(f"*{SUFFIX}"), reverse=True):
        with contextlib.suppress(SnapshotUnusable):
            return read_snapshot(path)
    return None


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class _Out:
    """A file written in large pieces straight through ``os.write`` (one seam for the fault
    tests: an error at the n-th write), then flushed to the device."""

    def __init__(self, path: Path) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        self._fd = os.open(path, flags, 0o600)
        self._buffer = bytearray()

    def write(self, data: bytes) -> None:
        self._buffer += data
        if len(self._buffer) >= WRITE_BYTES:
            self._drain()

    def _drain(self) -> None:
        view = memoryview(self._buffer)
        while view:
            view = view[os.write(self._fd, view) :]
        self._buffer = bytearray()

    def finish(self) -> None:
        self._drain()
        os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)

    def __enter__(self) -> _Out:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _write_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + TEMPORARY)
    with leftovers.writing(tmp):
        try:
            with _Out(tmp) as out:
                out.write(data)
                out.finish()
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise
    _fsync_folder(path.parent)


@dataclass(frozen=True)
class Taken:
    path: Path
    pages: int
    new_pages: int  # written to this snapshot's own pack
    read_bytes: int


def take_snapshot(db_path: Path, key: Key, target: Path) -> Taken:
    """Write the snapshot ``target`` (a ``.halaman`` name in the backups folder) of the
    database at ``db_path``, reusing the pages of the newest snapshot there.

    Raises SnapshotBusy (nothing written) when the database never stopped being written, and
    OSError or sqlite errors as they come; nothing is left half-written either way.
    """
    folder = target.parent
    previous = newest_snapshot(folder)
    old: dict[int, tuple[bytes, str, int]] = {}
    if previous is not None:
        for number, (index, slot, digest) in enumerate(previous.entries):
            old[number] = (digest, previous.packs[index], slot)
    pack_name = target.name[: -len(SUFFIX)] + PACK_SUFFIX
    pack = folder / PACKS / pack_name
    pack_tmp = pack.with_name(pack.name + TEMPORARY)
    (folder / PACKS).mkdir(parents=True, exist_ok=True)
    with leftovers.writing(pack_tmp, pack, target):
        try:
            return _take(db_path, key, target, pack, pack_tmp, old)
        except BaseException:
            for path in (pack_tmp, pack):
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)
            raise


def _take(db_path, key, target, pack, pack_tmp, old) -> Taken:
    packs: list[str] = []
    entries: list[tuple[int, int, bytes]] = []
    new_hashes: list[bytes] = []
    read = 0

    def pack_index(name: str) -> int:
        if name not in packs:
            packs.append(name)
        return packs.index(name)

    with _quiet_moment(db_path, key) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
        index_of: dict[str, int] = {}
        with open(db_path, "rb") as source, _Out(pack_tmp) as out:
            number = 0
            while number < pages:
                block = source.read(page_size * min(READ_PAGES, pages - number))
                if len(block) % page_size or not block:
                    raise OSError(f"{db_path.name} is shorter than its {pages} pages")
                read += len(block)
                for start in range(0, len(block), page_size):
                    page = block[start : start + page_size]
                    digest = _hash(page)
                    kept = old.get(number)
                    if kept is not None and kept[0] == digest:
                        name = kept[1]
                        if name not in index_of:
                            index_of[name] = pack_index(name)
                        entries.append((index_of[name], kept[2], digest))
                    else:
                        out.write(page)
                        entries.append((-1, len(new_hashes), digest))
                        new_hashes.append(digest)
                    number += 1
            out.finish()
    if new_hashes:
        os.replace(pack_tmp, pack)
        _fsync_folder(pack.parent)
        _verify_pack(pack, page_size, new_hashes)
        own = pack_index(pack.name)
        entries = [(own if i == -1 else i, slot, digest) for i, slot, digest in entries]
    else:
        pack_tmp.unlink()
    _write_file(target, _snapshot_bytes(page_size, schema, packs, entries))
    read_snapshot(target)
    return Taken(target, pages, len(new_hashes), read)


def _verify_pack(pack: Path, page_size: int, hashes: list[bytes]) -> None:
    with open(pack, "rb") as handle:
        for digest in hashes:
            if _hash(handle.read(page_size)) != digest:
                raise OSError(f"{pack.name} does not read back as written")
        if handle.read(1):
            raise OSError(f"{pack.name} is longer than written")


def check_packs(snapshot: Snapshot, *, pages: bool) -> None:
    """Raise SnapshotUnusable unless every pack the snapshot lists is there and long enough;
    with ``pages``, every page is also read and compared with its hash."""
    needed: dict[int, int] = {}
    for index, slot, _ in snapshot.entries:
        needed[index] = max(needed.get(index, 0), slot + 1)
    for index, count in needed.items():
        path = snapshot.pack_path(index)
        try:
            if path.stat().st_size < count * snapshot.page_size:
                raise SnapshotUnusable(f"{path.name} is too short")
        except OSError as exc:
            raise SnapshotUnusable(f"{path.name}: {exc.strerror or exc}") from exc
    if pages:
        for _ in _pages(snapshot):
            pass


def _pages(snapshot: Snapshot) -> Iterator[bytes]:
    handles: dict[int, BinaryIO] = {}
    try:
        for index, slot, digest in snapshot.entries:
            handle = handles.get(index)
            if handle is None:
                try:
                    handle = handles[index] = open(snapshot.pack_path(index), "rb")  # noqa: SIM115
                except OSError as exc:
                    raise SnapshotUnusable(f"{snapshot.packs[index]}: {exc}") from exc
            handle.seek(slot * snapshot.page_size)
            page = handle.read(snapshot.page_size)
            if len(page) != snapshot.page_size or _hash(page) != digest:
                raise SnapshotUnusable(f"page {slot} of {snapshot.packs[index]} is damaged")
            yield page
    finally:
        for handle in handles.values():
            handle.close()


def assemble(snapshot: Snapshot, target: Path) -> None:
    """Write the database file the snapshot lists to ``target`` (a temporary name: the caller
    checks it and renames it). Raises SnapshotUnusable for a damaged page, OSError for the
    disk."""
    with _Out(target) as out:
        for page in _pages(snapshot):
            out.write(page)
        out.finish()


def remove_unused_packs(folder: Path) -> list[Path]:
    """Delete the packs no snapshot in ``folder`` lists any more (nor one being written)."""
    listed: set[str] = set()
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            listed.update(read_snapshot(path).packs)
        except SnapshotUnusable:
            continue
    return leftovers.remove_leftovers(
        folder / PACKS, lambda name: name.endswith(PACK_SUFFIX) and name not in listed
    )


def is_leftover(name: str) -> bool:
    return name.endswith(SUFFIX + TEMPORARY) or name.endswith(PACK_SUFFIX + TEMPORARY)
