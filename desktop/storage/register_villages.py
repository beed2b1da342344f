"""How many records of each village the office's merged register lists (those not in
Terhapus), so that the register in village order reaches a row far down by skipping whole
villages instead of stepping through every record before it (``storage.register``).

Kept as records change, inside the changes' transactions: the records' owner
(``storage.incidents``) reports each record that enters or leaves the list (saved, deleted,
restored, purged, a version chosen), the import (``storage.office_imports``) how many listed
records it gives a village and each village whose code changes. A record counts for its
village once it has both: one listed before its village is known (the import writes records
before it claims them) is counted when the import claims it.

Owner of the table ``register_village``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from desktop.storage.db import database, execute

_ADD = (
    "INSERT INTO register_village (village_code, records) VALUES (?, ?) "
    "ON CONFLICT (village_code) DO UPDATE SET records = records + excluded.records"
)


def _add(counts: Mapping[str, int]) -> None:
    changed = [(code, n) for code, n in counts.items() if n]
    if changed:
        database.connection().executemany(_ADD, changed)


def listed_changed(changes: Mapping[str, int]) -> None:
    """Records that entered (1) or left (-1) the list, by record id; those of no known
    village are not counted (yet)."""
    from desktop.storage import office_imports  # it imports the list this module serves

    if not changes:
        return
    per_village: Counter[str] = Counter()
    for record_id, code in office_imports.villages_of(list(changes)).items():
        per_village[code] += changes[record_id]
    _add(per_village)


def placed(village_code: str, listed: int) -> None:
    """``listed`` records of the list now belong to village ``village_code`` (an import
    claimed them)."""
    _add({village_code: listed})


def moved(old_code: str, new_code: str) -> None:
    """A village's code changed (a change it signed): its records are counted under the new
    code."""
    row = execute("SELECT records FROM register_village WHERE village_code = ?", (old_code,))
    found = row.fetchone()
    if found is None:
        return
    execute("DELETE FROM register_village WHERE village_code = ?", (old_code,))
    _add({new_code: found[0]})


def counts() -> dict[str, int]:
    """How many records of each village the register lists, by village code."""
    return dict(execute("SELECT village_code, records FROM register_village").fetchall())
