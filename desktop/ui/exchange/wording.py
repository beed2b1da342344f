"""The words of Kirim & Ekspor as the window says them: why a file was refused, why a write or a
send failed, the outbox states. The sentences are in desktop/words/exchange.py, shared with the
command line; here they are translated and put together for the pages, the dialogs and the
tests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.exchange import (
    ExportRejected,
    ExportWriteFailed,
    MergeCounts,
    OutboxStatus,
    RejectReason,
    SendProblem,
    SourceVillage,
    WriteProblem,
)
from desktop.ui.errors import error_message
from desktop.words import exchange as words
from desktop.words.exchange import CONTEXT


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def village_text(village: SourceVillage | None) -> str:
    """'Desa Kungkai (15.02.02.2004)', or 'another village' when it is not known."""
    if village is None:
        return QCoreApplication.translate("ExchangeWords", "another village")
    kind = (
        QCoreApplication.translate("ExchangeWords", "Kelurahan")
        if village.kelurahan
        else QCoreApplication.translate("ExchangeWords", "Desa")
    )
    return f"{kind} {village.name} ({village.code})"


def reject_text(exc: ExportRejected) -> str:
    text = _tr(words.REASONS[exc.reason])
    if exc.reason is RejectReason.OTHER_VILLAGE:
        text = text.format(sender=village_text(exc.sender), owner=village_text(exc.owner))
    return text


def write_text(exc: ExportWriteFailed) -> str:
    return _tr(words.WRITE[exc.problem])


def send_text(problem: SendProblem) -> str:
    return _tr(words.SEND[problem])


def status_text(status: OutboxStatus) -> str:
    return _tr(words.STATUS[status])


def counts_text(counts: MergeCounts) -> str:
    return QCoreApplication.translate(
        "ExchangeWords", "{new} new, {updated} updated, {same} unchanged, {conflicts} conflicts"
    ).format(
        new=counts.new, updated=counts.updated, same=counts.unchanged, conflicts=counts.conflicts
    )


def exchange_error(exc: BaseException) -> str:
    """Plain words for any error of an export, import or send."""
    if isinstance(exc, ExportWriteFailed):
        if exc.problem is WriteProblem.VANISHED:
            tail = _tr(words.LEFT_HIDDEN)
        else:
            tail = _tr(words.NOTHING_LEFT)
        return write_text(exc) + " " + tail
    if isinstance(exc, ExportRejected):
        return reject_text(exc)
    return error_message(exc)
