"""The protected export file: signed by the village, readable only by its office.

Layout (README, "Protected export files"), all of it bytes::

    SIAGA-TPPO-AMPLOP 1\\n
    {header JSON, one line}\\n
    {Ed25519 signature, base64, one line}\\n
    {body: sealed box to the office's X25519 key, or the plain inner text}

The header holds only what the office needs before opening anything: format, version,
kode wilayah, export id, created time, whether the body is encrypted, the sender's Ed25519
public key and the fingerprint of the office key it was sealed to. The signature covers the
first line, the header line and the body, so one changed byte anywhere fails it. The body is
a libsodium sealed box (``crypto_box_seal``: X25519, XSalsa20-Poly1305, ephemeral key) of the
inner text: one JSON line repeating the sender key, export id and kode wilayah, then the
export document. The repetition binds the sealed content to the signer: a stolen ciphertext
re-signed with another key fails the inner check.

Reading order, never otherwise: size and layout of the first three lines, the signature, the
sender key against the one registered for that village, then decryption, then the inner
check. Only then do the import's own checks parse the document.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

import nacl.exceptions
import nacl.public
import nacl.signing

from desktop.domain.security import fingerprint

MAGIC = b"SIAGA-TPPO-AMPLOP 1\n"
FORMAT = "siaga-tppo-amplop"
VERSION = 1
SUFFIX = ".siaga"
MAX_HEADER = 4096


class EnvelopeProblem(Enum):
    NOT_AN_ENVELOPE = "bukan_amplop"  # not this format (or an unknown version)
    BAD_SIGNATURE = "tanda_tangan_salah"  # changed after signing, damaged, or forged
    KEY_CHANGED = "kunci_desa_berubah"  # signed by a key other than the registered one
    NOT_FOR_THIS_OFFICE = "bukan_untuk_kantor_ini"  # sealed to another office's key
    NO_OFFICE_KEY = "kunci_kantor_belum_ada"  # this installation has no private key
    INCONSISTENT = "isi_tidak_cocok"  # inner text does not match the signed header


class EnvelopeRejected(Exception):
    def __init__(self, problem: EnvelopeProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class EnvelopeHeader:
    village_code: str
    export_id: str
    created_at: str
    encrypted: bool
    sender_key: bytes
    recipient: str  # fingerprint of the office key, "" when not encrypted

    @property
    def sender_fingerprint(self) -> str:
        return fingerprint(self.sender_key)

    def as_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "village_code": self.village_code,
            "export_id": self.export_id,
            "created_at": self.created_at,
            "encrypted": self.encrypted,
            "sender_key": base64.b64encode(self.sender_key).decode("ascii"),
            "recipient": self.recipient,
        }


def _line(value: dict) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _inner_line(header: EnvelopeHeader) -> bytes:
    return _line(
        {
            "export_id": header.export_id,
            "sender_key": base64.b64encode(header.sender_key).decode("ascii"),
            "village_code": header.village_code,
        }
    )


def is_envelope(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(
    document: bytes,
    *,
    village_code: str,
    export_id: str,
    signing_key: nacl.signing.SigningKey,
    office_public_key: bytes | None,
    created_at: datetime | None = None,
) -> bytes:
    """Wrap export ``document`` bytes: encrypted to ``office_public_key`` and signed. With
    ``office_public_key=None`` the body stays readable (the explicit, recorded choice to send
    without encryption) but is still signed."""
    moment = (created_at or datetime.now(UTC)).astimezone(UTC)
    header = EnvelopeHeader(
        village_code=village_code,
        export_id=export_id,
        created_at=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        encrypted=office_public_key is not None,
        sender_key=bytes(signing_key.verify_key),
        recipient=fingerprint(office_public_key) if office_public_key is not None else "",
    )
    inner = _inner_line(header) + b"\n" + document
    if office_public_key is not None:
        body = nacl.public.SealedBox(nacl.public.PublicKey(office_public_key)).encrypt(inner)
    else:
        body = inner
    head = MAGIC + _line(header.as_json()) + b"\n"
    signature = signing_key.sign(head + body).signature
    return head + base64.b64encode(signature) + b"\n" + body


@dataclass(frozen=True)
class _Parts:
    header: EnvelopeHeader
    signed: bytes  # what the signature covers
    signature: bytes
    body: bytes


def _parse(data: bytes) -> _Parts:
    if not data.startswith(MAGIC):
        raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE)
    end_header = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    end_signature = data.find(b"\n", end_header + 1, end_header + 1 + 100) if end_header > 0 else -1
    if end_header < 0 or end_signature < 0:
        raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE, "layout")
    try:
        raw = json.loads(data[len(MAGIC) : end_header].decode("utf-8"))
        signature = base64.b64decode(data[end_header + 1 : end_signature], validate=True)
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("format")
        if raw.get("version") != VERSION:
            raise ValueError(f"version {raw.get('version')!r}")
        header = EnvelopeHeader(
            village_code=str(raw["village_code"]),
            export_id=str(raw["export_id"]),
            created_at=str(raw["created_at"]),
            encrypted=raw["encrypted"] is True,
            sender_key=base64.b64decode(str(raw["sender_key"]), validate=True),
            recipient=str(raw["recipient"]),
        )
        if len(header.sender_key) != 32 or len(signature) != 64:
            raise ValueError("key or signature length")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE, str(exc)) from exc
    signed = data[: end_header + 1] + data[end_signature + 1 :]
    return _Parts(header, signed, signature, data[end_signature + 1 :])


def verify(data: bytes, registered_key: Callable[[str], bytes | None]) -> EnvelopeHeader:
    """Check the layout, the signature, and the sender key against ``registered_key(kode
    wilayah)`` (None: no key registered yet, so this one would be the first). Decrypts
    nothing: this is all the receiver does. Raises EnvelopeRejected."""
    parts = _parse(data)
    try:
        nacl.signing.VerifyKey(parts.header.sender_key).verify(parts.signed, parts.signature)
    except nacl.exceptions.BadSignatureError as exc:
        raise EnvelopeRejected(EnvelopeProblem.BAD_SIGNATURE) from exc
    known = registered_key(parts.header.village_code)
    if known is not None and known != parts.header.sender_key:
        raise EnvelopeRejected(EnvelopeProblem.KEY_CHANGED, parts.header.sender_fingerprint)
    return parts.header


@dataclass(frozen=True)
class Opened:
    header: EnvelopeHeader
    document: bytes
    first_key: bool  # no key was registered for this village: register header.sender_key


def open_envelope(
    data: bytes,
    *,
    registered_key: Callable[[str], bytes | None],
    office_private_key: bytes | None,
) -> Opened:
    """Verify (see ``verify``), then decrypt with the office's private key and check that the
    inner text matches the signed header. Returns the export document's bytes."""
    header = verify(data, registered_key)
    first = registered_key(header.village_code) is None
    body = _parse(data).body
    if header.encrypted:
        if office_private_key is None:
            raise EnvelopeRejected(EnvelopeProblem.NO_OFFICE_KEY)
        private = nacl.public.PrivateKey(office_private_key)
        if header.recipient != fingerprint(bytes(private.public_key)):
            raise EnvelopeRejected(EnvelopeProblem.NOT_FOR_THIS_OFFICE, header.recipient)
        try:
            inner = nacl.public.SealedBox(private).decrypt(body)
        except nacl.exceptions.CryptoError as exc:
            raise EnvelopeRejected(EnvelopeProblem.NOT_FOR_THIS_OFFICE) from exc
    else:
        inner = body
    line_end = inner.find(b"\n")
    if line_end < 0 or inner[:line_end] != _inner_line(header):
        raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT)
    return Opened(header, inner[line_end + 1 :], first)
