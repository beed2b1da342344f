"""Where the village's log stands with its office, for Beranda and Kirim & Ekspor: the changes
the office has not acknowledged, the newest acknowledgment, an export the office holds back,
what waits in the outbox and whether the office could be reached. Reads only."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.exchange import Acknowledgment, OutboxStatus
from desktop.exchange.changes import changes_since
from desktop.storage import exchange_keys, exchange_settings, outbox_store
from desktop.storage.outbox_store import Contact, ExportEntry


@dataclass(frozen=True)
class SendingStatus:
    configured: bool  # the office's address and token are set: exports go up by themselves
    office_key: bool  # the office's key is installed: exports can be locked for it
    unsent: int  # changes (records, checks) the office has not acknowledged
    acknowledged: ExportEntry | None  # the newest export received or imported
    latest: ExportEntry | None  # the newest export any receipt came back for
    waiting: int  # exports waiting to be sent
    failed: int  # exports that stopped: the settings need fixing
    contact: Contact | None  # the last probe of the office

    @property
    def held(self) -> ExportEntry | None:
        """The newest export answered, when the office holds it back."""
        latest = self.latest
        if latest is None or latest.acknowledgment is not Acknowledgment.HELD:
            return None
        if self.acknowledged is not None and self.acknowledged.sequence > latest.sequence:
            return None
        return latest

    @property
    def unreachable(self) -> bool:
        """Something waits and the office did not answer the last probe."""
        return bool(self.waiting) and self.contact is not None and not self.contact.reached


def sending_status() -> SendingStatus:
    acknowledged = outbox_store.newest_acknowledged()
    pending = outbox_store.waiting_exports()
    failed = sum(1 for e in pending if e.outbox is OutboxStatus.FAILED)
    return SendingStatus(
        configured=exchange_settings.load_endpoint() is not None,
        office_key=exchange_keys.office_key() is not None,
        unsent=changes_since(acknowledged.marks if acknowledged else None),
        acknowledged=acknowledged,
        latest=outbox_store.newest_receipted(),
        waiting=len(pending) - failed,
        failed=failed,
        contact=outbox_store.last_contact(),
    )
