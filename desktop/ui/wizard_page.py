"""One page of a set-up wizard: a title, an introduction and a body (the welcome wizard's
pages, the protection pages of both set-up wizards)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from desktop.ui.screen import VerticalScroll, meant_to_scroll


class TitledPage(QWizardPage):
    """``scroll``: the body is a long form that may scroll (Next and Finish stay below it);
    anything else (a choice, a check box needed to go on) is shown whole, and the wizard grows
    to hold it."""

    def __init__(
        self, title: str, intro: str, body: QWidget | None = None, *, scroll: bool = False
    ) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        if scroll and body is not None:
            area = VerticalScroll(body)
            meant_to_scroll(area)
            layout.addWidget(area, 1)
        else:
            if body is not None:
                layout.addWidget(body)
            layout.addStretch(1)  # the page reads from the top, however tall the wizard
        self.layout_ = layout
