"""Making exports: the full log as one file on a stick (and a CSV beside it), and the copies
that wait in the outbox to be uploaded.

Every export is full: all versions of all records, tombstones included, and the saved
checks. Sending the same data twice is harmless, so a later export always covers an earlier
one. Each export is journalled: its number and the intent are recorded (and audited) before
anything is written, and the export counts as made only once its file is written and checked;
a number is never used twice (``storage/outbox_store.py``).

Every file written is protected (``desktop/exchange/protection.py``): signed with the
village's key and sealed to the office's key, on the stick and in the outbox alike. Without an
office key only the explicit choice ``unencrypted=True`` writes a readable (still signed)
file, and the CSV table, being readable, comes only with that choice; the outbox never holds
an unencrypted copy. Each export is recorded in the audit trail.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.domain.exchange import (
    IDENTITY_REASON_MAX,
    NotConfigured,
    OutboxStatus,
    Role,
    VersionFields,
    content_key,
)
from desktop.exchange import protection, socialisation
from desktop.exchange.changes import current_marks
from desktop.exchange.csv_export import CsvWording, incident_csv
from desktop.exchange.wire import envelope
from desktop.exchange.wire.envelope import SUFFIX as SEALED
from desktop.exchange.wire.files import VerifiedFile, remove_quietly, write_verified
from desktop.exchange.wire.format import (
    HASH_START,
    DocumentCounts,
    ExportHeader,
    ExportSource,
    document_prefix,
    write_document,
)
from desktop.pipeline import BlockWriter, Handoff
from desktop.storage import assessments, incidents, outbox_store
from desktop.storage.db import read_snapshot, transaction
from desktop.storage.outbox_store import ExportEntry
from desktop.storage.profile_store import code_changes, ensure_installation_id, load_profile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MadeExport:
    entry: ExportEntry  # as journalled: its files are written and checked
    village: tuple[str, str]  # (kode wilayah, name)
    files: list[Path]  # what was written (the file on the stick, the outbox's copy)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    csv_path: Path | None
    entry: ExportEntry


# Where a begun export's files go: the entry (its number, id and time are set) with
# ``written_to`` and ``body_path`` filled in.
Placing = Callable[[ExportEntry, tuple[str, str]], ExportEntry]


def tidy_reason(reason: str | None) -> str | None:
    """The reason for including identities, tidied; None when there is none."""
    if reason is None:
        return None
    tidy = " ".join(reason.split())[:IDENTITY_REASON_MAX]
    return tidy or None


def make_export(
    *,
    destination: str,
    place: Placing,
    identities_reason: str | None = None,
    now: datetime | None = None,
    unencrypted: bool = False,
) -> MadeExport:
    """Build the protected file of everything held now and write it where ``place`` says
    (``written_to``, and ``body_path`` when not empty). Raises NotConfigured outside a village
    installation, and protection.OfficeKeyMissing when no office key is installed and
    ``unencrypted`` was not chosen (both before anything is written); ExportWriteFailed when a
    file cannot be written (then none is left).

    The export's number is taken and the intent to export to ``destination`` journalled (and
    audited) first; then where its files go, before they are written, and what it holds,
    before they take their names. The caller records the export as finished, or gives it up
    (``_abandon``) and removes the files. An export an earlier run left half-way is settled
    first (``settle_unfinished``).

    The document is built record by record; a worker thread takes its bytes in blocks, hashes
    them (the document's SHA-256), seals them (``envelope.Sealer``) and writes them to the
    files while the next ones are built, so neither the document nor the file is ever held
    whole (``pipeline``)."""
    settle_unfinished()
    profile = load_profile()
    if profile is None:
        raise NotConfigured(Role.VILLAGE.value)
    protection.require_sealing(unencrypted)
    reason = tidy_reason(identities_reason)
    now = now or datetime.now(UTC).astimezone()
    export_id = str(uuid.uuid4())
    sequence = outbox_store.begin_export(export_id, now, destination)
    try:
        return _build(export_id, sequence, now, profile, reason, unencrypted, place)
    except BaseException as exc:
        _abandon(export_id, exc)
        raise


def _build(export_id, sequence, now, profile, reason, unencrypted, place) -> MadeExport:
    village = (profile.village_code, profile.village_name)
    source = ExportSource(
        role="kelurahan" if profile.is_kelurahan else "desa",
        village_code=profile.village_code,
        village_name=profile.village_name,
        district_name=profile.district_name,
        regency_name=profile.regency_name,
        province_name=profile.province_name,
        installation_id=ensure_installation_id(),
        sequence=sequence,
        training=profile.training,
    )
    header = ExportHeader(export_id, now, __version__, source, reason, code_changes())
    with read_snapshot():  # one read: what the export holds, its marks and its key agree
        marks = current_marks()
        records = incidents.version_rows()
        checks = assessments.export_items()
        removed = assessments.removed_export_items()
        header = replace(header, events=socialisation.export_section())
        key = content_key(
            incidents.version_ids(),
            assessments.record_ids(),
            with_identities=reason is not None,
            events=socialisation.revisions(),
        )
    entry = place(
        ExportEntry(
            export_id=export_id,
            sequence=sequence,
            created_at=now,
            sha256="",
            records=0,
            versions=0,
            assessments=0,
            identities_reason=reason,
            written_to="",
            content_key=key,
            marks=marks,
        ),
        village,
    )
    outbox_store.plan_export(entry)  # where its files go, before a byte of them is written
    paths = [Path(p) for p in (entry.written_to, entry.body_path) if p]
    finished: list[Path] = []
    try:
        with contextlib.ExitStack() as stack:
            files = [stack.enter_context(VerifiedFile(p.parent, p.name)) for p in paths]
            sealer = functools.partial(
                protection.sealer,
                village_code=profile.village_code,
                export_id=export_id,
                created_at=now,
                unencrypted=unencrypted,
            )
            digest, counts = _write_to(files, sealer, header, records, checks, removed)
            entry = replace(
                entry,
                sha256=digest,
                records=counts.records,
                versions=counts.versions,
                assessments=counts.assessments,
            )
            outbox_store.plan_export(entry)  # what it holds, before the files take their names
            for out in files:
                finished.append(out.finish())
    except BaseException:
        for path in finished:
            remove_quietly(path)
        raise
    return MadeExport(entry, village, finished)


def _write_to(
    files: list[VerifiedFile],
    sealer: Callable[..., envelope.Sealer],
    header: ExportHeader,
    records: list[list[VersionFields]],
    checks: list[dict[str, Any]],
    removed: list[dict[str, str]],
) -> tuple[str, DocumentCounts]:
    """Build the document, seal it and write it to ``files`` at once; returns its SHA-256 and
    its counts. Three threads share the work, handing blocks on (``pipeline``): this one
    builds the text, a worker hashes and seals it, another writes it. The three take about
    as long each, and only the first needs Python's lock for long."""

    def write(piece: bytes) -> None:
        for out in files:
            out.write(piece)

    with Handoff(write, depth=8) as writer:
        sealing = sealer(sink=writer.put)
        hasher = hashlib.sha256(HASH_START)

        def consume(block: bytes) -> None:
            hasher.update(block)
            sealing.write(block)

        with BlockWriter(consume) as blocks:
            counts = write_document(header, records, checks, blocks.write, removed)
        # Let go of the versions a group at a time: freeing 200,000 rows in one go holds the
        # interpreter (and with it the window, during an automatic export) for some 70 ms.
        while records:
            records.pop()
        digest = hasher.hexdigest()
        sealing.finish(document_prefix(digest))
    return digest, counts


def _abandon(export_id: str, exc: BaseException) -> None:
    """Give up a begun export after ``exc``; when even that cannot be written (the disk that
    failed is the data's), the next export settles it (``settle_unfinished``)."""
    try:
        outbox_store.abandon_export(export_id, type(exc).__name__)
    except Exception:
        log.warning("export %s left begun: %s", export_id, exc)


def _written_here(path: Path, export_id: str) -> bool:
    """True when ``path`` is the protected file of export ``export_id``."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(envelope.MAGIC) + envelope.MAX_HEADER)
    except OSError:
        return False
    header = envelope.peek_header(start)
    return header is not None and header.export_id == export_id


def settle_unfinished() -> None:
    """Exports an earlier run began but did not record (it was killed, or the power went
    between writing the file and recording it): one whose file is there is recorded and
    audited as written, any other is given up. Either way its number stays taken."""
    for entry in outbox_store.unfinished_exports():
        stick = Path(entry.written_to) if entry.written_to else None
        body = Path(entry.body_path) if entry.body_path else None
        on_stick = stick is not None and _written_here(stick, entry.export_id)
        queued = body is not None and _written_here(body, entry.export_id)
        if not on_stick and not queued:
            outbox_store.abandon_export(entry.export_id, "interrupted")
            continue
        settled = replace(
            entry,
            written_to=str(stick) if on_stick else "",
            body_path=str(body) if queued else "",
            outbox=OutboxStatus.WAITING if queued else None,
        )
        with transaction():
            outbox_store.finish_export(settled)
            protection.record_export(
                export_id=entry.export_id,
                destination=str(stick.parent) if on_stick and stick else QUEUED,
                with_identities=entry.identities_reason is not None,
                encrypted=True,
                via="berkas" if on_stick else "internet",
                recovered=True,
            )


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40] or "desa"


def file_name(entry: ExportEntry, village: tuple[str, str], suffix: str = SEALED) -> str:
    """For example ``siaga-ekspor-1502022004-kungkai-20260503-1405-no5-3f2a9c1b.siaga``: the
    start of the export id makes it unique, even for two exports numbered alike (made before
    and after a restore from a backup that lost the journal) in the same minute."""
    code, name = village
    when = entry.created_at.strftime("%Y%m%d-%H%M")
    slug = _slug(name)
    tail = f"no{entry.sequence}-{entry.export_id[:8]}{suffix}"
    return f"siaga-ekspor-{code.replace('.', '')}-{slug}-{when}-{tail}"


def outbox_name(entry: ExportEntry) -> str:
    return f"{entry.export_id}{SEALED}"


def export_to_folder(
    folder: Path,
    *,
    identities_reason: str | None = None,
    csv_wording: CsvWording | None = None,
    outbox: Path | None = None,
    now: datetime | None = None,
    unencrypted: bool = False,
) -> ExportResult:
    """Write a protected export (and a CSV, when ``csv_wording`` is given and ``unencrypted``
    was chosen) into ``folder``.

    With ``outbox`` (sending is set up) an encrypted copy also waits there to be uploaded.
    Either all of it is written and checked and the export recorded, or ExportWriteFailed
    (or protection.OfficeKeyMissing, before anything is written) is raised, nothing is left
    behind and the journal says the export was given up (its number is not used again).
    """
    if csv_wording is not None and not unencrypted:
        raise ValueError("a readable CSV table goes only with an unencrypted export")
    if unencrypted:
        outbox = None  # an unencrypted copy never waits in the data folder or goes online
    if outbox is not None:
        outbox.mkdir(parents=True, exist_ok=True)

    def place(entry: ExportEntry, village: tuple[str, str]) -> ExportEntry:
        body = outbox / outbox_name(entry) if outbox is not None else None
        return replace(
            entry,
            written_to=str(folder / file_name(entry, village)),
            outbox=OutboxStatus.WAITING if body else None,
            body_path=str(body) if body else "",
        )

    made = make_export(
        destination=str(folder),
        place=place,
        identities_reason=identities_reason,
        now=now,
        unencrypted=unencrypted,
    )
    entry = made.entry
    written = list(made.files)
    try:
        csv_path = None
        if csv_wording is not None:
            data = incident_csv(
                csv_wording, made.village, with_identities=entry.identities_reason is not None
            )
            csv_path = write_verified(folder, file_name(entry, made.village, ".csv"), data)
            written.append(csv_path)
        with transaction():
            outbox_store.finish_export(entry)
            protection.record_export(
                export_id=entry.export_id,
                destination=str(folder),
                with_identities=entry.identities_reason is not None,
                encrypted=not unencrypted,
                via="berkas",
            )
    except BaseException as exc:
        for done in written:
            remove_quietly(done)
        _abandon(entry.export_id, exc)
        raise
    return ExportResult(Path(entry.written_to), csv_path, entry)


def _content_key_now() -> str:
    """The content key of an export made now without identities (``make_export``'s)."""
    return content_key(
        incidents.version_ids(),
        assessments.record_ids(),
        with_identities=False,
        events=socialisation.revisions(),
    )


QUEUED = "kotak keluar (kirim lewat internet)"


def queue_current(outbox: Path, *, now: datetime | None = None) -> ExportEntry | None:
    """Put a fresh export in the outbox, unless the newest one queued already holds exactly
    what the log holds now. Returns the new entry (None when nothing changed)."""
    newest = outbox_store.newest_queued()
    if newest is not None and newest.content_key == _content_key_now():
        return None
    outbox.mkdir(parents=True, exist_ok=True)

    def place(entry: ExportEntry, village: tuple[str, str]) -> ExportEntry:
        body = outbox / outbox_name(entry)
        return replace(entry, outbox=OutboxStatus.WAITING, body_path=str(body))

    made = make_export(destination=QUEUED, place=place, now=now)
    entry = made.entry
    try:
        with transaction():
            outbox_store.finish_export(entry)
            protection.record_export(
                export_id=entry.export_id,
                destination=QUEUED,
                with_identities=False,
                encrypted=True,
                via="internet",
            )
    except BaseException as exc:
        for done in made.files:
            remove_quietly(done)
        _abandon(entry.export_id, exc)
        raise
    return entry
