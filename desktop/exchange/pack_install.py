"""At a village: take in the office's content packs from a flash drive or the receiver, say
what one would change, install it, and go back to the content before.

A pack is hostile input until ``examine`` has passed it: the signature against the office key
this village confirmed (``exchange_keys.office_key``), the schema and the content
(``wire/content_pack.py``), then this village's rules: the pack is its office's (it covers
this village's kabupaten), newer than every pack installed from that office (an older pack,
even validly signed, would bring back what the office corrected), and a checklist version it
carries is not a different text under a number this village already has (saved checks keep
their version's text). Installing stores the signed file and switches to it in one
transaction (``storage/content_packs.py``); going back installs the one before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from desktop.domain.checklist import ChecklistVersionMissing, parse_checklist
from desktop.domain.content_pack import (
    MAX_PACK_BYTES,
    PACK_SUFFIX,
    ContentPack,
    ContentState,
    PackChanges,
    RecruiterWarning,
    changes_between,
)
from desktop.domain.errors import SiagaError
from desktop.domain.exchange import ExportRejected
from desktop.exchange.active_content import ActiveContent, current_content
from desktop.exchange.wire import content_pack as wire
from desktop.exchange.wire.content_pack import PackRejected
from desktop.exchange.wire.files import read_limited
from desktop.storage import content_packs as store
from desktop.storage import exchange_keys
from desktop.storage.profile_store import load_profile

log = logging.getLogger(__name__)

MAX_ON_STICK = 20  # pack files looked at in one folder


class Refusal(Enum):
    NO_OFFICE_KEY = "kunci_kantor_belum_ada"  # nothing to check the signature against
    ALREADY_INSTALLED = "sudah_terpasang"  # this very pack is the one installed
    NOT_NEWER = "tidak_lebih_baru"  # number not above the highest installed from the office
    OTHER_AREA = "wilayah_lain"  # the office does not cover this village
    CHECKLIST_CLASH = "versi_cek_bentrok"  # a checklist number already here with other text
    NOT_A_VILLAGE = "bukan_desa"  # this installation is not a village


@dataclass
class PackRefused(SiagaError):
    """A pack that is validly signed (or cannot be checked) but not for this village now."""

    refusal: Refusal
    office_name: str = ""
    number: int = 0
    installed: int = 0  # the highest number installed from that office

    def __str__(self) -> str:
        return f"content pack {self.number} refused: {self.refusal.value}"


@dataclass(frozen=True)
class Candidate:
    """A verified pack this village may install."""

    pack: ContentPack
    data: bytes
    via: str
    source: str = ""  # the file it came from, or the receiver

    @property
    def facts(self) -> store.PackFacts:
        pack = self.pack
        return store.PackFacts(
            pack.sha256, pack.office_key, pack.office_name, pack.number, pack.created_at
        )


def examine(data: bytes, via: str, source: str = "") -> Candidate:
    """``data`` as a pack this village may install now. Raises PackRejected (not a pack,
    damaged, another office's key, broken content) or PackRefused."""
    office = exchange_keys.office_key()
    if office is None:
        label = _label_or_none(data)
        raise PackRefused(
            Refusal.NO_OFFICE_KEY,
            label.office_name if label else "",
            label.number if label else 0,
        )
    pack = wire.verify(data, office.public_key)
    profile = load_profile()
    if profile is None:
        raise PackRefused(Refusal.NOT_A_VILLAGE, pack.office_name, pack.number)
    if not pack.covers_village(profile.village_code):
        raise PackRefused(Refusal.OTHER_AREA, pack.office_name, pack.number)
    highest = store.highest_installed(pack.office_key)
    current = store.current()
    if current is not None and current.sha256 == pack.sha256:
        raise PackRefused(Refusal.ALREADY_INSTALLED, pack.office_name, pack.number, highest)
    if pack.number <= highest:
        raise PackRefused(Refusal.NOT_NEWER, pack.office_name, pack.number, highest)
    _check_checklist(pack)
    return Candidate(pack, data, via, source)


def _label_or_none(data: bytes) -> wire.PackLabel | None:
    try:
        return wire.read_label(data)
    except PackRejected:
        return None


def _check_checklist(pack: ContentPack) -> None:
    version = pack.checklist_version
    if version is None or pack.checklist is None:
        return
    shelf = current_content().checklists()
    if version not in shelf.versions():
        return
    try:
        here = shelf.load(version)
    except ChecklistVersionMissing:
        return
    if parse_checklist(pack.checklist, "paket") != here:
        raise PackRefused(Refusal.CHECKLIST_CLASH, pack.office_name, pack.number)


def _state(content: ActiveContent, village_code: str) -> ContentState:
    hotlines = content.hotlines()
    library = content.library("id")
    return ContentState(
        hotlines=frozenset(
            f"{service.name('id')}: {number.number}"
            for service in hotlines.services
            for number in service.numbers
        ),
        checklist_version=content.checklists().current_version,
        topics={t.id: (t.title, t.markdown()) for t in library.topics},
        warnings=content.warnings,
        contacts=tuple(c.label for c in content.contacts_for(village_code)),
        office_contact=content.office_contact,
    )


def changes(candidate: Candidate) -> PackChanges:
    """What installing ``candidate`` changes, against what the village shows now."""
    now = current_content()
    profile = load_profile()
    if profile is None:
        raise PackRefused(Refusal.NOT_A_VILLAGE)
    code = profile.village_code
    delivered = dict(now.delivered)
    if candidate.pack.checklist is not None and candidate.pack.checklist_version is not None:
        delivered.setdefault(candidate.pack.checklist_version, dict(candidate.pack.checklist))
    after = ActiveContent(candidate.pack, delivered)
    return changes_between(_state(now, code), _state(after, code))


def install(candidate: Candidate, now: datetime | None = None) -> store.StoredPack:
    """Install ``candidate`` (examined again first: another pack may have been installed since
    it was shown), all of it or nothing."""
    fresh = examine(candidate.data, candidate.via, candidate.source)
    pack = fresh.pack
    checklist = None
    if pack.checklist is not None and pack.checklist_version is not None:
        checklist = (pack.checklist_version, dict(pack.checklist))
    stored = store.install(fresh.facts, fresh.data, fresh.via, now or datetime.now(UTC), checklist)
    log.info("content pack %s of %s installed", pack.number, pack.office_name)
    return stored


def roll_back(now: datetime | None = None) -> store.StoredPack | None:
    """Go back to the content before the installed pack (the pack before it, or the shipped
    content). Returns the pack installed afterwards (None: the shipped content)."""
    return store.roll_back(now or datetime.now(UTC))


@dataclass(frozen=True)
class InstalledPacks:
    """What Kirim & Ekspor says about the office's content: the pack installed and the one
    "Kembalikan isi sebelumnya" would go back to (``can_go_back`` False: nothing installed)."""

    current: store.StoredPack | None
    previous: store.StoredPack | None

    @property
    def can_go_back(self) -> bool:
        return self.current is not None


def installed() -> InstalledPacks:
    return InstalledPacks(store.current(), store.previous())


# --- Flash drive -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StickFinding:
    """The pack files in a folder: the newest one this village may install, and why the others
    were refused (each file with its PackRejected, PackRefused or ExportRejected)."""

    candidate: Candidate | None = None
    refused: tuple[tuple[Path, Exception], ...] = field(default_factory=tuple)
    files: int = 0


def pack_files_in(folder: Path) -> list[Path]:
    """The pack files (``*.siagapaket``, not hidden) directly in ``folder``, by name."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [
        p
        for p in entries
        if p.suffix.lower() == PACK_SUFFIX and not p.name.startswith(".") and p.is_file()
    ]
    return sorted(found)[:MAX_ON_STICK]


def read_stick(folder: Path) -> StickFinding:
    """Look at every pack file in ``folder`` (a flash drive's top folder, or one chosen)."""
    best: Candidate | None = None
    refused: list[tuple[Path, Exception]] = []
    files = pack_files_in(folder)
    for path in files:
        try:
            data = read_limited(path, MAX_PACK_BYTES)
            candidate = examine(data, store.VIA_STICK, path.name)
        except (PackRejected, PackRefused, ExportRejected) as exc:
            refused.append((path, exc))
            continue
        if best is None or candidate.pack.number > best.pack.number:
            best = candidate
    return StickFinding(best, tuple(refused), len(files))


# --- Receiver ----------------------------------------------------------------------------------


def take_in(data: bytes) -> bool:
    """Keep a pack the receiver gave (to be installed when the village head agrees). False,
    with the reason logged, when it is not one to keep."""
    try:
        candidate = examine(data, store.VIA_RECEIVER, "penerima")
    except PackRefused as exc:
        if exc.refusal not in (Refusal.NOT_NEWER, Refusal.ALREADY_INSTALLED):
            log.warning("content pack from the receiver not kept: %s", exc.refusal.value)
        return False
    except PackRejected as exc:
        log.warning("content pack from the receiver not kept: %s", exc)
        return False
    if store.find(candidate.pack.sha256) is not None:
        return False
    store.keep_received(candidate.facts, data, store.VIA_RECEIVER, datetime.now(UTC))
    log.info("content pack %s received from the receiver", candidate.pack.number)
    return True


def can_check() -> bool:
    """Whether a pack can be checked here: a village with its office's key installed."""
    return exchange_keys.office_key() is not None and load_profile() is not None


def newest_known() -> int:
    """The highest pack number installed or received here from the office this village trusts
    (0: none): the receiver need not send one that is not newer."""
    office = exchange_keys.office_key()
    if office is None:
        return 0
    waiting_pack = store.waiting(office.public_key)
    return max(
        store.highest_installed(office.public_key), waiting_pack.number if waiting_pack else 0
    )


def received() -> Candidate | None:
    """The pack received from the receiver and waiting to be installed, when it still may be."""
    office = exchange_keys.office_key()
    if office is None:
        return None
    stored = store.waiting(office.public_key)
    data = store.data_of(stored) if stored is not None else None
    if data is None:
        return None
    try:
        return examine(data, store.VIA_RECEIVER, "penerima")
    except (PackRejected, PackRefused):
        return None


# --- For Beranda -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackNotice:
    """A content update waiting for the village head: on the flash drive chosen, or received
    from the receiver and not installed yet."""

    office_name: str
    number: int
    created_at: datetime
    on_stick: bool  # False: received from the receiver


def pack_waiting(folder: Path | None = None) -> PackNotice | None:
    """Whether a pack this village may install waits: in ``folder`` (a flash drive), else one
    received from the receiver. Cheap enough for a page that is shown."""
    candidate = read_stick(folder).candidate if folder is not None else None
    on_stick = candidate is not None
    if candidate is None:
        candidate = received()
    if candidate is None:
        return None
    pack = candidate.pack
    return PackNotice(pack.office_name, pack.number, pack.created_at, on_stick)


def active_warnings() -> tuple[RecruiterWarning, ...]:
    """The warnings about recruiters in force (the installed pack's; none without one)."""
    return current_content().warnings
