"""The office's receipts (``wire/receipt.py``): made at the office after each import, and taken
in at the village.

At the office, after an export file was imported (never inside the merge): a receipt says it
was imported, or held back and why (a changed key, a first contact not confirmed yet, a
refusal). It is authenticated with the office's key for the key the export was signed with, and
is written beside the file on the flash drive, or posted to the receiver (``exchange/fetch.py``).
A file whose signature fails, or that is sealed to another office, gets none: the office does
not know who sent it.

At the village, every receipt (from the flash drive, from the receiver) is bounded input: it is
kept only when it is well-formed, for this village and its key, made with the office key the
village confirmed, and about an export made here; anything else is ignored, and the reason
logged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.domain.exchange import (
    ExportWriteFailed,
    FileResult,
    ImportReport,
    MergeCounts,
    OfficeState,
    RejectReason,
)
from desktop.exchange import keys
from desktop.exchange.merge import import_paths
from desktop.exchange.wire import receipt as wire
from desktop.exchange.wire.envelope import EnvelopeHeader
from desktop.exchange.wire.files import write_verified
from desktop.exchange.wire.receipt import Receipt, ReceiptInvalid
from desktop.storage import exchange_keys, exchange_settings, office_imports, outbox_store
from desktop.storage.office_imports import ImportEntry
from desktop.storage.profile_store import load_profile

log = logging.getLogger(__name__)

# Refusals of files the office cannot say who sent: no receipt.
UNKNOWN_SENDER = {
    RejectReason.TOO_LARGE,
    RejectReason.UNREADABLE,
    RejectReason.NOT_SIGNED,
    RejectReason.BAD_SIGNATURE,
    RejectReason.NOT_FOR_THIS_OFFICE,
    RejectReason.NO_OFFICE_KEY,
    RejectReason.NOT_AN_OFFICE,
}
MAX_ON_STICK = 200  # receipts read from one folder, the newest first


# --- At the office -----------------------------------------------------------------------------


def signed_receipt(
    header: EnvelopeHeader | None, result: FileResult, *, now: datetime | None = None
) -> Receipt | None:
    """The receipt for an export file the office just imported (``result``), whose signed
    header is ``header`` (None: its signature did not hold), or None when none is owed (see the
    module docstring) or this office has no key."""
    if header is None or (result.rejected is not None and result.rejected.reason in UNKNOWN_SENDER):
        return None
    private = exchange_keys.office_private_key()
    public = keys.office_public_key()
    office = exchange_settings.load_office()
    if private is None or public is None or office is None:
        return None
    empty = MergeCounts().as_dict()
    if result.rejected is None:
        state, reason = wire.IMPORTED, ""
        sha256, sequence = str(result.receipt.get("sha256", "")), result.sequence
        counts, checks = result.counts.as_dict(), result.assessments.as_dict()
        at = result.already_imported_at or now or datetime.now(UTC)
    else:
        state, reason = wire.HELD, result.rejected.reason.value
        sha256, sequence, counts, checks = "", 0, empty, empty
        at = now or datetime.now(UTC)
    receipt = Receipt(
        export_id=header.export_id,
        sha256=sha256,
        village_code=header.village_code,
        sequence=sequence,
        state=state,
        reason=reason,
        at=at,
        office=office.name,
        office_key=public,
        village_key=header.sender_key,
        counts=counts,
        assessments=checks,
    )
    return wire.sign(receipt, private)


def _counts(value: Any) -> dict[str, int]:
    empty = MergeCounts().as_dict()
    if not isinstance(value, dict):
        return empty
    return {k: v if isinstance(v, int) and v >= 0 else 0 for k, v in (empty | value).items()}


def import_receipt(entry: ImportEntry) -> Receipt | None:
    """The receipt for an export imported earlier (it goes to the receiver afterwards: one
    fetched from it, from a flash drive, or held back and accepted later), addressed to the
    village's registered key; None without one, or without this office's key."""
    private = exchange_keys.office_private_key()
    public = keys.office_public_key()
    office = exchange_settings.load_office()
    owner = office_imports.owner_by_id(entry.owner_id) if entry.owner_id is not None else None
    village_key = owner.public_key if owner is not None else None
    if private is None or public is None or office is None or village_key is None:
        return None
    stored = entry.receipt
    receipt = Receipt(
        export_id=entry.export_id,
        sha256=entry.sha256,
        village_code=entry.village_code,
        sequence=entry.sequence,
        state=wire.IMPORTED,
        reason="",
        at=entry.imported_at,
        office=office.name,
        office_key=public,
        village_key=village_key,
        counts=_counts(stored.get("result")),
        assessments=_counts(stored.get("assessments")),
    )
    return wire.sign(receipt, private)


def write_beside(export_file: Path, receipt: Receipt) -> bool:
    """Leave ``receipt`` beside the export file it answers (the village reads it when the
    flash drive comes back). False, logged, when it cannot be written there."""
    try:
        write_verified(export_file.parent, wire.file_name(export_file.name), wire.encode(receipt))
    except ExportWriteFailed as exc:
        log.warning("receipt for %s not written: %s", export_file.name, exc)
        return False
    return True


def import_and_acknowledge(paths: Iterable[Path], **options: Any) -> ImportReport:
    """``merge.import_paths``, and after each file its receipt beside it."""
    written = not_written = 0

    def after_file(path: Path, header: EnvelopeHeader | None, result: FileResult) -> None:
        nonlocal written, not_written
        receipt = signed_receipt(header, result, now=options.get("now"))
        if receipt is None:
            return
        if write_beside(path, receipt):
            written += 1
        else:
            not_written += 1

    report = import_paths(paths, after_file=after_file, **options)
    report.receipts_written, report.receipts_not_written = written, not_written
    return report


# --- At the village ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TakenIn:
    applied: int = 0  # receipts that told something new about an export made here
    ignored: int = 0  # not trusted, or about no export made here

    def __add__(self, other: TakenIn) -> TakenIn:
        return TakenIn(self.applied + other.applied, self.ignored + other.ignored)


def take_in(items: Iterable[bytes | dict[str, Any]], *, source: str) -> TakenIn:
    """Check each receipt and keep what it says about an export made here (``source`` names
    where it came from, for the log)."""
    items = list(items)
    profile = load_profile()
    office = exchange_keys.office_key()
    seed = exchange_keys.signing_seed()
    if profile is None or office is None or seed is None:
        if items:
            log.warning("%d receipts from %s ignored: no office key here", len(items), source)
        return TakenIn(ignored=len(items))
    applied = ignored = 0
    for item in items:
        try:
            receipt = wire.verify(
                wire.parse(item),
                village_code=profile.village_code,
                village_seed=seed,
                office_public_key=office.public_key,
            )
        except ReceiptInvalid as exc:
            log.warning("receipt from %s ignored: %s", source, exc)
            ignored += 1
            continue
        if outbox_store.load_export(receipt.export_id) is None:
            log.warning("receipt from %s ignored: not an export made here", source)
            ignored += 1
            continue
        changed = outbox_store.record_office_receipt(
            receipt.export_id,
            sha256=receipt.sha256,
            sequence=receipt.sequence,
            state=OfficeState(receipt.state),
            reason=receipt.reason,
            at=receipt.at,
            receipt=receipt.as_json(),
        )
        if changed:
            log.info("receipt from %s: export %s %s", source, receipt.sequence, receipt.state)
            applied += 1
    return TakenIn(applied, ignored)


def _newest_first(folder: Path) -> list[Path]:
    found = []
    try:
        for path in folder.iterdir():
            if path.name.endswith(wire.SUFFIX) and not path.name.startswith("."):
                try:
                    stat = path.stat()
                except OSError:
                    continue
                found.append((stat.st_mtime, stat.st_size, path))
    except OSError as exc:
        log.info("receipts in %s not read: %s", folder, exc)
        return []
    found.sort(key=lambda item: item[0], reverse=True)
    return [path for _, size, path in found[:MAX_ON_STICK] if size <= wire.MAX_BYTES]


def read_folder(folder: Path) -> TakenIn:
    """Take in the receipts the office left in ``folder`` (a flash drive that came back)."""
    items: list[bytes] = []
    for path in _newest_first(folder):
        try:
            with path.open("rb") as handle:
                items.append(handle.read(wire.MAX_BYTES + 1))
        except OSError as exc:
            log.info("receipt %s not read: %s", path.name, exc)
    return take_in(items, source=str(folder)) if items else TakenIn()
