"""How each modus of the shared list is named on screen (incident log, checklist, leaflets)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.modus import Modus

_TEXT = {
    Modus.NON_PROCEDURAL_JOB: QT_TRANSLATE_NOOP("Modus", "Non-procedural job offer abroad"),
    Modus.ONLINE_SCAM: QT_TRANSLATE_NOOP("Modus", "Online-scam company"),
    Modus.SHIP_CREW: QT_TRANSLATE_NOOP("Modus", "Ship crew (ABK)"),
    Modus.DOMESTIC_OR_PLANTATION: QT_TRANSLATE_NOOP("Modus", "Domestic or plantation worker"),
    Modus.MAIL_ORDER_BRIDE: QT_TRANSLATE_NOOP("Modus", "Mail-order bride"),
    Modus.CHILD_SEXUAL_EXPLOITATION: QT_TRANSLATE_NOOP("Modus", "Sexual exploitation of a child"),
    Modus.ORGAN_TRADE: QT_TRANSLATE_NOOP("Modus", "Organ trade"),
    Modus.FAKE_INTERNSHIP: QT_TRANSLATE_NOOP("Modus", "Fake internship or scholarship"),
    Modus.PILGRIM_VISA_MISUSE: QT_TRANSLATE_NOOP("Modus", "Misuse of an umrah, hajj or visit visa"),
    Modus.OTHER: QT_TRANSLATE_NOOP("Modus", "Other modus"),
}


def modus_label(modus: Modus) -> str:
    return QCoreApplication.translate("Modus", _TEXT[modus])
