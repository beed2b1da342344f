"""Making and moving the keys of protected exports, offline.

* A village signs with its own Ed25519 key, made at its first need and kept in its encrypted
  database. Its fingerprint is shown in Pengaturan.
* An office makes its X25519 key pair at set-up; the private key stays in its encrypted
  database (so the office passphrase protects it). The public key goes to the villages as a
  small file on a stick (``office_key_file_bytes``), with the fingerprint of the receiver's
  certificate when the office has one; they import it in Pengaturan after comparing the
  fingerprint read to them over the telephone.
* The office registers a village's key from its first export, and holds back exports signed
  by another key until someone accepts it (``desktop/exchange/protection.py``).
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import nacl.public
import nacl.signing

from desktop.domain.security import fingerprint
from desktop.exchange.wire.pins import normalize_pin
from desktop.storage import exchange_keys, exchange_settings
from desktop.storage.db import transaction

KEY_FILE_FORMAT = "siaga-tppo-kunci-kantor"
KEY_FILE_SUFFIX = ".siagakunci"
MAX_KEY_FILE = 16 * 1024
RECEIVER_PINS = "receiver_certificates"  # SHA-256 of the receiver's certificate, hex


def signing_key() -> nacl.signing.SigningKey:
    """This village's signing key, made (and recorded in the audit trail) on first use."""
    seed = exchange_keys.signing_seed()
    if seed is not None:
        return nacl.signing.SigningKey(seed)
    key = nacl.signing.SigningKey.generate()
    exchange_keys.save_signing_seed(bytes(key), bytes(key.verify_key))
    return key


def village_fingerprint() -> str:
    return fingerprint(bytes(signing_key().verify_key))


def office_public_key() -> bytes | None:
    """This office's public key (None before it has one)."""
    private = exchange_keys.office_private_key()
    if private is None:
        return None
    return bytes(nacl.public.PrivateKey(private).public_key)


def ensure_office_key() -> bytes:
    """Make the office key pair unless it exists; returns the public key."""
    existing = office_public_key()
    if existing is not None:
        return existing
    private = nacl.public.PrivateKey.generate()
    exchange_keys.save_office_private_key(bytes(private), bytes(private.public_key))
    return bytes(private.public_key)


def office_key_file_bytes(
    office_name: str, public_key: bytes, receiver_pins: tuple[str, ...] = ()
) -> bytes:
    """The office key file. ``receiver_pins``: fingerprints of the receiver's certificate,
    which villages then require of it (``desktop/exchange/pinning.py``). The field is optional
    and ignored by older readers, so the file stays version 1."""
    document = {
        "format": KEY_FILE_FORMAT,
        "version": 1,
        "office_name": office_name,
        "public_key": base64.b64encode(public_key).decode("ascii"),
        "fingerprint": fingerprint(public_key),
    }
    if receiver_pins:
        document[RECEIVER_PINS] = list(receiver_pins)
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def office_key_file_name(office_name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", office_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40] or "kantor"
    return f"kunci-{slug}{KEY_FILE_SUFFIX}"


class KeyFileInvalid(Exception):
    """Not an office key file, or a damaged one."""


@dataclass(frozen=True)
class OfficeKeyFile:
    office_name: str
    public_key: bytes
    receiver_pins: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def read_office_key_file(path: Path) -> OfficeKeyFile:
    """Read and check an office key file. Raises KeyFileInvalid or OSError."""
    if path.stat().st_size > MAX_KEY_FILE:
        raise KeyFileInvalid("too large")
    try:
        doc = json.loads(path.read_bytes().decode("utf-8-sig"))
        if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
            raise ValueError("format")
        if doc.get("version") != 1:
            raise ValueError("version")
        name = " ".join(str(doc["office_name"]).split())[:120]
        key = base64.b64decode(str(doc["public_key"]), validate=True)
        if len(key) != 32 or not name:
            raise ValueError("key length or name")
        nacl.public.PublicKey(key)
        stated = doc.get("fingerprint")
        if stated is not None and stated != fingerprint(key):
            raise ValueError("fingerprint does not match the key")
        pins = _pins(doc.get(RECEIVER_PINS, []))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise KeyFileInvalid(str(exc)) from exc
    return OfficeKeyFile(name, key, pins)


def _pins(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > 8:
        raise ValueError("receiver certificates")
    pins = tuple(normalize_pin(str(v)) or "" for v in value)
    if not all(pins):
        raise ValueError("receiver certificate fingerprint")
    return pins


def import_office_key(key_file: OfficeKeyFile) -> exchange_keys.OfficeKey:
    """Keep the office key the user confirmed (recorded in the audit trail), and the receiver
    certificate fingerprints it carries (none: the receiver is checked the usual way)."""
    with transaction():
        saved = exchange_keys.save_office_key(key_file.office_name, key_file.public_key)
        exchange_settings.save_pins(key_file.receiver_pins)
    return saved
