"""The day box of a list's date filter (the office register, the office's checks): it starts
on its earliest day, which reads as "any" and filters nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


class FilterDay(QDateEdit):
    """``any_text`` is shown on the earliest day: the page's own translated word."""

    def __init__(
        self, any_text: str, display_format: str, earliest: QDate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format)
        self.setSpecialValueText(any_text)
        self.setMinimumDate(earliest)
        self.reset()

    def reset(self) -> None:
        self.setDate(self.minimumDate())

    def day(self) -> date | None:
        """The chosen day, or None while the box says "any"."""
        value = self.date()
        return None if value == self.minimumDate() else value.toPython()
