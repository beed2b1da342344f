"""Merging exports at the office: the same code for files from a stick and for uploads.

Keyed by record id and version id. The same version again changes nothing; a version that
follows the one held becomes current; anything that diverges is kept as a conflict and shown,
never dropped or renamed. A record the village removed for good (its purge tombstone) loses
every trace of its content here, and no export brings it back. Each file merges in one
transaction: all of it or nothing.

A record belongs to the village (the owner: its registered key) whose export first brought it.
An export may create, change, delete or purge only its own village's records and checks; one
that touches another village's is refused whole, naming both, and the refusal is audited. The
village's names come from the official area list for its code, never from the file.

The office follows the village's newest export: each record goes to the version it is at, except
a record an officer chose another version of ("Pakai versi ini", ``storage.office_choices``):
that choice stands until an export of the village brings a new version of the record.

The decisions (``compare_held``, ``plan_record``, ``record_outcome``) are pure functions; the
rest applies them through the storage modules.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from desktop.domain.area import Area
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
    VersionRow,
    code_path,
)
from desktop.domain.incident import RecordState, StoredVersion, VersionClash, is_demo_id
from desktop.domain.security import AuditKind
from desktop.exchange.identity import signed_by
from desktop.exchange.protection import accept_key, hold, unseal_for_import
from desktop.exchange.socialisation import follow_code_change, merge_events
from desktop.exchange.wire.envelope import EnvelopeHeader, EnvelopeProblem, EnvelopeRejected
from desktop.exchange.wire.files import export_files_in, read_limited
from desktop.exchange.wire.format import ExportSource, canonical_text, strip_identities
from desktop.exchange.wire.reader import (
    ExportDocument,
    IncomingRecord,
    collection_paused,
    read_document,
)
from desktop.storage import (
    assessments,
    audit,
    exchange_settings,
    incidents,
    office_choices,
    office_imports,
)
from desktop.storage.db import transaction
from desktop.storage.office_imports import ConflictNote, ImportRecord, Kind, Owner

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
    text = _payload_text(incoming)
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


def _payload_text(version: StoredVersion) -> str:
    """A version's payload as canonical JSON text (one read from a file already is)."""
    payload = version.payload
    return payload if isinstance(payload, str) else canonical_text(payload)


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
            "payload": json.loads(_payload_text(version)),
        }
    )


_ADDED = (
    incidents.InsertOutcome.NEW,
    incidents.InsertOutcome.UPDATED,
    incidents.InsertOutcome.CONFLICT,
)


def _apply(
    plans: list[RecordPlan], *, follow: bool = True
) -> tuple[list[RecordOutcome], list[ConflictNote], list[str]]:
    """Merge the planned records: what happened to each, the conflicts to note and the versions
    added (which this export brought)."""
    outcomes: list[RecordOutcome] = []
    notes: list[ConflictNote] = []
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
                        version, follow=follow
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
        outcomes.append(record_outcome(plan.known, results))
    return outcomes, notes, added


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
) -> tuple[MergeCounts, list[ConflictNote], list[str]]:
    """The saved checks: a new one is added, the same one again changes nothing, a different
    one under the same record id is a conflict (the record ids of those added are returned). A
    check the village deleted (format 2) is
    deleted here too (counted as updated) and its record id kept, so that an older export
    imported later does not bring it back. The caller made sure every check named is the
    village's own (``_check_ownership``)."""
    deleted = assessments.remove_by_record_ids(removed) if removed else 0
    if not items:
        return MergeCounts(updated=deleted), [], []
    ids = [i["record_id"] for i in items]
    held = assessments.held_export_items(ids)
    gone = assessments.removed_record_ids(ids)
    new = same = 0
    notes = []
    added: list[str] = []
    for item in items:
        stored = held.get(item["record_id"])
        if item["record_id"] in gone or stored == item:
            same += 1
        elif stored is None:
            assessments.save_assessment(
                _assessment(item), now=datetime.fromisoformat(item["created_at"])
            )
            added.append(item["record_id"])
            new += 1
        else:
            notes.append(
                ConflictNote(
                    item["record_id"], item["record_id"], "penilaian", canonical_text(item)
                )
            )
    counts = MergeCounts(new=new, updated=deleted, unchanged=same, conflicts=len(notes))
    return counts, notes, added


AreaChain = Callable[[str], list[Area]]  # a code's official chain, province first ([] unknown)


def official_chain(code: str, areas: AreaChain) -> list[Area]:
    """The official chain of a village's code (the names the office shows), or UNKNOWN_AREA."""
    chain = areas(code)
    if len(chain) != 4:
        raise ExportRejected(RejectReason.UNKNOWN_AREA, code)
    return chain


def check_allowed(doc: ExportDocument) -> None:
    """What any export must pass before the office holds or merges it."""
    if exchange_settings.role() is Role.VILLAGE:
        raise ExportRejected(RejectReason.NOT_AN_OFFICE)
    if doc.source.training:
        raise ExportRejected(RejectReason.TRAINING_DATA)
    made_up = next((r.record_id for r in doc.records if is_demo_id(r.record_id)), None)
    if made_up is not None:
        raise ExportRejected(RejectReason.TRAINING_DATA, made_up)
    office = exchange_settings.load_office()
    if office is not None and not office.covers_village(doc.source.village_code):
        raise ExportRejected(RejectReason.OUTSIDE_AREA, doc.source.regency_name)


def _identity(
    doc: ExportDocument, owner: Owner, areas: AreaChain, now: datetime
) -> tuple[Owner, bool]:
    """The village as this export names it: its own code, a code it had before (an older
    export), or a new code it changed to by a signed change. Records the changes; returns the
    owner as it is now and whether the export is older than the village's present code."""
    code = doc.source.village_code
    if code != owner.village_code and code in office_imports.past_codes(owner.id):
        return owner, True
    chain = official_chain(code, areas)
    signed = [c for c in doc.code_changes if owner.public_key and signed_by(c, owner.public_key)]
    if code == owner.village_code:
        if signed:
            office_imports.record_code_changes(owner, signed, code, chain, doc.export_id, now)
        return owner, False
    path = code_path(signed, owner.village_code, code)
    taken = office_imports.owner_by_code(code)
    if path is None or (taken is not None and taken.id != owner.id):
        raise ExportRejected(RejectReason.CODE_MISMATCH, f"{owner.village_code} -> {code}")
    office_imports.record_code_changes(owner, signed, code, chain, doc.export_id, now)
    follow_code_change(owner.village_code, chain)
    changed = office_imports.owner_by_id(owner.id)
    assert changed is not None
    return changed, False


def _official_source(source: ExportSource, owner: Owner, areas: AreaChain) -> ExportSource:
    """The export's source as the office knows its village: its present code, with the
    official names of that code (never the names the file gives)."""
    province, regency, district, village = official_chain(owner.village_code, areas)
    return replace(
        source,
        role="kelurahan" if owner.village.kelurahan else "desa",
        village_code=owner.village_code,
        village_name=village.name,
        district_name=district.name,
        regency_name=regency.name,
        province_name=province.name,
    )


def _check_ownership(doc: ExportDocument, owner: Owner) -> None:
    """Refuse the whole file when anything in it belongs to another village."""
    touched = [
        (Kind.INCIDENT, [r.record_id for r in doc.records]),
        (Kind.CHECK, [a["record_id"] for a in doc.assessments] + list(doc.removed_assessments)),
    ]
    for kind, ids in touched:
        others = {o for o in office_imports.owners_of(kind, ids).values() if o != owner.id}
        if others:
            other = office_imports.owner_by_id(min(others))
            # Both villages are named by ``sender`` and ``owner``: no detail repeats a code.
            raise ExportRejected(
                RejectReason.OTHER_VILLAGE,
                sender=owner.village,
                owner=other.village if other else None,
            )


class Age(Enum):
    """Where an export stands among those seen from its village. Exports are full, so the
    newest one seen is the village's whole state: the office follows it."""

    NEWEST = "newest"  # newer than every export seen from the village
    OLDER = "older"  # older than one seen: what it brings that is not held, the village lost
    SAME = "same"  # made with the same number at the same time as the newest seen


def export_age(doc: ExportDocument, owner: Owner) -> Age:
    """A number or a time beyond every one seen makes an export the newest (a village set up
    again starts its numbers again: its time tells); one before makes it older."""
    last = owner.last_export_at
    if last is None or doc.source.sequence > owner.last_sequence or doc.created_at > last:
        return Age.NEWEST
    if doc.source.sequence < owner.last_sequence or doc.created_at < last:
        return Age.OLDER
    return Age.SAME


def _heads(records: Iterable[IncomingRecord]) -> dict[str, str]:
    """The version each record is at in the export (the last of its history)."""
    return {r.record_id: r.versions[-1].version_id for r in records if r.versions}


def _follow(doc_heads: dict[str, str], changed: set[str]) -> None:
    """Make each record's current version the one the village's newest export is at, but for
    a record whose current version an officer chose and that the export does not change
    (``changed``: the records it brings a new version of): the officer's choice stands."""
    held = incidents.current_versions(list(doc_heads))
    moving = {r: head for r, head in doc_heads.items() if r in held and held[r] != head}
    chosen = office_choices.choices_in_force([r for r in moving if r not in changed])
    for record_id, head in moving.items():
        if chosen.get(record_id) != held[record_id]:
            incidents.set_current_version(record_id, head, expected=held[record_id])


def _relabel(outcome: RecordOutcome, noted: bool) -> RecordOutcome:
    """A record's outcome once the office followed the village's newest export: a conflict
    when versions of it stay behind, else a branch it followed is an update."""
    if noted:
        return RecordOutcome.CONFLICT
    return RecordOutcome.UPDATED if outcome is RecordOutcome.CONFLICT else outcome


def _left_behind(doc: ExportDocument, owner: Owner) -> list[ConflictNote]:
    """The village's newest export lacks these versions the office holds of its records (those
    removed for good left out): the village went back to a backup and left them behind. They
    stay here, beside the current versions, as conflicts."""
    owned = office_imports.owned(owner.id, Kind.INCIDENT)
    purged = incidents.purged_records(owned)
    records = [r for r in owned if r not in purged]
    exported = set(doc.version_ids())
    return [
        ConflictNote(record_id, version_id, "cabang", "")
        for record_id, version_id in sorted(incidents.record_version_ids(records))
        if version_id not in exported
    ]


def _checks_left_behind(doc: ExportDocument, owner: Owner) -> list[ConflictNote]:
    """The saved checks of the village the office holds and its newest export lacks."""
    owned = set(office_imports.owned(owner.id, Kind.CHECK))
    owned -= {a["record_id"] for a in doc.assessments}
    owned -= set(doc.removed_assessments)
    owned -= assessments.removed_record_ids(sorted(owned))
    return [ConflictNote(c, c, "penilaian", "") for c in sorted(owned)]


def _purges(doc: ExportDocument, purged: set[str]) -> tuple[list[str], list[IncomingRecord]]:
    """The records of ``doc`` purged here already (left alone: nothing brings them back), and
    its records carrying a purge tombstone (to be purged now)."""
    gone = [r.record_id for r in doc.records if r.record_id in purged]
    purging = [
        r
        for r in doc.records
        if r.record_id not in purged and any(v.state is RecordState.PURGED for v in r.versions)
    ]
    return gone, purging


def merge_document(
    doc: ExportDocument,
    *,
    owner: Owner,
    areas: AreaChain,
    via: str,
    file_name: str = "",
    now: datetime | None = None,
) -> FileResult:
    """Merge one checked export of village ``owner`` (the one whose registered key signed it)
    in one transaction. An export merged before (same id, same hash) changes nothing and gives
    the receipt it got then. Raises ExportRejected (nothing merged)."""
    now = now or datetime.now(UTC)
    check_allowed(doc)
    with collection_paused(), transaction():
        prior = office_imports.find_import(doc.export_id)
        if prior is not None:
            if prior.sha256 != doc.sha256:
                raise ExportRejected(RejectReason.EXPORT_ID_REUSED, doc.export_id)
            return FileResult(
                name=file_name,
                export_id=doc.export_id,
                village=owner.village,
                sequence=doc.source.sequence,
                counts=MergeCounts(unchanged=len(doc.records)),
                assessments=MergeCounts(unchanged=len(doc.assessments)),
                already_imported_at=prior.imported_at,
                receipt=prior.receipt,
            )
        owner, older_code = _identity(doc, owner, areas, now)
        _check_ownership(doc, owner)
        age = Age.OLDER if older_code else export_age(doc, owner)
        record_ids = [r.record_id for r in doc.records]
        purged = incidents.purged_records(record_ids)
        gone, purging = _purges(doc, purged)
        skipped = set(gone) | {r.record_id for r in purging}
        merging = [r for r in doc.records if r.record_id not in skipped]
        known = incidents.known_records([r.record_id for r in merging])
        held = incidents.held_versions(
            [v.version_id for r in merging if r.record_id in known for v in r.versions]
        )
        changed = {
            r.record_id
            for r in merging
            if r.record_id in known and any(v.version_id not in held for v in r.versions)
        }
        plans = [plan_record(r, held, r.record_id in known) for r in merging]
        outcomes, notes, added = _apply(plans, follow=age is not Age.OLDER)
        outcomes += _apply_purges(purging) + [RecordOutcome.UNCHANGED] * len(gone)
        added += [r.versions[-1].version_id for r in purging]  # their tombstones
        assessment_counts, assessment_notes, added_checks = _merge_assessments(
            doc.assessments, doc.removed_assessments
        )
        merge_events(doc.events, _official_source(doc.source, owner, areas))
        if age is Age.NEWEST and owner.last_export_at is not None:
            # The village's whole state now: each record goes to the version the export is
            # at, and what the office holds beyond it the village left behind (it went back
            # to a backup). None of the export's versions is a conflict any more.
            branches = len({n.record_id for n in notes if n.kind == "cabang"})
            notes = [n for n in notes if n.kind != "cabang"]
            _follow(_heads(merging), changed)
            office_imports.forget_left_behind(
                list(doc.version_ids()), [a["record_id"] for a in doc.assessments]
            )
            left = _left_behind(doc, owner)
            notes += left
            assessment_notes += _checks_left_behind(doc, owner)
            if left or branches:
                office_imports.note_restored(owner.id, doc.export_id, len(left), branches, now)
        elif age is Age.OLDER:
            # What an older export brings that the office did not hold, the village lost when
            # it went back to a backup: kept beside the current versions, as conflicts.
            notes += [
                ConflictNote(v.record_id, v.version_id, "cabang", "")
                for p in plans
                if p.bulk
                for v in p.record.versions
            ]
            assessment_notes += [ConflictNote(c, c, "penilaian", "") for c in added_checks]
        noted = {n.record_id for n in notes}
        outcomes = [
            _relabel(outcome, r.record_id in noted)
            for r, outcome in zip(merging, outcomes[: len(merging)], strict=True)
        ] + outcomes[len(merging) :]
        conflicted = [r.record_id for r in merging if r.record_id in noted]
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
        installation = doc.source.installation_id
        office_imports.claim(Kind.INCIDENT, record_ids, owner, doc.export_id, installation)
        office_imports.claim(
            Kind.CHECK,
            [a["record_id"] for a in doc.assessments] + list(doc.removed_assessments),
            owner,
            doc.export_id,
            installation,
        )
        office_imports.record_import(
            ImportRecord(
                export_id=doc.export_id,
                sha256=doc.sha256,
                owner_id=owner.id,
                village_code=doc.source.village_code,
                installation_id=doc.source.installation_id,
                sequence=doc.source.sequence,
                created_at=doc.created_at,
                imported_at=now,
                via=via,
                file_name=file_name,
                counts=counts,
                receipt=receipt,
            )
        )
        office_imports.record_conflicts(doc.export_id, notes + assessment_notes, now)
        office_imports.record_version_sources(doc.export_id, added)
    return FileResult(
        name=file_name,
        export_id=doc.export_id,
        village=owner.village,
        sequence=doc.source.sequence,
        counts=counts,
        assessments=assessment_counts,
        conflict_records=tuple(conflicted),
        receipt=receipt,
    )


def _apply_purges(records: list[IncomingRecord]) -> list[RecordOutcome]:
    """Records the village removed for good: everything of them goes, the tombstone stays."""
    if not records:
        return []
    ids = [r.record_id for r in records]
    known = incidents.known_records(ids)
    for record in records:
        tombstone = next(v for v in record.versions if v.state is RecordState.PURGED)
        incidents.purge_received(tombstone)
    office_imports.forget_conflicts(ids)
    return [RecordOutcome.UPDATED if r in known else RecordOutcome.NEW for r in ids]


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
    areas: AreaChain,
    via: str,
    name: str = "",
    max_bytes: int = MAX_EXPORT_BYTES,
    now: datetime | None = None,
) -> FileResult:
    """Import one protected export file: the signature first, then decryption, then every
    check of the document, then the merge. An export whose key no officer has confirmed (a
    village's first, or a changed key) is held, still encrypted, until one does
    (protection.hold). Every import, and every refusal to touch another village's records, is
    recorded in the audit trail."""
    return import_signed(data, areas=areas, via=via, name=name, max_bytes=max_bytes, now=now)[0]


def import_signed(
    data: bytes,
    *,
    areas: AreaChain,
    via: str,
    name: str = "",
    max_bytes: int = MAX_EXPORT_BYTES,
    now: datetime | None = None,
) -> tuple[FileResult, EnvelopeHeader | None]:
    """``import_protected``, with the file's signed header when its signature held (who sent
    it, for the office's receipt); None when it did not."""
    return _import_handed([data], areas=areas, via=via, name=name, max_bytes=max_bytes, now=now)


def _import_handed(
    handed: list[bytes],
    *,
    areas: AreaChain,
    via: str,
    name: str,
    max_bytes: int,
    now: datetime | None,
) -> tuple[FileResult, EnvelopeHeader | None]:
    """``import_signed`` of the file's bytes in ``handed``, which the caller hands over: once
    the file is opened they are let go (unless the export is to be held), and so is the
    document once it is read, so that a 250 MB export is never in memory twice over."""
    if exchange_settings.role() is Role.VILLAGE:
        return FileResult(name=name, rejected=ExportRejected(RejectReason.NOT_AN_OFFICE)), None
    try:
        unsealed = unseal_for_import(handed[0])
    except EnvelopeRejected as exc:
        reason = _ENVELOPE_REASONS[exc.problem]
        return FileResult(name=name, rejected=ExportRejected(reason, exc.detail)), None
    header, owner, document = unsealed.header, unsealed.owner, unsealed.document
    del unsealed
    if owner is not None:
        handed.clear()
    try:
        doc = read_document(document, max_bytes=max_bytes, now=now)
        del document
        if (doc.export_id, doc.source.village_code) != (header.export_id, header.village_code):
            raise ExportRejected(RejectReason.BAD_SIGNATURE, "header")
        if owner is None:
            check_allowed(doc)
            official_chain(doc.source.village_code, areas)
            raise ExportRejected(hold(handed[0], header, via=via, file_name=name))
        result = merge_document(doc, owner=owner, areas=areas, via=via, file_name=name, now=now)
    except ExportRejected as exc:
        if exc.reason is RejectReason.OTHER_VILLAGE:
            audit.record_event(
                AuditKind.IMPORT_REFUSED_OTHER_VILLAGE,
                {
                    "export": header.export_id,
                    "village": exc.sender.code if exc.sender else header.village_code,
                    "owner": exc.owner.code if exc.owner else "",
                    "via": via,
                    "file": name,
                },
            )
        return FileResult(name=name, rejected=exc), header
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
    return result, header


def import_paths(
    paths: Iterable[Path],
    *,
    areas: AreaChain,
    max_bytes: int = MAX_EXPORT_BYTES,
    progress: Any = None,
    now: datetime | None = None,
    after_file: Callable[[Path, EnvelopeHeader | None, FileResult], None] | None = None,
) -> ImportReport:
    """Import files and the export files in folders, each file on its own: one bad file
    never stops the others. ``progress(done, total, name)`` is called before each file,
    ``after_file(path, signed header, result)`` after each file that could be read (the
    receipt)."""
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
            handed = [read_limited(path, max_bytes)]
        except ExportRejected as exc:
            report.files.append(FileResult(name=path.name, rejected=exc))
            continue
        result, header = _import_handed(
            handed, areas=areas, via=VIA_FILE, name=path.name, max_bytes=max_bytes, now=now
        )
        report.files.append(result)
        if after_file is not None:
            after_file(path, header, result)
    return report


def accept_held(
    village_code: str, public_key: bytes, *, areas: AreaChain, now: datetime | None = None
) -> list[FileResult]:
    """An officer confirmed the village's key fingerprint: it becomes the village's registered
    key and every export held under it is imported now (each as its own file)."""
    chain = official_chain(village_code, areas)
    return [
        import_protected(held.data, areas=areas, via=held.via, name=held.name, now=now)
        for held in accept_key(village_code, public_key, chain)
    ]
