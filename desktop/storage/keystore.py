"""The database key and the key file beside the database.

Design (see README, "Protecting the data"):

* The database key is 32 bytes, derived from a 120-bit random **recovery key** with keyed
  BLAKE2b (``DatabaseKey.from_recovery``). The recovery key is shown once at set-up and
  printed on the recovery sheet; it is stored nowhere on the computer. SQLCipher uses the
  database key as a raw key (``PRAGMA key = "x'...'"``), so opening needs no further key
  derivation.
* The **key file** (``siaga.kunci``, JSON) holds the database key wrapped with a key derived
  from the passphrase: Argon2id (libsodium ``crypto_pwhash``, t=3, m=64 MiB, random 16-byte
  salt) and XSalsa20-Poly1305 (``crypto_secretbox``). A wrong passphrase fails the
  authentication, so it is told apart from a damaged database before the database is touched.
  The file also holds a check value of the key (keyed BLAKE2b), which tells whether a typed
  recovery key belongs to this data.
* Forgotten passphrase: the recovery key gives the database key again, and a new passphrase
  re-wraps it. A lost key file is repaired the same way.
* Wrong passphrases are counted in ``siaga.kunci-percobaan`` (not secret) so that the pause
  after several wrong tries survives closing the app; the next successful unlock reports them
  to the audit trail and clears the count.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.errors import (
    KeyFileUnusable,
    UnlockPaused,
    WrongPassphrase,
    WrongRecoveryKey,
)
from desktop.domain.security import (
    MAX_PASSPHRASE,
    RECOVERY_BYTES,
    decode_recovery_key,
    encode_recovery_key,
    unlock_delay,
)
from desktop.paths import DataPaths

FORMAT = "siaga-tppo-kunci"
VERSION = 1
KEY_FILE_NAME = "siaga.kunci"
FAILURES_FILE_NAME = "siaga.kunci-percobaan"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is RFC 9106's low-memory profile as libsodium runs it (one
    lane): about 0.1 s and 64 MiB per try on an office PC."""

    opslimit: int = 3
    memlimit: int = 64 * 1024 * 1024


DEFAULT_KDF = KdfParams()
# The cheapest libsodium allows (crypto_pwhash_argon2id_OPSLIMIT_MIN): for tests only (a key
# file says which cost it was made with).
TEST_KDF = KdfParams(opslimit=1, memlimit=8192)
SALT_BYTES = 16  # crypto_pwhash_argon2id_SALTBYTES
KEY_BYTES = 32  # crypto_secretbox_KEYBYTES
# PyNaCl (libsodium) is imported where a key is wrapped or unwrapped, not with this module:
# the windows and the database layer import this module for DatabaseKey, and loading
# libsodium would add about 10 ms to every start before it is needed (tested to agree with
# libsodium's constants).


class DatabaseKey:
    """The 32-byte key SQLCipher encrypts the database with. Never printed or logged."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != 32:
            raise ValueError("a database key has 32 bytes")
        self._raw = bytes(raw)

    @classmethod
    def from_recovery(cls, secret: bytes) -> DatabaseKey:
        if len(secret) != RECOVERY_BYTES:
            raise ValueError("a recovery secret has 15 bytes")
        return cls(
            hashlib.blake2b(
                secret, digest_size=32, key=b"siaga-tppo-kunci-data", person=b"v1"
            ).digest()
        )

    @property
    def raw(self) -> bytes:
        return self._raw

    def sql_literal(self) -> str:
        """The value for ``PRAGMA key``: SQLCipher's raw-key form, no key derivation."""
        return f"\"x'{self._raw.hex()}'\""

    def check(self) -> str:
        """A value that identifies the key without revealing it."""
        return hashlib.blake2b(self._raw, digest_size=16, person=b"siaga-cek-kunci").hexdigest()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DatabaseKey) and secrets.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(self.check())

    def __repr__(self) -> str:
        return "DatabaseKey(…)"


@dataclass(frozen=True)
class NewProtection:
    """What set-up makes: the key to open the database now, and the recovery key to show and
    print once (it is kept nowhere)."""

    key: DatabaseKey
    recovery_key: str


def key_file_path(paths: DataPaths) -> Path:
    return paths.database.with_name(KEY_FILE_NAME)


def _failures_path(paths: DataPaths) -> Path:
    return paths.database.with_name(FAILURES_FILE_NAME)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.sementara")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    if os.name == "posix":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _passphrase_bytes(passphrase: str) -> bytes:
    return passphrase[:MAX_PASSPHRASE].encode("utf-8")


def _wrapping_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    import nacl.pwhash

    return nacl.pwhash.argon2id.kdf(
        KEY_BYTES,
        _passphrase_bytes(passphrase),
        salt,
        opslimit=kdf.opslimit,
        memlimit=kdf.memlimit,
    )


def _key_file_bytes(key: DatabaseKey, passphrase: str, kdf: KdfParams) -> bytes:
    import nacl.secret

    salt = secrets.token_bytes(SALT_BYTES)
    box = nacl.secret.SecretBox(_wrapping_key(passphrase, salt, kdf))
    document = {
        "format": FORMAT,
        "version": VERSION,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "key_check": key.check(),
        "passphrase": {
            "kdf": "argon2id13",
            "opslimit": kdf.opslimit,
            "memlimit": kdf.memlimit,
            "salt": _b64(salt),
            "wrapped_key": _b64(bytes(box.encrypt(key.raw))),
        },
    }
    return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("utf-8")


def write_key_file(
    paths: DataPaths, key: DatabaseKey, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
) -> None:
    """Write (or replace) the key file: ``key`` wrapped with ``passphrase``."""
    paths.ensure()
    _write_atomically(key_file_path(paths), _key_file_bytes(key, passphrase, kdf))


def make_recovery() -> NewProtection:
    """A new random recovery key and the database key it gives. Nothing is written: set-up
    shows the recovery key first and writes the key file only once it was taken down."""
    secret = secrets.token_bytes(RECOVERY_BYTES)
    return NewProtection(DatabaseKey.from_recovery(secret), encode_recovery_key(secret))


def new_protection(
    paths: DataPaths, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
) -> NewProtection:
    """Make a recovery key, the database key from it, and the key file for ``passphrase``."""
    made = make_recovery()
    write_key_file(paths, made.key, passphrase, kdf=kdf)
    return made


@dataclass(frozen=True)
class _KeyFile:
    key_check: str
    kdf: KdfParams
    salt: bytes
    wrapped: bytes


def _read_key_file(path: Path) -> _KeyFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise KeyFileUnusable(path, exc.strerror or str(exc)) from exc
    try:
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("not a Siaga TPPO key file")
        if doc.get("version") != VERSION:
            raise ValueError(f"key file version {doc.get('version')!r}")
        wrap = doc["passphrase"]
        if wrap.get("kdf") != "argon2id13":
            raise ValueError(f"unknown key derivation {wrap.get('kdf')!r}")
        kdf = KdfParams(int(wrap["opslimit"]), int(wrap["memlimit"]))
        salt, wrapped = _unb64(wrap["salt"]), _unb64(wrap["wrapped_key"])
        check = doc["key_check"]
        if len(salt) != SALT_BYTES or not isinstance(check, str):
            raise ValueError("malformed key file")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise KeyFileUnusable(path, str(exc)) from exc
    return _KeyFile(check, kdf, salt, wrapped)


def has_key_file(paths: DataPaths) -> bool:
    return key_file_path(paths).is_file()


def key_check_matches(paths: DataPaths, key: DatabaseKey) -> bool | None:
    """Whether ``key`` is the one the key file wraps (None when there is no usable key file)."""
    try:
        stored = _read_key_file(key_file_path(paths))
    except (FileNotFoundError, KeyFileUnusable):
        return None
    return secrets.compare_digest(stored.key_check, key.check())


# --- Wrong tries ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FailedTries:
    count: int
    last_at: float  # time.time() of the last wrong try
    times: tuple[str, ...]  # ISO times of the wrong tries since the last unlock (at most 50)


def failed_tries(paths: DataPaths) -> FailedTries:
    try:
        doc = json.loads(_failures_path(paths).read_text(encoding="utf-8"))
        return FailedTries(
            int(doc["count"]), float(doc["last_at"]), tuple(str(t) for t in doc["times"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return FailedTries(0, 0.0, ())


def wait_seconds(paths: DataPaths, *, now: float | None = None) -> int:
    """Seconds still to wait before a passphrase is accepted (0: go ahead)."""
    tries = failed_tries(paths)
    pause = unlock_delay(tries.count)
    if not pause:
        return 0
    left = tries.last_at + pause - (time.time() if now is None else now)
    return max(0, int(left + 0.999))


def _record_failure(paths: DataPaths, now: float) -> FailedTries:
    before = failed_tries(paths)
    stamp = datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds")
    after = FailedTries(before.count + 1, now, (*before.times, stamp)[-50:])
    with contextlib.suppress(OSError):  # a read-only folder must not hide the real error
        _write_atomically(
            _failures_path(paths),
            json.dumps(
                {"count": after.count, "last_at": after.last_at, "times": list(after.times)}
            ).encode("utf-8"),
        )
    return after


def take_failed_tries(paths: DataPaths) -> tuple[str, ...]:
    """The times of the wrong tries since the last unlock, clearing the count."""
    tries = failed_tries(paths)
    with contextlib.suppress(OSError):
        _failures_path(paths).unlink(missing_ok=True)
    return tries.times


# --- Unlocking --------------------------------------------------------------------------------


def unlock(paths: DataPaths, passphrase: str, *, now: float | None = None) -> DatabaseKey:
    """The database key, if ``passphrase`` is right.

    Raises UnlockPaused while a pause after wrong tries runs (the passphrase is not even
    tried), WrongPassphrase (counted), KeyFileUnusable, or FileNotFoundError when there is no
    key file (the recovery key is needed then).
    """
    moment = time.time() if now is None else now
    waiting = wait_seconds(paths, now=moment)
    if waiting:
        raise UnlockPaused(waiting)
    import nacl.exceptions
    import nacl.secret

    stored = _read_key_file(key_file_path(paths))
    box = nacl.secret.SecretBox(_wrapping_key(passphrase, stored.salt, stored.kdf))
    try:
        raw = box.decrypt(stored.wrapped)
    except nacl.exceptions.CryptoError:
        tries = _record_failure(paths, moment)
        raise WrongPassphrase(tries.count, unlock_delay(tries.count)) from None
    key = DatabaseKey(raw)
    if not secrets.compare_digest(key.check(), stored.key_check):
        raise KeyFileUnusable(key_file_path(paths), "key check does not match")
    return key


def verify_passphrase(paths: DataPaths, passphrase: str) -> bool:
    """True when ``passphrase`` is right; a wrong one counts as a failed try like unlock()."""
    try:
        unlock(paths, passphrase)
    except WrongPassphrase:
        return False
    return True


def key_from_recovery(paths: DataPaths, recovery_key: str) -> DatabaseKey:
    """The database key from a typed recovery key. Raises RecoveryKeyInvalid (cannot be a
    recovery key) or WrongRecoveryKey (the key file says it belongs to other data)."""
    key = DatabaseKey.from_recovery(decode_recovery_key(recovery_key))
    if key_check_matches(paths, key) is False:
        raise WrongRecoveryKey()
    return key
