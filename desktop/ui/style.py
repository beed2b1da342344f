"""Text size, screen font and the application style sheet. One base size scales the whole
interface."""

from __future__ import annotations

import sys
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication


class TextSize(Enum):
    NORMAL = "normal"
    LARGE = "besar"
    EXTRA_LARGE = "sangat_besar"

    @property
    def points(self) -> int:
        return {TextSize.NORMAL: 12, TextSize.LARGE: 15, TextSize.EXTRA_LARGE: 19}[self]

    @property
    def label(self) -> str:
        return QCoreApplication.translate("TextSize", _LABELS[self])

    @classmethod
    def from_setting(cls, value: object) -> TextSize:
        try:
            return cls(value)
        except ValueError:
            return cls.NORMAL


_LABELS = {
    TextSize.NORMAL: QT_TRANSLATE_NOOP("TextSize", "Normal"),
    TextSize.LARGE: QT_TRANSLATE_NOOP("TextSize", "Large"),
    TextSize.EXTRA_LARGE: QT_TRANSLATE_NOOP("TextSize", "Extra large"),
}

# Colours chosen for contrast on white (WCAG AA for normal text); meaning is never carried by
# colour alone: every coloured element also has words.
ACCENT = "#0b5394"
ERROR = "#b00020"
TRAINING = "#8a4b00"
TRAINING_BG = "#fff1c2"
# The status board's standings (domain.village_status.Standing values): a light background and
# dark words of the same hue, always with the standing's name.
STANDING_COLOURS = {
    "menunggu_kunci": ("#fff0c2", "#5c4000"),
    "belum_pernah": ("#e6e6e6", "#303030"),
    "terlambat": ("#fde2dd", "#8f1d12"),
    "melapor": ("#dff2e3", "#1c5a28"),
}


def style_sheet(size: TextSize) -> str:
    pt = size.points
    return f"""
    * {{ font-size: {pt}pt; }}
    QLabel[role="title"] {{ font-size: {round(pt * 1.6)}pt; font-weight: bold; color: {ACCENT}; }}
    QLabel[role="subtitle"] {{ font-size: {round(pt * 1.25)}pt; font-weight: bold; }}
    QLabel[role="strong"] {{ font-weight: bold; }}
    QLabel[role="hint"] {{ color: #444444; }}
    QLabel[role="error"] {{ color: {ERROR}; font-weight: bold; }}
    QLabel[role="training"] {{
        background: {TRAINING_BG}; color: {TRAINING}; font-weight: bold;
        padding: 6px; border: 2px solid {TRAINING};
    }}
    QListWidget#navigation {{ font-size: {round(pt * 1.15)}pt; }}
    QListWidget#navigation::item {{ padding: {pt // 2}px {pt}px; }}
    QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
    QListWidget#sections::item {{ padding: {pt // 3}px {pt // 2}px; }}
    QListWidget#sections::item:selected {{ background: {ACCENT}; color: white; }}
    QPushButton {{ padding: {pt // 3}px {pt}px; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: {round(pt * 1.25)}px; height: {round(pt * 1.25)}px;
    }}
    QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 2px solid {ERROR}; }}
    """


# Windows 10 and 11's own screen font, which the users know from every other program; Tahoma
# (on every Windows since 2000, and Wine's stand-in) if it is missing. Elsewhere the desktop's
# font stays.
WINDOWS_SCREEN_FONTS = ("Segoe UI", "Tahoma")


def screen_font_families(platform: str | None = None) -> list[str]:
    """The font families to ask for, best first; empty: keep the system's."""
    return list(WINDOWS_SCREEN_FONTS) if (platform or sys.platform) == "win32" else []


def apply_text_size(app: QApplication, size: TextSize) -> None:
    font = app.font()
    families = screen_font_families()
    if families:
        font.setFamilies(families)
    font.setPointSize(size.points)
    app.setFont(font)
    app.setStyleSheet(style_sheet(size))
