"""The job-offer checklist: its data, the stages, the scoring rule, the unknowns and the advice."""

from __future__ import annotations

import copy
import json
import re

import jsonschema
import pytest

from desktop.domain.assessment import Offer, validate_details
from desktop.domain.checklist import (
    Answer,
    Audience,
    ChecklistInvalid,
    ChecklistVersionMissing,
    QuestionNotAsked,
    Result,
    RiskLevel,
    UnknownIndicator,
    UnknownStage,
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
    CAFE_OTHER_PROVINCE,
    CAMBODIA_ONLINE_ADMIN,
    CHILD_MARRIAGE,
    DUMAI_TOURIST_VISA,
    FEE_CHARGING_P3MI,
    LAWFUL_ANSWERS,
    V1_CAMBODIA_ONLINE_ADMIN,
    V1_DUMAI_TOURIST_VISA,
    V1_LICENSED_P3MI,
    Case,
    answered,
)

FOLDER = resource_path("checklists")
SCHEMA = json.loads((FOLDER / "checklist.schema.json").read_text(encoding="utf-8"))
Y, N, U = Answer.YES, Answer.NO, Answer.UNKNOWN
STAGES = ["ditawari", "surat-izin", "proses", "akan-berangkat", "sudah-berangkat"]
FIRST = "ditawari"

# The red flags of version 2, each with what it is about (issue 13 added the last four).
RED_FLAGS = {
    "anak-di-bawah-18": "a child recruited",
    "paspor-hp-ditahan": "passport or phone to be held",
    "visa-turis-kunjungan": "tourist or visit visa for work",
    "visa-umrah-ziarah-kerja": "umrah or ziyarah (visit) visa for work",
    "keluar-tanpa-pemeriksaan-imigrasi": "departure outside an immigration checkpoint",
    "admin-online-kamboja": "online admin job in Cambodia, Myanmar, Laos or Thailand",
    "uang-untuk-organ": "money for an organ",
    "ancaman-kekerasan": "threats or violence",
    "disuruh-berbohong-petugas": "coached to lie to immigration",
    "data-palsu": "false data in documents",
    "perkawinan-anak-paksa": "child or forced marriage",
}
# Documents the lawful route produces only near departure: never asked earlier.
DUE_AT_DEPARTURE = ("berangkat-tanpa-visa-kerja", "tanpa-opp-jaminan", "tanpa-alamat-kerja")


@pytest.fixture(scope="module")
def checklist():
    return load_latest(FOLDER)


@pytest.fixture(scope="module")
def first_version():
    return load_checklist(FOLDER, 1)


def raw(version: int = 2) -> dict:
    return json.loads(checklist_file(FOLDER, version).read_text(encoding="utf-8"))


def first_stage_asking(checklist, key: str) -> str:
    return next(s.key for s in checklist.stages if checklist.indicator(key).asked_at(s.key))


def run(checklist, case: Case) -> Result:
    return assess(checklist, answered(checklist, case.answers, case.stage), case.stage)


def keys_of_weight(checklist, weight: Weight, stage: str = FIRST) -> list[str]:
    return [i.key for i in checklist.asked(stage) if i.weight is weight and not i.red_flag]


# --- the data -----------------------------------------------------------------------------


@pytest.mark.parametrize("version", available_versions(FOLDER))
def test_every_shipped_version_is_valid_against_the_json_schema(version):
    jsonschema.validate(raw(version), SCHEMA)
    assert load_checklist(FOLDER, version).version == version


def test_the_schema_rejects_a_missing_weight_an_unknown_modus_or_audience():
    data = raw()
    del data["indicators"][0]["weight"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
    data = raw()
    data["indicators"][0]["modus"] = "perbudakan_modern"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
    data = raw()
    data["next_steps"][0]["for"] = "camat"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_the_schema_lists_exactly_the_shared_modus_keys():
    modus = SCHEMA["properties"]["indicators"]["items"]["properties"]["modus"]["enum"]
    assert sorted(modus) == sorted(m.value for m in Modus)


def test_version_2_asks_the_stage_first_in_the_order_of_the_lawful_route(checklist):
    assert checklist.version == 2
    assert [s.key for s in checklist.stages] == STAGES
    for stage in checklist.stages:
        assert stage.title.id and stage.title.en and stage.hint.id and stage.hint.en
        assert 30 <= len(checklist.asked(stage.key)) <= 46, stage.key


def test_documents_are_asked_about_only_once_they_are_due(checklist):
    early = ("ditawari", "surat-izin", "proses")
    for key in DUE_AT_DEPARTURE:
        assert not any(checklist.indicator(key).asked_at(s) for s in early), key
        assert checklist.indicator(key).asked_at("akan-berangkat"), key
    letter = checklist.indicator("surat-izin-tanpa-keluarga")
    assert not letter.asked_at("ditawari") and letter.asked_at("surat-izin")
    at_work = [g.key for g in checklist.groups_at("sudah-berangkat")]
    assert "di-tempat-kerja" in at_work
    assert all("di-tempat-kerja" not in [g.key for g in checklist.groups_at(s)] for s in early)


def test_every_question_speaks_both_languages_and_is_said_plainly_for_the_family(checklist):
    for indicator in checklist.indicators:
        assert indicator.question.id.endswith("?"), indicator.key
        assert indicator.question.en.endswith("?"), indicator.key
        for text in (indicator.why, indicator.finding, indicator.to_check):
            assert text is not None and text.id and text.en, indicator.key
        assert not indicator.finding.id.startswith("Apakah"), indicator.key
        assert indicator.sources
        for key in indicator.sources:
            assert checklist.source(key).url


def test_yes_always_means_the_danger_sign_and_no_question_is_a_double_negative(checklist):
    """The issue's example: "... bukan perusahaan yang berizin?" made "Tidak" mean licensed."""
    for indicator in checklist.indicators:
        words = re.findall(r"\w+", indicator.question.id.casefold())
        assert "bukan" not in words, indicator.key
        assert "belum ada" not in indicator.question.id.casefold(), indicator.key
        assert sum(w in ("tidak", "belum") for w in words) <= 1, indicator.key


def test_the_red_flags_are_exactly_those_the_issue_names(checklist):
    assert {i.key for i in checklist.indicators if i.red_flag} == set(RED_FLAGS)


def test_a_social_media_advert_alone_is_no_longer_a_question(checklist, first_version):
    assert "iklan-media-sosial" in [i.key for i in first_version.indicators]
    keys = [i.key for i in checklist.indicators]
    assert "iklan-media-sosial" not in keys
    assert "media sosial" in checklist.indicator("lowongan-tidak-terdaftar").why.id


def test_scam_countries_and_hajj_fraud_are_worded_as_materi_words_them(checklist):
    online = checklist.indicator("admin-online-kamboja").question.id
    for country in ("Kamboja", "Myanmar", "Laos", "Thailand"):
        assert country in online
    work = checklist.indicator("visa-umrah-ziarah-kerja")
    assert "bekerja" in work.question.id and "haji" not in work.question.id.casefold()
    hajj = checklist.indicator("haji-tanpa-visa-haji")
    assert not hajj.red_flag and "penipuan" in hajj.why.id


def test_the_documented_scoring_rule_matches_the_data(checklist):
    scoring = checklist.scoring
    assert dict(scoring.points) == {Weight.HIGH: 5, Weight.MEDIUM: 2, Weight.LOW: 1}
    assert (scoring.medium_from, scoring.high_from) == (2, 5)
    for text in (scoring.rule.id, scoring.rule.en):
        assert "5" in text and "2-4" in text and "0-1" in text
    assert "diadaptasi dari ILO (2009), lebih berhati-hati" in scoring.rule.id
    assert "meniru" not in scoring.rule.id
    assert checklist.source("ilo-2009").kind == "S"  # the ratings come from a compilation
    manual = resource_path("manual", "id", "04-cek-tawaran-kerja.md").read_text(encoding="utf-8")
    assert "0–1: Risiko rendah" in manual and "2–4: Risiko sedang" in manual
    assert "5 atau lebih: Risiko tinggi" in manual
    assert "diadaptasi dari ILO (2009)," in manual and "lebih berhati-hati" in manual


def test_no_question_or_step_names_a_phone_number(checklist):
    """Numbers belong to the verified hotlines file, never inside checklist texts."""
    texts = [i.question.id + i.why.id + i.finding.id for i in checklist.indicators]
    texts += [s.text.id for s in checklist.next_steps]
    assert not [t for t in texts if re.search(r"\d{3,}[- ]?\d{3,}", t)]


def test_no_blog_is_a_source_of_the_new_version(checklist):
    for source in checklist.sources:
        for blog in ("123dok", "blogspot", "kompasiana"):
            assert blog not in source.url + source.title, source.key


def test_steps_for_the_village_head_stay_off_the_familys_sheet(checklist, first_version):
    letter = checklist.next_step("tolak-surat-izin")
    assert letter.audience is Audience.VILLAGE and not letter.printed
    assert checklist.next_step("jangan-berangkat").printed
    assert all(s.audience is not None for s in checklist.next_steps)
    assert all(s.printed for s in first_version.next_steps)  # version 1: as it was printed


def test_no_step_says_jangan_tandatangani(checklist):
    for step in checklist.next_steps:
        assert "tandatangani" not in step.text.id.replace("menandatangani", "")


# --- stages -------------------------------------------------------------------------------


@pytest.mark.parametrize("stage", STAGES)
def test_a_lawful_applicant_is_low_risk_at_every_stage(checklist, stage):
    result = assess(checklist, answered(checklist, LAWFUL_ANSWERS, stage), stage)
    assert (result.level, result.score, result.stage) == (RiskLevel.LOW, 1, stage)
    assert result.unknowns == ()
    assert "tolak-surat-izin" not in result.next_steps
    assert "jangan-berangkat" not in result.next_steps


@pytest.mark.parametrize("stage", STAGES[:3])
def test_a_lawful_applicant_whose_registration_is_not_checked_yet_waits_but_stays_low(
    checklist, stage
):
    given = {**LAWFUL_ANSWERS, "lowongan-tidak-terdaftar": U}
    result = assess(checklist, answered(checklist, given, stage), stage)
    assert result.level is RiskLevel.LOW
    assert result.unknowns == ("lowongan-tidak-terdaftar",)
    assert result.next_steps[0] == "tunda-surat-izin"
    assert "rendah-lanjut" not in result.next_steps


def test_the_letter_is_advised_on_only_while_it_is_being_arranged(checklist):
    early = assess(checklist, answered(checklist, {}, "surat-izin"), "surat-izin")
    assert "rendah-lanjut" in early.next_steps and "catat-pantau" not in early.next_steps
    gone = assess(checklist, answered(checklist, {}, "sudah-berangkat"), "sudah-berangkat")
    assert "rendah-lanjut" not in gone.next_steps
    assert {"catat-pantau", "tetap-berhubungan"} <= set(gone.next_steps)


def test_version_2_needs_a_known_stage_and_version_1_takes_none(checklist, first_version):
    with pytest.raises(UnknownStage):
        assess(checklist, {})
    with pytest.raises(UnknownStage) as caught:
        assess(checklist, {}, "di-bandara")
    assert caught.value.stage == "di-bandara"
    with pytest.raises(UnknownStage):
        assess(first_version, {}, FIRST)
    assert assess(first_version, {}).stage == ""


def test_an_answer_to_a_question_not_asked_at_the_stage_is_refused(checklist):
    with pytest.raises(QuestionNotAsked) as caught:
        assess(checklist, {"tanpa-opp-jaminan": N}, FIRST)
    assert (caught.value.key, caught.value.stage) == ("tanpa-opp-jaminan", FIRST)


# --- red flags ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(RED_FLAGS))
def test_each_red_flag_alone_gives_very_high_risk(checklist, key):
    stage = first_stage_asking(checklist, key)
    result = assess(checklist, answered(checklist, {key: Y}, stage), stage)
    assert result.level is RiskLevel.VERY_HIGH
    assert result.red_flags == (key,)
    assert result.drivers == (key,)
    assert "lapor-polisi" in result.next_steps
    assert {"tolak-surat-izin", "jangan-berangkat"} <= set(result.next_steps)


@pytest.mark.parametrize("key", sorted(RED_FLAGS))
def test_a_red_flag_answered_dont_know_is_not_a_yes_but_is_listed_first(checklist, key):
    low = keys_of_weight(checklist, Weight.LOW)[0]
    result = assess(checklist, answered(checklist, {key: U, low: U}, FIRST), FIRST)
    assert result.level is RiskLevel.LOW
    assert result.red_flags == ()
    assert result.unknowns == (key, low)
    assert "tunda-surat-izin" in result.next_steps
    assert "tolak-surat-izin" not in result.next_steps


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
        (0, 0, 4, 4, RiskLevel.MEDIUM),  # four low-weight signs together stay medium
        (0, 2, 1, 5, RiskLevel.HIGH),  # exactly 'tinggi': 2 medium + 1 weak
        (0, 3, 0, 6, RiskLevel.HIGH),  # 3 medium
        (1, 0, 0, 5, RiskLevel.HIGH),  # one high-weight sign: stricter than the ILO
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
    result = assess(checklist, answered(checklist, given, FIRST), FIRST)
    assert (result.score, result.level) == (score, level)
    assert result.red_flags == ()


def test_thresholds_come_from_the_version_not_from_the_code():
    data = raw()
    data["scoring"]["thresholds"] = {"sedang": 3, "tinggi": 7}
    stricter = parse_checklist(data)
    medium = keys_of_weight(stricter, Weight.MEDIUM)
    low = keys_of_weight(stricter, Weight.LOW)

    def level(given):
        return assess(stricter, answered(stricter, given, FIRST), FIRST).level

    assert level({medium[0]: Y, medium[1]: Y}) is RiskLevel.MEDIUM  # 4
    assert level({medium[0]: Y}) is RiskLevel.LOW  # 2 < 3
    assert level({medium[0]: Y, medium[1]: Y, medium[2]: Y, low[0]: Y}) is RiskLevel.HIGH  # 7


# --- unknowns -----------------------------------------------------------------------------


def test_dont_know_everywhere_is_low_but_lists_every_question_and_holds_the_letter(checklist):
    asked = checklist.asked(FIRST)
    result = assess(checklist, {i.key: U for i in asked}, FIRST)
    assert (result.level, result.score) == (RiskLevel.LOW, 0)
    assert set(result.unknowns) == {i.key for i in asked}
    red = [i.key for i in asked if i.red_flag]
    assert set(result.unknowns[: len(red)]) == set(red)
    assert result.unanswered == ()
    assert {"tunda-surat-izin", "tunda-berangkat", "hubungi-imigrasi"} <= set(result.next_steps)
    assert "rendah-lanjut" not in result.next_steps


def test_unanswered_questions_at_the_stage_count_as_dont_know(checklist):
    asked = checklist.asked(FIRST)
    given = answered(checklist, {}, FIRST)
    del given[asked[0].key]
    given[asked[1].key] = U
    result = assess(checklist, given, FIRST)
    assert result.unknowns == (asked[0].key, asked[1].key)
    assert result.unanswered == (asked[0].key,)
    assert result.level is RiskLevel.LOW
    assert "tanpa-opp-jaminan" not in result.unanswered  # not asked at this stage


def test_unknowns_do_not_lower_a_level_reached_by_yes_answers(checklist):
    high = keys_of_weight(checklist, Weight.HIGH)
    result = assess(checklist, answered(checklist, {high[0]: Y, high[1]: U}, FIRST), FIRST)
    assert result.level is RiskLevel.HIGH
    assert result.unknowns == (high[1],)


def test_an_answer_to_a_question_this_version_does_not_have_is_refused(checklist):
    with pytest.raises(UnknownIndicator) as caught:
        assess(checklist, {"iklan-media-sosial": Y}, FIRST)
    assert caught.value.key == "iklan-media-sosial"


def test_reasons_are_ordered_red_flags_first_then_by_weight(checklist):
    given = {"terlilit-utang": Y, "gaji-tidak-wajar": Y, "data-palsu": Y, "anak-di-bawah-18": Y}
    result = assess(checklist, answered(checklist, given, FIRST), FIRST)
    assert result.drivers == (
        "data-palsu",
        "anak-di-bawah-18",
        "gaji-tidak-wajar",
        "terlilit-utang",
    )


def test_a_result_survives_a_round_trip_through_storage_form(checklist, first_version):
    result = run(checklist, CAMBODIA_ONLINE_ADMIN)
    stored = json.loads(json.dumps(result.to_dict()))
    assert stored["stage"] == "ditawari"
    assert Result.from_dict(stored) == result
    old = assess(first_version, answered(first_version, V1_LICENSED_P3MI))
    assert "stage" not in old.to_dict()  # a version-1 result keeps the form it was sent in
    assert Result.from_dict(old.to_dict()) == old


# --- realistic cases ----------------------------------------------------------------------


def test_tourist_visa_job_in_malaysia_via_dumai(checklist):
    result = run(checklist, DUMAI_TOURIST_VISA)
    assert result.level is RiskLevel.VERY_HIGH
    assert result.red_flags == ("visa-turis-kunjungan",)
    assert result.drivers[:3] == (
        "visa-turis-kunjungan",
        "perekrut-perorangan",
        "pekerjaan-tidak-jelas",
    )
    assert result.unknowns == (
        "keluar-tanpa-pemeriksaan-imigrasi",
        "lowongan-tidak-terdaftar",
        "utang-potong-gaji",
    )
    steps = result.next_steps
    for wanted in (
        "tolak-surat-izin",
        "lapor-polisi",
        "hubungi-imigrasi",
        "cek-lowongan",
        "jangan-berangkat",
        "visa-bukan-izin-kerja",
        "jangan-bayar",
        "simpan-bukti",
    ):
        assert wanted in steps
    for unwanted in ("tunda-surat-izin", "rendah-lanjut", "daring-jangan-berangkat"):
        assert unwanted not in steps
    assert steps.index("tolak-surat-izin") == 0


def test_online_admin_job_in_cambodia(checklist):
    result = run(checklist, CAMBODIA_ONLINE_ADMIN)
    assert result.level is RiskLevel.VERY_HIGH
    assert result.red_flags == ("admin-online-kamboja",)
    assert result.unknowns[:2] == ("visa-turis-kunjungan", "paspor-hp-ditahan")
    assert checklist.indicator("admin-online-kamboja").modus is Modus.ONLINE_SCAM
    for wanted in ("tolak-surat-izin", "daring-jangan-berangkat", "lapor-polisi", "jangan-bayar"):
        assert wanted in result.next_steps
    assert "visa-bukan-izin-kerja" not in result.next_steps  # the visa is still to be checked


def test_a_placement_company_charging_placement_costs(checklist):
    result = run(checklist, FEE_CHARGING_P3MI)
    assert (result.level, result.score) == (RiskLevel.HIGH, 8)
    for wanted in ("laporkan-biaya", "biaya-penempatan", "jangan-bayar", "tolak-surat-izin"):
        assert wanted in result.next_steps
    fee_only = Case(FEE_CHARGING_P3MI.stage, {"p3mi-memungut-biaya": Y}, FEE_CHARGING_P3MI.offer)
    result = run(checklist, fee_only)
    assert result.level is RiskLevel.MEDIUM
    assert {"laporkan-biaya", "biaya-penempatan", "tunda-surat-izin"} <= set(result.next_steps)


def test_a_child_marriage_offer(checklist):
    result = run(checklist, CHILD_MARRIAGE)
    assert result.level is RiskLevel.VERY_HIGH
    assert result.red_flags == ("perkawinan-anak-paksa", "anak-di-bawah-18")
    for wanted in (
        "lindungi-anak",
        "anak-tidak-boleh",
        "perkawinan-19",
        "pengantin-pesanan",
        "lapor-polisi",
    ):
        assert wanted in result.next_steps
    assert result.unknowns == ("data-palsu",)


def test_a_cafe_job_in_another_province(checklist):
    result = run(checklist, CAFE_OTHER_PROVINCE)
    assert (result.level, result.score) == (RiskLevel.HIGH, 14)
    assert result.red_flags == ()
    for wanted in ("kerja-daerah-lain", "jangan-berangkat", "jangan-bayar", "catat-kejadian"):
        assert wanted in result.next_steps
    assert "tolak-surat-izin" not in result.next_steps  # no letter at this stage
    assert "tinggalkan-salinan" not in result.next_steps


def test_a_family_reporting_a_relative_out_of_contact_abroad(checklist):
    stage = "sudah-berangkat"
    given = {"hilang-kontak": Y, "gaji-ditahan": U, "paspor-hp-ditahan": U}
    result = assess(checklist, answered(checklist, given, stage), stage)
    assert result.level is RiskLevel.MEDIUM
    assert "lapor-kp2mi" in result.next_steps
    assert "jangan-berangkat" not in result.next_steps


# --- version 1 still scores its saved checks as it did ------------------------------------


def test_version_1_still_loads_and_scores_its_own_cases(first_version):
    assert first_version.stages == ()
    dumai = assess(first_version, answered(first_version, V1_DUMAI_TOURIST_VISA))
    assert (dumai.level, dumai.red_flags) == (RiskLevel.VERY_HIGH, ("visa-turis-kunjungan",))
    cambodia = assess(first_version, answered(first_version, V1_CAMBODIA_ONLINE_ADMIN))
    assert cambodia.red_flags == ("admin-online-kamboja",)
    lawful = assess(first_version, answered(first_version, V1_LICENSED_P3MI))
    assert lawful.level is RiskLevel.LOW


# --- loading ------------------------------------------------------------------------------


def test_only_shipped_versions_are_available_and_a_missing_one_is_a_typed_error(tmp_path):
    assert available_versions(FOLDER)[:2] == [1, 2]
    assert available_versions(tmp_path) == []
    with pytest.raises(ChecklistVersionMissing):
        load_checklist(tmp_path, 1)
    with pytest.raises(ChecklistInvalid):
        load_latest(tmp_path)


def test_a_file_whose_name_and_version_disagree_is_refused(tmp_path):
    data = raw()
    data["version"] = 4
    checklist_file(tmp_path, 3).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ChecklistInvalid):
        load_checklist(tmp_path, 3)


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["indicators"].append(copy.deepcopy(d["indicators"][0])),
        lambda d: d["indicators"][0].update(group="lainnya"),
        lambda d: d["indicators"][0].update(sources=["tidak-ada"]),
        lambda d: d["indicators"][0].update(stages=["di-bandara"]),
        lambda d: d["next_steps"][0]["when"].append({"yes": ["tidak-ada"]}),
        lambda d: d["next_steps"][0]["when"].append({"stages": ["di-bandara"]}),
        lambda d: d["stages"].append(copy.deepcopy(d["stages"][0])),
        lambda d: d["scoring"]["thresholds"].update(sedang=6),
        lambda d: d["scoring"]["points"].pop("rendah"),
        lambda d: d["indicators"][0].update(modus="lain"),
    ],
    ids=[
        "duplicate-id",
        "unknown-group",
        "unknown-source",
        "unknown-stage-of-question",
        "step-names-unknown-question",
        "step-names-unknown-stage",
        "duplicate-stage",
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


def test_a_stage_without_questions_is_refused():
    data = raw()
    data["stages"].append(
        {
            "id": "kosong",
            "title": {"id": "Kosong", "en": "Empty"},
            "hint": {"id": "Tidak ada", "en": "None"},
        }
    )
    for indicator in data["indicators"]:
        indicator.setdefault("stages", [s["id"] for s in data["stages"][:-1]])
    with pytest.raises(ChecklistInvalid, match="stages without questions"):
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
