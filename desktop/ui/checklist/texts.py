"""How levels and answers are named and coloured on screen. Colour never carries meaning alone:
every coloured element also says its level in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.checklist import Answer, RiskLevel

# (text colour, background) pairs with a contrast ratio above 4.5:1 (WCAG AA).
LEVEL_COLOURS = {
    RiskLevel.VERY_HIGH: ("#ffffff", "#b00020"),
    RiskLevel.HIGH: ("#ffffff", "#a33c00"),
    RiskLevel.MEDIUM: ("#3d2e00", "#ffd966"),
    RiskLevel.LOW: ("#ffffff", "#2e6b30"),
}
RED_FLAG_COLOUR = "#b00020"


def level_words(level: RiskLevel) -> str:
    """The level as the heading of a result, e.g. 'Risiko sangat tinggi'."""
    return {
        RiskLevel.VERY_HIGH: QCoreApplication.translate("Checklist", "Very high risk"),
        RiskLevel.HIGH: QCoreApplication.translate("Checklist", "High risk"),
        RiskLevel.MEDIUM: QCoreApplication.translate("Checklist", "Medium risk"),
        RiskLevel.LOW: QCoreApplication.translate("Checklist", "Low risk"),
    }[level]


def level_meaning(level: RiskLevel, unknowns: int) -> str:
    """One or two sentences saying what the level means. They are printed for the family too,
    so what the village head does about the family-permission letter is left to the steps."""
    text = {
        RiskLevel.VERY_HIGH: QCoreApplication.translate(
            "Checklist",
            "There is a clear danger sign of trafficking or smuggling. The authorities must be "
            "told now.",
        ),
        RiskLevel.HIGH: QCoreApplication.translate(
            "Checklist",
            "There are strong risk signs. Nothing should go ahead before the authorities have "
            "checked the offer.",
        ),
        RiskLevel.MEDIUM: QCoreApplication.translate(
            "Checklist", "There are risk signs to check before anything goes ahead."
        ),
        RiskLevel.LOW: QCoreApplication.translate(
            "Checklist", "The answers given show no strong risk sign."
        ),
    }[level]
    if unknowns:
        more = QCoreApplication.translate(
            "Checklist", "Things not known yet, to be checked: {count}."
        ).format(count=unknowns)
        text = f"{text} {more}"
    return text


def answer_words(answer: Answer | None) -> str:
    return {
        Answer.YES: QCoreApplication.translate("Checklist", "Yes"),
        Answer.NO: QCoreApplication.translate("Checklist", "No"),
        Answer.UNKNOWN: QCoreApplication.translate("Checklist", "Don't know"),
        None: QCoreApplication.translate("Checklist", "Not answered"),
    }[answer]


def red_flag_words() -> str:
    return QCoreApplication.translate("Checklist", "DANGER SIGN")
