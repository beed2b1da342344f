"""Merging at the office: new, updated, unchanged, conflicts kept, one transaction per file."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from desktop.domain.exchange import RecordOutcome, RejectReason
from desktop.domain.incident import Person, PersonIdentity, PersonRole, RecordState, to_payload
from desktop.exchange.export import export_to_folder
from desktop.exchange.merge import VersionAction, compare_held, record_outcome
from desktop.paths import DataPaths
from desktop.storage import assessments, exchange_settings, incidents, office_imports, register
from desktop.storage.register import RegisterQuery
from tests.exchange.conftest import (
    DAY,
    KERINCI_OFFICE,
    SOURCE,
    confirm_village,
    document_of,
    export_bytes,
    give_office_key,
    import_files,
    incident,
    merge,
    opened,
    rows,
    save,
    sealed,
    version,
)

R1 = "11111111-1111-4111-8111-111111111111"
R2 = "22222222-2222-4222-8222-222222222222"
R3 = "33333333-3333-4333-8333-333333333333"


def register_ids() -> list[str]:
    return [r.record_id for r in register.fetch_register(RegisterQuery(), 0, 1000)]


def test_a_village_export_arrives_whole_and_a_second_import_changes_nothing(
    village_paths, office_paths, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(village_paths):
        first = incident("Tawaran kerja ke Malaysia")
        base = save(first)
        save(replace(first, summary="Tawaran kerja ke Malaysia, sudah dirujuk"), base=base)
        save(incident("Warga hilang kontak di Kamboja"))
        gone = incident("Tercatat dua kali")
        save(gone)
        incidents.delete_incident(gone.record_id, author_name="Sekdes", now=DAY)
        result = export_to_folder(usb)
    with opened(office_paths):
        first_import = import_files([usb])
        again = import_files([result.path])
        ids = register_ids()
        villages = office_imports.villages()

    (file,) = first_import.files
    assert file.ok and file.counts.new == 3 and file.counts.conflicts == 0
    assert file.village.name == "Kungkai" and file.sequence == 1
    assert sorted(ids) == sorted([first.record_id, *(r for r in ids if r != first.record_id)])
    assert len(ids) == 2  # the one in Terhapus is held, not listed
    assert [(v.code, v.last_sequence) for v in villages] == [("15.02.02.2004", 1)]
    (repeat,) = again.files
    assert repeat.ok and repeat.already_imported_at is not None
    assert repeat.counts.unchanged == 3 and repeat.counts.new == 0
    assert repeat.receipt == file.receipt


def test_a_later_export_updates_and_adds(office_paths):
    v1 = version(R1, None, "Tawaran kerja")
    v2 = version(R1, v1.version_id, "Tawaran kerja, sudah dirujuk", when=DAY + timedelta(days=1))
    other = version(R2, None, "Lain")
    with opened(office_paths):
        merge(export_bytes([[v1], [other]], sequence=1))
        later = merge(export_bytes([[v1, v2], [other], [version(R3, None, "Baru")]], sequence=2))
        held = incidents.load_incident(R1)

    assert (later.counts.new, later.counts.updated, later.counts.unchanged) == (1, 1, 1)
    assert held.meta.version_id == v2.version_id
    assert held.incident.summary == "Tawaran kerja, sudah dirujuk"


@pytest.mark.parametrize("newest_first", [False, True])
def test_a_history_that_diverges_is_kept_as_a_conflict_and_shown(office_paths, newest_first):
    """A village's history diverges only when it went back to a backup: the office follows
    its newest export whatever order the files come in, and keeps the version it left behind
    beside it, as a conflict (today the office stayed on the version the village abandoned)."""
    v1 = version(R1, None, "Awal")
    ours = version(R1, v1.version_id, "Versi A", when=DAY + timedelta(days=1))
    theirs = version(R1, v1.version_id, "Versi B", when=DAY + timedelta(days=2))
    files = [export_bytes([[v1, ours]], sequence=1), export_bytes([[v1, theirs]], sequence=2)]
    with opened(office_paths):
        results = [merge(f) for f in (reversed(files) if newest_first else files)]
        held = incidents.load_incident(R1)
        kept = {v.version_id for v in incidents.record_versions(R1)}
        notes = office_imports.conflicts_of(R1)
        conflicted = register.fetch_register(RegisterQuery(conflicts_only=True), 0, 10)

    assert results[-1].counts.conflicts == 1 and results[-1].conflict_records == (R1,)
    assert held.meta.version_id == theirs.version_id  # where the village is now
    assert held.incident.summary == "Versi B"
    assert ours.version_id in kept  # ... and the version it left is not dropped
    assert [(n.version_id, n.kind) for n in notes] == [(ours.version_id, "cabang")]
    assert [r.record_id for r in conflicted] == [R1] and conflicted[0].conflicts == 1


def test_two_exports_made_at_once_that_diverge_keep_the_first(office_paths):
    """Two exports with the same number and time (which comes first cannot be told): the
    record stays as held, the other version is kept beside it."""
    v1 = version(R1, None, "Awal")
    ours = version(R1, v1.version_id, "Versi A", when=DAY + timedelta(days=1))
    theirs = version(R1, v1.version_id, "Versi B", when=DAY + timedelta(days=2))
    with opened(office_paths):
        merge(export_bytes([[v1, ours]], sequence=1))
        result = merge(export_bytes([[v1, theirs]], sequence=1))
        held = incidents.load_incident(R1)
        notes = office_imports.conflicts_of(R1)

    assert result.counts.conflicts == 1
    assert held.meta.version_id == ours.version_id
    assert [(n.version_id, n.kind) for n in notes] == [(theirs.version_id, "cabang")]


def test_the_same_version_id_with_other_content_is_kept_apart(office_paths):
    v1 = version(R1, None, "Asli")
    forged = replace(v1, payload=to_payload(incident("Diubah", record_id=R1)))
    with opened(office_paths):
        merge(export_bytes([[v1]], sequence=1))
        result = merge(export_bytes([[forged]], sequence=2))
        held = incidents.load_incident(R1)
        (note,) = office_imports.conflicts_of(R1)

    assert result.counts.conflicts == 1
    assert held.incident.summary == "Asli"
    assert note.kind == "bentrok" and json.loads(note.version)["payload"]["summary"] == "Diubah"


def with_person(record_id: str, name: str):
    person = Person(
        person_id="p-1", role=PersonRole.VICTIM, identity=PersonIdentity(name=name, nik="")
    )
    return incident("Korban pulang", record_id=record_id, people=(person,), legal_basis=None)


def test_identities_sent_later_are_added_and_never_removed(office_paths):
    v1 = version(R1, None, "x")
    v1 = replace(v1, payload=to_payload(with_person(R1, "Ani (fiktif)")))
    with opened(office_paths):
        bare = merge(export_bytes([[v1]], sequence=1))
        full = merge(export_bytes([[v1]], sequence=2, reason="Diminta Polres"))
        named = incidents.load_incident(R1).incident.people[0].identity.name
        bare_again = merge(export_bytes([[v1]], sequence=3))
        still = incidents.load_incident(R1).incident.people[0].identity.name

    assert bare.counts.new == 1
    assert full.counts.updated == 1 and named == "Ani (fiktif)"
    assert bare_again.counts.unchanged == 1 and still == "Ani (fiktif)"


def test_tombstones_delete_and_purge_at_the_office_too(office_paths):
    v1 = version(R1, None, "Akan dihapus")
    deleted = replace(
        v1,
        version_id="44444444-4444-4444-8444-444444444444",
        prev_version_id=v1.version_id,
        state=RecordState.DELETED,
        saved_at=DAY + timedelta(days=1),
    )
    purged = version(R1, deleted.version_id, "", state=RecordState.PURGED, when=DAY + timedelta(2))
    with opened(office_paths):
        merge(export_bytes([[v1]], sequence=1))
        assert register_ids() == [R1]
        assert merge(export_bytes([[v1, deleted]], sequence=2)).counts.updated == 1
        assert register_ids() == []
        assert merge(export_bytes([[purged]], sequence=3)).counts.updated == 1
        left = incidents.record_versions(R1)
    assert [v.state for v in left] == [RecordState.PURGED]


def test_a_failure_in_the_middle_leaves_nothing_of_the_file(office_paths, monkeypatch):
    v1 = version(R1, None, "Satu")
    with opened(office_paths):
        merge(export_bytes([[v1]], sequence=1))
        v2 = version(R1, v1.version_id, "Dua")
        fork = version(R2, "55555555-5555-4555-8555-555555555555", "Tiga")
        real = incidents.insert_version
        calls = []

        def breaks(v, **options):
            calls.append(v)
            if len(calls) == 2:
                raise RuntimeError("listrik padam")
            return real(v, **options)

        monkeypatch.setattr(incidents, "insert_version", breaks)
        with pytest.raises(RuntimeError):
            merge(export_bytes([[v1, v2], [fork]], sequence=2))
        assert incidents.load_incident(R1).meta.version_id == v1.version_id
        assert [v.version_id for v in incidents.record_versions(R2)] == []
        assert [e.sequence for e in office_imports.import_log()] == [1]


def test_an_export_id_used_again_for_other_content_is_refused(office_paths):
    with opened(office_paths):
        merge(export_bytes([[version(R1, None, "a")]], export_id=R3))
        result = merge(export_bytes([[version(R2, None, "b")]], export_id=R3))
    assert result.rejected.reason is RejectReason.EXPORT_ID_REUSED


def test_villages_outside_the_offices_area_and_training_data_are_refused(office_paths):
    elsewhere = replace(SOURCE, village_code="11.01.01.2001", regency_name="Kab. Aceh Selatan")
    with opened(office_paths):
        outside = merge(export_bytes([[version(R1, None, "a")]], source=elsewhere))
        practice = merge(
            export_bytes([[version(R1, None, "a")]], source=replace(SOURCE, training=True))
        )
        assert register.count_register(RegisterQuery()) == 0
    assert outside.rejected.reason is RejectReason.OUTSIDE_AREA
    assert practice.rejected.reason is RejectReason.TRAINING_DATA


def test_a_village_installation_does_not_import(village_paths):
    with opened(village_paths):
        result = merge(export_bytes([[version(R1, None, "a")]]))
    assert result.rejected.reason is RejectReason.NOT_AN_OFFICE


def test_one_bad_file_never_stops_the_others(office_paths, tmp_path):
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    a = sealed(export_bytes([[version(R1, None, "a")]], sequence=1))
    (folder / "a-baik.siaga").write_bytes(a)
    (folder / "b-terpotong.siaga").write_bytes(
        sealed(export_bytes([[version(R2, None, "b")]]))[:500]
    )
    (folder / "c-baik.siaga").write_bytes(
        sealed(export_bytes([[version(R3, None, "c")]], sequence=2))
    )
    (folder / "catatan.txt").write_text("bukan ekspor")
    with opened(office_paths):
        report = import_files([folder])
        ids = register_ids()
    assert [f.name for f in report.files] == ["a-baik.siaga", "b-terpotong.siaga", "c-baik.siaga"]
    assert [f.ok for f in report.files] == [True, False, True]
    assert report.files[1].rejected.reason is RejectReason.BAD_SIGNATURE
    assert report.totals.new == 2 and report.rejected == 1 and not report.all_ok
    assert sorted(ids) == [R1, R3]


# --- The decisions alone ---------------------------------------------------------------------


def test_compare_held_tells_same_identity_only_and_clash_apart():
    v1 = version(R1, None, "x")
    v1 = replace(v1, payload=to_payload(with_person(R1, "Ani")))
    (held_full,) = rows([[v1]])[0]
    bare = replace(v1, payload=to_payload(with_person(R1, "Ani").without_identifiers()))
    (held_bare,) = rows([[bare]])[0]

    assert compare_held(v1, held_full) is VersionAction.SKIP
    assert compare_held(bare, held_full) is VersionAction.SKIP
    assert compare_held(v1, held_bare) is VersionAction.ADD_IDENTITIES
    assert compare_held(replace(v1, reason="lain"), held_full) is VersionAction.CLASH
    other = replace(v1, payload=to_payload(with_person(R1, "Budi")))
    assert compare_held(other, held_full) is VersionAction.CLASH


def test_a_record_outcome_prefers_conflict_then_new_then_updated():
    new, upd, same, conf = (
        incidents.InsertOutcome[n] for n in ("NEW", "UPDATED", "UNCHANGED", "CONFLICT")
    )
    assert record_outcome(False, [new, upd]) is RecordOutcome.NEW
    assert record_outcome(True, [same, upd]) is RecordOutcome.UPDATED
    assert record_outcome(True, [same, VersionAction.SKIP]) is RecordOutcome.UNCHANGED
    assert record_outcome(True, [upd, conf]) is RecordOutcome.CONFLICT
    assert record_outcome(True, [VersionAction.CLASH]) is RecordOutcome.CONFLICT
    assert record_outcome(True, [VersionAction.ADD_IDENTITIES]) is RecordOutcome.UPDATED


def _check(initials: str = "S.A."):
    from datetime import date

    from desktop.domain.assessment import Assessment, Offer
    from desktop.domain.checklist import Answer, Result, RiskLevel

    return Assessment(
        assessed_on=date(2026, 5, 2),
        initials=initials,
        offer=Offer("PT Contoh (fiktif)", "Malaysia", "Pelayan", "0812-0000-0000"),
        answers={"biaya_di_depan": Answer.YES, "kontrak_tertulis": Answer.UNKNOWN},
        result=Result(1, RiskLevel.HIGH, 5, (), ("biaya_di_depan",), ("kontrak_tertulis",), (), ()),
    )


def test_job_offer_checks_travel_with_the_export_once(village_paths, office_paths, tmp_path):

    usb = tmp_path / "usb"
    usb.mkdir()
    check = _check()
    with opened(village_paths):
        saved = assessments.save_assessment(check)
        written = export_to_folder(usb)
    assert written.entry.assessments == 1
    with opened(office_paths):
        first = import_files([written.path])
        held = assessments.list_assessments()
        loaded = assessments.load_assessment(held[0].id)
        document = json.loads(document_of(written.path))
    assert first.files[0].assessments.new == 1
    assert loaded.record_id == saved.record_id and loaded.result == check.result
    assert loaded.offer == check.offer and loaded.answers == check.answers
    assert document["content"]["assessments"][0]["initials"] == "S.A."


def test_a_check_made_for_a_stage_reaches_the_office_with_its_stage(
    village_paths, office_paths, tmp_path
):
    from dataclasses import replace

    from desktop.storage import assessments

    check = _check()
    check = replace(check, result=replace(check.result, checklist_version=2, stage="proses"))
    with opened(village_paths):
        assessments.save_assessment(check)
        written = export_to_folder(tmp_path)
    with opened(office_paths):
        report = import_files([written.path])
        loaded = assessments.load_assessment(assessments.list_assessments()[0].id)
    assert report.files[0].assessments.new == 1
    assert (loaded.result.stage, loaded.result) == ("proses", check.result)


def test_a_check_deleted_at_the_village_is_deleted_at_the_office_and_stays_deleted(
    village_paths, office_paths, tmp_path
):
    """Only the record id travels; an older export brought in later does not bring it back."""

    first_stick, second_stick = tmp_path / "usb1", tmp_path / "usb2"
    first_stick.mkdir()
    second_stick.mkdir()
    with opened(village_paths):
        assessments.save_assessment(_check("K.K."))
        gone = assessments.save_assessment(_check("S.A."))
        older = export_to_folder(first_stick)
        assessments.delete_assessment(gone.id)
        removed = assessments.removed_export_items()
        assert {r["record_id"] for r in removed} == {gone.record_id}
        newer = export_to_folder(second_stick)
    document = json.loads(document_of(newer.path))
    assert [r["record_id"] for r in document["content"]["removed_assessments"]] == [gone.record_id]
    assert "S.A." not in json.dumps(document["content"]["removed_assessments"])
    # In order: the office's copy is deleted.
    with opened(office_paths):
        assert import_files([older.path]).files[0].assessments.new == 2
        report = import_files([newer.path]).files[0]
        assert (report.assessments.updated, report.assessments.unchanged) == (1, 1)
        assert [a.initials for a in assessments.list_assessments()] == ["K.K."]
    # The other way round (the older stick came late): the deleted check does not come back.
    late_office = DataPaths.resolve(tmp_path / "kantor-lain")
    with opened(late_office):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        confirm_village()
        assert import_files([newer.path]).files[0].assessments.new == 1
        late = import_files([older.path]).files[0]
        assert (late.assessments.new, late.assessments.unchanged) == (0, 2)
        assert [a.initials for a in assessments.list_assessments()] == ["K.K."]
