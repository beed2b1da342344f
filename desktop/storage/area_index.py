"""The official area codes, converted once from the shipped CSV files into an indexed SQLite file.

The conversion runs at first use and whenever the CSV files change (the cache file is named by
their hash), so a start never parses the 83,762-village CSV.

Owner of the table ``area`` (in that file, not in the app's database).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import sqlite3
import threading
from pathlib import Path

from desktop.domain.area import Area, Level, level_of, parent_code
from desktop.domain.errors import AreaDataUnavailable, FieldError

CSV_FILES = ("provinces.csv", "regencies.csv", "districts.csv", "villages.csv")
_FORMAT = 1


def _fingerprint(csv_dir: Path) -> str:
    digest = hashlib.sha256(f"format{_FORMAT}".encode())
    for name in CSV_FILES:
        digest.update((csv_dir / name).read_bytes())
    return digest.hexdigest()[:16]


def _rows(csv_dir: Path):
    for level, name in zip(Level, CSV_FILES, strict=True):
        with open(csv_dir / name, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            next(reader, None)
            for line_no, row in enumerate(reader, start=2):
                if not row:
                    continue
                code = row[0].strip()
                area_name = row[-1].strip()
                try:
                    ok = level_of(code) is level and area_name
                except FieldError:
                    ok = False
                if not ok:
                    raise AreaDataUnavailable(csv_dir / name, f"bad row {line_no}: {row!r}")
                yield code, parent_code(code), area_name, level.value


def _fill(conn: sqlite3.Connection, csv_dir: Path) -> None:
    conn.execute(
        "CREATE TABLE area (code TEXT PRIMARY KEY, parent TEXT NOT NULL, "
        "name TEXT NOT NULL, level INTEGER NOT NULL) WITHOUT ROWID"
    )
    conn.executemany(
        "INSERT INTO area (code, parent, name, level) VALUES (?, ?, ?, ?)", _rows(csv_dir)
    )
    conn.execute("CREATE INDEX area_parent ON area (parent, name)")
    conn.commit()


def build_index(csv_dir: Path, target: Path) -> None:
    """Convert the CSV files into ``target`` (written under a temporary name, then renamed)."""
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        conn = sqlite3.connect(tmp)
        try:
            _fill(conn, csv_dir)
        finally:
            conn.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error, UnicodeDecodeError) as exc:
        raise AreaDataUnavailable(csv_dir, str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


class AreaIndex:
    """Read-only look-ups over the converted area codes. One index serves the window and its
    workers (an office import looks up the names of each village's code): each look-up holds
    a lock, so two threads never share the connection at the same moment."""

    def __init__(self, path: Path, conn: sqlite3.Connection | None = None) -> None:
        self.path = path
        self._conn = conn or sqlite3.connect(
            f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def get(self, code: str) -> Area | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT code, parent, name FROM area WHERE code = ?", (code,)
            ).fetchone()
        return Area(*row) if row else None

    def children(self, code: str) -> list[Area]:
        """The areas directly below ``code`` ('' gives the provinces), in name order."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT code, parent, name FROM area WHERE parent = ? ORDER BY name", (code,)
            ).fetchall()
        return [Area(*r) for r in rows]

    def villages_in(self, regency: str) -> list[tuple[Area, Area]]:
        """The villages and kelurahan of ``regency``, each with its district (kecamatan), by
        district name and then village name."""
        rows = self._conn.execute(
            "SELECT v.code, v.parent, v.name, d.code, d.parent, d.name FROM area d "
            "JOIN area v ON v.parent = d.code WHERE d.parent = ? ORDER BY d.name, v.name",
            (regency,),
        )
        return [(Area(*r[:3]), Area(*r[3:])) for r in rows]

    def chain(self, code: str) -> list[Area]:
        """The area and every level above it, province first; empty when unknown."""
        found: list[Area] = []
        while code:
            area = self.get(code)
            if area is None:
                return []
            found.insert(0, area)
            code = area.parent
        return found

    def count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM area").fetchone()[0]


def open_area_index(csv_dir: Path, cache_dir: Path) -> AreaIndex:
    """Open the converted index, converting the CSV files first when needed. When the cache
    cannot be written (a full or read-only disk), the conversion is kept in memory for this
    run: the list is a cache, never the reason something cannot be done."""
    try:
        target = cache_dir / f"wilayah-{_fingerprint(csv_dir)}.sqlite3"
    except OSError as exc:
        raise AreaDataUnavailable(csv_dir, str(exc)) from exc
    if not target.exists():
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            build_index(csv_dir, target)
        except (OSError, AreaDataUnavailable):
            return _in_memory(csv_dir, target)
    try:
        return AreaIndex(target)
    except sqlite3.Error as exc:
        raise AreaDataUnavailable(target, str(exc)) from exc


def _in_memory(csv_dir: Path, target: Path) -> AreaIndex:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        _fill(conn, csv_dir)
    except (OSError, sqlite3.Error, UnicodeDecodeError) as exc:
        conn.close()
        raise AreaDataUnavailable(csv_dir, str(exc)) from exc
    return AreaIndex(target, conn)
