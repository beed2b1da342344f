"""What a village shows now: the installed content pack's parts where it carries them, the
shipped files everywhere else.

Materi, Cek Tawaran Kerja, the leaflets, the hotlines and the About box all ask
``current_content()``; each part goes through the same loader as the shipped file
(``load_library``/``library_from_texts``, ``load_checklist``/``ChecklistShelf``,
``load_hotlines``/``parse_hotlines``), so a pack's topics are read exactly as shipped ones. A
check saved with a checklist version keeps it: every version a pack delivered stays readable,
whatever is installed later.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.checklist import ChecklistShelf
from desktop.domain.content import (
    ContentReviews,
    Library,
    library_from_texts,
    load_leaflet_text,
    load_library,
    load_reviews,
    parse_leaflet_text,
    parse_reviews,
)
from desktop.domain.content_pack import ContentPack, LocalContact, OfficeContact, RecruiterWarning
from desktop.domain.hotlines import Hotlines, load_hotlines, parse_hotlines
from desktop.domain.materials import Materials
from desktop.exchange.wire import content_pack as wire
from desktop.resources import resource_path
from desktop.storage import content_packs as store

log = logging.getLogger(__name__)

PACK_FOLDER = Path("paket")  # how a pack's files are named in messages


@dataclass(frozen=True)
class ActiveContent:
    """The content in force; ``pack`` is the installed pack (None: all shipped)."""

    pack: ContentPack | None = None
    delivered: dict[int, dict[str, Any]] = field(default_factory=dict, hash=False)
    _cache: dict[Any, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def _once(self, key: Any, make: Any) -> Any:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def library(self, language: str) -> Library:
        material = self.pack.material if self.pack is not None else None
        if material is None:
            return load_library(resource_path("content"), language)
        return self._once(
            ("library", language),
            lambda: library_from_texts(PACK_FOLDER / language, language, material.topics[language]),
        )

    def leaflet_text(self, language: str) -> dict[str, str]:
        material = self.pack.material if self.pack is not None else None
        if material is None:
            return load_leaflet_text(resource_path("content"), language)
        return parse_leaflet_text(
            PACK_FOLDER / language / "leaflet.json", material.leaflet[language]
        )

    def reviews(self) -> ContentReviews:
        material = self.pack.material if self.pack is not None else None
        if material is None:
            return load_reviews(resource_path("content"))
        return parse_reviews(PACK_FOLDER / "reviewed.json", material.reviewed, self.library("id"))

    def hotlines(self) -> Hotlines:
        if self.pack is None or self.pack.hotlines is None:
            return load_hotlines(resource_path("contacts", "hotlines.json"))
        hotlines = self.pack.hotlines
        return self._once("hotlines", lambda: parse_hotlines(hotlines))

    def checklists(self) -> ChecklistShelf:
        return ChecklistShelf(
            resource_path("checklists"),
            self.delivered,
            self.pack.checklist_version if self.pack is not None else None,
        )

    @property
    def warnings(self) -> tuple[RecruiterWarning, ...]:
        return self.pack.warnings if self.pack is not None else ()

    @property
    def office_contact(self) -> OfficeContact | None:
        return self.pack.office_contact if self.pack is not None else None

    def contacts_for(self, village_code: str) -> tuple[LocalContact, ...]:
        return self.pack.contacts_for(village_code) if self.pack is not None else ()

    def materials(self, language: str, village_code: str) -> Materials:
        """What Materi shows and the leaflets print in ``language``, with the office's
        contacts for the village ``village_code``: the one loader of Materials."""
        return Materials(
            self.library(language),
            self.leaflet_text(language),
            self.hotlines(),
            self.reviews(),
            office_name=self.pack.office_name if self.pack is not None else "",
            office_contact=self.office_contact,
            local_contacts=self.contacts_for(village_code),
            warnings=self.warnings,
        )


SHIPPED = ActiveContent()
_known: dict[str, ContentPack] = {}


def pack_of(stored: store.StoredPack) -> ContentPack | None:
    """The stored pack read again (it was verified when it came; its file is checked again
    with the key it was signed with). None when its file is no longer kept or unreadable."""
    if stored.sha256 in _known:
        return _known[stored.sha256]
    data = store.data_of(stored)
    if data is None:
        return None
    try:
        pack = wire.verify(data, stored.office_key)
    except wire.PackRejected as exc:
        log.error("the installed content pack %s no longer reads: %s", stored.sha256, exc)
        return None
    _known.clear()  # one installed pack at a time is read often; others rarely
    _known[stored.sha256] = pack
    return pack


def current_content() -> ActiveContent:
    """The content in force now (the shipped content when no pack is installed)."""
    installed = store.current()
    delivered = store.delivered_checklists()
    pack = pack_of(installed) if installed is not None else None
    if pack is None and not delivered:
        return SHIPPED
    return ActiveContent(pack, delivered)
