"""Any duplication, reordering or interleaving of a village's exports, with edits, deletes,
restores (of a deleted record, and from a backup), purges and checks between them, leaves the
office equal to the village's latest state (issue 12, deliverable 10; hypothesis draws the
histories and the import orders). What the village left behind by going back to a backup is
kept at the office as conflicts: exactly that, nothing else."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.incident import Person, PersonIdentity, PersonRole, RecordNotFound
from desktop.exchange.export import export_to_folder
from desktop.paths import DataPaths
from desktop.storage import assessments, exchange_settings, incidents, profile_store
from desktop.storage.installation import Installation
from tests.exchange.conftest import (
    DAY,
    IN_MEMORY,
    KERINCI_OFFICE,
    KUNGKAI,
    confirm_village,
    give_office_key,
    give_village_keys,
    import_files,
    incident,
    opened,
)
from tests.exchange.state import Snapshot, compare, office_state, village_state
from tests.exchange.test_merge import _check

EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("create"), st.booleans()),  # with a named person, or not
        st.tuples(st.sampled_from(["edit", "delete or restore", "purge"]), st.integers(0, 9)),
        st.tuples(st.sampled_from(["check", "uncheck"]), st.integers(0, 9)),
    ),
    max_size=5,
)
# A round: some changes, then maybe an export (with identities, or not), a backup, and going
# back to one of the backups taken so far.
ROUNDS = st.lists(
    st.tuples(
        EDITS,
        st.sampled_from([None, "export", "export with identities"]),
        st.booleans(),
        st.one_of(st.none(), st.integers(0, 9)),
    ),
    min_size=1,
    max_size=5,
)


def steps_of(rounds) -> list[tuple[str, object]]:
    steps: list[tuple[str, object]] = []
    for edits, export, backup, back in rounds:
        steps += edits
        if export:
            steps.append(("export", export == "export with identities"))
        if backup:
            steps.append(("backup", None))
        if back is not None:
            steps.append(("go back to a backup", back))
    return steps


def person(n: int) -> Person:
    return Person(
        person_id=f"p-{n}",
        role=PersonRole.VICTIM,
        identity=PersonIdentity(name=f"Warga {n} (fiktif)", nik="", phone=""),
    )


def state_of(record_id: str) -> str:
    """'live', 'deleted', 'purged' or 'absent' (a backup taken before it was made)."""
    if incidents.purged_records([record_id]):
        return "purged"
    try:
        held = incidents.load_incident(record_id)
    except RecordNotFound:
        return "absent"
    return "live" if held.meta.deleted_at is None else "deleted"


class Village:
    """Plays the steps at the open village; every export goes to ``stick``."""

    def __init__(self, inst: Installation, stick: Path) -> None:
        self.inst, self.stick = inst, stick
        self.clock = DAY
        self.records: list[str] = []  # every record ever made (some may be gone since)
        self.backups: list[Path] = []
        self.exports: list[Path] = []
        self.exported: list[Snapshot] = []  # what each export held

    def tick(self):
        self.clock += timedelta(minutes=7)
        return self.clock

    def pick(self, n: int) -> str | None:
        return self.records[n % len(self.records)] if self.records else None

    def export(self, reason: str | None = None) -> None:
        self.exports.append(
            export_to_folder(self.stick, identities_reason=reason, now=self.tick()).path
        )
        self.exported.append(village_state())

    def play(self, step: str, arg) -> None:
        if step == "create":
            people = (person(len(self.records)),) if arg else ()
            made = incident(f"Catatan {len(self.records)}", people=people)
            incidents.save_incident(made, author_name="Sekdes", now=self.tick())
            self.records.append(made.record_id)
            return
        if step == "check":
            assessments.save_assessment(_check(f"C{arg}"), now=self.tick())
        elif step == "uncheck":
            held = assessments.list_assessments()
            if held:
                chosen = held[arg % len(held)].id
                assessments.delete_assessment(chosen, now=self.tick())
        elif step == "export":
            self.export("Diminta Polres" if arg else None)
        elif step == "backup":
            self.backups.append(self.inst.backup_now("manual").path)
        elif step == "go back to a backup" and self.backups:
            self.inst.restore(self.backups[arg % len(self.backups)])
        record = self.pick(arg) if isinstance(arg, int) else None
        if record is None or step not in ("edit", "delete or restore", "purge"):
            return
        state = state_of(record)
        if step == "edit" and state == "live":
            held = incidents.load_incident(record)
            changed = replace(held.incident, summary=f"{held.incident.summary} +")
            incidents.save_incident(
                changed, author_name="Sekdes", base_version=held.meta.version_id, now=self.tick()
            )
        elif step == "delete or restore" and state == "deleted":
            incidents.restore_incident(record, author_name="Sekdes", now=self.tick())
        elif step == "delete or restore" and state == "live":
            incidents.delete_incident(record, author_name="Sekdes", now=self.tick())
        elif step == "purge" and state in ("live", "deleted"):
            if state == "live":
                incidents.delete_incident(record, author_name="Sekdes", now=self.tick())
            incidents.purge_incident(record, author_name="Sekdes", now=self.tick())


def left_behind(exported: list[Snapshot], latest: Snapshot) -> set[tuple[str, str]]:
    """(record id, version id) of what the village exported once and holds no more (it went
    back to a backup), records removed for good aside; checks as (id, id)."""
    gone: set[tuple[str, str]] = set()
    for snapshot in exported:
        for record_id, record in snapshot.records.items():
            now = latest.records.get(record_id)
            if now is not None and now.purged:
                continue
            gone |= {(record_id, v) for v in record.versions if not now or v not in now.versions}
        gone |= {(c, c) for c in snapshot.checks if c not in latest.checks}
    return {g for g in gone if g[0] not in latest.removed_checks}


def office_after(exports: list[Path], root: Path) -> Snapshot:
    with opened(DataPaths.resolve(root / "kantor")):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        confirm_village()
        for path in exports:
            (result,) = import_files([path]).files
            assert result.ok, result.rejected
        return office_state(KUNGKAI.village_code)


@pytest.mark.parametrize("order", ["as made", "newest first"])
def test_going_back_to_a_newer_backup_again_takes_its_versions_out_of_the_conflicts(
    tmp_path, order
):
    """A village goes back to an older backup, then to a newer one again: what it holds once
    more is no longer a conflict at the office, what it left the second time is."""
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    with opened(DataPaths.resolve(tmp_path / "desa")) as inst:
        profile_store.save_profile(KUNGKAI)
        give_village_keys()
        village = Village(inst, stick)
        for step in [
            ("create", True),
            ("check", 1),
            ("export", False),
            ("backup", None),
            ("edit", 0),
            ("check", 2),
            ("export", False),
            ("backup", None),
            ("go back to a backup", 0),
            ("edit", 0),
            ("export", False),
            ("go back to a backup", 1),
        ]:
            village.play(*step)
        village.export()
        expected = village_state()
    exports = village.exports if order == "as made" else village.exports[::-1]
    result = compare(expected, office_after(exports, tmp_path))
    assert result.equal, result.differences
    kept = {(n.record_id, n.version_id) for n in result.conflicts}
    assert kept == left_behind(village.exported, expected) and len(kept) == 1


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(rounds=ROUNDS, data=st.data())
def test_any_order_of_a_villages_exports_leaves_the_office_equal_to_the_village(rounds, data):
    with tempfile.TemporaryDirectory(dir=IN_MEMORY) as folder:
        root = Path(folder)
        stick = root / "flashdisk"
        stick.mkdir()
        with opened(DataPaths.resolve(root / "desa")) as inst:
            profile_store.save_profile(KUNGKAI)
            give_village_keys()
            village = Village(inst, stick)
            for step, arg in steps_of(rounds):
                village.play(step, arg)
            village.export()
            expected = village_state()
        exports = village.exports
        order = data.draw(st.permutations(exports), label="import order")
        again = data.draw(st.lists(st.sampled_from(exports), max_size=4), label="again")
        places = data.draw(
            st.lists(st.integers(0, len(order)), min_size=len(again), max_size=len(again)),
            label="where",
        )
        plan = list(order)
        for path, at in zip(again, places, strict=True):
            plan.insert(at, path)
        result = compare(expected, office_after(plan, root))
        assert result.equal, result.differences
        kept = {(n.record_id, n.version_id) for n in result.conflicts}
        assert {n.kind for n in result.conflicts} <= {"cabang", "penilaian"}
        assert kept == left_behind(village.exported, expected)
