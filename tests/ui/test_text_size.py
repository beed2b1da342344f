"""The text size scales the check and choice boxes too, not only the letters."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from desktop.ui.style import TextSize, apply_text_size


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
