"""Made-up records (MODE LATIHAN, benchmarks): adding demo records, and telling whether any
record here was made up.
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.incident import DEMO_ID_MARK
from desktop.storage.db import execute
from desktop.storage.incidents.current import add_new_records


def add_demo_records(count: int, *, today: date | None = None) -> int:
    """Add ``count`` fictional records (training mode, benchmarks): the same contents for a
    folder filled the same way, always under new ids; filling it again adds new ones."""
    from desktop.domain.demo_incidents import demo_chains  # not needed in normal use

    today = today or datetime.now().date()
    held = execute("SELECT COUNT(*) FROM incident_version").fetchone()[0]
    chains = demo_chains(count, today=today, seed=2026 + held)
    return add_new_records(chains, many=count >= 10_000)


def holds_made_up_records() -> bool:
    """True when any record here was made up (MODE LATIHAN, demo-data): its id says so."""
    found = execute(
        "SELECT 1 FROM incident_version WHERE substr(record_id, 15, 4) = ? LIMIT 1",
        (DEMO_ID_MARK,),
    ).fetchone()
    return found is not None
