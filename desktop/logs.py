"""Logging: one rotating log file in the data folder (``logs/siaga.log``).

Qt-free, so the window sets it up first thing; the crash handler (ui/errors.py) writes to the
file whose path ``configure_logging`` returns.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.paths import DataPaths


class RotatingLog(logging.FileHandler):
    """A log file that starts afresh past ``max_bytes``, keeping ``keep`` older files.

    logging.handlers.RotatingFileHandler would do, but importing logging.handlers costs about
    10 ms of start-up (it pulls in socket, pickle and queue).
    """

    def __init__(self, path: Path, max_bytes: int = 1_000_000, keep: int = 5) -> None:
        self.max_bytes = max_bytes
        self.keep = keep
        super().__init__(path, encoding="utf-8", delay=True)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            path = Path(self.baseFilename)
            if path.exists() and path.stat().st_size >= self.max_bytes:
                self.rotate(path)
        except OSError:
            pass
        super().emit(record)

    def rotate(self, path: Path) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for n in range(self.keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{n + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))


def configure_logging(paths: DataPaths) -> Path | None:
    """A rotating log in the data folder; returns its path (None if it cannot be written)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        paths.ensure()
        log_file = paths.logs / "siaga.log"
        handler = RotatingLog(log_file)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_file
