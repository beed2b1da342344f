"""Pengaturan › Tentang: the About box says when the content was last checked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.ui.about import AboutDialog
from desktop.ui.i18n import Language, Translations
from desktop.ui.style import TextSize, apply_text_size


def test_the_about_box_says_when_the_content_was_last_checked(qapp, qtbot):
    Translations(qapp).install(Language.INDONESIAN)
    about = AboutDialog()
    qtbot.addWidget(about)
    text = about.reviewed.text()
    assert "4 Desember 2026" in text
    assert "versi 2" in text


@pytest.mark.parametrize("size", [TextSize.NORMAL, TextSize.EXTRA_LARGE])
def test_the_about_box_fits_the_screen_without_clipping_its_text(qapp, qtbot, size):
    Translations(qapp).install(Language.INDONESIAN)
    apply_text_size(qapp, size)
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    licence = next(b for b in about.findChildren(QPushButton) if b.isCheckable())
    for shown in (False, True):
        licence.setChecked(shown)
        qapp.processEvents()
        assert about.width() <= 1366 and about.height() <= 728 - 40  # and its title bar
        for label in about.findChildren(QLabel):
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
