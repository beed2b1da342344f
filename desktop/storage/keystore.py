"""The database key and the key file beside the database.

Design (see docs/dev/security.md, "Encryption at rest"):

* The database key is 32 bytes, derived from a 120-bit random **recovery key** with keyed
  BLAKE2b (``DatabaseKey.from_recovery``). The recovery key is shown once at set-up and
  printed on the recovery sheet; it is stored nowhere on the computer. SQLCipher uses the
  database key as a raw key (``PRAGMA key = "x'...'"``), so opening needs no further key
  derivation.
* The **key file** (``siaga.kunci``, JSON) holds the database key wrapped with a key derived
  from the passphrase: Argon2id (libsodium ``crypto_pwhash``, the cost stored in the file;
  new files t=2, m=256 MiB, see KdfParams; random 16-byte salt) and XSalsa20-Poly1305
  (``crypto_secretbox``). A wrong passphrase fails the
  authentication, so it is told apart from a damaged database before the database is touched.
  The file also holds a check value of the key (keyed BLAKE2b), which tells whether a typed
  recovery key belongs to this data.
* Forgotten passphrase: the recovery key gives the database key again, and a new passphrase
  re-wraps it. A lost key file is repaired the same way.
* Wrong passphrases are counted in the key file itself (``wrong_tries``, not secret), written
  in the same atomic replacement as the rest of it, so that the pause after several wrong
  tries survives closing the app and deleting a file beside it resets nothing. Every change
  of the key file, and every try from the pause check to counting it, holds an exclusive lock
  (``siaga.kunci-gembok``, shared by threads and processes): tries made at the same moment
  are counted one after another, and none skips the pause. The next successful unlock reports
  them to the audit trail and clears the count.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import secrets
import sys
import time
from collections.abc import Iterator
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
from desktop.leftovers import partial_name, writing
from desktop.paths import DataPaths

log = logging.getLogger(__name__)

FORMAT = "siaga-tppo-kunci"
VERSION = 1
LOCK_FILE_NAME = "siaga.kunci-gembok"
# Where earlier versions counted wrong tries; removed when found (the count is in the key file).
OLD_FAILURES_FILE_NAME = "siaga.kunci-percobaan"
LOCK_WAIT_SECONDS = 60


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored in each key file (a key file keeps opening with the cost it was
    written with; a new passphrase gets the current default).

    The default is as strong as an unlock within a second on a slow office PC allows: 256 MiB
    and two passes (libsodium, one lane) took 0.27-0.30 s here (medians of 9 on a 2-core AMD
    EPYC server, little else running; 0.35-0.47 s while other work shared its cores), where
    the earlier 64 MiB and three passes took 0.07-0.08 s. An old office PC (Celeron or Pentium,
    DDR3) is taken to be two to three times slower: 0.6-0.9 s. More memory per guess costs a
    guessing attacker (GPU) more than more passes would; 256 MiB for a moment is no burden on
    a 4 GB PC."""

    opslimit: int = 2
    memlimit: int = 256 * 1024 * 1024


DEFAULT_KDF = KdfParams()
# The cheapest libsodium allows (crypto_pwhash_argon2id_OPSLIMIT_MIN): for tests only (a key
# file says which cost it was made with).
TEST_KDF = KdfParams(opslimit=1, memlimit=8192)
SALT_BYTES = 16  # crypto_pwhash_argon2id_SALTBYTES
MAX_COUNTED = 1000  # wrong tries counted at most (the pause stops growing long before)
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
    return paths.key_file


@contextlib.contextmanager
def _exclusive(paths: DataPaths) -> Iterator[None]:
    """Hold the key file's lock (see the module docstring). Without a data folder there is no
    key file to guard; a folder where the lock file cannot be made (read-only) goes ahead
    without it: nothing is written there anyway."""
    if not paths.root.is_dir():
        yield
        return
    try:
        fd = os.open(paths.database.with_name(LOCK_FILE_NAME), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        log.warning("key file lock unavailable: %s", exc.strerror or exc)
        yield
        return
    try:
        _lock(fd)
        yield
    finally:
        os.close(fd)  # releases the lock


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(partial_name(path.name, secrets.token_hex(4)))
    with writing(tmp):
        _write_through(tmp, path, data)


def _write_through(tmp: Path, path: Path, data: bytes) -> None:
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
    """Write (or replace) the key file: ``key`` wrapped with ``passphrase``, no wrong tries
    (the caller proved the passphrase or the recovery key just now)."""
    paths.ensure()
    data = _key_file_bytes(key, passphrase, kdf)
    with _exclusive(paths):
        _write_atomically(key_file_path(paths), data)


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
class FailedTries:
    count: int
    last_at: float  # time.time() of the last wrong try
    times: tuple[str, ...]  # ISO times of the wrong tries since the last unlock (at most 50)


NO_TRIES = FailedTries(0, 0.0, ())


@dataclass(frozen=True)
class _KeyFile:
    key_check: str
    kdf: KdfParams
    salt: bytes
    wrapped: bytes
    tries: FailedTries
    document: dict  # all of it, to be written back with other wrong tries


def _tries_of(doc: dict) -> FailedTries:
    tries = doc.get("wrong_tries")
    if tries is None:
        return NO_TRIES
    try:
        return FailedTries(
            int(tries["count"]), float(tries["last_at"]), tuple(str(t) for t in tries["times"])
        )
    except (KeyError, TypeError, ValueError):
        # A count that cannot be read is taken as many: the pause holds rather than resets.
        return FailedTries(MAX_COUNTED, time.time(), ())


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
    return _KeyFile(check, kdf, salt, wrapped, _tries_of(doc), doc)


def _write_tries(paths: DataPaths, stored: _KeyFile, tries: FailedTries) -> None:
    """Write the key file back with ``tries`` (under the lock). A folder that cannot be written
    (read-only, full) keeps the count it had: the real error must not be hidden by this."""
    doc = dict(stored.document)
    if tries.count:
        doc["wrong_tries"] = {
            "count": tries.count,
            "last_at": tries.last_at,
            "times": list(tries.times),
        }
    else:
        doc.pop("wrong_tries", None)
    try:
        _write_atomically(
            key_file_path(paths), (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode()
        )
    except OSError as exc:
        log.warning("wrong tries not written to the key file: %s", exc.strerror or exc)
    with contextlib.suppress(OSError):
        paths.database.with_name(OLD_FAILURES_FILE_NAME).unlink(missing_ok=True)


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


def failed_tries(paths: DataPaths) -> FailedTries:
    try:
        return _read_key_file(key_file_path(paths)).tries
    except (FileNotFoundError, KeyFileUnusable):
        return NO_TRIES


def _wait(tries: FailedTries, now: float) -> int:
    pause = unlock_delay(tries.count)
    if not pause:
        return 0
    return max(0, int(tries.last_at + pause - now + 0.999))


def wait_seconds(paths: DataPaths, *, now: float | None = None) -> int:
    """Seconds still to wait before a passphrase is accepted (0: go ahead)."""
    return _wait(failed_tries(paths), time.time() if now is None else now)


def _counted(before: FailedTries, now: float) -> FailedTries:
    stamp = datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds")
    return FailedTries(min(before.count + 1, MAX_COUNTED), now, (*before.times, stamp)[-50:])


def take_failed_tries(paths: DataPaths) -> tuple[str, ...]:
    """The times of the wrong tries since the last unlock, clearing the count."""
    with _exclusive(paths):
        try:
            stored = _read_key_file(key_file_path(paths))
        except (FileNotFoundError, KeyFileUnusable):
            return ()
        if stored.tries.count:
            _write_tries(paths, stored, NO_TRIES)
        return stored.tries.times


# --- Unlocking --------------------------------------------------------------------------------


def unlock(paths: DataPaths, passphrase: str, *, now: float | None = None) -> DatabaseKey:
    """The database key, if ``passphrase`` is right.

    Raises UnlockPaused while a pause after wrong tries runs (the passphrase is not even
    tried), WrongPassphrase (counted), KeyFileUnusable, or FileNotFoundError when there is no
    key file (the recovery key is needed then). Holds the key file's lock throughout.
    """
    import nacl.exceptions
    import nacl.secret

    with _exclusive(paths):
        moment = time.time() if now is None else now
        stored = _read_key_file(key_file_path(paths))
        waiting = _wait(stored.tries, moment)
        if waiting:
            raise UnlockPaused(waiting)
        box = nacl.secret.SecretBox(_wrapping_key(passphrase, stored.salt, stored.kdf))
        try:
            raw = box.decrypt(stored.wrapped)
        except nacl.exceptions.CryptoError:
            tries = _counted(stored.tries, moment)
            _write_tries(paths, stored, tries)
            raise WrongPassphrase(tries.count, unlock_delay(tries.count)) from None
    key = DatabaseKey(raw)
    if not secrets.compare_digest(key.check(), stored.key_check):
        raise KeyFileUnusable(key_file_path(paths), "key check does not match")
    return key


def key_from_recovery(paths: DataPaths, recovery_key: str) -> DatabaseKey:
    """The database key from a typed recovery key. Raises RecoveryKeyInvalid (cannot be a
    recovery key) or WrongRecoveryKey (the key file says it belongs to other data)."""
    key = DatabaseKey.from_recovery(decode_recovery_key(recovery_key))
    if key_check_matches(paths, key) is False:
        raise WrongRecoveryKey()
    return key
