"""How the office's review states are named and coloured. Colour never carries meaning alone:
every coloured mark also says the state in words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.review import ReviewState

_WORDS = {
    ReviewState.NEW: QT_TRANSLATE_NOOP("Review", "New, not reviewed yet"),
    ReviewState.REVIEWED: QT_TRANSLATE_NOOP("Review", "Reviewed"),
    ReviewState.ACTED_ON: QT_TRANSLATE_NOOP("Review", "Acted on"),
}
_SHORT = {
    ReviewState.NEW: QT_TRANSLATE_NOOP("Review", "New"),
    ReviewState.REVIEWED: QT_TRANSLATE_NOOP("Review", "Reviewed"),
    ReviewState.ACTED_ON: QT_TRANSLATE_NOOP("Review", "Acted on"),
}
# (text, background) pairs with a contrast ratio above 4.5:1 (WCAG AA).
REVIEW_COLOURS = {
    ReviewState.NEW: ("#ffffff", "#0b5394"),
    ReviewState.REVIEWED: ("#ffffff", "#2e6b30"),
    ReviewState.ACTED_ON: ("#ffffff", "#5b2a86"),
}


def review_words(state: ReviewState) -> str:
    """The state as a sentence fragment, e.g. 'Baru, belum ditinjau'."""
    return QCoreApplication.translate("Review", _WORDS[state])


def review_short(state: ReviewState) -> str:
    """The state in one or two words, for a list column or a filter."""
    return QCoreApplication.translate("Review", _SHORT[state])
