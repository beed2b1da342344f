"""Deletions travel: a record removed for good at the village (by hand, or by the clean-up of
Terhapus) leaves only its tombstone at the office, personal data included, and stays removed
whatever older export comes later (issue 12, deliverable 3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from desktop.domain.incident import (
    Person,
    PersonIdentity,
    PersonRole,
    RecordNotFound,
    RecordState,
)
from desktop.exchange.export import export_to_folder
from desktop.paths import DataPaths
from desktop.storage import exchange_settings, incidents, office_imports, register
from desktop.storage.db import database
from desktop.storage.register import RegisterQuery
from tests.exchange.conftest import (
    DAY,
    KERINCI_OFFICE,
    confirm_village,
    give_office_key,
    import_files,
    incident,
    opened,
    save,
)

NAME = "Zubaidah Fiktifiani"


def with_identity(summary: str):
    person = Person(
        person_id="p-1",
        role=PersonRole.VICTIM,
        identity=PersonIdentity(name=NAME, nik="1502020101010001", phone="0812-1111-2222"),
    )
    return incident(summary, people=(person,))


def personal_rows() -> int:
    """Every row at the office that could hold someone's name: identities, people, the search
    text, and the versions' content."""
    sql = (
        "SELECT (SELECT COUNT(*) FROM incident_person_identity)"
        " + (SELECT COUNT(*) FROM incident_person)"
        " + (SELECT COUNT(*) FROM incident_fts) + (SELECT COUNT(*) FROM deleted_incident_fts)"
        " + (SELECT COUNT(*) FROM incident_version WHERE payload LIKE ?)"
    )
    return database.execute_sql(sql, (f"%{NAME}%",)).fetchone()[0]


def stick(tmp_path, name: str):
    folder = tmp_path / name
    folder.mkdir()
    return folder


@pytest.mark.parametrize("how", ["by hand", "retention clean-up"])
def test_a_record_removed_for_good_loses_its_content_at_the_office_too(
    village_paths, office_paths, tmp_path, how
):
    record = with_identity("Korban pulang dari Sabah")
    with opened(village_paths):
        save(record)
        sent = export_to_folder(stick(tmp_path, "usb1"), identities_reason="Diminta Polres")
        incidents.delete_incident(record.record_id, author_name="Sekdes", now=DAY)
        if how == "by hand":
            incidents.purge_incident(record.record_id, author_name="Sekdes", now=DAY)
        else:
            assert incidents.purge_expired(30, author_name="Sekdes", now=DAY + timedelta(31)) == 1
        purge = export_to_folder(stick(tmp_path, "usb2"))
    with opened(office_paths):
        assert import_files([sent.path]).files[0].counts.new == 1
        assert personal_rows() > 0
        result = import_files([purge.path]).files[0]
        left = incidents.record_versions(record.record_id)
        with pytest.raises(RecordNotFound):
            incidents.load_incident(record.record_id)
        found = register.count_register(RegisterQuery(text="Sabah"))
        rows = personal_rows()
    assert result.ok and result.counts.updated == 1
    assert [v.state for v in left] == [RecordState.PURGED] and left[0].payload == {}
    assert found == 0 and rows == 0


def test_an_older_export_imported_later_never_brings_a_purged_record_back(
    village_paths, office_paths, tmp_path
):
    record = with_identity("Tawaran kerja ke Malaysia")
    with opened(village_paths):
        save(record)
        oldest = export_to_folder(stick(tmp_path, "usb1"), identities_reason="Diminta Polres")
        current = incidents.load_incident(record.record_id)
        edited = replace(record, summary="Tawaran kerja ke Malaysia, dirujuk")
        save(edited, base=current.meta.version_id, when=DAY + timedelta(days=1))
        older = export_to_folder(stick(tmp_path, "usb2"), identities_reason="Diminta Polres")
        incidents.delete_incident(record.record_id, author_name="Sekdes", now=DAY + timedelta(2))
        incidents.purge_incident(record.record_id, author_name="Sekdes", now=DAY + timedelta(3))
        newest = export_to_folder(stick(tmp_path, "usb3"))
    with opened(office_paths):
        first = import_files([oldest.path, newest.path]).files
        late = import_files([older.path]).files[0]
        left = incidents.record_versions(record.record_id)
        rows = personal_rows()
        villages = office_imports.villages()
    assert [f.ok for f in first] == [True, True] and late.ok
    assert late.counts.unchanged == 1 and late.counts.new == late.counts.updated == 0
    assert [v.state for v in left] == [RecordState.PURGED] and rows == 0
    assert villages[0].restored_at is None  # an older export is not a restore


def test_a_purge_the_office_hears_of_first_is_kept_without_any_content(village_paths, tmp_path):
    """The office never had the record: it keeps the tombstone only, and nothing later adds
    content to it."""
    record = with_identity("Catatan yang dihapus sebelum dikirim")
    with opened(village_paths):
        save(record)
        early = export_to_folder(stick(tmp_path, "usb1"), identities_reason="Diminta Polres")
        incidents.delete_incident(record.record_id, author_name="Sekdes", now=DAY)
        incidents.purge_incident(record.record_id, author_name="Sekdes", now=DAY)
        purge = export_to_folder(stick(tmp_path, "usb2"))
    office = DataPaths.resolve(tmp_path / "kantor-baru")
    with opened(office):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        confirm_village()
        assert import_files([purge.path]).files[0].counts.new == 1
        late = import_files([early.path]).files[0]
        left = incidents.record_versions(record.record_id)
        rows = personal_rows()
    assert late.ok and late.counts.unchanged == 1
    assert [v.state for v in left] == [RecordState.PURGED] and rows == 0


def test_a_restore_from_a_backup_does_not_bring_back_what_was_removed_for_good(village_paths):
    """A record removed for good and a check deleted after a backup was taken stay removed when
    the village goes back to that backup (before, the restore brought the personal data back
    and the next export sent it to an office that had dropped it)."""
    from desktop.domain.security import AuditKind
    from desktop.storage import assessments, audit
    from tests.exchange.test_merge import _check

    record = with_identity("Tawaran kerja ke Malaysia")
    with opened(village_paths) as inst:
        save(record)
        check = assessments.save_assessment(_check("AB"), now=DAY)
        backup = inst.backup_now("manual")
        incidents.delete_incident(record.record_id, author_name="Sekdes", now=DAY)
        incidents.purge_incident(record.record_id, author_name="Sekdes", now=DAY)
        assessments.delete_assessment(check.id, now=DAY)
        inst.restore(backup.path)
        assert incidents.purged_records([record.record_id]) == {record.record_id}
        with pytest.raises(RecordNotFound):
            incidents.load_incident(record.record_id)
        assert personal_rows() == 0
        assert assessments.list_assessments() == []
        assert [r["record_id"] for r in assessments.removed_export_items()] == [check.record_id]
        (restored,) = [e for e in audit.list_events() if e.kind == AuditKind.BACKUP_RESTORED.value]
    assert restored.detail["purged_again"] == 1 and restored.detail["checks_deleted_again"] == 1
