"""The question lists the office reads its villages' checks with: every version this app ships,
and every version the office delivered in a content pack of its own. A village keeps a
delivered version for good (the checks made with it are shown with its questions), so the
office must keep reading it too, whatever packs it made since.
"""

from __future__ import annotations

import logging
from typing import Any

from desktop.domain.checklist import ChecklistShelf
from desktop.exchange.wire import content_pack as wire
from desktop.resources import resource_path
from desktop.storage import office_packs

log = logging.getLogger(__name__)


def _delivered() -> dict[int, dict[str, Any]]:
    """Version -> its file's data, from the office's own packs (the first to deliver a number
    keeps it: a village refuses another text under a number it holds)."""
    delivered: dict[int, dict[str, Any]] = {}
    for data in office_packs.made_files():
        try:
            pack = wire.verify(data, wire.read_label(data).office_key)
        except wire.PackRejected as exc:  # kept in the office's own database: not expected
            log.warning("a content pack the office made does not read back: %s", exc)
            continue
        if pack.checklist is not None and pack.checklist_version is not None:
            delivered.setdefault(pack.checklist_version, dict(pack.checklist))
    return delivered


class OfficeChecklists:
    """The office's shelf of question lists, read again only after the office made a pack."""

    def __init__(self) -> None:
        self._made = -1
        self._shelf: ChecklistShelf | None = None

    def shelf(self) -> ChecklistShelf:
        made = office_packs.next_number()
        if self._shelf is None or made != self._made:
            self._shelf = ChecklistShelf(resource_path("checklists"), _delivered())
            self._made = made
        return self._shelf
