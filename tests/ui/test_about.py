"""Pengaturan › Tentang: the About box says when the content was last checked."""

from __future__ import annotations

from desktop.ui.about import AboutDialog
from desktop.ui.i18n import Language, Translations


def test_the_about_box_says_when_the_content_was_last_checked(qapp, qtbot):
    Translations(qapp).install(Language.INDONESIAN)
    about = AboutDialog()
    qtbot.addWidget(about)
    text = about.reviewed.text()
    assert "4 Desember 2026" in text
    assert "versi 2" in text
