"""Cek Tawaran Kerja as the village head uses it: questions, result, saving, printing."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog, QPushButton

from desktop.domain.checklist import Answer, ChecklistShelf, RiskLevel, load_checklist
from desktop.domain.hotlines import load_hotlines
from desktop.printing.paper import Paper
from desktop.resources import resource_path
from desktop.storage import assessments, profile_store, settings
from desktop.ui.checklist.page import DRAFT_KEY, ChecklistPage
from desktop.ui.i18n import Language, Translations
from desktop.ui.print_dialog import PrintDialog
from desktop.ui.style import TextSize, apply_text_size
from tests.checklist_cases import (
    CAFE_OTHER_PROVINCE,
    CAMBODIA_ONLINE_ADMIN,
    DUMAI_OFFER,
    DUMAI_TOURIST_VISA,
    LAWFUL_ANSWERS,
    LICENSED_OFFER,
    V1_DUMAI_TOURIST_VISA,
    V1_LICENSED_P3MI,
    Case,
    answered,
)
from tests.ui.helpers import KUNGKAI, english_giveaways, navigation_labels, visible_texts

FOLDER = resource_path("checklists")
TODAY = date(2026, 11, 28)


@pytest.fixture
def indonesian(qapp):
    Translations(qapp).install(Language.INDONESIAN)


@pytest.fixture
def make_page(qtbot, installation, indonesian):
    """Build pages on this test's database; they are deleted before it is closed."""
    profile_store.save_profile(KUNGKAI)
    hotlines = load_hotlines(resource_path("contacts", "hotlines.json"))
    pages: list[ChecklistPage] = []

    def make(folder=FOLDER) -> ChecklistPage:
        page = ChecklistPage(
            ChecklistShelf(folder), "id", lambda: KUNGKAI, lambda: hotlines, today=lambda: TODAY
        )
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.draft_timer.stop()
        page.close()
        page.deleteLater()
    # Gone before the next text-size reset restyles every widget still alive.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def page(make_page) -> ChecklistPage:
    return make_page()


def fill_details(page: ChecklistPage, initials: str, offer) -> None:
    fields = page.details.fields
    fields["initials"].setText(initials)
    for name in ("company", "destination", "job", "recruiter_contact"):
        fields[name].setText(getattr(offer, name))


LAWFUL = Case("surat-izin", LAWFUL_ANSWERS, LICENSED_OFFER)


def click_through(page: ChecklistPage, given: dict[str, Answer]) -> None:
    """Answer every question by clicking its button, group after group, then ask for the result."""
    questions = page.questions
    questions.show_group(0)
    for group in questions.groups:
        assert questions.groups[questions.group_index] is group
        for indicator in page.checklist.in_group(group.key, questions.stage):
            answer = given.get(indicator.key, Answer.NO)
            questions.card(indicator.key).buttons[answer].click()
        questions.next_button.click()


def choose_stage(page: ChecklistPage, stage: str) -> None:
    assert page.current_view() is page.stage_view
    assert not page.stage_view.next_button.isEnabled()  # nothing chosen yet
    page.stage_view.buttons[stage].click()
    page.stage_view.next_button.click()


def run_case(page: ChecklistPage, case: Case, initials="R.A.") -> None:
    page.history.new_button.click()
    choose_stage(page, case.stage)
    fill_details(page, initials, case.offer)
    page.details.next_button.click()
    assert page.current_view() is page.questions
    click_through(page, answered(page.checklist, case.answers, case.stage))
    assert page.current_view() is page.result


def test_the_page_sits_after_materi_in_the_main_window(make_shell, qtbot):
    profile_store.save_profile(KUNGKAI)
    window = make_shell().window
    labels = navigation_labels(window)
    assert labels[labels.index("Beranda") + 1 : labels.index("Cek Tawaran Kerja")] in (
        ["Materi"],
        [],
    )
    assert labels.index("Cek Tawaran Kerja") < labels.index("Pengaturan")
    if "Catatan Kejadian" in labels:
        assert labels.index("Cek Tawaran Kerja") < labels.index("Catatan Kejadian")
    window.show_page("cek_tawaran")
    page = window.page("cek_tawaran")
    assert page.current_view() is page.history
    assert page.history.new_button.isVisible()


def test_tourist_visa_job_via_dumai_gives_very_high_risk_with_its_findings_and_advice(page):
    run_case(page, DUMAI_TOURIST_VISA)
    result = page.result
    assert result.level_label.text().startswith("RISIKO SANGAT TINGGI\n")
    assert result.level_label.property("level") == "sangat_tinggi"
    reasons = result.section_texts("reasons")
    assert reasons[:3] == [
        "•",
        "TANDA BAHAYA",
        page.checklist.indicator("visa-turis-kunjungan").finding.id,
    ]
    to_check = " ".join(result.section_texts("unknowns"))
    assert "pemeriksaan imigrasi" in to_check  # the departure route is not known: check it
    steps = " ".join(result.section_texts("steps"))
    assert "Jangan menandatangani surat izin keluarga" in steps
    assert "Hubungi Kantor Imigrasi terdekat" in steps
    assert "Dinas Tenaga Kerja kabupaten atau BP3MI/P4MI" in steps
    family = " ".join(result.section_texts("family"))
    assert "Jangan berangkat dengan tawaran ini" in family
    assert "surat izin" not in family  # the letter is the village head's business
    hotlines = " ".join(result.section_texts("hotlines"))
    assert "110" in hotlines and "0800-1000 (bebas pulsa)" in hotlines and "129" in hotlines
    contacts = " ".join(result.section_texts("contacts"))
    assert "Kepala desa: Siti Aminah" in contacts and "Serka Hadi 0812-3456-7890" in contacts
    shown = " ".join(visible_texts(result))
    assert "versi 2" in shown and "Tahap: Perusahaan dan dokumen sedang diurus" in shown
    assert "Belum disimpan." in result.status.text()


def test_online_admin_job_in_cambodia_advises_the_family_not_to_go(page):
    run_case(page, CAMBODIA_ONLINE_ADMIN)
    assert page.assessment.result.level is RiskLevel.VERY_HIGH
    family = " ".join(page.result.section_texts("family"))
    assert "Jangan berangkat. Lowongan" in family
    assert "penipuan daring" in family


@pytest.mark.parametrize("stage", ["surat-izin", "akan-berangkat", "sudah-berangkat"])
def test_a_lawful_applicant_is_low_risk_in_words_and_green_at_any_stage(page, stage):
    run_case(page, Case(stage, LAWFUL_ANSWERS, LICENSED_OFFER))
    label = page.result.level_label
    assert label.text().startswith("RISIKO RENDAH\n")
    assert label.property("level") == "rendah"
    steps = " ".join(page.result.section_texts("steps"))
    assert "Jangan menandatangani" not in steps
    assert ("Surat izin keluarga dapat diproses" in steps) is (stage == "surat-izin")
    assert page.result.section_texts("unknowns") == []


def test_only_the_questions_due_at_the_chosen_stage_are_asked(page):
    page.history.new_button.click()
    choose_stage(page, "ditawari")
    page.details.next_button.click()
    early = page.questions
    assert len(early.asked) == len(page.checklist.asked("ditawari"))
    assert "berangkat-tanpa-visa-kerja" not in [i.key for i in early.asked]
    early.card("perekrut-perorangan").buttons[Answer.YES].click()
    # Back to the stage: the person is in fact about to leave.
    early.back_button.click()
    page.details.back_button.click()
    choose_stage_again = page.stage_view
    choose_stage_again.buttons["akan-berangkat"].click()
    choose_stage_again.next_button.click()
    page.details.next_button.click()
    later = page.questions
    assert later is not early and later.stage == "akan-berangkat"
    assert "berangkat-tanpa-visa-kerja" in [i.key for i in later.asked]
    assert later.answers() == {"perekrut-perorangan": Answer.YES}  # still asked: kept
    assert f"1 dari {len(later.asked)} pertanyaan" in later.step_label.text()


def test_unanswered_questions_are_asked_about_and_then_listed_to_check(page, message_boxes):
    page.history.new_button.click()
    choose_stage(page, "surat-izin")
    page.details.next_button.click()
    page.questions.card("perekrut-perorangan").buttons[Answer.NO].click()
    page.questions.show_group(len(page.questions.groups) - 1)
    message_boxes.answer = "Lanjut menjawab"
    page.questions.next_button.click()
    assert page.current_view() is page.questions
    missing = len(page.checklist.asked("surat-izin")) - 1
    assert f"{missing} pertanyaan belum dijawab" in message_boxes.shown[-1].text
    message_boxes.answer = "Lihat hasil"
    page.questions.next_button.click()
    assert page.current_view() is page.result
    unknowns = page.result.section_texts("unknowns")
    assert any(text.endswith("(belum dijawab)") for text in unknowns)
    assert len(page.assessment.result.unanswered) == missing
    assert page.result.level_label.property("level") == "rendah"
    assert "Tunda dulu tanda tangan surat izin keluarga" in " ".join(
        page.result.section_texts("steps")
    )


def test_a_full_name_instead_of_initials_is_refused_on_the_details_screen(page):
    page.history.new_button.click()
    choose_stage(page, "ditawari")
    page.details.fields["initials"].setText("Siti Aminah")
    page.details.next_button.click()
    assert page.current_view() is page.details
    assert page.details.boxes["initials"].error.isVisible()
    assert "inisial" in page.details.boxes["initials"].error.text().lower()


def test_saving_lists_the_check_and_reopening_shows_the_same_result(page):
    run_case(page, DUMAI_TOURIST_VISA)
    page.result.save_button.click()
    assert page.assessment.id is not None
    assert page.assessment.result.stage == "proses"
    assert not page.result.save_button.isVisibleTo(page.result)
    assert "tidak pernah berubah" in page.result.status.text()
    shown_before = page.result.section_texts("reasons")
    page.result.close_button.click()
    assert page.current_view() is page.history
    model = page.history.model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(5)] == [
        "28 November 2026",
        "R.A.",
        "Malaysia (lewat Dumai)",
        "Kebun sawit",
        "Risiko sangat tinggi",
    ]
    page.history.open_button.click()
    assert page.current_view() is page.result
    assert page.result.section_texts("reasons") == shown_before
    assert page.result.delete_button.isVisible()
    assert profile_store.load_draft(DRAFT_KEY) is None


def test_a_check_saved_with_version_1_still_opens_as_it_was_made(page):
    from desktop.domain.assessment import Assessment
    from desktop.domain.checklist import assess

    first = load_checklist(FOLDER, 1)
    answers = answered(first, V1_DUMAI_TOURIST_VISA)
    assessments.save_assessment(
        Assessment(TODAY, "R.A.", DUMAI_OFFER, answers, assess(first, answers))
    )
    page.show_history()
    page.history.open_button.click()
    assert page.result.level_label.property("level") == "sangat_tinggi"
    reasons = page.result.section_texts("reasons")
    assert first.indicator("visa-turis-kunjungan").question.id in reasons  # its own words
    assert "versi 1" in " ".join(visible_texts(page.result))
    assert "Tahap" not in " ".join(visible_texts(page.result))


def test_a_saved_check_keeps_its_result_when_a_new_question_list_arrives(
    make_page, tmp_path, message_boxes
):
    import json
    import shutil

    from desktop.domain.checklist import checklist_file

    folder = tmp_path / "checklists"
    folder.mkdir()
    shutil.copy(checklist_file(FOLDER, 1), folder)
    page = make_page(folder)
    page.history.new_button.click()  # version 1: no stage to choose
    assert page.current_view() is page.details
    fill_details(page, "R.A.", LICENSED_OFFER)
    page.details.next_button.click()
    click_through(page, answered(page.checklist, V1_LICENSED_P3MI))
    page.result.save_button.click()
    page.result.close_button.click()

    data = json.loads(checklist_file(FOLDER, 1).read_text(encoding="utf-8"))
    data["version"] = 2
    for indicator in data["indicators"]:
        if indicator["id"] == "terlilit-utang":
            indicator["weight"] = "tinggi"  # version 2 would call this case high risk
    checklist_file(folder, 2).write_text(json.dumps(data), encoding="utf-8")

    later = make_page(folder)
    assert later.history.model.index(0, 4).data() == "Risiko rendah"
    later.history.open_button.click()
    assert later.result.level_label.property("level") == "rendah"
    assert "versi 1" in " ".join(visible_texts(later.result))
    later.history.new_button.click()
    assert later.checklist.version == 2  # a new check uses the newest list


def test_an_unfinished_check_comes_back_after_the_page_is_built_again(make_page, qtbot):
    page = make_page()
    page.history.new_button.click()
    choose_stage(page, "proses")
    fill_details(page, "S.A.", DUMAI_OFFER)
    page.details.next_button.click()
    page.questions.card("perekrut-perorangan").buttons[Answer.YES].click()
    page.questions.go_next()
    page.questions.card("gaji-tidak-wajar").buttons[Answer.UNKNOWN].click()
    qtbot.waitUntil(
        lambda: (
            (profile_store.load_draft(DRAFT_KEY) or {}).get("answers", {}).get("gaji-tidak-wajar")
            == "tidak_tahu"
        )
    )

    again = make_page()
    assert again.current_view() is again.questions
    assert again.questions.stage == "proses"
    assert again.questions.group_index == 1
    assert again.questions.answers() == {
        "perekrut-perorangan": Answer.YES,
        "gaji-tidak-wajar": Answer.UNKNOWN,
    }
    assert again.details.fields["initials"].text() == "S.A."
    assert again.stage_view.stage() == "proses"
    assert again.notice.isVisible()


def test_legal_references_are_shown_for_the_newest_question_list_only(make_page):
    """Version 1's references predate the KUHP of 2 January 2026: a version-1 check resumed
    from a draft shows its questions without them."""
    profile_store.save_draft(
        DRAFT_KEY,
        {"version": 1, "details": {}, "answers": {"perekrut-perorangan": "ya"}, "group": 0},
    )
    old = make_page()
    assert old.questions.checklist.version == 1
    assert not any("Dasar hukum" in card.why.text() for card in old.questions.cards)
    old.discard_check(confirmed=True)
    old.history.new_button.click()
    choose_stage(old, "ditawari")
    old.details.next_button.click()
    texts = [card.why.text() for card in old.questions.cards]
    assert any("Dasar hukum: UU No. 18 Tahun 2017" in text for text in texts)


def test_a_check_left_on_the_stage_question_comes_back_there(make_page, qtbot):
    page = make_page()
    page.history.new_button.click()
    page.stage_view.buttons["ditawari"].click()
    page.stage_view.next_button.click()
    qtbot.keyClicks(page.details.fields["initials"], "K.K.")
    qtbot.waitUntil(
        lambda: (
            (profile_store.load_draft(DRAFT_KEY) or {}).get("details", {}).get("initials") == "K.K."
        )
    )
    again = make_page()
    assert again.current_view() is again.details
    assert again.stage == "ditawari"
    assert again.details.fields["initials"].text() == "K.K."


def test_stopping_a_check_asks_first_and_then_forgets_it(page, message_boxes):
    page.history.new_button.click()
    choose_stage(page, "ditawari")
    page.details.next_button.click()
    page.questions.card("perekrut-perorangan").buttons[Answer.YES].click()
    page.questions.back_button.click()
    message_boxes.answer = "Hentikan pemeriksaan"
    page.details.cancel_button.click()
    assert page.current_view() is page.history
    assert profile_store.load_draft(DRAFT_KEY) is None


def test_closing_an_unsaved_result_asks_and_can_go_back(page, message_boxes):
    run_case(page, LAWFUL)
    message_boxes.answer = "Kembali"
    page.result.close_button.click()
    assert page.current_view() is page.result
    assert message_boxes.shown[-1].title == "Tutup tanpa menyimpan?"
    message_boxes.answer = "Tutup tanpa menyimpan"
    page.result.close_button.click()
    assert page.current_view() is page.history
    assert assessments.list_assessments() == []


def test_deleting_a_saved_check_removes_it_from_the_list(page, message_boxes):
    run_case(page, LAWFUL)
    page.result.save_button.click()
    message_boxes.answer = "Hapus"
    page.result.delete_button.click()
    assert page.current_view() is page.history
    assert assessments.list_assessments() == []
    assert page.history.empty.isVisible()


def pdf_pages(path) -> list[str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [" ".join(document.getAllText(p).text().split()) for p in range(document.pageCount())]
    size = document.pagePointSize(0)
    document.close()
    pages[0] += f" [{round(size.width())}x{round(size.height())}]"
    return pages


@pytest.mark.parametrize("with_details", [False, True])
def test_printing_writes_the_familys_sheet_naming_the_person_only_when_chosen(
    page, qtbot, tmp_path, message_boxes, monkeypatch, with_details
):
    run_case(page, DUMAI_TOURIST_VISA, initials="Q.Z.")
    # Earlier tests can leave Qt objects in reference cycles (a Shell from make_shell); were
    # the collector to free them on the PDF worker thread, Qt would crash. Free them here.
    gc.collect()
    target = tmp_path / "hasil.pdf"
    offered = []

    def use(dialog: PrintDialog) -> int:
        offered.append((dialog.paper, dialog.job.details.isEnabled()))
        dialog.set_paper(Paper.A4)
        dialog.job.details.setChecked(with_details)
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10000)
        dialog.save_button.click()
        return 0

    monkeypatch.setattr(PrintDialog, "exec", use)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    page.result.print_button.click()
    assert offered == [(Paper.F4, True)]  # F4 until the user picks another paper
    assert settings.CHECKLIST_PAPER.get() == "a4"
    assert "hasil.pdf" in page.result.status.text()
    pages = pdf_pages(target)
    words = " ".join(pages)
    first = pages[0]
    assert "RISIKO SANGAT TINGGI" in first and "[595x842]" in first
    # Whom to call is on the first page, however long the rest is.
    assert "0800-1000" in first and "Kepala desa: Siti Aminah" in first
    assert f"Halaman 1 dari {len(pages)}" in first
    assert "Jangan berangkat dengan tawaran ini" in words
    finding = page.checklist.indicator("visa-turis-kunjungan")
    assert finding.finding.id in words and finding.question.id not in words
    assert "surat izin keluarga" not in words.replace("Lembar", "")  # the village head's step
    assert "daftar pertanyaan versi 2" in words
    assert ("Q.Z." in words) is with_details
    assert ("Pak F, 0812-0000-1111" in words) is with_details


def test_every_view_is_indonesian(page, message_boxes):
    seen = visible_texts(page)
    page.history.new_button.click()
    seen += visible_texts(page)
    choose_stage(page, "proses")
    page.details.fields["initials"].setText("nama lengkap sekali")
    page.details.next_button.click()
    seen += visible_texts(page)
    fill_details(page, "R.A.", DUMAI_OFFER)
    page.details.next_button.click()
    for index in range(len(page.questions.groups)):
        page.questions.show_group(index)
        seen += visible_texts(page)
    click_through(page, answered(page.checklist, DUMAI_TOURIST_VISA.answers, "proses"))
    seen += visible_texts(page)
    page.result.save_button.click()
    seen += visible_texts(page)
    page.result.close_button.click()
    seen += visible_texts(page)
    seen += [page.history.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert len(seen) > 150
    assert english_giveaways(seen) == []


def test_at_the_largest_text_the_answer_buttons_and_actions_keep_their_words(page, qapp):
    apply_text_size(qapp, TextSize.EXTRA_LARGE)
    page.resize(1366 - 260, 768 - 120)
    run_case(page, CAMBODIA_ONLINE_ADMIN)
    page.result.save_button.click()
    buttons = [b for b in page.result.findChildren(QPushButton) if b.isVisibleTo(page.result)]
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
    page.result.close_button.click()
    page.history.new_button.click()
    for radio in page.stage_view.buttons.values():
        assert radio.width() >= radio.sizeHint().width(), radio.text()
    choose_stage(page, "ditawari")
    page.details.next_button.click()
    card = page.questions.cards[0]
    for button in card.buttons.values():
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
    assert card.question.height() >= card.question.heightForWidth(card.question.width())


def test_the_list_model_is_a_well_behaved_table(qtmodeltester, installation, indonesian):
    from desktop.domain.assessment import Assessment
    from desktop.domain.checklist import assess
    from desktop.ui.checklist.history import AssessmentTableModel

    first = load_checklist(FOLDER, 1)
    answers = answered(first, V1_LICENSED_P3MI)
    assessments.save_assessment(
        Assessment(TODAY, "R.A.", DUMAI_OFFER, answers, assess(first, answers))
    )
    second = load_checklist(FOLDER, 2)
    case = DUMAI_TOURIST_VISA
    answers = answered(second, case.answers, case.stage)
    assessments.save_assessment(
        Assessment(TODAY, "R.A.", case.offer, answers, assess(second, answers, case.stage))
    )
    model = AssessmentTableModel()
    model.set_rows(assessments.list_assessments())
    qtmodeltester.check(model)
    assert model.rowCount() == 2


# --- Catat sebagai kejadian ---------------------------------------------------------------


def save_like_a_user(monkeypatch, author="Sekretaris Desa"):
    """The incident window, instead of waiting for the user, is saved at once as they would."""
    from desktop.ui.incidents.editor import IncidentDialog

    shown = []

    def exec_(dialog):
        shown.append((dialog.notice.isVisibleTo(dialog), dialog.form.incident()[0]))
        dialog.author.setText(author)
        dialog.save()
        return 1

    monkeypatch.setattr(IncidentDialog, "exec", exec_)
    return shown


def made(case: Case, initials: str = ""):
    from desktop.domain.assessment import Assessment
    from desktop.domain.checklist import assess

    checklist = load_checklist(FOLDER, 2)
    answers = answered(checklist, case.answers, case.stage)
    return checklist, Assessment(
        TODAY, initials, case.offer, answers, assess(checklist, answers, case.stage)
    )


def test_the_prefilled_incident_carries_what_the_check_found(installation, indonesian):
    from desktop.domain.incident import (
        Answer as IncidentAnswer,
    )
    from desktop.domain.incident import (
        ControlMeans,
        DeparturePoint,
        LicenceStatus,
        ReportType,
        check_incident,
    )
    from desktop.domain.modus import Modus
    from desktop.storage.incidents import country_names
    from desktop.ui.checklist.incident_link import IncidentFromCheck

    checklist, check = made(CAMBODIA_ONLINE_ADMIN, "D.P.")
    incident = IncidentFromCheck().incident(check, checklist, "id", country_names())
    assert incident.report_type is ReportType.SUSPICIOUS_OFFER
    assert incident.reported_on == TODAY
    assert incident.modus is Modus.ONLINE_SCAM
    assert (incident.destination_country, incident.destination_city) == ("KH", "Phnom Penh")
    assert incident.departure_point is None
    assert incident.company == "PT (tidak disebut)"
    assert (incident.recruiter_name, incident.recruiter_phone) == ("Telegram @kerja_luar", "")
    # The company was said to be unregistered, but nobody checked the list: not "tidak ditemukan".
    assert incident.licence is LicenceStatus.NOT_CHECKED
    assert incident.control == {ControlMeans.DEBT}
    assert incident.official_checkpoint is IncidentAnswer.YES  # answered No to "without a check"
    assert (
        incident.summary
        == "Cek Tawaran Kerja: Risiko sangat tinggi. Admin online, Kamboja (Phnom Penh)"
    )
    assert "versi 2" in incident.notes and "Tahap: Baru ditawari kerja" in incident.notes
    assert checklist.indicator("admin-online-kamboja").finding.id in incident.notes
    assert "D.P." not in incident.notes + incident.summary  # the initials stay with the check
    assert not incident.has_child
    assert check_incident(incident, TODAY)  # complete enough to save as it is

    child_case = Case(
        DUMAI_TOURIST_VISA.stage,
        {**DUMAI_TOURIST_VISA.answers, "anak-di-bawah-18": Answer.YES},
        DUMAI_OFFER,
    )
    checklist, child = made(child_case)
    incident = IncidentFromCheck().incident(child, checklist, "id", country_names())
    assert (incident.destination_country, incident.destination_city) == ("MY", "")
    assert incident.departure_point is DeparturePoint.DUMAI
    assert (incident.recruiter_name, incident.recruiter_phone) == ("Pak F", "0812-0000-1111")
    assert incident.official_checkpoint is IncidentAnswer.UNKNOWN
    assert incident.licence is LicenceStatus.NOT_CHECKED
    assert incident.has_child
    assert incident.modus is Modus.NON_PROCEDURAL_JOB
    # A child's record waits for a guardian's consent or a legal basis: the user adds it.

    checklist, cafe = made(CAFE_OTHER_PROVINCE)
    incident = IncidentFromCheck().incident(cafe, checklist, "id", country_names())
    assert incident.destination_city == "Pekanbaru, Riau"  # in Indonesia: kept as written
    assert incident.recruiter_phone == "0821-0000-4444"
    assert incident.recruiter_name == ""  # "WhatsApp" is how, not who


def test_record_as_incident_saves_the_check_and_links_the_new_record(
    make_shell, qtbot, monkeypatch, message_boxes
):
    from desktop.storage import incidents

    profile_store.save_profile(KUNGKAI)
    window = make_shell().window
    window.show_page("cek_tawaran")
    page = window.page("cek_tawaran")
    run_case(page, CAMBODIA_ONLINE_ADMIN, initials="D.P.")
    shown = save_like_a_user(monkeypatch)
    assert page.result.incident_button.isVisible()
    page.result.incident_button.click()

    [(noticed, prefilled)] = shown
    assert noticed  # "filled in from the job-offer check": check, complete, save
    assert prefilled.destination_country == "KH"
    saved = assessments.load_assessment(page.assessment.id)  # saved first, then linked
    record = incidents.load_incident(saved.incident_record_id)
    assert record.incident.summary.startswith("Cek Tawaran Kerja: Risiko sangat tinggi")
    assert record.meta.created_by == "Sekretaris Desa"
    assert not page.result.incident_button.isEnabled()
    assert "sudah dicatat sebagai kejadian" in page.result.status.text()
    log = window.page("kejadian")
    assert log.model.rowCount() >= 1
    page.result.close_button.click()
    assert page.history.model.index(0, 4).data() == (
        "Risiko sangat tinggi (dicatat sebagai kejadian)"
    )


def test_a_new_incident_already_being_written_is_never_overwritten(
    make_shell, monkeypatch, message_boxes
):
    from desktop.ui.incidents.editor import NEW_DRAFT

    profile_store.save_profile(KUNGKAI)
    profile_store.save_draft(NEW_DRAFT, {"snapshot": {"summary": "belum selesai"}})
    window = make_shell().window
    window.show_page("cek_tawaran")
    page = window.page("cek_tawaran")
    run_case(page, LAWFUL)
    shown = save_like_a_user(monkeypatch)
    page.result.incident_button.click()
    assert shown == []
    assert "belum disimpan" in message_boxes.shown[-1].text
    assert profile_store.load_draft(NEW_DRAFT) == {"snapshot": {"summary": "belum selesai"}}
    assert page.assessment.incident_record_id is None
