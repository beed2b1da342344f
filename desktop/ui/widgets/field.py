"""A form's field with its own error line underneath (the incident form, the village profile,
the details of a job offer): the message in the user's words, the editor marked invalid."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class FieldWithError(QWidget):
    """``editor`` with an error line under it, hidden while there is nothing to say.
    ``marked``: the widget marked invalid when ``editor`` holds more than it (a caption and a
    number box on one line, the error under both)."""

    def __init__(
        self, editor: QWidget, parent: QWidget | None = None, *, marked: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.marked = marked or editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

    def show_error(self, text: str) -> None:
        """Say ``text`` under the editor and mark it invalid ('' clears both)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        target = self.marked
        target.setProperty("invalid", bool(text))
        target.style().unpolish(target)
        target.style().polish(target)

    def focus_target(self) -> QWidget:
        """The widget to put the cursor in when the field is wrong."""
        focus = getattr(self.editor, "focus_widget", None)
        return focus() if callable(focus) else self.marked
