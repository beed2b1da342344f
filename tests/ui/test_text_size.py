"""The text size scales the check and choice boxes too, not only the letters."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from desktop.ui import style
from desktop.ui.style import TextSize, apply_text_size, screen_font_families


def _indicator_height(widget: QCheckBox | QRadioButton) -> int:
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(widget, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return widget.style().subElementRect(element, option, widget).height()


def test_check_and_choice_boxes_grow_with_the_text(qtbot):
    app = QApplication.instance()
    heights = {}
    try:
        for size in (TextSize.NORMAL, TextSize.EXTRA_LARGE):
            apply_text_size(app, size)
            check, choice = QCheckBox("Sertakan identitas"), QRadioButton("Sangat besar")
            qtbot.addWidget(check)
            qtbot.addWidget(choice)
            check.ensurePolished()
            choice.ensurePolished()
            heights[size] = (_indicator_height(check), _indicator_height(choice))
    finally:
        apply_text_size(app, TextSize.NORMAL)
    assert heights[TextSize.NORMAL] == (15, 15)
    assert heights[TextSize.EXTRA_LARGE] == (24, 24)


def test_windows_asks_for_segoe_ui_and_other_systems_keep_their_font():
    assert screen_font_families("win32") == ["Segoe UI", "Tahoma"]
    assert screen_font_families("linux") == []
    assert screen_font_families("darwin") == []


def test_the_screen_font_is_applied_with_the_text_size(qtbot, monkeypatch):
    app = QApplication.instance()
    before = app.font()
    try:
        apply_text_size(app, TextSize.LARGE)
        assert app.font().families() == before.families()  # Linux: the desktop's font
        monkeypatch.setattr(style, "screen_font_families", lambda: ["Segoe UI", "Tahoma"])
        apply_text_size(app, TextSize.LARGE)
        assert app.font().families() == ["Segoe UI", "Tahoma"]
        assert app.font().pointSize() == TextSize.LARGE.points
    finally:
        app.setFont(before)
        apply_text_size(app, TextSize.NORMAL)
