"""Saved job-offer checks: stored as made, listed newest first, never recomputed."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.domain.assessment import Assessment, AssessmentNotFound
from desktop.domain.checklist import Answer, RiskLevel, assess, checklist_file, load_checklist
from desktop.paths import DataPaths
from desktop.resources import resource_path
from desktop.storage import assessments, exchange_store
from desktop.storage.installation import Installation
from tests.checklist_cases import (
    CAMBODIA_OFFER,
    CHILD_MARRIAGE,
    DUMAI_OFFER,
    LICENSED_OFFER,
    V1_CAMBODIA_ONLINE_ADMIN,
    V1_DUMAI_TOURIST_VISA,
    V1_LICENSED_P3MI,
    answered,
)
from tests.keys import TEST_KEY

FOLDER = resource_path("checklists")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def check(given, offer, day=date(2026, 11, 28), initials="R.A.", folder=FOLDER, version=1):
    checklist = load_checklist(folder, version)
    answers = answered(checklist, given)
    return Assessment(day, initials, offer, answers, assess(checklist, answers))


def test_a_saved_check_reads_back_exactly_as_it_was_made(installation):
    made = check(V1_DUMAI_TOURIST_VISA, DUMAI_OFFER)
    saved = assessments.save_assessment(made, now=datetime(2026, 11, 28, 3, 0, tzinfo=UTC))
    assert saved.id is not None and len(saved.record_id) == 36
    assert assessments.load_assessment(saved.id) == saved
    assert saved.result.level is RiskLevel.VERY_HIGH
    assert saved.answers["visa-turis-kunjungan"] is Answer.YES


def test_the_list_is_newest_first_with_what_the_table_shows(installation):
    older = assessments.save_assessment(check(V1_LICENSED_P3MI, LICENSED_OFFER, date(2026, 10, 1)))
    newer = assessments.save_assessment(
        check(V1_CAMBODIA_ONLINE_ADMIN, CAMBODIA_OFFER, date(2026, 11, 2), initials="")
    )
    rows = assessments.list_assessments()
    assert [r.id for r in rows] == [newer.id, older.id]
    assert rows[0].initials == ""
    assert (rows[0].destination, rows[0].job) == ("Kamboja (Phnom Penh)", "Admin online")
    assert [r.level for r in rows] == [RiskLevel.VERY_HIGH, RiskLevel.LOW]
    assert [r.checklist_version for r in rows] == [1, 1]
    assert not any(r.has_incident for r in rows)


def test_a_saved_check_is_final_and_deleting_or_linking_a_missing_one_says_so(installation):
    saved = assessments.save_assessment(check(V1_LICENSED_P3MI, LICENSED_OFFER))
    with pytest.raises(ValueError):
        assessments.save_assessment(saved)
    assessments.link_incident(saved.id, "6f1d0c1e-2b7a-4d3e-9a51-0c0f5b1a7e01")
    assert assessments.load_assessment(saved.id).incident_record_id.endswith("7e01")
    assert assessments.list_assessments()[0].has_incident
    assessments.delete_assessment(saved.id)
    assert assessments.list_assessments() == []
    # Only the record id is kept, for the office (the next export says it was deleted).
    removed = exchange_store.removed_assessment_items()
    assert [r["record_id"] for r in removed] == [saved.record_id]
    assert set(removed[0]) == {"record_id", "removed_at"}
    for action in (
        assessments.load_assessment,
        assessments.delete_assessment,
        lambda i: assessments.link_incident(i, "x"),
    ):
        with pytest.raises(AssessmentNotFound):
            action(saved.id)


def test_a_new_checklist_version_never_changes_a_saved_result(installation, tmp_path):
    """Version 2 weighs debt as a high-risk sign; the check saved with version 1 stays low."""
    folder = tmp_path / "checklists"
    folder.mkdir()
    shutil.copy(checklist_file(FOLDER, 1), folder)
    data = json.loads(checklist_file(FOLDER, 1).read_text(encoding="utf-8"))
    data["version"] = 2
    data["released"] = "2027-06-01"
    for indicator in data["indicators"]:
        if indicator["id"] == "terlilit-utang":
            indicator["weight"] = "tinggi"
    checklist_file(folder, 2).write_text(json.dumps(data), encoding="utf-8")

    saved = assessments.save_assessment(check(V1_LICENSED_P3MI, LICENSED_OFFER, folder=folder))
    same_answers_v2 = assess(load_checklist(folder, 2), saved.answers)
    assert same_answers_v2.level is RiskLevel.HIGH  # what version 2 would say today

    again = assessments.load_assessment(saved.id)
    assert again.result.level is RiskLevel.LOW
    assert again.result.checklist_version == again.checklist_version == 1
    assert again.result == saved.result
    assert assessments.list_assessments()[0].level is RiskLevel.LOW
    # New checks use version 2 and are stored with it, side by side with the old one.
    newer = assessments.save_assessment(
        check(V1_LICENSED_P3MI, LICENSED_OFFER, folder=folder, version=2)
    )
    assert [r.checklist_version for r in assessments.list_assessments()] == [2, 1]
    assert [r.level for r in assessments.list_assessments()] == [RiskLevel.HIGH, RiskLevel.LOW]
    assert assessments.load_assessment(newer.id).result.level is RiskLevel.HIGH


def test_a_version_2_check_keeps_the_stage_it_was_made_for(installation):
    checklist = load_checklist(FOLDER, 2)
    answers = answered(checklist, CHILD_MARRIAGE.answers, CHILD_MARRIAGE.stage)
    made = Assessment(
        date(2026, 12, 4),
        "",
        CHILD_MARRIAGE.offer,
        answers,
        assess(checklist, answers, CHILD_MARRIAGE.stage),
    )
    saved = assessments.save_assessment(made)
    again = assessments.load_assessment(saved.id)
    assert again == saved
    assert (again.result.stage, again.checklist_version) == ("ditawari", 2)
    assert [r.checklist_version for r in assessments.list_assessments()] == [2]
    [item] = exchange_store.assessment_items()
    assert item["result"]["stage"] == "ditawari"  # the office learns the stage too


def test_the_stored_result_is_used_even_if_it_disagrees_with_a_recomputation(installation):
    saved = assessments.save_assessment(check(V1_LICENSED_P3MI, LICENSED_OFFER))
    tampered = replace(saved.result, level=RiskLevel.MEDIUM)
    installation.db.execute_sql(
        "UPDATE assessment SET result = ? WHERE id = ?", (json.dumps(tampered.to_dict()), saved.id)
    )
    assert assessments.load_assessment(saved.id).result.level is RiskLevel.MEDIUM


@pytest.mark.parametrize("version", [1, 2])
def test_older_databases_upgrade_to_an_empty_list_of_checks(tmp_path, version):
    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / f"schema_v{version}.sqlite3", paths.database)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        assert assessments.list_assessments() == []
        saved = assessments.save_assessment(check(V1_DUMAI_TOURIST_VISA, DUMAI_OFFER))
        assert assessments.load_assessment(saved.id) == saved
    finally:
        inst.close()


def test_the_version_3_fixture_keeps_its_checks_through_the_upgrade(tmp_path):
    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "schema_v3.sqlite3", paths.database)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        rows = assessments.list_assessments()
        assert [(r.assessed_on, r.initials, r.level, r.has_incident) for r in rows] == [
            (date(2026, 11, 21), "", RiskLevel.LOW, False),
            (date(2026, 11, 20), "D.P.", RiskLevel.VERY_HIGH, True),
        ]
        low = assessments.load_assessment(rows[0].id)
        assert low.result.unanswered == ("pernah-dideportasi",)
        assert low.offer.company == "PT Contoh Penempatan (berizin)"
    finally:
        inst.close()
