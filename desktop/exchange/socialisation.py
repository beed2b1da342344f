"""Kegiatan sosialisasi in the exchange: a village's events into its export, and at the office
a village's events merged from its export. One call from the export builder and one from the
merge (``exchange/export.py``, ``exchange/merge.py``); the section's format is
``wire/socialisation.py``.

At the office a village's events are held with the village (owner: its code). An event is
decided by itself: the copy with the higher revision, then the later change, is kept
(``domain.socialisation.supersedes``), so exports merged twice, late or out of order leave the
office with the village's latest state, deletions included. An export that names an event held
for anyone else (another village, the office itself) is refused whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop.domain.area import Area
from desktop.domain.exchange import ExportRejected, RejectReason
from desktop.domain.socialisation import ReachedVillage, supersedes
from desktop.exchange.wire.format import ExportSource
from desktop.exchange.wire.socialisation import MEMBER, IncomingEvents, encode_section
from desktop.storage import socialisation as store


def export_section() -> dict[str, Any] | None:
    """The events section of an export made now (None when no event was ever recorded)."""
    return encode_section(store.own_events(), store.own_removed())


def revisions() -> list[str]:
    """What the events section of an export made now holds, for the export's content key."""
    return list(store.own_revisions())


@dataclass(frozen=True)
class EventCounts:
    new: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0


def follow_code_change(old_code: str, chain: Sequence[Area]) -> None:
    """At the office, inside the export's merge: the village changed its code from
    ``old_code`` by a change it signed (``chain``: the new code's official areas, province
    first); its events are held under the new code, in its kecamatan."""
    _province, regency, district, village = chain
    store.move_owner(old_code, village.code, village.name, district.name, regency.name)


def merge_events(events: IncomingEvents, source: ExportSource) -> EventCounts:
    """At the office, inside the export's merge transaction: hold the village's events as its
    own. Raises ExportRejected (nothing merged) for an event held for another owner."""
    owner, name = source.village_code, source.village_name
    ids = [e.record_id for e in events.events] + [r.record_id for r in events.removed]
    held = store.held_copies(ids)
    for record_id, existing in held.items():
        if existing.owner != owner:
            raise ExportRejected(RejectReason.INVALID, f"{MEMBER}: {record_id}")
    new = updated = removed = unchanged = 0
    for event in events.events:
        copy = held.get(event.record_id)
        assert event.updated_at is not None
        if copy is not None and not supersedes(
            (event.revision, event.updated_at), (copy.revision, copy.changed_at)
        ):
            unchanged += 1
            continue
        store.put_copy(
            replace(
                event,
                district_code=owner.rpartition(".")[0],
                district_name=source.district_name,
                regency_name=source.regency_name,
                villages=(ReachedVillage(owner, name),),
                owner=owner,
                owner_name=name,
            )
        )
        if copy is None:
            new += 1
        else:
            updated += 1
    for gone in events.removed:
        copy = held.get(gone.record_id)
        if copy is not None and not supersedes(
            (gone.revision, gone.removed_at), (copy.revision, copy.changed_at)
        ):
            unchanged += 1
            continue
        store.remove_copy(gone, owner, name)
        if copy is not None and not copy.deleted:
            removed += 1
        else:
            unchanged += 1  # nothing of it was held: only its deletion is kept
    return EventCounts(new, updated, removed, unchanged)
