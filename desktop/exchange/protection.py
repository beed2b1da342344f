"""Protected exports in use: seal an export at the village, and at the office verify, hold
back or open one before the import reads a byte of the document.

``seal_export`` wraps the bytes of an export document; ``unseal_for_import`` gives them
back after every check, registering a village's key on its first export and holding back an
export signed by a key other than the registered one. The audit trail records both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.security import AuditKind
from desktop.exchange import keys
from desktop.exchange.wire import envelope
from desktop.exchange.wire.envelope import EnvelopeProblem, EnvelopeRejected, Opened
from desktop.storage import audit, exchange_keys


class OfficeKeyMissing(Exception):
    """No office key has been imported yet: an export can only go out unencrypted, and only
    when the user chose that explicitly."""


def sealer(
    *, village_code: str, export_id: str, created_at: datetime, unencrypted: bool = False
) -> envelope.Sealer:
    """A sealer for an export written in pieces: signed, and sealed to the imported office
    key. Raises OfficeKeyMissing (before anything is read or written) when there is no office
    key and ``unencrypted`` (the explicit choice to send readable data) was not made."""
    office = exchange_keys.office_key()
    if office is None and not unencrypted:
        raise OfficeKeyMissing()
    return envelope.Sealer(
        village_code=village_code,
        export_id=export_id,
        signing_key=keys.signing_key(),
        office_public_key=None if unencrypted else office.public_key,
        created_at=created_at,
    )


def seal_export(
    document: bytes,
    *,
    village_code: str,
    export_id: str,
    created_at: datetime,
    unencrypted: bool = False,
) -> bytes:
    """The protected file for ``document``: signed, and sealed to the imported office key.
    ``unencrypted=True`` is the explicit choice to send readable data (still signed)."""
    sealing = sealer(
        village_code=village_code,
        export_id=export_id,
        created_at=created_at,
        unencrypted=unencrypted,
    )
    sealing.write(document)
    return b"".join(sealing.finish())


def record_export(
    *, export_id: str, destination: str, with_identities: bool, encrypted: bool, via: str
) -> None:
    """One audit event for an export that was written or queued (no personal data)."""
    audit.record_event(
        AuditKind.EXPORTED if encrypted else AuditKind.EXPORTED_UNENCRYPTED,
        {
            "export": export_id,
            "to": destination,
            "via": via,
            "identities": with_identities,
            "office": exchange_keys.office_key().office_name
            if encrypted and exchange_keys.office_key()
            else "",
        },
    )


@dataclass(frozen=True)
class Unsealed:
    document: bytes
    opened: Opened


def unseal_for_import(data: bytes, *, via: str, file_name: str) -> Unsealed:
    """Verify and open a protected export at the office. Raises EnvelopeRejected; when the
    sender key differs from the registered one the export is first kept (still encrypted)
    among the held exports, and KEY_CHANGED is raised."""
    try:
        opened = envelope.open_envelope(
            data,
            registered_key=exchange_keys.registered_key,
            office_private_key=exchange_keys.office_private_key(),
        )
    except EnvelopeRejected as exc:
        if exc.problem is EnvelopeProblem.KEY_CHANGED:
            header = envelope.verify(data, lambda _code: None)
            exchange_keys.hold_export(
                header.village_code, header.export_id, header.sender_key, via, file_name, data
            )
        raise
    return Unsealed(opened.document, opened)


def register_if_first(unsealed: Unsealed) -> bool:
    """After a successful import: register the sender key of a village's first export."""
    header = unsealed.opened.header
    if not unsealed.opened.first_key or exchange_keys.registered_key(header.village_code):
        return False
    exchange_keys.register_village_key(header.village_code, header.sender_key, header.export_id)
    return True


def check_for_receiver(data: bytes, registered: dict[str, bytes]) -> envelope.EnvelopeHeader:
    """The receiver's check: layout, signature, and the key registered for the village
    (a village not in ``registered`` is refused: the office registers keys, not the
    receiver). Decrypts nothing."""
    header = envelope.verify(data, registered.get)
    if header.village_code not in registered:
        raise EnvelopeRejected(EnvelopeProblem.KEY_CHANGED, "not registered")
    return header
