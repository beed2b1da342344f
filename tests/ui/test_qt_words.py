"""Qt's own words are Indonesian too: the context menu of every text field, the standard
buttons of dialogs and messages, and the buttons of a wizard (Qt ships no Indonesian; the app
brings resources/i18n/qtbase_id.ts)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWizard,
)

from desktop.ui.i18n import Language, Translations
from tests.ui.helpers import english_giveaways


def _words(menu) -> list[str]:
    return [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]


def test_the_context_menu_of_a_text_field_is_indonesian(qtbot, qapp):
    Translations(qapp).install(Language.INDONESIAN)
    field = QLineEdit("Kungkai")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    words = _words(menu)
    assert words[:7] == ["Batalkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih semua"]
    assert not english_giveaways(words)
    menu.deleteLater()


def test_long_text_fields_and_number_fields_have_indonesian_menus_too(qtbot, qapp):
    Translations(qapp).install(Language.INDONESIAN)
    notes, copies = QPlainTextEdit("Catatan"), QSpinBox()
    qtbot.addWidget(notes)
    qtbot.addWidget(copies)
    for widget in (notes, copies.findChild(QLineEdit)):
        menu = widget.createStandardContextMenu()
        assert "Salin" in _words(menu) and "Pilih semua" in _words(menu)
        menu.deleteLater()


def test_standard_buttons_and_wizard_buttons_are_indonesian(qtbot, qapp):
    Translations(qapp).install(Language.INDONESIAN)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Batal", "OK", "Tutup"]
    message = QMessageBox(QMessageBox.Icon.Question, "Tanya", "Lanjut?")
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert sorted(b.text().replace("&", "") for b in message.buttons()) == ["Tidak", "Ya"]
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    qtbot.addWidget(wizard)
    texts = {
        wizard.buttonText(which).replace("&", "")
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    }
    assert texts == {"< Kembali", "Lanjut >", "Selesai", "Batal"}


def test_in_english_qt_s_words_stay_english(qtbot, qapp):
    Translations(qapp).install(Language.ENGLISH)
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert "Copy" in _words(menu)
    menu.deleteLater()
