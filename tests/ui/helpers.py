"""Driving the windows the way a user does, and reading back what the user sees."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QTextBrowser,
    QWidget,
    QWizard,
)

from desktop.domain.area import Level
from desktop.storage import keystore
from desktop.storage.keystore import TEST_KDF
from desktop.ui.area_picker import AreaPicker
from tests.profiles import kungkai_with_contacts

KUNGKAI = kungkai_with_contacts()

# Words an English source string gives itself away with; none is also an Indonesian word.
ENGLISH_WORDS = [
    "Settings",
    "Home",
    "Backup",
    "Backups",
    "Cancel",
    "Next",
    "Back",
    "Finish",
    "Close",
    "Save",
    "Restore",
    "Undo",
    "Village",
    "Phone",
    "Name",
    "Address",
    "Province",
    "Regency",
    "District",
    "Welcome",
    "Ready",
    "Display",
    "Language",
    "Text size",
    "Large",
    "About",
    "Show",
    "Choose",
    "Local contacts",
    "the",
    "and",
    "your",
    "of",
    "is",
    "to",
    "with",
    "this",
    "not",
]


def press(wizard: QWizard, which: QWizard.WizardButton) -> None:
    """Click a wizard button; a disabled button, like for a user, does nothing."""
    wizard.button(which).click()


def choose_with_lists(picker: AreaPicker, *codes: str) -> None:
    """Pick province, regency, district, village in turn, as a user does from the lists."""
    for level, code in zip(Level, codes, strict=False):
        assert picker.combos[level].select_code(code), f"{code} is not in the list"


def type_area_code(picker: AreaPicker, code: str) -> None:
    picker.code_edit.setText(code)
    picker.code_edit.editingFinished.emit()


def shown_names(picker: AreaPicker) -> list[str]:
    return [picker.combos[level].currentText() for level in Level]


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can see in ``root`` as it is shown now (hidden widgets excluded)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts.append(widget.accessibleName())
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts.append(widget.currentText())
    return [t.replace("&", "") for t in texts if t]


def english_giveaways(texts: list[str]) -> list[str]:
    """The English words found in ``texts``; file paths are left out (they are not words)."""
    found = []
    for text in texts:
        plain = re.sub(r"<[^>]+>", " ", text)
        plain = re.sub(r"\S*[/\\]\S*", " ", plain)
        for word in ENGLISH_WORDS:
            if re.search(rf"\b{re.escape(word)}\b", plain, re.IGNORECASE):
                found.append(f"{word!r} in {text!r}")
    return found


def plain(rich: str) -> str:
    """What a user reads in a rich-text label: its words without the markup."""
    text = re.sub(r"<br\s*/?>", "\n", rich)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def navigation_labels(window) -> list[str]:
    nav = window.navigation
    return [nav.item(i).text() for i in range(nav.count())]


def cheap_kdf(monkeypatch) -> None:
    """Argon2id at its cheapest, so these tests stay quick (the real cost is a default)."""
    monkeypatch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
    original = keystore.write_key_file

    def write(paths, key, passphrase, *, kdf=TEST_KDF):
        return original(paths, key, passphrase, kdf=TEST_KDF)

    monkeypatch.setattr(keystore, "write_key_file", write)


def paragraphs_never_shown(browser: QTextBrowser) -> list[str]:
    """Scroll ``browser`` through its text a page at a time, as a reader does, and give the
    paragraphs Qt never laid out on the way: they would have been a gap on the screen."""
    app = QApplication.instance()
    bar = browser.verticalScrollBar()
    position = 0
    while True:
        bar.setValue(position)
        app.processEvents()
        if position >= bar.maximum():
            break
        position += max(1, bar.pageStep())
    missing = []
    block = browser.document().begin()
    while block.isValid():
        if block.text().strip() and block.layout().lineCount() == 0:
            missing.append(block.text())
        block = block.next()
    bar.setValue(0)
    return missing
