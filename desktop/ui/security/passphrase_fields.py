"""Two fields for a new passphrase, with its strength (zxcvbn, see desktop/passphrase_strength.py)
in plain words and what makes it weak."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.security import (
    MIN_PASSPHRASE,
    PassphraseJudgement,
    Strength,
)
from desktop.passphrase_strength import HINTS, HINTS_CONTEXT


def _strength_words(strength: Strength) -> str:
    if strength is Strength.TOO_SHORT:
        return QCoreApplication.translate(
            "Security", "Too short: use at least {count} characters."
        ).format(count=MIN_PASSPHRASE)
    if strength is Strength.TOO_COMMON:
        return QCoreApplication.translate(
            "Security", "Too easy to guess: choose another, for example three words and a number."
        )
    if strength is Strength.WEAK:
        return QCoreApplication.translate(
            "Security",
            "Weak: allowed, but easy to guess. Longer is better, for example three words and "
            "a number: kopi-sawah-merah-27.",
        )
    if strength is Strength.FAIR:
        return QCoreApplication.translate(
            "Security", "Fair. A few more characters or another word make it strong."
        )
    return QCoreApplication.translate("Security", "Strong. Good.")


def strength_text(judgement: PassphraseJudgement) -> str:
    """The strength in plain words, with what makes it weak when that is known."""
    text = _strength_words(judgement.strength)
    if judgement.hint is not None:
        text += " " + QCoreApplication.translate(HINTS_CONTEXT, HINTS[judgement.hint])
    return text


def password_edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    edit.setMaxLength(200)
    return edit


class PassphraseFields(QWidget):
    """A new passphrase typed twice. ``changed`` fires on every keystroke. ``personal_words``
    gives the names a guesser near the office would try (the village's, its head's), when
    they are known."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        personal_words: Callable[[], Sequence[str]] = tuple,
    ) -> None:
        super().__init__(parent)
        self._personal_words = personal_words
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.first = password_edit(self.tr("New passphrase"))
        self.second = password_edit(self.tr("New passphrase again"))
        label = QLabel(
            self.tr("&New passphrase (at least {count} characters)").format(count=MIN_PASSPHRASE)
        )
        # Captions on one line above their fields (a wrapped caption is given its hint width
        # and then needs two lines, which a full window cannot always give).
        label.setBuddy(self.first)
        layout.addRow(label, self.first)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setProperty("role", "hint")
        layout.addRow(self.strength)
        again = QLabel(self.tr("Type it &again"))
        again.setBuddy(self.second)
        layout.addRow(again, self.second)
        self.mismatch = QLabel(self.tr("The two passphrases are not the same."))
        self.mismatch.setProperty("role", "error")
        self.mismatch.setWordWrap(True)
        self.mismatch.hide()
        layout.addRow(self.mismatch)
        self.show_text = QCheckBox(self.tr("&Show what I type"))
        self.show_text.toggled.connect(self._show_text)
        layout.addRow(self.show_text)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _show_text(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _judge(self, text: str) -> PassphraseJudgement:
        from desktop.passphrase_strength import judge

        return judge(text, self._personal_words())

    def _update(self) -> None:
        text = self.first.text()
        self.strength.setText(strength_text(self._judge(text)) if text else "")
        self.mismatch.setVisible(bool(self.second.text()) and self.second.text() != text)
        self.changed.emit()

    def judge_again(self) -> None:
        """Judge what is typed again: the personal words may have changed meanwhile."""
        self._update()

    def passphrase(self) -> str | None:
        """The passphrase when both fields agree and it is acceptable, else None."""
        text = self.first.text()
        if text != self.second.text() or not self._judge(text).strength.acceptable:
            return None
        return text

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
