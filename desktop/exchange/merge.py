"""Merging exports at the office: the same code for files from a stick and for uploads.

Keyed by record id and version id. The same version again changes nothing; a version that
follows the one held becomes current; anything that diverges is kept as a conflict and shown,
never dropped or renamed. Each file merges in one transaction: all of it or nothing.

The decisions (``compare_held``, ``plan_record``, ``record_outcome``) are pure functions; the
rest applies them through the storage modules.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from desktop.domain.assessment import Assessment, Offer
from desktop.domain.checklist import Answer, Result
from desktop.domain.exchange import (
    MAX_EXPORT_BYTES,
    ExportRejected,
    FileResult,
    ImportReport,
    MergeCounts,
    RecordOutcome,
    RejectReason,
    Role,
    SourceVillage,
    VersionRow,
)
from desktop.domain.incident import RecordState, StoredVersion, VersionClash
from desktop.domain.security import AuditKind
from desktop.exchange.protection import register_if_first, unseal_for_import
from desktop.exchange.socialisation import merge_events
from desktop.exchange.wire.envelope import EnvelopeProblem, EnvelopeRejected
from desktop.exchange.wire.files import export_files_in, read_limited
from desktop.exchange.wire.format import (
    ExportDocument,
    IncomingRecord,
    canonical_text,
    collection_paused,
    read_document,
    strip_identities,
)
from desktop.storage import assessments, audit, exchange_settings, incidents, office_imports
from desktop.storage.db import transaction
from desktop.storage.office_imports import ConflictNote, ImportRecord

VIA_FILE = "berkas"
VIA_UPLOAD = "internet"


class VersionAction(Enum):
    INSERT = "insert"  # not held: add it
    SKIP = "skip"  # held exactly (or held with identities this copy leaves out)
    ADD_IDENTITIES = "add_identities"  # held without the identities this copy brings
    CLASH = "clash"  # the id is held with other content: keep this copy as a conflict


def compare_held(incoming: StoredVersion, held: VersionRow) -> VersionAction:
    """What to do with a version whose id is already held."""
    same_meta = (
        held.record_id == incoming.record_id
        and held.prev_version_id == incoming.prev_version_id
        and datetime.fromisoformat(held.saved_at) == incoming.saved_at
        and held.author == incoming.author
        and held.state == incoming.state.value
        and held.reason == incoming.reason
    )
    if not same_meta:
        return VersionAction.CLASH
    text = canonical_text(incoming.payload)
    if text == held.payload:
        return VersionAction.SKIP
    bare, held_bare = strip_identities(text), strip_identities(held.payload)
    if bare != held_bare:
        return VersionAction.CLASH
    incoming_has, held_has = bare != text, held_bare != held.payload
    if incoming_has and not held_has:
        return VersionAction.ADD_IDENTITIES
    if not incoming_has:
        return VersionAction.SKIP
    return VersionAction.CLASH  # both carry identities, and they differ


@dataclass
class RecordPlan:
    record: IncomingRecord
    known: bool  # some version of the record was held before
    bulk: bool  # a whole new record with a straight history: insert it in one go
    actions: list[tuple[VersionAction, StoredVersion]] = field(default_factory=list)


def _straight(versions: Sequence[StoredVersion]) -> bool:
    return all(
        v.prev_version_id == (versions[n - 1].version_id if n else None)
        and v.state is not RecordState.PURGED
        for n, v in enumerate(versions)
    )


def plan_record(record: IncomingRecord, held: dict[str, VersionRow], known: bool) -> RecordPlan:
    if not known and _straight(record.versions):
        plan = RecordPlan(record, known=False, bulk=True)
        plan.actions = [(VersionAction.INSERT, v) for v in record.versions]
        return plan
    plan = RecordPlan(record, known=known, bulk=False)
    for version in record.versions:
        stored = held.get(version.version_id)
        action = VersionAction.INSERT if stored is None else compare_held(version, stored)
        plan.actions.append((action, version))
    return plan


def record_outcome(
    known: bool, results: Iterable[incidents.InsertOutcome | VersionAction]
) -> RecordOutcome:
    """One record's outcome from what happened to each of its versions."""
    results = list(results)
    if any(r in (incidents.InsertOutcome.CONFLICT, VersionAction.CLASH) for r in results):
        return RecordOutcome.CONFLICT
    inserted = any(
        r in (incidents.InsertOutcome.NEW, incidents.InsertOutcome.UPDATED) for r in results
    )
    if not known and inserted:
        return RecordOutcome.NEW
    if inserted or VersionAction.ADD_IDENTITIES in results:
        return RecordOutcome.UPDATED
    return RecordOutcome.UNCHANGED


def canonical_dict(value: dict[str, Any]) -> dict[str, Any]:
    return json.loads(canonical_text(value))


def _version_json(version: StoredVersion) -> str:
    return canonical_text(
        {
            "record_id": version.record_id,
            "version_id": version.version_id,
            "prev_version_id": version.prev_version_id,
            "saved_at": version.saved_at.isoformat(),
            "author": version.author,
            "state": version.state.value,
            "reason": version.reason,
            "payload": version.payload,
        }
    )


_ADDED = (
    incidents.InsertOutcome.NEW,
    incidents.InsertOutcome.UPDATED,
    incidents.InsertOutcome.CONFLICT,
)


def _apply(
    plans: list[RecordPlan],
) -> tuple[list[RecordOutcome], list[ConflictNote], list[str], list[str]]:
    """Merge the planned records: what happened to each, the conflicts to note, the records
    in conflict and the versions added (which this export brought)."""
    outcomes: list[RecordOutcome] = []
    notes: list[ConflictNote] = []
    conflicted: list[str] = []
    bulk = [p.record.versions for p in plans if p.bulk]
    added = [v.version_id for chain in bulk for v in chain]
    if bulk:
        held_now = incidents.record_total()
        incidents.add_new_records(bulk, many=len(bulk) > max(held_now, 5000))
    for plan in plans:
        if plan.bulk:
            outcomes.append(RecordOutcome.NEW)
            continue
        results: list[incidents.InsertOutcome | VersionAction] = []
        for action, version in plan.actions:
            if action is VersionAction.INSERT:
                try:
                    result: incidents.InsertOutcome | VersionAction = incidents.insert_version(
                        version
                    )
                except VersionClash:
                    result = VersionAction.CLASH
            elif action is VersionAction.ADD_IDENTITIES:
                incidents.add_identities(version)
                result = action
            else:
                result = action
            if result in _ADDED:
                added.append(version.version_id)
            if result is incidents.InsertOutcome.CONFLICT:
                notes.append(ConflictNote(version.record_id, version.version_id, "cabang", ""))
            elif result is VersionAction.CLASH:
                notes.append(
                    ConflictNote(
                        version.record_id, version.version_id, "bentrok", _version_json(version)
                    )
                )
            results.append(result)
        outcome = record_outcome(plan.known, results)
        if outcome is RecordOutcome.CONFLICT:
            conflicted.append(plan.record.record_id)
        outcomes.append(outcome)
    return outcomes, notes, conflicted, added


def _assessment(item: dict[str, Any]) -> Assessment:
    offer = item["offer"]
    return Assessment(
        assessed_on=date.fromisoformat(item["assessed_on"]),
        initials=item["initials"],
        offer=Offer(
            offer["company"], offer["destination"], offer["job"], offer["recruiter_contact"]
        ),
        answers={k: Answer(v) for k, v in item["answers"].items()},
        result=Result.from_dict(item["result"]),
        record_id=item["record_id"],
        incident_record_id=item["incident_record_id"],
    )


def _merge_assessments(
    items: list[dict[str, Any]], removed: dict[str, str]
) -> tuple[MergeCounts, list[ConflictNote]]:
    """The saved checks: a new one is added, the same one again changes nothing, a different
    one under the same record id is a conflict. A check the village deleted (format 2) is
    deleted here too (counted as updated) and its record id kept, so that an older export
    imported later does not bring it back. Record ids are random UUIDs and the export is signed
    by the village's registered key, so one village cannot name another's checks."""
    deleted = assessments.remove_by_record_ids(removed) if removed else 0
    if not items:
        return MergeCounts(updated=deleted), []
    ids = [i["record_id"] for i in items]
    held = assessments.held_export_items(ids)
    gone = assessments.removed_record_ids(ids)
    new = same = 0
    notes = []
    for item in items:
        stored = held.get(item["record_id"])
        if item["record_id"] in gone or stored == item:
            same += 1
        elif stored is None:
            assessments.save_assessment(
                _assessment(item), now=datetime.fromisoformat(item["created_at"])
            )
            new += 1
        else:
            notes.append(
                ConflictNote(
                    item["record_id"], item["record_id"], "penilaian", canonical_text(item)
                )
            )
    counts = MergeCounts(new=new, updated=deleted, unchanged=same, conflicts=len(notes))
    return counts, notes


def _village(doc: ExportDocument) -> SourceVillage:
    s = doc.source
    return SourceVillage(s.village_code, s.village_name, s.role == "kelurahan")


def _check_allowed(doc: ExportDocument) -> None:
    if exchange_settings.role() is Role.VILLAGE:
        raise ExportRejected(RejectReason.NOT_AN_OFFICE)
    if doc.source.training:
        raise ExportRejected(RejectReason.TRAINING_DATA)
    office = exchange_settings.load_office()
    if office is not None and not office.covers_village(doc.source.village_code):
        raise ExportRejected(RejectReason.OUTSIDE_AREA, doc.source.regency_name)


def merge_document(
    doc: ExportDocument, *, via: str, file_name: str = "", now: datetime | None = None
) -> FileResult:
    """Merge one checked export in one transaction. An export merged before (same id, same
    hash) changes nothing and gives the receipt it got then."""
    now = now or datetime.now(UTC)
    _check_allowed(doc)
    with collection_paused(), transaction():
        prior = office_imports.find_import(doc.export_id)
        if prior is not None:
            if prior.sha256 != doc.sha256:
                raise ExportRejected(RejectReason.EXPORT_ID_REUSED, doc.export_id)
            return FileResult(
                name=file_name,
                export_id=doc.export_id,
                village=_village(doc),
                sequence=doc.source.sequence,
                counts=MergeCounts(unchanged=len(doc.records)),
                assessments=MergeCounts(unchanged=len(doc.assessments)),
                already_imported_at=prior.imported_at,
                receipt=prior.receipt,
            )
        record_ids = [r.record_id for r in doc.records]
        known = incidents.known_records(record_ids)
        held = incidents.held_versions(
            [v.version_id for r in doc.records if r.record_id in known for v in r.versions]
        )
        plans = [plan_record(r, held, r.record_id in known) for r in doc.records]
        outcomes, notes, conflicted, added = _apply(plans)
        assessment_counts, assessment_notes = _merge_assessments(
            doc.assessments, doc.removed_assessments
        )
        merge_events(doc.events, doc.source)
        counts = MergeCounts.of(outcomes)
        # In canonical (sorted) order, as it is stored, so a repeated post answers byte for
        # byte the same.
        receipt = canonical_dict(
            {
                "export_id": doc.export_id,
                "sha256": doc.sha256,
                "village_code": doc.source.village_code,
                "sequence": doc.source.sequence,
                "received_at": now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "result": counts.as_dict(),
                "assessments": assessment_counts.as_dict(),
            }
        )
        s = doc.source
        office_imports.record_import(
            ImportRecord(
                export_id=doc.export_id,
                sha256=doc.sha256,
                village_code=s.village_code,
                village_name=s.village_name,
                district_name=s.district_name,
                regency_name=s.regency_name,
                province_name=s.province_name,
                role=s.role,
                installation_id=s.installation_id,
                sequence=s.sequence,
                created_at=doc.created_at,
                imported_at=now,
                via=via,
                file_name=file_name,
                counts=counts,
                receipt=receipt,
                record_ids=record_ids,
                check_ids=[item["record_id"] for item in doc.assessments],
            )
        )
        office_imports.record_conflicts(doc.export_id, notes + assessment_notes, now)
        office_imports.record_version_sources(doc.export_id, added)
    return FileResult(
        name=file_name,
        export_id=doc.export_id,
        village=_village(doc),
        sequence=doc.source.sequence,
        counts=counts,
        assessments=assessment_counts,
        conflict_records=tuple(conflicted),
        receipt=receipt,
    )


def merge_bytes(
    data: bytes,
    *,
    via: str,
    name: str = "",
    max_bytes: int = MAX_EXPORT_BYTES,
    now: datetime | None = None,
) -> FileResult:
    """Check and merge one export given as bytes; a refused one comes back with its reason."""
    try:
        doc = read_document(data, max_bytes=max_bytes)
        return merge_document(doc, via=via, file_name=name, now=now)
    except ExportRejected as exc:
        return FileResult(name=name, rejected=exc)


_ENVELOPE_REASONS = {
    EnvelopeProblem.NOT_AN_ENVELOPE: RejectReason.NOT_SIGNED,
    EnvelopeProblem.BAD_SIGNATURE: RejectReason.BAD_SIGNATURE,
    EnvelopeProblem.INCONSISTENT: RejectReason.BAD_SIGNATURE,
    EnvelopeProblem.KEY_CHANGED: RejectReason.KEY_CHANGED,
    EnvelopeProblem.NOT_FOR_THIS_OFFICE: RejectReason.NOT_FOR_THIS_OFFICE,
    EnvelopeProblem.NO_OFFICE_KEY: RejectReason.NO_OFFICE_KEY,
}


def import_protected(
    data: bytes,
    *,
    via: str,
    name: str = "",
    max_bytes: int = MAX_EXPORT_BYTES,
    now: datetime | None = None,
) -> FileResult:
    """Import one protected export file: the signature and the village's registered key are
    checked first, then it is decrypted, then read and merged like ``merge_bytes``. A village's
    first export registers its key; one signed by another key is held back (see
    protection.unseal_for_import). Every import is recorded in the audit trail."""
    try:
        unsealed = unseal_for_import(data, via=via, file_name=name)
    except EnvelopeRejected as exc:
        return FileResult(
            name=name, rejected=ExportRejected(_ENVELOPE_REASONS[exc.problem], exc.detail)
        )
    header = unsealed.opened.header
    try:
        doc = read_document(unsealed.document, max_bytes=max_bytes)
        if (doc.export_id, doc.source.village_code) != (header.export_id, header.village_code):
            raise ExportRejected(RejectReason.BAD_SIGNATURE, "header")
        result = merge_document(doc, via=via, file_name=name, now=now)
    except ExportRejected as exc:
        return FileResult(name=name, rejected=exc)
    register_if_first(unsealed)
    audit.record_event(
        AuditKind.IMPORTED,
        {
            "export": header.export_id,
            "village": header.village_code,
            "via": via,
            "file": name,
            "encrypted": header.encrypted,
        },
    )
    return result


def import_paths(
    paths: Iterable[Path],
    *,
    max_bytes: int = MAX_EXPORT_BYTES,
    progress: Any = None,
    now: datetime | None = None,
    after_file: Callable[[Path, bytes, FileResult], None] | None = None,
) -> ImportReport:
    """Import files and the export files in folders, each file on its own: one bad file
    never stops the others. ``progress(done, total, name)`` is called before each file,
    ``after_file(path, data, result)`` after each file that could be read (the receipt)."""
    files: list[Path] = []
    report = ImportReport()
    for path in paths:
        if path.is_dir():
            try:
                files += export_files_in(path)
            except ExportRejected as exc:
                report.files.append(FileResult(name=str(path), rejected=exc))
        else:
            files.append(path)
    for n, path in enumerate(files):
        if progress is not None:
            progress(n, len(files), path.name)
        try:
            data = read_limited(path, max_bytes)
        except ExportRejected as exc:
            report.files.append(FileResult(name=path.name, rejected=exc))
            continue
        result = import_protected(data, via=VIA_FILE, name=path.name, max_bytes=max_bytes, now=now)
        report.files.append(result)
        if after_file is not None:
            after_file(path, data, result)
        del data
    return report
