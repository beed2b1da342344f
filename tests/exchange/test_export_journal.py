"""Numbers never repeat and exports are journalled: the intent is recorded before the file is
written and the export after, so neither a failure nor a kill in between leaves an export no
log or audit knows of, or a number given twice; a restore from a backup keeps the numbers
(issue 12 deliverable 6, issue 14 deliverable 4)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.exchange.export import export_to_folder
from desktop.storage import audit, incidents, office_imports, outbox_store
from tests.exchange.conftest import DAY, import_files, incident, opened, save

ROOT = Path(__file__).resolve().parents[2]


def stick(tmp_path: Path, name: str = "usb") -> Path:
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    return folder


def kinds() -> list[str]:
    return [e.kind for e in reversed(audit.list_events(100))]


def test_a_failure_between_writing_and_recording_leaves_no_export_and_no_number_reused(
    village_paths, tmp_path, monkeypatch
):
    usb = stick(tmp_path)
    with opened(village_paths):
        save(incident())

        def power_cut(entry):
            raise RuntimeError("listrik padam")

        real = outbox_store.finish_export
        monkeypatch.setattr(outbox_store, "finish_export", power_cut)
        with pytest.raises(RuntimeError):
            export_to_folder(usb)
        monkeypatch.setattr(outbox_store, "finish_export", real)
        assert list(usb.iterdir()) == [] and outbox_store.list_exports() == []
        after = export_to_folder(usb)
        trail = kinds()
    assert after.entry.sequence == 2
    assert trail.count("ekspor_dimulai") == 2 and "ekspor_batal" in trail
    assert trail.count("ekspor") == 1


KILLED = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from desktop.exchange.export import export_to_folder
    from desktop.paths import DataPaths
    from desktop.storage import outbox_store
    from desktop.storage.db import UNPROTECTED
    from desktop.storage.installation import Installation

    inst = Installation(DataPaths.resolve(sys.argv[1]), UNPROTECTED)
    inst.open()
    # Killed at once after the file is written and checked, before it is recorded.
    outbox_store.finish_export = lambda entry: os._exit(9)
    export_to_folder(Path(sys.argv[2]))
    """
)


def test_a_kill_between_writing_and_recording_is_settled_at_the_next_export(
    village_paths, tmp_path
):
    usb = stick(tmp_path)
    with opened(village_paths):
        save(incident("Sebelum listrik padam"))
    killed = subprocess.run(
        [sys.executable, "-c", KILLED.format(root=str(ROOT)), str(village_paths.root), str(usb)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == 9, killed.stderr
    (left,) = list(usb.iterdir())  # the file was written whole before the kill
    with opened(village_paths):
        assert outbox_store.list_exports() == []
        assert [e.sequence for e in outbox_store.unfinished_exports()] == [1]
        assert kinds()[-1] == "ekspor_dimulai"  # audited before anything was written
        nxt = export_to_folder(usb)
        exports = outbox_store.list_exports()
        events = [e for e in audit.list_events(100) if e.kind == "ekspor"]
    assert [e.sequence for e in exports] == [2, 1]
    assert exports[1].written_to == str(left) and nxt.path != left
    assert sorted(p.name for p in usb.iterdir()) == sorted([left.name, nxt.path.name])
    recovered = [e for e in events if e.detail.get("recovered")]
    assert len(recovered) == 1 and recovered[0].detail["export"] == exports[1].export_id


def test_a_kill_before_the_file_was_written_gives_the_export_up(village_paths, tmp_path):
    usb = stick(tmp_path)
    script = KILLED.replace(
        "outbox_store.finish_export = lambda entry: os._exit(9)",
        "outbox_store.plan_export = lambda entry: os._exit(9)",
    )
    subprocess.run(
        [sys.executable, "-c", script.format(root=str(ROOT)), str(village_paths.root), str(usb)],
        timeout=120,
    )
    with opened(village_paths):
        nxt = export_to_folder(usb)
        trail = kinds()
    assert nxt.entry.sequence == 2 and [p.name for p in usb.iterdir()] == [nxt.path.name]
    assert "ekspor_batal" in trail


def test_numbers_and_file_names_stay_unique_after_a_restore_and_the_office_sees_it(
    village_paths, office_paths, tmp_path
):
    """Today two different exports got the same file name after a restore, one overwrote the
    other, and the office stayed on the branch the village had abandoned."""
    from desktop.storage.installation import Installation

    usb = stick(tmp_path)
    record = incident("Tawaran kerja ke Malaysia")
    moment = DAY.astimezone()
    with opened(village_paths) as inst:
        assert isinstance(inst, Installation)
        save(record)
        first = export_to_folder(usb, now=moment)
        backup = inst.backup_now("manual")
        held = incidents.load_incident(record.record_id)
        edited = replace(record, summary="Tawaran kerja ke Malaysia, dirujuk ke Polres")
        save(edited, base=held.meta.version_id, when=DAY + timedelta(hours=1))
        second = export_to_folder(usb, now=moment)
        inst.restore(backup.path)
        back = incidents.load_incident(record.record_id)
        other = replace(record, summary="Tawaran kerja ke Malaysia, keluarga menolak")
        save(other, base=back.meta.version_id, when=DAY + timedelta(hours=2))
        third = export_to_folder(usb, now=moment)  # the same minute as the others
        numbers = [e.sequence for e in outbox_store.list_exports()]
    names = {first.path.name, second.path.name, third.path.name}
    assert len(names) == 3 and sorted(p.name for p in usb.iterdir()) == sorted(names)
    assert numbers == [3, 2, 1]
    with opened(office_paths):
        import_files([first.path, second.path])
        assert office_imports.villages()[0].restored_at is None
        result = import_files([third.path]).files[0]
        (village,) = office_imports.villages()
        held = incidents.load_incident(record.record_id)
    assert result.ok and result.counts.conflicts == 1
    assert held.incident.summary == "Tawaran kerja ke Malaysia, keluarga menolak"
    assert village.restored_at is not None
    assert (village.restored_missing, village.restored_branches) == (1, 1)
