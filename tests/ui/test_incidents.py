"""Catatan Kejadian as the user meets it: the list, the form, drafts, history, delete and
restore, printing, settings; and the table model checked with qtmodeltester."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QTableView

from desktop.domain.incident import (
    AgeBand,
    ApproxDate,
    DatePrecision,
    Incident,
    LegalBasis,
    Person,
    PersonIdentity,
    PersonRole,
    RecordState,
    ReportType,
    Status,
)
from desktop.domain.modus import Modus
from desktop.printing.incident_pdf import build_incident_pdf
from desktop.printing.paper import Paper
from desktop.storage import incidents as store
from desktop.storage import profile_store, settings
from desktop.storage.incidents import IncidentQuery, Window
from desktop.ui.i18n import Language, Translations
from desktop.ui.incidents import dialogs, editor
from desktop.ui.incidents.history import history_html
from desktop.ui.incidents.page import IncidentsPage
from desktop.ui.incidents.printout import printed_record
from desktop.ui.incidents.settings_tab import IncidentSettingsTab
from desktop.ui.incidents.table_model import IncidentTableModel
from desktop.ui.print_dialog import PrintDialog
from desktop.ui.widgets.paged_table import PAGE_SIZE
from tests.ui.helpers import KUNGKAI, english_giveaways, visible_texts

TODAY = date.today()


@pytest.fixture
def indonesian(qapp):
    Translations(qapp).install(Language.INDONESIAN)


@pytest.fixture
def page(qtbot, installation, indonesian) -> IncidentsPage:
    profile_store.save_profile(KUNGKAI)
    widget = IncidentsPage(profile_store.load_profile)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def saved(**changes) -> str:
    incident = Incident(
        report_type=ReportType.SUSPICIOUS_OFFER,
        reported_on=TODAY,
        modus=Modus.ONLINE_SCAM,
        summary="Tawaran kerja admin online",
        destination_country="KH",
        recruiter_name="Bang Jali",
    )
    incident = replace(incident, **changes)
    store.save_incident(incident, author_name="Sekretaris Desa")
    return incident.record_id


# -- the table model ------------------------------------------------------------------------


def test_table_model_passes_qtmodeltester_in_every_view(qtmodeltester, installation, indonesian):
    store.add_demo_records(150, today=TODAY)
    model = IncidentTableModel()
    qtmodeltester.check(model)
    model.sort(3, Qt.SortOrder.AscendingOrder)
    model.set_query(replace(model.query, text="malaysia"))
    qtmodeltester.check(model)
    model.set_query(IncidentQuery(deleted=True))
    qtmodeltester.check(model)


def test_model_reads_from_sql_only_the_pages_being_looked_at(qtbot, installation, indonesian):
    store.add_demo_records(1000, today=TODAY)
    windows = []

    def fetch(query, window):
        windows.append(window)
        return store.incidents_window(query, window)

    model = IncidentTableModel(fetch=fetch)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    view.grab()  # paint it, as the screen would
    assert model.rowCount() == store.record_counts()[0]
    rows = model.rowCount()
    assert windows == [Window(PAGE_SIZE, listed=rows)]
    view.scrollToBottom()
    view.grab()
    # The last page is read from the end of the list, not by skipping all the rows before it.
    last = rows - (rows - 1) // PAGE_SIZE * PAGE_SIZE
    assert windows[1:] == [Window(last, offset=0, from_end=True, listed=rows)]


# -- the list -------------------------------------------------------------------------------


def test_search_and_filters_update_the_list_and_its_counts(page, installation):
    saved(summary="Kebun sawit", destination_country="MY", recruiter_name="Om Heri")
    saved()
    saved(status=Status.DONE, modus=Modus.SHIP_CREW, destination_country="TW")
    page.refresh()
    assert page.model.rowCount() == 3
    assert page.count_label.text() == "3 catatan."
    page.search.setText("heri")
    page.apply_filters()  # what the typing timer does
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "Menampilkan 1 dari 3 catatan."
    page.clear_filters()
    page.status_filter.set_value(Status.DONE)
    assert page.model.rowCount() == 1
    page.status_filter.set_value(None)
    page.country_filter.setCurrentIndex(page.country_filter.findData("KH"))
    assert page.model.rowCount() == 1
    page.search.setText("tidak ada yang cocok")
    page.apply_filters()
    assert "Tampilkan semua" in page.count_label.text()
    page.clear_filters()
    assert page.model.rowCount() == 3


def test_enter_on_a_row_opens_the_record(page, qtbot):
    saved(summary="Yang dibuka")
    page.refresh()
    page.table.selectRow(0)
    QApplication.sendEvent(
        page.table,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    )
    dialog = page.dialog
    assert dialog.isVisible()
    assert dialog.form.summary.text() == "Yang dibuka"
    assert dialog.windowTitle().startswith("Catatan kejadian no. ")


def test_delete_restore_and_permanent_removal_from_the_list(page, message_boxes):
    record_id = saved()
    page.refresh()
    page.table.selectRow(0)
    message_boxes.answer = "Pindahkan ke Terhapus"
    page.delete_button.click()
    assert store.record_counts() == (0, 1)
    assert page.tabs.tabText(1) == "Terhapus (1)"
    page.tabs.setCurrentIndex(1)
    assert page.restore_button.isVisible() and not page.delete_button.isVisible()
    assert "30 hari" in page.retention_hint.text()
    page.table.selectRow(0)
    page.restore_button.click()
    assert store.record_counts() == (1, 0)
    store.delete_incident(record_id, author_name="A")
    page.refresh()
    page.table.selectRow(0)
    message_boxes.answer = None  # the user says no: nothing is removed
    page.purge_button.click()
    assert store.record_counts() == (0, 1)
    message_boxes.answer = "Hapus permanen"
    page.purge_button.click()
    assert store.record_counts() == (0, 0)
    assert [v.state for v in store.record_versions(record_id)] == [RecordState.PURGED]
    assert "tidak dapat dibatalkan" in message_boxes.shown[-1].text


def test_the_list_page_is_indonesian(page, message_boxes):
    store.add_demo_records(40, today=TODAY)
    page.refresh()
    seen = visible_texts(page)
    page.tabs.setCurrentIndex(1)
    seen += visible_texts(page)
    page.new_record()
    seen += visible_texts(page.dialog)
    page.dialog.save()  # every required-field message
    seen += visible_texts(page.dialog)
    found = english_giveaways(seen)
    assert not found, "English text on screen:\n" + "\n".join(found)


# -- the form -------------------------------------------------------------------------------


def open_new(page, qtbot) -> editor.IncidentDialog:
    page.new_record()  # the dialog is the page's child: it goes with the page
    return page.dialog


def test_messages_appear_at_the_fields_in_indonesian(page, qtbot):
    dialog = open_new(page, qtbot)
    assert not dialog.save()
    boxes = dialog.form._boxes
    assert boxes["report_type"].error.text() == "Jenis laporan wajib diisi."
    assert boxes["modus"].error.isVisibleTo(dialog)
    assert dialog.author_box.error.text() == "Dicatat oleh wajib diisi."
    assert "3 isian perlu diperbaiki" in dialog.status.text()
    dialog.form.report_type.set_value(ReportType.RETURNED)
    dialog.form.modus.set_value(Modus.DOMESTIC_OR_PLANTATION)
    dialog.author.setText("Sekretaris Desa")
    dialog.form.reported_on.setDate(QDate(2026, 1, 10))
    dialog.form.happened.set_value(ApproxDate(2026, 1, 20))
    person = dialog.form.add_person(Person(role=PersonRole.VICTIM))
    person.age_band.set_value(AgeBand.AGE_9_17)
    assert person.under_18.isChecked()  # a child's age group ticks "under 18"
    person.nik.setText("1234")
    dialog.form.money_asked.setText("banyak")
    assert not dialog.save()
    form = dialog.form
    assert form.box_for("happened").error.text() == (
        "Tanggal kejadian tidak boleh sesudah tanggal laporan."
    )
    assert person.box("person.nik").error.text().startswith("NIK terdiri dari tepat 16 angka")
    assert "Ada anak yang dicatat" in form.box_for("guardian_consent").error.text()
    assert "15 juta" in form.box_for("money_asked").error.text()
    assert store.record_counts() == (0, 0)
    form.happened.set_value(ApproxDate(2026, 1))
    person.nik.setText("3201 2345 6789 0123")
    form.money_asked.setText("15 juta")
    form.legal_basis.set_value(LegalBasis.PUBLIC_TASK)
    assert dialog.save()
    stored = store.load_incident(dialog.stored.meta.record_id)
    assert stored.incident.money_asked == 15_000_000
    assert stored.incident.people[0].identity.nik == "3201234567890123"
    assert stored.incident.happened.precision is DatePrecision.MONTH
    assert store.author() == "Sekretaris Desa"  # remembered for next time
    assert page.model.rowCount() == 1
    assert page.selected_record() == stored.meta.record_id  # the list shows what was saved


def test_a_draft_survives_a_crash_and_comes_back(page, qtbot):
    dialog = open_new(page, qtbot)
    dialog.form.summary.setText("Belum sempat disimpan")
    dialog.form.modus.set_value(Modus.ORGAN_TRADE)
    qtbot.waitUntil(lambda: profile_store.load_draft(editor.NEW_DRAFT) is not None, timeout=3000)
    dialog.hide()  # the power goes out: nothing is saved, nothing is closed
    page.refresh()
    assert page.draft_banner.isVisible()
    again = open_new(page, qtbot)
    assert again.form.summary.text() == "Belum sempat disimpan"
    assert again.form.modus.value() is Modus.ORGAN_TRADE
    assert "dikembalikan" in again.notice.text()


def test_closing_with_unsaved_changes_asks_first(page, qtbot, monkeypatch):
    record_id = saved()
    page.refresh()
    page.table.selectRow(0)
    page.open_selected()
    dialog = page.dialog
    dialog.reject()  # nothing changed: closes without asking
    assert not dialog.isVisible()
    page.open_selected()
    dialog = page.dialog
    dialog.form.summary.setText("Diubah")
    dialog._keep_draft()
    answers = [dialogs.Unsaved.CANCEL, dialogs.Unsaved.DISCARD]
    monkeypatch.setattr(editor, "ask_unsaved", lambda parent: answers.pop(0))
    dialog.reject()
    assert dialog.isVisible()  # "back to the form"
    dialog.reject()
    assert not dialog.isVisible()
    assert profile_store.load_draft(editor.draft_key(record_id)) is None
    assert store.load_incident(record_id).incident.summary == "Tawaran kerja admin online"


def test_changing_a_referred_record_asks_why_and_keeps_the_reason(page, qtbot, monkeypatch):
    record_id = saved(status=Status.REFERRED)
    page.refresh()
    page.table.selectRow(0)
    page.open_selected()
    dialog = page.dialog
    dialog.author.setText("Kepala Desa")
    dialog.form.status.set_value(Status.DONE)
    monkeypatch.setattr(dialogs.ReasonDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not dialog.save()
    assert len(store.record_versions(record_id)) == 1

    def give_reason(self):
        self.reason.setPlainText("Polisi sudah memberi nomor laporan")
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ReasonDialog, "exec", give_reason)
    assert dialog.save()
    newest = store.history(record_id)[0]
    assert newest.reason == "Polisi sudah memberi nomor laporan"
    html = history_html(store.history(record_id), store.country_names())
    assert "Status: Dirujuk → Selesai" in html
    assert "Alasan: Polisi sudah memberi nomor laporan" in html


def test_history_never_shows_identifier_values(installation, indonesian):
    person = Person(role=PersonRole.VICTIM, identity=PersonIdentity(nik="3201234567890123"))
    incident = Incident(
        report_type=ReportType.OTHER,
        reported_on=TODAY,
        modus=Modus.OTHER,
        people=(person,),
        legal_basis=LegalBasis.PUBLIC_TASK,
    )
    first = store.save_incident(incident, author_name="A")
    changed = replace(person, identity=PersonIdentity(nik="3201234567890999"))
    store.save_incident(
        replace(incident, people=(changed,)), author_name="A", base_version=first.version_id
    )
    html = history_html(store.history(incident.record_id), store.country_names())
    assert "Orang 1: NIK: diubah (isinya tidak ditampilkan)" in html
    assert "3201234567890" not in html


# -- printing -------------------------------------------------------------------------------


def pdf_pages(pdf: bytes | Path) -> list[str]:
    source = pdf if isinstance(pdf, Path) else io.BytesIO(pdf)
    return [page.extract_text() for page in PdfReader(source).pages]


def pdf_text(pdf: bytes | Path) -> str:
    return "\n".join(pdf_pages(pdf))


def test_printout_has_letterhead_area_code_and_identifiers_only_when_chosen(
    tmp_path, installation, indonesian
):
    child = Person(
        role=PersonRole.VICTIM,
        age_band=AgeBand.AGE_9_17,
        identity=PersonIdentity("Siti Rahma", "3201234567890123", "0812-1111-2222"),
    )
    record_id = saved(people=(child,), legal_basis=LegalBasis.PUBLIC_TASK, notes="Catatan uji")
    stored = store.load_incident(record_id)
    for include, paper in ((False, Paper.A4), (True, Paper.F4)):
        record = printed_record(
            stored,
            KUNGKAI,
            include_identity=include,
            countries=store.country_names(),
            printed_at=stored.meta.updated_at,
        )
        pdf = build_incident_pdf(record, paper)
        text = pdf_text(pdf)
        assert "PEMERINTAH KABUPATEN MERANGIN" in text
        assert "KANTOR KEPALA DESA KUNGKAI" in text
        assert "RINGKASAN CATATAN KEJADIAN" in text
        assert "Kode wilayah 15.02.02.2004" in text
        assert "Kamboja" in text and "Korban, " in text
        assert "Siti Aminah" in text  # the village head signs
        assert ("3201234567890123" in text) is include
        assert ("Siti Rahma" in text) is include
        width, height = PdfReader(io.BytesIO(pdf)).pages[0].mediabox.upper_right
        assert (round(float(width)), round(float(height))) == tuple(round(v) for v in paper.size)


def test_every_printed_page_is_rahasia_and_numbered_and_the_signature_ends_the_last_section(
    installation, indonesian
):
    """A record long enough for three A4 pages: its signature used to stand alone on page 3."""
    people = tuple(Person(role=PersonRole.VICTIM, age_band=AgeBand.AGE_9_17) for _ in range(11))
    record_id = saved(people=people, notes="Catatan panjang. " * 60)
    record = printed_record(
        store.load_incident(record_id),
        KUNGKAI,
        include_identity=False,
        countries=store.country_names(),
        printed_at=datetime(2026, 12, 4, 14, 5),
    )
    pages = pdf_pages(build_incident_pdf(record, Paper.A4))
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "RAHASIA" in text
        assert f"Halaman {number} dari {len(pages)}" in text
    last = pages[-1]
    assert "Siti Aminah" in last and "Tentang catatan ini" in last
    assert "dicetak 4 Desember 2026 14.05" in last and "Kungkai, 4 Desember 2026" in last


def test_print_from_the_list_opens_the_print_dialog_and_saves_the_pdf(
    page, qtbot, monkeypatch, tmp_path
):
    saved()
    page.refresh()
    page.table.selectRow(0)
    target = tmp_path / "kejadian"

    def use(dialog: PrintDialog) -> int:
        assert dialog.paper is Paper.A4
        dialog.set_paper(Paper.F4)
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10000)
        dialog.save_button.click()
        return 0

    monkeypatch.setattr(PrintDialog, "exec", use)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    page.print_button.click()
    text = pdf_text(tmp_path / "kejadian.pdf")
    assert "Tanpa identitas pribadi" in text
    assert settings.INCIDENT_PAPER.get() == "f4"


# -- settings and wiring --------------------------------------------------------------------


def test_settings_tab_keeps_author_and_retention(qtbot, installation, indonesian):
    tab = IncidentSettingsTab()
    qtbot.addWidget(tab)
    tab.author.setText("Kaur Umum")
    tab.save_author_button.click()
    assert store.author() == "Kaur Umum"
    tab.retention.setCurrentIndex(tab.retention.findData(90))
    assert store.retention_days() == 90


def test_the_log_is_in_the_menu_and_training_mode_has_demo_records(make_shell, qtbot):
    window = make_shell(training=True).window
    keys = window.page_keys()
    assert keys.index("beranda") < keys.index("kejadian") < keys.index("pengaturan")
    window.show_page("kejadian")
    page = window.page("kejadian")
    assert page.model.rowCount() > 200
    assert sum(store.record_counts()) == 300
