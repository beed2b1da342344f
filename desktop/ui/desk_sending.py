"""Beranda's items about the office (ui/desk.py has the others): whether every change has
reached the office and its last acknowledgment, an export it holds back, and new content from
it waiting to be installed. They are added once the window is up (``add_office_items``): they
read the outbox and the packs, which the first window does not need.

The words about sending are those of Kirim & Ekspor (ui/exchange/status_view.py)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from desktop.exchange import pack_install
from desktop.exchange.pack_install import PackNotice
from desktop.exchange.status import SendingStatus, sending_status
from desktop.ui.desk import DeskItem, Mark
from desktop.ui.exchange.status_view import acknowledgment_text, held_text
from desktop.ui.formatting import format_date
from desktop.ui.home_page import HomePage


class SendingItem(DeskItem):
    """Kirim & Ekspor: the changes the office has not acknowledged, and its last receipt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("See sendin&g"), parent)

    @staticmethod
    def load() -> SendingStatus:
        return sending_status()

    def show_data(self, status: SendingStatus) -> None:
        ack = status.acknowledged
        # The office's last receipt, when there is one (changes not received say the rest).
        last = (
            self.tr("Last receipt: {what}.").format(what=acknowledgment_text(ack))
            if ack is not None
            else ""
        )
        held = status.held
        if held is not None:
            sentence = self.tr("<b>The office holds back export no. {number}.</b> {why}").format(
                number=held.sequence, why=held_text(held.held_reason)
            )
            self.set_state(Mark.TO_DO, sentence, last)
        elif status.failed:
            sentence = self.tr(
                "<b>Sending has stopped.</b> See Send and export, and the Sending settings."
            )
            self.set_state(Mark.TO_DO, sentence, last)
        elif status.unsent:
            sentence = self.tr("<b>Changes the office does not have yet: {count}.</b>").format(
                count=status.unsent
            )
            if status.unreachable:
                sentence += " " + self.tr("The office cannot be reached yet; it is tried again.")
            elif status.configured and status.office_key:
                sentence += " " + self.tr("They go by themselves shortly.")
            else:
                sentence += " " + self.tr("Save them to a flash drive for the office.")
            self.set_state(Mark.TO_DO, sentence, last)
        elif ack is None:  # nothing recorded yet, so nothing sent either
            self.set_state(Mark.NOTE, self.tr("Nothing to send to the office yet."))
        else:
            self.set_state(Mark.DONE, self.tr("Every change has reached the office."), last)


class ContentItem(DeskItem):
    """New content from the office (a content pack received from its receiver) that waits to
    be looked at and installed on Kirim & Ekspor; not shown when none waits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&View and install"), parent)

    @staticmethod
    def load() -> PackNotice | None:
        return pack_install.pack_waiting()

    def show_data(self, notice: PackNotice | None) -> None:
        if notice is None:
            self.hide()
            return
        self.set_state(
            Mark.TO_DO,
            self.tr(
                "<b>New content from {office} waits to be installed</b> (pack no. {number}, "
                "made on {day}): hotlines, material and warnings about recruiters."
            ).format(
                office=html.escape(notice.office_name),
                number=notice.number,
                day=format_date(notice.created_at.astimezone().date()),
            ),
        )


def add_office_items(home: HomePage) -> tuple[SendingItem, ContentItem]:
    """Put the office's items on Beranda, after this month's checks, going to Kirim & Ekspor."""
    sending = SendingItem()
    content = ContentItem()
    for item in (sending, content):
        item.button.clicked.connect(home.send_to_office)
    home.add_item(content, after=home.checks)
    home.add_item(sending, after=home.checks)
    return sending, content
