"""Protected exports in use: seal an export at the village, and at the office verify, open or
hold back one before the import reads a byte of the document.

``seal_export`` wraps the bytes of an export document; ``unseal_for_import`` gives them back
after every check, with the village whose registered key signed it. An export signed by a key
no officer confirmed (a village's first, or one other than its registered key) is held
(``hold``) until an officer compares the fingerprint with the village and accepts it
(``accept_key``), or refuses it (``exchange_keys.refuse_held``). The audit trail records each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop.domain.area import Area
from desktop.domain.exchange import RejectReason
from desktop.domain.security import AuditKind
from desktop.exchange import keys
from desktop.exchange.wire import envelope
from desktop.exchange.wire.envelope import EnvelopeHeader, EnvelopeProblem, EnvelopeRejected
from desktop.storage import audit, exchange_keys, office_imports
from desktop.storage.db import transaction
from desktop.storage.exchange_keys import HeldFile, HeldVillage
from desktop.storage.office_imports import Owner


class OfficeKeyMissing(Exception):
    """No office key has been imported yet: an export can only go out unencrypted, and only
    when the user chose that explicitly."""


def require_sealing(unencrypted: bool = False) -> exchange_keys.OfficeKey | None:
    """The office key exports are sealed to (None with ``unencrypted``, the explicit choice to
    send readable data, when there is none). Raises OfficeKeyMissing when there is none and
    that choice was not made: checked before an export begins."""
    office = exchange_keys.office_key()
    if office is None and not unencrypted:
        raise OfficeKeyMissing()
    return office


def sealer(
    *,
    village_code: str,
    export_id: str,
    created_at: datetime,
    unencrypted: bool = False,
    sink: Callable[[bytes], None] | None = None,
) -> envelope.Sealer:
    """A sealer for an export written in pieces (given to ``sink`` as they are made): signed,
    and sealed to the imported office key. Raises OfficeKeyMissing (before anything is read or
    written) when there is no office key and ``unencrypted`` (the explicit choice to send
    readable data) was not made."""
    office = require_sealing(unencrypted)
    return envelope.Sealer(
        village_code=village_code,
        export_id=export_id,
        signing_key=keys.signing_key(),
        office_public_key=None if unencrypted or office is None else office.public_key,
        created_at=created_at,
        sink=sink,
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
    *,
    export_id: str,
    destination: str,
    with_identities: bool,
    encrypted: bool,
    via: str,
    recovered: bool = False,
) -> None:
    """One audit event for an export that was written or queued (no personal data);
    ``recovered``: found written after the process stopped before recording it."""
    detail = {
        "export": export_id,
        "to": destination,
        "via": via,
        "identities": with_identities,
        "office": office.office_name
        if encrypted and (office := exchange_keys.office_key())
        else "",
    }
    if recovered:
        detail["recovered"] = True
    audit.record_event(AuditKind.EXPORTED if encrypted else AuditKind.EXPORTED_UNENCRYPTED, detail)


@dataclass(frozen=True)
class Unsealed:
    document: bytes | bytearray  # a version 2 envelope's is decrypted into one buffer
    header: EnvelopeHeader
    owner: Owner | None  # the village whose registered key signed it; None: not confirmed yet


def unseal_for_import(data: bytes) -> Unsealed:
    """Verify and open a protected export at the office: the signature, then decryption and
    the inner check. Whose village the signing key is (if anyone's) comes with it; the import
    holds an export no officer confirmed the key of (``hold``). Raises EnvelopeRejected."""
    owner: Owner | None = None

    def check_sender(header: EnvelopeHeader) -> None:
        nonlocal owner
        owner = office_imports.owner_by_key(header.sender_key)

    opened = envelope.open_envelope(
        data, check_sender=check_sender, office_private_key=exchange_keys.office_private_key()
    )
    return Unsealed(opened.document, opened.header, owner)


def hold(data: bytes, header: EnvelopeHeader, *, via: str, file_name: str) -> RejectReason:
    """Keep an export whose key no officer confirmed, still encrypted, until one does; the
    reason says which: the village's first contact, or a key other than its registered one."""
    registered = office_imports.owner_by_code(header.village_code)
    first_contact = registered is None or registered.public_key is None
    exchange_keys.hold_export(
        header.village_code,
        header.export_id,
        header.sender_key,
        via,
        file_name,
        data,
        first_contact=first_contact,
    )
    return RejectReason.FIRST_CONTACT if first_contact else RejectReason.KEY_CHANGED


def held_villages() -> list[HeldVillage]:
    """The villages waiting for an officer to confirm their key, oldest first."""

    def registered(code: str) -> bytes | None:
        found = office_imports.owner_by_code(code)
        return found.public_key if found is not None else None

    return exchange_keys.held_villages(registered)


def accept_key(village_code: str, public_key: bytes, chain: Sequence[Area]) -> list[HeldFile]:
    """An officer compared the fingerprint with the village (by telephone, or its registration
    sheet) and confirmed it: the key becomes the village's registered key, and the exports held
    under it are returned, to be imported now. ``chain``: the code's official area chain."""
    with transaction():
        held = exchange_keys.take_held(village_code, public_key)
        office_imports.register_key(
            village_code, public_key, chain, held[0].export_id if held else ""
        )
    return held


def check_for_receiver(data: bytes, registered: dict[str, bytes]) -> envelope.EnvelopeHeader:
    """The receiver's check: layout, signature, and the key registered for the village
    (a village not in ``registered`` is refused: the office registers keys, not the
    receiver). Decrypts nothing."""
    header = envelope.verify(data, registered.get)
    if header.village_code not in registered:
        raise EnvelopeRejected(EnvelopeProblem.KEY_CHANGED, "not registered")
    return header
