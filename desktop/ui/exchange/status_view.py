"""Where the village's log stands with its office, in a few lines (Beranda and Kirim & Ekspor):
how many changes the office has not acknowledged, the last acknowledgment, an export the
office holds back (with the reason), and an office that cannot be reached while something
waits. The data is ``exchange.status.sending_status``; the words are here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain.exchange import Acknowledgment, RejectReason
from desktop.exchange.status import SendingStatus, sending_status
from desktop.storage.db import is_open
from desktop.storage.outbox_store import ExportEntry
from desktop.ui.formatting import format_local

CONTEXT = "SendingStatus"

# Why the office holds an export back, told to the village (the office's own words for the
# same reasons speak to the officer: ui/exchange/wording.py), and what to do about it.
_HELD = {
    RejectReason.FIRST_CONTACT.value: QT_TRANSLATE_NOOP(
        "SendingStatus",
        "It is this village's first export: the office imports it once it has compared this "
        "village's key fingerprint.",
    ),
    RejectReason.KEY_CHANGED.value: QT_TRANSLATE_NOOP(
        "SendingStatus", "It was signed with a new key of this village."
    ),
    RejectReason.OTHER_VILLAGE.value: QT_TRANSLATE_NOOP(
        "SendingStatus", "It holds records the office keeps for another village."
    ),
    RejectReason.CODE_MISMATCH.value: QT_TRANSLATE_NOOP(
        "SendingStatus", "It names an area code the office does not know for this village."
    ),
    RejectReason.IMPOSSIBLE_TIME.value: QT_TRANSLATE_NOOP(
        "SendingStatus", "It holds a date or time the office cannot accept."
    ),
    RejectReason.OUTSIDE_AREA.value: QT_TRANSLATE_NOOP(
        "SendingStatus", "This village is outside the area the office covers."
    ),
    RejectReason.TRAINING_DATA.value: QT_TRANSLATE_NOOP(
        "SendingStatus", "It comes from TRAINING MODE (made-up data)."
    ),
    RejectReason.EXPORT_ID_REUSED.value: QT_TRANSLATE_NOOP(
        "SendingStatus", "The office already has an export with the same number."
    ),
}
_HELD_OTHER = QT_TRANSLATE_NOOP(
    "SendingStatus", "It did not pass the office's checks (code: {code})."
)
_ADVICE = {
    RejectReason.FIRST_CONTACT.value: QT_TRANSLATE_NOOP(
        "SendingStatus",
        "Take the registration sheet (Send and export, Print the registration sheet) to the "
        "office, or telephone the office and read them this village's key fingerprint.",
    ),
    RejectReason.IMPOSSIBLE_TIME.value: QT_TRANSLATE_NOOP(
        "SendingStatus", "Check the date and time of this computer, then telephone the office."
    ),
    RejectReason.KEY_CHANGED.value: QT_TRANSLATE_NOOP(
        "SendingStatus",
        "Telephone the office and read them this village's key fingerprint (Settings, "
        "Security) so that they can accept it.",
    ),
}
_ADVICE_OTHER = QT_TRANSLATE_NOOP("SendingStatus", "Telephone the office.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _when(moment) -> str:
    return format_local(moment)


def held_text(reason: str) -> str:
    """Why the office holds an export back, in one sentence."""
    if reason in _HELD:
        return _tr(_HELD[reason])
    return _tr(_HELD_OTHER).format(code=reason or "-")


def held_advice(reason: str) -> str:
    """What the village can do about it."""
    return _tr(_ADVICE.get(reason, _ADVICE_OTHER))


def acknowledgment_text(entry: ExportEntry) -> str:
    """For example 'imported by the office on 4 May 2026 08.00 (export no. 3)'."""
    if entry.acknowledgment is Acknowledgment.IMPORTED:
        text = QCoreApplication.translate(
            "SendingStatus", "imported by the office on {when} (export no. {number})"
        )
        return text.format(when=_when(entry.office_at), number=entry.sequence)
    text = QCoreApplication.translate(
        "SendingStatus", "received by the office's receiver on {when} (export no. {number})"
    )
    return text.format(when=_when(entry.sent_at), number=entry.sequence)


class SendingStatusView(QWidget):
    """``compact`` (Beranda): what is wrong in a few words, pointing to Kirim & Ekspor."""

    def __init__(self, *, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compact = compact
        self.setObjectName("sendingStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel()
        self.headline.setProperty("role", "strong")
        self.headline.setWordWrap(True)
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.held = QLabel()
        self.held.setProperty("role", "error")
        self.held.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        for label in (self.headline, self.last, self.held, self.hint):
            layout.addWidget(label)
        self.status: SendingStatus | None = None

    def refresh(self) -> None:
        if not is_open():  # the data is being restored
            return
        self.status = status = sending_status()
        self.headline.setText(self._headline(status))
        ack = status.acknowledged
        self.last.setText(
            self.tr("Last receipt: {what}.").format(what=acknowledgment_text(ack))
            if ack is not None
            else self.tr("The office has not acknowledged any export yet.")
        )
        held = status.held
        if held is None:
            self.held.setText("")
        elif self._compact:
            self.held.setText(
                self.tr("Held by the office (export no. {number}): see Send and export.").format(
                    number=held.sequence
                )
            )
        else:
            self.held.setText(
                self.tr("Held by the office (export no. {number}): {why}").format(
                    number=held.sequence,
                    why=f"{held_text(held.held_reason)} {held_advice(held.held_reason)}",
                )
            )
        self.held.setVisible(held is not None)
        hint = self._hint(status)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _headline(self, status: SendingStatus) -> str:
        if status.unsent == 0:
            return self.tr("Every change has reached the office.")
        return self.tr("{count} change(s) not sent yet").format(count=status.unsent)

    def _hint(self, status: SendingStatus) -> str:
        if status.unreachable:
            if self._compact:
                return self.tr(
                    "The office cannot be reached yet; it is tried again every 2 minutes."
                )
            return self.tr(
                "The office cannot be reached yet (last tried {when}). It is tried again at "
                "least every 2 minutes while the app is open."
            ).format(when=_when(status.contact.at))
        if status.failed:
            return self.tr("Sending has stopped: see Send and export, and Settings, Sending tab.")
        if not status.unsent or status.held is not None or self._compact:
            return ""
        if not status.configured:
            return self.tr(
                "Save an export to a flash drive and take it to the immigration office, or set "
                "up sending in Settings, Sending tab."
            )
        if not status.office_key:
            return self.tr(
                "The office key is not installed (Settings, Security): nothing can be sent."
            )
        return self.tr(
            "They are exported and sent by themselves shortly after the last change, as soon "
            "as the office can be reached."
        )
