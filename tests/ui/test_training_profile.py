"""MODE LATIHAN: the fictional village's details can be edited and saved like a real one, and
every window, dialog and printed page says it is practice."""

import io
from datetime import datetime

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from desktop.storage import profile_store
from desktop.ui.help_window import HelpWindow
from desktop.ui.messages import inform
from desktop.ui.training import BANNER_NAME
from tests.ui.helpers import KUNGKAI


def test_training_village_profile_can_be_edited_and_saved(make_shell):
    shell = make_shell(training=True)
    window = shell.window
    window.show_page("pengaturan")
    settings = window.page("pengaturan")
    tab = settings.ensure_profile_tab()
    area = tab.form.area
    assert not area.combos[next(iter(area.combos))].isEnabled()
    assert area.code_edit.text() == "15.02.02.0000"
    tab.form.head.set_text("head_name", "Siti Latihan (fiktif)")
    tab.save()
    saved = profile_store.load_profile()
    assert saved.head_name == "Siti Latihan (fiktif)"
    assert saved.village_name == "Sukamaju (fiktif)"
    assert saved.training
    assert "Sukamaju (fiktif)" in window.windowTitle()


def test_every_dialog_and_message_in_training_mode_says_mode_latihan(
    make_shell, qtbot, monkeypatch
):
    window = make_shell(training=True).window
    seen = []

    def look(dialog) -> int:
        seen.append(dialog)
        return 0

    for kind in (QDialog, QMessageBox):
        monkeypatch.setattr(kind, "exec", lambda dialog: (dialog.show(), look(dialog))[1])
    window.show_page("materi")
    window.page("materi").print_button.click()
    window.show_page("pengaturan")
    window.page("pengaturan").about_tab.show_about()
    inform(window, "Cadangan", "Cadangan dibuat.")  # a message box
    window.show_help()  # not modal: shown beside the window
    seen.append(window.findChild(HelpWindow))
    assert len(seen) == 4
    for dialog in seen:
        assert dialog.windowTitle().startswith("MODE LATIHAN — "), dialog.windowTitle()
    for dialog in (*seen[:2], seen[3]):
        banner = dialog.findChild(QLabel, BANNER_NAME)
        assert banner is not None and banner.isVisible()
        assert banner.text().startswith("MODE LATIHAN")
        dialog.hide()


def test_a_real_village_s_dialogs_are_not_marked(make_shell, monkeypatch):
    profile_store.save_profile(KUNGKAI)  # (a training folder never becomes a real village)
    make_shell(training=True)  # a training window marks only what is opened from it
    window = make_shell().window
    seen = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: (dialog.show(), seen.append(dialog), 0)[2])
    window.show_page("pengaturan")
    window.page("pengaturan").about_tab.show_about()
    assert "MODE LATIHAN" not in seen[0].windowTitle()
    assert seen[0].findChild(QLabel, BANNER_NAME) is None
    seen[0].hide()


def test_documents_made_in_training_mode_say_so_on_every_page(installation, qapp):
    """The incident summary and the result sheet (leaflets: tests/printing/test_leaflets.py)."""
    from desktop.domain.training import TRAINING_PROFILE
    from desktop.printing.checklist_sheet import Item, ResultSheet, Section, build_result_sheet
    from desktop.printing.incident_pdf import build_incident_pdf
    from desktop.printing.paper import Paper
    from desktop.storage import incidents
    from desktop.ui.incidents.printout import printed_record

    incidents.add_demo_records(1)
    stored = incidents.load_incident(
        incidents.fetch_incidents(incidents.IncidentQuery(), 0, 1)[0].record_id
    )
    record = printed_record(
        stored, TRAINING_PROFILE, include_identity=False, countries={}, printed_at=datetime.now()
    )
    many = tuple(Item(f"Langkah {n} yang cukup panjang untuk dibaca keluarga.") for n in range(90))
    sheet = ResultSheet(
        heading="Hasil",
        place="Desa Sukamaju (fiktif)",
        level_key="tinggi",
        level_words="Risiko tinggi",
        level_meaning="…",
        footer="Dicetak",
        page_label="Halaman {page} dari {pages}",
        sections=(Section("Langkah", many, numbered=True),),
        training="MODE LATIHAN",
    )
    for pdf in (build_incident_pdf(record, Paper.A4), build_result_sheet(sheet, Paper.A4)):
        pages = PdfReader(io.BytesIO(pdf)).pages
        assert len(pages) >= 2
        for page in pages:
            assert "MODE LATIHAN" in page.extract_text()
