"""The protected export file: signed by the village, readable only by its office.

Version 2 (written since 0.1.0; docs/dev/protocol.md, "The protected file"), all of it bytes::

    SIAGA-TPPO-AMPLOP 2\n
    {header JSON, one line}\n
    {body: frames, each a 4-byte big-endian length and that many bytes}
    \n{Ed25519 signature, base64}\n

The header holds only what the office needs before opening anything: format, version,
kode wilayah, export id, created time, whether the body is encrypted, the sender's Ed25519
public key and the fingerprint of the office key it was sealed to. The signature is over
``SIGNED_PREFIX``, the first two lines and the BLAKE2b-512 hash of the body, so one changed byte
anywhere fails it. An encrypted body is: a libsodium sealed box (``crypto_box_seal``: X25519,
XSalsa20-Poly1305, ephemeral key) holding a fresh 32-byte file key, the secretstream header,
then the messages, encrypted with that key by ``crypto_secretstream_xchacha20poly1305`` (each
authenticated, in order; the last one tagged FINAL, so a cut-off or reordered body does not
open). An unencrypted body has the same messages as plain frames. The messages are the export
document from ``prefix_length`` bytes on, in pieces of at most CHUNK bytes, then the final
message: one JSON line repeating the sender key, export id and kode wilayah, a newline, and the
document's first bytes (the prefix, which the writer learns last: the document starts with
its own SHA-256). The repetition binds the sealed content to the signer: a stolen ciphertext
re-signed with another key fails the inner check.

Written in pieces (``Sealer``), a 250 MB export is never held twice in memory, and its hashing
and encryption can run beside the code that builds it. Version 1 (one sealed box for the whole
body, the signature on the third line) is still read.

Reading order, never otherwise: size and layout of the first lines, the signature, the
sender key against the office's rules (the one registered for that village, at the receiver;
whose village that key is, at the office), then decryption, then the inner check. Only then do
the import's own checks parse the document.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

import nacl.bindings
import nacl.exceptions
import nacl.public
import nacl.signing
import nacl.utils

from desktop.domain.security import fingerprint

MAGIC = b"SIAGA-TPPO-AMPLOP 2\n"  # what is written
MAGIC_V1 = b"SIAGA-TPPO-AMPLOP 1\n"  # still read
FORMAT = "siaga-tppo-amplop"
VERSION = 2
SUFFIX = ".siaga"
MAX_HEADER = 4096
CHUNK = 4 * 1024 * 1024  # plaintext bytes per message (libsodium is quickest with large ones)
MAX_FRAME = CHUNK + 64 * 1024  # a longer frame is refused before it is read
SIGNED_PREFIX = b"siaga-tppo-amplop 2 tanda tangan\n"
SIGNATURE_LINE = 2 + 88  # b"\n" + base64 of 64 bytes + b"\n"
_KEY_BOX = 32 + 48  # crypto_box_seal of the 32-byte file key
_STREAM_HEADER = nacl.bindings.crypto_secretstream_xchacha20poly1305_HEADERBYTES
_TAG_MESSAGE = nacl.bindings.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = nacl.bindings.crypto_secretstream_xchacha20poly1305_TAG_FINAL


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

    def as_json(self, version: int = VERSION) -> dict:
        return {
            "format": FORMAT,
            "version": version,
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
    return data.startswith((MAGIC, MAGIC_V1))


def signature_input(head: bytes, body: bytes | memoryview) -> bytes:
    """What a version 2 signature signs: ``head`` is the first two lines, ``body`` the frames."""
    return _signed(head, hashlib.blake2b(body, digest_size=64).digest())


def _signed(head: bytes, body_hash: bytes) -> bytes:
    return SIGNED_PREFIX + head + body_hash


class Sealer:
    """Seals an export document written in pieces (envelope version 2).

    ``write`` takes the document from ``prefix_length`` bytes on; ``finish(prefix)`` takes
    its first bytes. The file comes out in byte strings, in order: each is given to ``sink``
    as soon as it is made (an export goes to its files while it is built), or without a sink
    collected and returned by ``finish``. Hashing and encryption happen in ``write`` and run
    without Python's global lock, so a producer in another thread keeps building meanwhile
    (see ``desktop.pipeline``).
    """

    def __init__(
        self,
        *,
        village_code: str,
        export_id: str,
        signing_key: nacl.signing.SigningKey,
        office_public_key: bytes | None,
        created_at: datetime | None = None,
        sink: Callable[[bytes], None] | None = None,
    ) -> None:
        moment = (created_at or datetime.now(UTC)).astimezone(UTC)
        self.header = EnvelopeHeader(
            village_code=village_code,
            export_id=export_id,
            created_at=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
            encrypted=office_public_key is not None,
            sender_key=bytes(signing_key.verify_key),
            recipient=fingerprint(office_public_key) if office_public_key is not None else "",
        )
        self._signing_key = signing_key
        self._head = MAGIC + _line(self.header.as_json()) + b"\n"
        self._parts: list[bytes] = []
        self._emit = sink or self._parts.append
        self._emit(self._head)
        self._hash = hashlib.blake2b(digest_size=64)
        self._pending = bytearray()
        self._state = None
        if office_public_key is not None:
            file_key = nacl.utils.random(32)
            self._frame(nacl.bindings.crypto_box_seal(file_key, office_public_key))
            self._state = nacl.bindings.crypto_secretstream_xchacha20poly1305_state()
            self._frame(
                nacl.bindings.crypto_secretstream_xchacha20poly1305_init_push(self._state, file_key)
            )

    def _frame(self, payload: bytes) -> None:
        length = len(payload).to_bytes(4, "big")
        self._hash.update(length)
        self._hash.update(payload)
        self._emit(length)
        self._emit(payload)

    def _message(self, text: bytes, *, final: bool = False) -> None:
        if self._state is not None:
            text = nacl.bindings.crypto_secretstream_xchacha20poly1305_push(
                self._state, text, None, _TAG_FINAL if final else _TAG_MESSAGE
            )
        self._frame(text)

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        if self._pending:
            take = CHUNK - len(self._pending)
            self._pending += view[:take]
            view = view[take:]
            if len(self._pending) < CHUNK:
                return
            self._message(bytes(self._pending))
            self._pending.clear()
        while len(view) >= CHUNK:
            self._message(bytes(view[:CHUNK]))
            view = view[CHUNK:]
        self._pending += view

    def finish(self, prefix: bytes = b"") -> list[bytes]:
        if self._pending:
            self._message(bytes(self._pending))
            self._pending.clear()
        self._message(_inner_line(self.header) + b"\n" + prefix, final=True)
        signed = _signed(self._head, self._hash.digest())
        signature = self._signing_key.sign(signed).signature
        self._emit(b"\n" + base64.b64encode(signature) + b"\n")
        parts, self._parts = self._parts, []
        return parts


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
    sealer = Sealer(
        village_code=village_code,
        export_id=export_id,
        signing_key=signing_key,
        office_public_key=office_public_key,
        created_at=created_at,
    )
    sealer.write(document)
    return b"".join(sealer.finish())


@dataclass(frozen=True)
class _Parts:
    version: int
    header: EnvelopeHeader
    signed: bytes  # what the signature covers
    signature: bytes
    body: bytes | memoryview  # version 2: a view of the file's bytes, never a copy


def _header(raw_line: bytes, version: int) -> EnvelopeHeader:
    raw = json.loads(raw_line.decode("utf-8"))
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ValueError("format")
    if raw.get("version") != version:
        raise ValueError(f"version {raw.get('version')!r}")
    header = EnvelopeHeader(
        village_code=str(raw["village_code"]),
        export_id=str(raw["export_id"]),
        created_at=str(raw["created_at"]),
        encrypted=raw["encrypted"] is True,
        sender_key=base64.b64decode(str(raw["sender_key"]), validate=True),
        recipient=str(raw["recipient"]),
    )
    if len(header.sender_key) != 32:
        raise ValueError("key length")
    return header


def peek_header(start: bytes) -> EnvelopeHeader | None:
    """The header of a protected file from its first bytes (at least the first two lines), not
    checked against the signature: what a file written here claims to be. None when the bytes
    do not begin a protected file."""
    version = 2 if start.startswith(MAGIC) else 1 if start.startswith(MAGIC_V1) else 0
    end = start.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if not version or end < 0:
        return None
    try:
        return _header(start[len(MAGIC) : end], version)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def _parse(data: bytes) -> _Parts:
    version = 2 if data.startswith(MAGIC) else 1 if data.startswith(MAGIC_V1) else 0
    if not version:
        raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE)
    start = len(MAGIC)
    end_header = data.find(b"\n", start, start + MAX_HEADER)
    try:
        if end_header < 0:
            raise ValueError("layout")
        header = _header(data[start:end_header], version)
        if version == 1:
            end_signature = data.find(b"\n", end_header + 1, end_header + 1 + 100)
            if end_signature < 0:
                raise ValueError("layout")
            signature = base64.b64decode(data[end_header + 1 : end_signature], validate=True)
            body = data[end_signature + 1 :]
            signed = data[: end_header + 1] + body
        else:
            return _parse_v2_end(data, end_header, header)
        if len(signature) != 64:
            raise ValueError("signature length")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE, str(exc)) from exc
    return _Parts(version, header, signed, signature, body)


def _parse_v2_end(data: bytes, end_header: int, header: EnvelopeHeader) -> _Parts:
    """The body and the signature line at the end. The header was readable, so a missing or
    broken signature line means a cut-off or changed file: reported as a bad signature."""
    trailer = data[-SIGNATURE_LINE:]
    try:
        if (
            len(data) < end_header + 1 + SIGNATURE_LINE
            or trailer[:1] != b"\n"
            or trailer[-1:] != b"\n"
        ):
            raise ValueError("no signature line at the end")
        signature = base64.b64decode(trailer[1:-1], validate=True)
        if len(signature) != 64:
            raise ValueError("signature length")
    except ValueError as exc:
        raise EnvelopeRejected(EnvelopeProblem.BAD_SIGNATURE, str(exc)) from exc
    body = memoryview(data)[end_header + 1 : -SIGNATURE_LINE]
    return _Parts(2, header, signature_input(data[: end_header + 1], body), signature, body)


def _signed_parts(data: bytes) -> _Parts:
    parts = _parse(data)
    try:
        nacl.signing.VerifyKey(parts.header.sender_key).verify(parts.signed, parts.signature)
    except nacl.exceptions.BadSignatureError as exc:
        raise EnvelopeRejected(EnvelopeProblem.BAD_SIGNATURE) from exc
    return parts


def verify(data: bytes, registered_key: Callable[[str], bytes | None]) -> EnvelopeHeader:
    """Check the layout, the signature, and the sender key against ``registered_key(kode
    wilayah)`` (None: no key registered yet, so this one would be the first). Decrypts
    nothing: this is all the receiver does. Raises EnvelopeRejected."""
    header = _signed_parts(data).header
    known = registered_key(header.village_code)
    if known is not None and known != header.sender_key:
        raise EnvelopeRejected(EnvelopeProblem.KEY_CHANGED, header.sender_fingerprint)
    return header


@dataclass(frozen=True)
class Opened:
    header: EnvelopeHeader
    document: bytes | bytearray


def _frames(body: bytes | memoryview) -> list[memoryview]:
    """The frames of a version 2 body (signed, so only a faulty writer makes them wrong)."""
    view = memoryview(body)
    frames = []
    at = 0
    while at < len(view):
        if at + 4 > len(view):
            raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT, "frame")
        length = int.from_bytes(view[at : at + 4], "big")
        if length > MAX_FRAME or at + 4 + length > len(view):
            raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT, "frame")
        frames.append(view[at + 4 : at + 4 + length])
        at += 4 + length
    return frames


def _private_key(
    header: EnvelopeHeader, office_private_key: bytes | None
) -> nacl.public.PrivateKey:
    if office_private_key is None:
        raise EnvelopeRejected(EnvelopeProblem.NO_OFFICE_KEY)
    private = nacl.public.PrivateKey(office_private_key)
    if header.recipient != fingerprint(bytes(private.public_key)):
        raise EnvelopeRejected(EnvelopeProblem.NOT_FOR_THIS_OFFICE, header.recipient)
    return private


_ABYTES = nacl.bindings.crypto_secretstream_xchacha20poly1305_ABYTES


def _document_v2(parts: _Parts, office_private_key: bytes | None) -> bytearray:
    """The export document of a version 2 body, decrypted message by message into one buffer
    of its final size (a 250 MB export is held once, not as messages and then joined). Its
    first bytes come in the final message, after the inner line that repeats the header."""
    frames = _frames(parts.body)
    encrypted = parts.header.encrypted
    if encrypted:
        private = _private_key(parts.header, office_private_key)
        if len(frames) < 3 or len(frames[0]) != _KEY_BOX or len(frames[1]) != _STREAM_HEADER:
            raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT, "frames")
        pull = _puller(private, bytes(frames[0]), bytes(frames[1]))
        frames = frames[2:]
    elif not frames:
        raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT, "empty")
    overhead = _ABYTES if encrypted else 0
    inner = _inner_line(parts.header) + b"\n"
    prefix = len(frames[-1]) - overhead - len(inner)
    if prefix < 0:
        raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT)
    document = bytearray(prefix + sum(len(f) - overhead for f in frames[:-1]))
    at = prefix
    last = len(frames) - 1
    for n, frame in enumerate(frames):
        text = pull(frame, n == last) if encrypted else frame
        if n == last:
            if text[: len(inner)] != inner:
                raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT)
            document[:prefix] = text[len(inner) :]
        else:
            document[at : at + len(text)] = text
            at += len(text)
    return document


def _puller(private: nacl.public.PrivateKey, key_box: bytes, stream_header: bytes):
    """Decrypts the messages of a body in order; refuses one out of place or tampered with."""
    try:
        file_key = nacl.bindings.crypto_box_seal_open(
            key_box, bytes(private.public_key), bytes(private)
        )
        state = nacl.bindings.crypto_secretstream_xchacha20poly1305_state()
        nacl.bindings.crypto_secretstream_xchacha20poly1305_init_pull(
            state, stream_header, file_key
        )
    except (nacl.exceptions.CryptoError, ValueError, TypeError) as exc:
        raise EnvelopeRejected(EnvelopeProblem.NOT_FOR_THIS_OFFICE) from exc

    def pull(frame: memoryview, final: bool) -> bytes:
        try:
            text, tag = nacl.bindings.crypto_secretstream_xchacha20poly1305_pull(
                state, bytes(frame), None
            )
        except (nacl.exceptions.CryptoError, ValueError, TypeError) as exc:
            raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT, "message") from exc
        if (tag == _TAG_FINAL) != final:
            raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT, "final message")
        return text

    return pull


def open_envelope(
    data: bytes,
    *,
    check_sender: Callable[[EnvelopeHeader], None],
    office_private_key: bytes | None,
) -> Opened:
    """Check the layout and the signature, hand the signed header to ``check_sender`` (the
    office's rules about whose key may send what; it raises to refuse), then decrypt with the
    office's private key and check that the inner text matches the signed header. Returns the
    export document's bytes."""
    parts = _signed_parts(data)
    header = parts.header
    check_sender(header)
    if parts.version == 1:
        body = bytes(parts.body)  # a version 1 body is bytes already: no copy
        if header.encrypted:
            private = _private_key(header, office_private_key)
            try:
                inner = nacl.public.SealedBox(private).decrypt(body)
            except nacl.exceptions.CryptoError as exc:
                raise EnvelopeRejected(EnvelopeProblem.NOT_FOR_THIS_OFFICE) from exc
        else:
            inner = body
        line_end = inner.find(b"\n")
        if line_end < 0 or inner[:line_end] != _inner_line(header):
            raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT)
        return Opened(header, inner[line_end + 1 :])
    return Opened(header, _document_v2(parts, office_private_key))


class EnvelopeStream:
    """Checks an envelope as its bytes arrive, holding only its first lines and last bytes:
    the receiver stores a 100 MB upload without keeping it in memory.

    ``feed`` each piece in order; ``header`` is known once the first two lines arrived (so a
    wrong village or an unencrypted body can be refused before the rest is read). ``finish``
    checks the signature like ``verify`` and returns the header. A version 1 envelope signs the
    whole body itself, so it cannot be checked this way: ``whole_needed`` is then True and the
    caller checks the stored bytes with ``verify``. Raises EnvelopeRejected."""

    def __init__(self) -> None:
        self.header: EnvelopeHeader | None = None
        self.whole_needed = False
        self._head = bytearray()
        self._head_line = b""
        self._hash = hashlib.blake2b(digest_size=64)
        self._tail = b""

    def feed(self, data: bytes) -> None:
        if self.whole_needed:
            return
        if self.header is None:
            self._head += data
            data = self._read_head()
            if self.header is None or self.whole_needed:
                return
        pending = self._tail + data
        if len(pending) > SIGNATURE_LINE:
            self._hash.update(pending[:-SIGNATURE_LINE])
            pending = pending[-SIGNATURE_LINE:]
        self._tail = pending

    def _read_head(self) -> bytes:
        """Parse the first two lines once they are in; returns what follows them."""
        head = bytes(self._head)
        if len(head) < len(MAGIC):
            if not (MAGIC.startswith(head) or MAGIC_V1.startswith(head)):
                raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE)
            return b""
        version = 2 if head.startswith(MAGIC) else 1 if head.startswith(MAGIC_V1) else 0
        if not version:
            raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE)
        end = head.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
        if end < 0:
            if len(head) > len(MAGIC) + MAX_HEADER:
                raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE, "layout")
            return b""
        try:
            self.header = _header(head[len(MAGIC) : end], version)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE, str(exc)) from exc
        self.whole_needed = version == 1
        self._head_line = head[: end + 1]
        self._head = bytearray()
        return head[end + 1 :]

    def finish(self) -> EnvelopeHeader:
        if self.header is None:
            raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE, "layout")
        if self.whole_needed:
            return self.header
        trailer = self._tail
        try:
            if len(trailer) < SIGNATURE_LINE or trailer[:1] != b"\n" or trailer[-1:] != b"\n":
                raise ValueError("no signature line at the end")
            signature = base64.b64decode(trailer[1:-1], validate=True)
            if len(signature) != 64:
                raise ValueError("signature length")
            signed = _signed(self._head_line, self._hash.digest())
            nacl.signing.VerifyKey(self.header.sender_key).verify(signed, signature)
        except (ValueError, nacl.exceptions.BadSignatureError) as exc:
            raise EnvelopeRejected(EnvelopeProblem.BAD_SIGNATURE, str(exc)) from exc
        return self.header
