"""The office's receipt for an export: imported, or held back and why, authenticated with the
office's key for the village that sent it. The same small file goes back on the flash drive
the export came on (beside it) and through the receiver.

One JSON object of at most MAX_BYTES::

    {"format": "siaga-tppo-tanda-terima", "version": 1,
     "export_id": "…", "sha256": "…" or "", "village_code": "15.02.02.2004", "sequence": 7 or 0,
     "state": "diimpor" | "ditahan", "reason": "" or why it is held (a RejectReason value),
     "counts": {"baru": 1, "diperbarui": 0, "sama": 4, "konflik": 0}, "assessments": {…},
     "at": "2026-05-04T08:00:00Z", "office": "Kantor Imigrasi Kerinci",
     "office_key": base64 X25519, "village_key": base64 Ed25519, "mac": base64}

``sha256`` and ``sequence`` are the export document's; an export held back before it was
opened (a changed key) has "" and 0. ``village_key`` is the key the export was signed with.

The office's key is an X25519 key (exports are sealed to it), which cannot sign. ``mac`` is an
HMAC-SHA256 of ``MAC_PREFIX`` and every other member (canonical JSON), keyed with crypto_box's
key for the office's private key and the village's key (its Ed25519 key in Montgomery form):
only that office and that village can compute it. So the receiver that passes a receipt on, a
flash drive, another village or another office cannot make or change one; the village checks
it against the office key it confirmed and its own key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import nacl.exceptions
import nacl.public
import nacl.signing

FORMAT = "siaga-tppo-tanda-terima"
VERSION = 1
MAX_BYTES = 8 * 1024
SUFFIX = ".tanda-terima"  # beside the export: ``…-no7.siaga`` gets ``…-no7.tanda-terima``
MAC_PREFIX = b"siaga-tppo tanda terima 1\n"
IMPORTED = "diimpor"
HELD = "ditahan"
COUNT_NAMES = ("baru", "diperbarui", "sama", "konflik")

_EXPORT_ID = re.compile(r"[0-9a-fA-F-]{8,64}")  # as the receiver names files: nothing else
_SHA256 = re.compile(r"[0-9a-f]{64}")
_VILLAGE = re.compile(r"\d{2}\.\d{2}\.\d{2}\.\d{4}")
_REASON = re.compile(r"[a-z_]{0,40}")
_KEYS = {
    "format",
    "version",
    "export_id",
    "sha256",
    "village_code",
    "sequence",
    "state",
    "reason",
    "counts",
    "assessments",
    "at",
    "office",
    "office_key",
    "village_key",
    "mac",
}


class ReceiptInvalid(Exception):
    """Not a receipt, or not one to trust. ``problem``: 'format' (malformed), 'office' (made
    with another office's key), 'village' (for another village or another key of it), 'mac'
    (forged or changed)."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class Receipt:
    export_id: str
    sha256: str  # "" when the office held the export back unopened
    village_code: str
    sequence: int  # 0 when the office held the export back unopened
    state: str  # IMPORTED or HELD
    reason: str  # why it is held ("" when imported)
    at: datetime
    office: str
    office_key: bytes
    village_key: bytes
    counts: dict[str, int] = field(default_factory=dict)
    assessments: dict[str, int] = field(default_factory=dict)
    mac: bytes = b""

    def members(self) -> dict[str, Any]:
        """Every member but the MAC, as written."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "export_id": self.export_id,
            "sha256": self.sha256,
            "village_code": self.village_code,
            "sequence": self.sequence,
            "state": self.state,
            "reason": self.reason,
            "counts": dict(self.counts),
            "assessments": dict(self.assessments),
            "at": self.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "office": self.office,
            "office_key": base64.b64encode(self.office_key).decode("ascii"),
            "village_key": base64.b64encode(self.village_key).decode("ascii"),
        }

    def as_json(self) -> dict[str, Any]:
        return self.members() | {"mac": base64.b64encode(self.mac).decode("ascii")}


def _canonical(members: dict[str, Any]) -> bytes:
    return json.dumps(members, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _mac_key(private: nacl.public.PrivateKey, public: nacl.public.PublicKey) -> bytes:
    return nacl.public.Box(private, public).shared_key()


def _mac(key: bytes, receipt: Receipt) -> bytes:
    return hmac.new(key, MAC_PREFIX + _canonical(receipt.members()), hashlib.sha256).digest()


def sign(receipt: Receipt, office_private_key: bytes) -> Receipt:
    """``receipt`` with its MAC, made with the office's private key for ``receipt.village_key``
    (the village's Ed25519 key)."""
    village = nacl.signing.VerifyKey(receipt.village_key).to_curve25519_public_key()
    key = _mac_key(nacl.public.PrivateKey(office_private_key), village)
    return replace(receipt, mac=_mac(key, receipt))


def encode(receipt: Receipt) -> bytes:
    return _canonical(receipt.as_json()) + b"\n"


def _text(doc: dict[str, Any], name: str, pattern: re.Pattern[str] | None, limit: int) -> str:
    value = doc.get(name)
    if not isinstance(value, str) or len(value) > limit:
        raise ReceiptInvalid("format", name)
    if pattern is not None and not pattern.fullmatch(value):
        raise ReceiptInvalid("format", name)
    return value


def _count(value: Any, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 10**9:
        raise ReceiptInvalid("format", name)
    return value


def _counts(doc: dict[str, Any], name: str) -> dict[str, int]:
    value = doc.get(name)
    if not isinstance(value, dict) or set(value) != set(COUNT_NAMES):
        raise ReceiptInvalid("format", name)
    return {k: _count(value[k], name) for k in COUNT_NAMES}


def _key(doc: dict[str, Any], name: str) -> bytes:
    text = _text(doc, name, None, 64)
    try:
        key = base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise ReceiptInvalid("format", name) from exc
    if len(key) != 32:
        raise ReceiptInvalid("format", name)
    return key


def parse(value: bytes | dict[str, Any]) -> Receipt:
    """A receipt's members, checked for shape only (bounded: size, types, lengths, patterns).
    Raises ReceiptInvalid('format'). Whether to trust it is ``verify``'s question."""
    if isinstance(value, bytes):
        if len(value) > MAX_BYTES:
            raise ReceiptInvalid("format", "size")
        try:
            doc = json.loads(value.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise ReceiptInvalid("format", "json") from exc
    else:
        doc = value
    if not isinstance(doc, dict) or set(doc) != _KEYS:
        raise ReceiptInvalid("format", "members")
    if doc["format"] != FORMAT or doc["version"] != VERSION:
        raise ReceiptInvalid("format", "format")
    state = _text(doc, "state", None, 10)
    if state not in (IMPORTED, HELD):
        raise ReceiptInvalid("format", "state")
    sha = _text(doc, "sha256", None, 64)
    if sha and not _SHA256.fullmatch(sha):
        raise ReceiptInvalid("format", "sha256")
    at_text = _text(doc, "at", re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"), 20)
    try:
        at = datetime.strptime(at_text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError as exc:
        raise ReceiptInvalid("format", "at") from exc
    mac_text = _text(doc, "mac", None, 64)
    try:
        mac = base64.b64decode(mac_text, validate=True)
    except ValueError as exc:
        raise ReceiptInvalid("format", "mac") from exc
    return Receipt(
        export_id=_text(doc, "export_id", _EXPORT_ID, 64),
        sha256=sha,
        village_code=_text(doc, "village_code", _VILLAGE, 13),
        sequence=_count(doc["sequence"], "sequence"),
        state=state,
        reason=_text(doc, "reason", _REASON, 40),
        at=at,
        office=_text(doc, "office", None, 120),
        office_key=_key(doc, "office_key"),
        village_key=_key(doc, "village_key"),
        counts=_counts(doc, "counts"),
        assessments=_counts(doc, "assessments"),
        mac=mac,
    )


def verify(
    receipt: Receipt, *, village_code: str, village_seed: bytes, office_public_key: bytes
) -> Receipt:
    """``receipt`` when it is for this village and this key, made by the office whose key the
    village confirmed, and unchanged; else ReceiptInvalid ('village', 'office' or 'mac')."""
    signing = nacl.signing.SigningKey(village_seed)
    if receipt.village_code != village_code:
        raise ReceiptInvalid("village", receipt.village_code)
    if not hmac.compare_digest(receipt.office_key, office_public_key):
        raise ReceiptInvalid("office")
    if not hmac.compare_digest(receipt.village_key, bytes(signing.verify_key)):
        raise ReceiptInvalid("village", "key")
    try:
        key = _mac_key(
            signing.to_curve25519_private_key(), nacl.public.PublicKey(office_public_key)
        )
    except (nacl.exceptions.CryptoError, ValueError) as exc:
        raise ReceiptInvalid("office", "key") from exc
    if not hmac.compare_digest(_mac(key, receipt), receipt.mac):
        raise ReceiptInvalid("mac")
    return receipt


def file_name(export_file_name: str) -> str:
    """The receipt's name beside an export file: ``…-no7.siaga`` -> ``…-no7.tanda-terima``."""
    stem = export_file_name.rsplit(".", 1)[0] if "." in export_file_name else export_file_name
    return stem + SUFFIX
