"""Writes envelope version 1 (one sealed box, the signature on the third line), as the app did
before version 2, so that the tests can hold the reader to still opening such files."""

from __future__ import annotations

import base64
import json
from datetime import datetime

import nacl.public
import nacl.signing

from desktop.domain.security import fingerprint

MAGIC_V1 = b"SIAGA-TPPO-AMPLOP 1\n"


def _line(value: dict) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def seal_v1(
    document: bytes,
    *,
    village_code: str,
    export_id: str,
    signing_key: nacl.signing.SigningKey,
    office_public_key: bytes | None,
    created_at: datetime,
) -> bytes:
    sender = base64.b64encode(bytes(signing_key.verify_key)).decode("ascii")
    header = {
        "format": "siaga-tppo-amplop",
        "version": 1,
        "village_code": village_code,
        "export_id": export_id,
        "created_at": created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "encrypted": office_public_key is not None,
        "sender_key": sender,
        "recipient": fingerprint(office_public_key) if office_public_key else "",
    }
    inner_line = _line({"export_id": export_id, "sender_key": sender, "village_code": village_code})
    inner = inner_line + b"\n" + document
    if office_public_key is not None:
        body = nacl.public.SealedBox(nacl.public.PublicKey(office_public_key)).encrypt(inner)
    else:
        body = inner
    head = MAGIC_V1 + _line(header) + b"\n"
    signature = signing_key.sign(head + body).signature
    return head + base64.b64encode(signature) + b"\n" + body
