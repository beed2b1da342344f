"""The job-offer checklist: its data, the scoring rule, the unknowns and the advice chosen."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import jsonschema
import pytest

from desktop.domain.assessment import Offer, validate_details
from desktop.domain.checklist import (
    Answer,
    ChecklistInvalid,
    ChecklistVersionMissing,
    RiskLevel,
    UnknownIndicator,
    Weight,
    assess,
    available_versions,
    checklist_file,
    load_checklist,
    load_latest,
    parse_checklist,
)
from desktop.domain.errors import ValidationFailed
from desktop.domain.modus import Modus
from desktop.resources import resource_path
from tests.checklist_cases import (
    CAMBODIA_ONLINE_ADMIN,
    DUMAI_TOURIST_VISA,
    LICENSED_P3MI,
    answered,
)

FOLDER = resource_path("checklists")
SCHEMA = json.loads((FOLDER / "checklist.schema.json").read_text(encoding="utf-8"))
ROOT = Path(__file__).resolve().parents[2]
Y, N, U = Answer.YES, Answer.NO, Answer.UNKNOWN

# The red flags the issue names, each with the indicator that asks about it.
RED_FLAGS = {
    "anak-di-bawah-18": "a child recruited for work",
    "paspor-hp-ditahan": "passport or phone to be held by the company",
    "visa-turis-kunjungan": "tourist or visit visa for work",
    "visa-umrah-ziarah": "umrah or visit (ziarah) visa for work",
    "keluar-tanpa-pemeriksaan-imigrasi": "departure outside an immigration checkpoint",
    "admin-online-kamboja": "online admin job in Cambodia, Myanmar or Laos",
    "uang-untuk-organ": "money for an organ",
}


@pytest.fixture(scope="module")
def checklist():
    return load_latest(FOLDER)


def raw(version: int = 1) -> dict:
    return json.loads(checklist_file(FOLDER, version).read_text(encoding="utf-8"))


def nothing_but(checklist, given: dict[str, Answer]) -> dict[str, Answer]:
    return answered(checklist, given)


def keys_of_weight(checklist, weight: Weight) -> list[str]:
    return [i.key for i in checklist.indicators if i.weight is weight and not i.red_flag]


# --- the data -----------------------------------------------------------------------------


@pytest.mark.parametrize("version", available_versions(FOLDER))
def test_every_shipped_version_is_valid_against_the_json_schema(version):
    jsonschema.validate(raw(version), SCHEMA)
    assert load_checklist(FOLDER, version).version == version


def test_the_schema_rejects_an_indicator_without_a_weight_or_with_an_unknown_modus():
    data = raw()
    del data["indicators"][0]["weight"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
    data = raw()
    data["indicators"][0]["modus"] = "perbudakan_modern"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_the_schema_lists_exactly_the_shared_modus_keys():
    modus = SCHEMA["properties"]["indicators"]["items"]["properties"]["modus"]["enum"]
    assert sorted(modus) == sorted(m.value for m in Modus)


def test_the_checklist_has_30_to_40_questions_in_the_seven_groups_of_the_issue(checklist):
    assert 30 <= len(checklist.indicators) <= 40
    assert [g.key for g in checklist.groups] == [
        "perekrut",
        "dokumen",
        "pekerjaan",
        "biaya",
        "perjalanan",
        "kendali",
        "kerentanan",
    ]
    for group in checklist.groups:
        assert len(checklist.in_group(group.key)) >= 3, group.key


def test_every_question_has_indonesian_and_english_text_and_a_source(checklist):
    for indicator in checklist.indicators:
        assert indicator.question.id.endswith("?"), indicator.key
        assert indicator.question.en.endswith("?"), indicator.key
        assert indicator.why.id and indicator.why.en
        assert indicator.sources
        for key in indicator.sources:
            assert checklist.source(key).url


def test_the_red_flags_are_exactly_those_the_issue_names(checklist):
    assert {i.key for i in checklist.indicators if i.red_flag} == set(RED_FLAGS)


def test_the_documented_scoring_rule_matches_the_data(checklist):
    scoring = checklist.scoring
    assert dict(scoring.points) == {Weight.HIGH: 5, Weight.MEDIUM: 2, Weight.LOW: 1}
    assert (scoring.medium_from, scoring.high_from) == (2, 5)
    for text in (scoring.rule.id, scoring.rule.en):
        assert "5" in text and "2-4" in text and "0-1" in text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "0–1: Risiko rendah" in readme and "2–4: Risiko sedang" in readme
    assert "5 atau lebih: Risiko tinggi" in readme


def test_no_question_names_a_phone_number(checklist):
    """Numbers belong to the verified hotlines file, never inside question texts."""
    texts = [i.question.id + i.why.id for i in checklist.indicators]
    texts += [s.text.id for s in checklist.next_steps]
    assert not [t for t in texts if re.search(r"\d{3,}[- ]?\d{3,}", t)]


# --- red flags ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(RED_FLAGS))
def test_each_red_flag_alone_gives_very_high_risk(checklist, key):
    result = assess(checklist, nothing_but(checklist, {key: Y}))
    assert result.level is RiskLevel.VERY_HIGH
    assert result.red_flags == (key,)
    assert result.drivers == (key,)
    assert "tolak-surat-izin" in result.next_steps
    assert "lapor-polisi" in result.next_steps


@pytest.mark.parametrize("key", sorted(RED_FLAGS))
def test_a_red_flag_answered_dont_know_is_not_a_yes_but_is_listed_first(checklist, key):
    low = keys_of_weight(checklist, Weight.LOW)[0]
    result = assess(checklist, nothing_but(checklist, {key: U, low: U}))
    assert result.level is RiskLevel.LOW
    assert result.red_flags == ()
    assert result.unknowns == (key, low)
    assert "tunda-surat-izin" in result.next_steps
    assert "tolak-surat-izin" not in result.next_steps


def test_a_red_flag_wins_even_when_everything_else_is_reassuring(checklist):
    result = assess(checklist, nothing_but(checklist, {"anak-di-bawah-18": Y}))
    assert result.score == 5
    assert result.level is RiskLevel.VERY_HIGH
    assert "lindungi-anak" in result.next_steps


# --- thresholds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tinggi", "sedang", "rendah", "score", "level"),
    [
        (0, 0, 0, 0, RiskLevel.LOW),
        (0, 0, 1, 1, RiskLevel.LOW),  # just below 'sedang'
        (0, 0, 2, 2, RiskLevel.MEDIUM),  # exactly 'sedang'
        (0, 1, 0, 2, RiskLevel.MEDIUM),
        (0, 1, 2, 4, RiskLevel.MEDIUM),  # just below 'tinggi'
        (0, 2, 0, 4, RiskLevel.MEDIUM),
        (0, 0, 4, 4, RiskLevel.MEDIUM),  # every low-weight sign together stays medium
        (0, 2, 1, 5, RiskLevel.HIGH),  # exactly 'tinggi': 2 medium + 1 weak (ILO)
        (0, 3, 0, 6, RiskLevel.HIGH),  # 3 medium (ILO)
        (1, 0, 0, 5, RiskLevel.HIGH),  # one high-weight sign
        (2, 3, 4, 20, RiskLevel.HIGH),
    ],
)
def test_weights_and_thresholds_give_the_documented_level(
    checklist, tinggi, sedang, rendah, score, level
):
    given = {}
    for weight, count in ((Weight.HIGH, tinggi), (Weight.MEDIUM, sedang), (Weight.LOW, rendah)):
        keys = keys_of_weight(checklist, weight)
        assert len(keys) >= count
        given.update({k: Y for k in keys[:count]})
    result = assess(checklist, nothing_but(checklist, given))
    assert (result.score, result.level) == (score, level)
    assert result.red_flags == ()


def test_thresholds_come_from_the_version_not_from_the_code():
    data = raw()
    data["scoring"]["thresholds"] = {"sedang": 3, "tinggi": 7}
    stricter = parse_checklist(data)
    medium = keys_of_weight(stricter, Weight.MEDIUM)
    low = keys_of_weight(stricter, Weight.LOW)
    two_medium = nothing_but(stricter, {medium[0]: Y, medium[1]: Y})
    assert assess(stricter, two_medium).level is RiskLevel.MEDIUM  # 4, was medium too
    one_medium = nothing_but(stricter, {medium[0]: Y})
    assert assess(stricter, one_medium).level is RiskLevel.LOW  # 2 < 3
    three_and_low = nothing_but(stricter, {medium[0]: Y, medium[1]: Y, medium[2]: Y, low[0]: Y})
    assert assess(stricter, three_and_low).level is RiskLevel.HIGH  # 7


# --- unknowns -----------------------------------------------------------------------------


def test_dont_know_everywhere_is_low_but_lists_every_question_and_holds_the_letter(checklist):
    result = assess(checklist, {i.key: U for i in checklist.indicators})
    assert (result.level, result.score) == (RiskLevel.LOW, 0)
    assert set(result.unknowns) == {i.key for i in checklist.indicators}
    assert result.unknowns[: len(RED_FLAGS)] == tuple(
        i.key for i in checklist.indicators if i.red_flag
    )
    assert result.unanswered == ()
    assert "tunda-surat-izin" in result.next_steps
    assert "rendah-lanjut" not in result.next_steps
    assert "hubungi-imigrasi" in result.next_steps  # immigration questions are open


def test_no_everywhere_is_low_with_nothing_to_verify(checklist):
    result = assess(checklist, {i.key: N for i in checklist.indicators})
    assert (result.level, result.score, result.unknowns) == (RiskLevel.LOW, 0, ())
    assert "rendah-lanjut" in result.next_steps
    assert "tunda-surat-izin" not in result.next_steps
    assert "hubungi-imigrasi" not in result.next_steps


def test_unanswered_questions_count_as_dont_know(checklist):
    first, second = checklist.indicators[0].key, checklist.indicators[1].key
    given = nothing_but(checklist, {})
    del given[first]
    given[second] = U
    result = assess(checklist, given)
    assert result.unknowns == (first, second)
    assert result.unanswered == (first,)
    assert result.level is RiskLevel.LOW


def test_unknowns_do_not_lower_a_level_reached_by_yes_answers(checklist):
    high = keys_of_weight(checklist, Weight.HIGH)
    result = assess(checklist, nothing_but(checklist, {high[0]: Y, high[1]: U}))
    assert result.level is RiskLevel.HIGH
    assert result.unknowns == (high[1],)


def test_an_answer_to_a_question_this_version_does_not_have_is_refused(checklist):
    with pytest.raises(UnknownIndicator) as caught:
        assess(checklist, {"pertanyaan-lama": Y})
    assert caught.value.key == "pertanyaan-lama"


def test_reasons_are_ordered_red_flags_first_then_by_weight(checklist):
    given = {"terlilit-utang": Y, "gaji-tidak-wajar": Y, "data-palsu": Y, "anak-di-bawah-18": Y}
    result = assess(checklist, nothing_but(checklist, given))
    assert result.drivers == (
        "anak-di-bawah-18",
        "data-palsu",
        "gaji-tidak-wajar",
        "terlilit-utang",
    )


def test_a_result_survives_a_round_trip_through_storage_form(checklist):
    result = assess(checklist, nothing_but(checklist, CAMBODIA_ONLINE_ADMIN))
    assert type(result).from_dict(json.loads(json.dumps(result.to_dict()))) == result


# --- three realistic cases ----------------------------------------------------------------


def test_tourist_visa_job_in_malaysia_via_dumai(checklist):
    result = assess(checklist, answered(checklist, DUMAI_TOURIST_VISA))
    assert result.level is RiskLevel.VERY_HIGH
    assert result.red_flags == ("visa-turis-kunjungan",)
    assert result.drivers[:3] == (
        "visa-turis-kunjungan",
        "perekrut-perorangan",
        "paspor-alasan-wisata",
    )
    assert result.unknowns == (
        "keluar-tanpa-pemeriksaan-imigrasi",
        "perusahaan-tidak-terdaftar",
        "utang-potong-gaji",
    )
    steps = result.next_steps
    for wanted in (
        "tolak-surat-izin",
        "lapor-polisi",
        "visa-bukan-izin-kerja",
        "hubungi-imigrasi",
        "cek-izin-p3mi",
        "jangan-bayar",
        "simpan-bukti",
    ):
        assert wanted in steps
    for unwanted in (
        "tunda-surat-izin",
        "rendah-lanjut",
        "daring-jangan-berangkat",
        "lindungi-anak",
    ):
        assert unwanted not in steps
    assert steps.index("tolak-surat-izin") == 0


def test_online_admin_job_in_cambodia(checklist):
    result = assess(checklist, answered(checklist, CAMBODIA_ONLINE_ADMIN))
    assert result.level is RiskLevel.VERY_HIGH
    assert result.red_flags == ("admin-online-kamboja",)
    assert result.unknowns[:2] == ("visa-turis-kunjungan", "paspor-hp-ditahan")
    assert checklist.indicator("admin-online-kamboja").modus is Modus.ONLINE_SCAM
    steps = result.next_steps
    for wanted in ("tolak-surat-izin", "daring-jangan-berangkat", "lapor-polisi", "jangan-bayar"):
        assert wanted in steps
    assert "visa-bukan-izin-kerja" not in steps  # the visa is not known yet: it is to verify


def test_legal_placement_through_a_licensed_p3mi(checklist):
    result = assess(checklist, answered(checklist, LICENSED_P3MI))
    assert (result.level, result.score) == (RiskLevel.LOW, 1)
    assert result.drivers == ("terlilit-utang",)
    assert result.unknowns == ()
    assert result.next_steps == (
        "rendah-lanjut",
        "cek-izin-p3mi",
        "hadirkan-keluarga",
        "jalur-resmi",
    )


def test_legal_placement_with_one_open_question_waits_for_the_answer(checklist):
    given = {**LICENSED_P3MI, "tidak-terdaftar-siapkerja": U}
    result = assess(checklist, answered(checklist, given))
    assert result.level is RiskLevel.LOW
    assert result.unknowns == ("tidak-terdaftar-siapkerja",)
    assert result.next_steps[0] == "tunda-surat-izin"
    assert "rendah-lanjut" not in result.next_steps


# --- loading ------------------------------------------------------------------------------


def test_only_shipped_versions_are_available_and_a_missing_one_is_a_typed_error(tmp_path):
    assert available_versions(FOLDER)[0] == 1
    assert available_versions(tmp_path) == []
    with pytest.raises(ChecklistVersionMissing):
        load_checklist(tmp_path, 1)
    with pytest.raises(ChecklistInvalid):
        load_latest(tmp_path)


def test_a_file_whose_name_and_version_disagree_is_refused(tmp_path):
    data = raw()
    data["version"] = 2
    checklist_file(tmp_path, 3).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ChecklistInvalid):
        load_checklist(tmp_path, 3)


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["indicators"].append(copy.deepcopy(d["indicators"][0])),
        lambda d: d["indicators"][0].update(group="lainnya"),
        lambda d: d["indicators"][0].update(sources=["tidak-ada"]),
        lambda d: d["next_steps"][0]["when"].append({"yes": ["tidak-ada"]}),
        lambda d: d["scoring"]["thresholds"].update(sedang=6),
        lambda d: d["scoring"]["points"].pop("rendah"),
        lambda d: d["indicators"][0].update(modus="lain"),
    ],
    ids=[
        "duplicate-id",
        "unknown-group",
        "unknown-source",
        "step-names-unknown-question",
        "thresholds-reversed",
        "missing-points",
        "unknown-modus",
    ],
)
def test_inconsistent_checklist_data_is_refused(breakage):
    data = raw()
    breakage(data)
    with pytest.raises(ChecklistInvalid):
        parse_checklist(data)


# --- the details of a saved assessment ----------------------------------------------------


def test_initials_are_tidied_and_a_full_name_is_refused():
    initials, offer = validate_details(" s.a. ", Offer(company="  PT  Maju ", job="Sopir"))
    assert initials == "S.A."
    assert offer == Offer(company="PT Maju", job="Sopir")
    assert validate_details("", Offer()) == ("", Offer())
    with pytest.raises(ValidationFailed) as caught:
        validate_details("Siti Aminah", Offer(destination="x" * 121))
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("initials", "not_initials"),
        ("destination", "too_long"),
    ]
