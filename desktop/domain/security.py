"""Rules for protecting the data: passphrase strength, the pause after wrong passphrases, the
recovery key's written form, key fingerprints, and the kinds of audit events.

Plain Python: the cryptography itself lives in storage/keystore.py and exchange/wire/envelope.py.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from enum import Enum

from desktop.domain.errors import SiagaError

MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 200
IDLE_LOCK_MINUTES = (2, 5, 10, 15, 30, 60)
DEFAULT_IDLE_LOCK_MINUTES = 10


class Strength(Enum):
    TOO_SHORT = "terlalu_pendek"
    TOO_COMMON = "terlalu_umum"
    WEAK = "lemah"
    FAIR = "cukup"
    STRONG = "kuat"

    @property
    def acceptable(self) -> bool:
        return self not in (Strength.TOO_SHORT, Strength.TOO_COMMON)


# Passphrases that guessing programs try first; refused outright. Lower-case, spaces removed.
_COMMON = {
    "12345678",
    "123456789",
    "1234567890",
    "87654321",
    "11111111",
    "00000000",
    "password",
    "password1",
    "passw0rd",
    "katasandi",
    "katasandi1",
    "katasandi123",
    "sandi123",
    "rahasia1",
    "rahasia123",
    "qwertyui",
    "qwerty123",
    "asdfghjk",
    "iloveyou",
    "indonesia",
    "indonesia1",
    "bismillah",
    "bismillah1",
    "admin123",
    "administrator",
    "kantordesa",
    "siagatppo",
    "siaga123",
    "merdeka45",
    "merdeka17",
}


def _looks_like_sequence(text: str) -> bool:
    """Runs such as ``abcdefgh``, ``13579`` or ``aaaaaaaa`` that are as weak as a common word."""
    if len(set(text)) <= 2:
        return True
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return len(steps) == 1


def passphrase_strength(passphrase: str) -> Strength:
    """How hard ``passphrase`` is to guess, judged simply: length first, then variety."""
    if len(passphrase) < MIN_PASSPHRASE:
        return Strength.TOO_SHORT
    squeezed = "".join(passphrase.lower().split())
    if squeezed in _COMMON or _looks_like_sequence(squeezed):
        return Strength.TOO_COMMON
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len([w for w in re.split(r"[\s\-_.,]+", passphrase) if len(w) >= 3])
    if len(passphrase) >= 16 or (len(passphrase) >= 12 and (kinds >= 3 or words >= 3)):
        return Strength.STRONG
    if len(passphrase) >= 10 and (kinds >= 2 or words >= 2):
        return Strength.FAIR
    return Strength.WEAK


def unlock_delay(failures: int) -> int:
    """Seconds to wait before the next try after ``failures`` wrong passphrases in a row.

    The first three tries are free (typing mistakes happen); then 5, 10, 20, 40 ... seconds,
    at most 5 minutes. Together with the deliberately slow key derivation this makes guessing
    at the keyboard hopeless without getting in the way of someone who mistyped.
    """
    if failures < 3:
        return 0
    return min(5 * 2 ** (failures - 3), 300)


# --- The recovery key: 120 random bits written as 24 characters (Crockford's base 32) -------

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1", "U": "V"}
RECOVERY_BYTES = 15
RECOVERY_CHARS = RECOVERY_BYTES * 8 // 5  # 24
RECOVERY_GROUP = 4


def encode_recovery_key(secret: bytes) -> str:
    """``secret`` (15 bytes) as six groups of four characters, e.g. ``7K2M-...``."""
    if len(secret) != RECOVERY_BYTES:
        raise ValueError("a recovery key has 15 bytes")
    number = int.from_bytes(secret, "big")
    chars = [_ALPHABET[(number >> (5 * i)) & 31] for i in range(RECOVERY_CHARS)][::-1]
    text = "".join(chars)
    return "-".join(text[i : i + RECOVERY_GROUP] for i in range(0, RECOVERY_CHARS, RECOVERY_GROUP))


@dataclass
class RecoveryKeyInvalid(SiagaError):
    """What was typed cannot be a recovery key (wrong length or characters)."""

    length: int

    def __str__(self) -> str:
        return f"recovery key has {self.length} usable characters, {RECOVERY_CHARS} needed"


def decode_recovery_key(text: str) -> bytes:
    """The 15 bytes of a typed recovery key. Forgiving: case, spaces and dashes do not matter,
    and O/I/L are read as 0/1/1 as on the sheet's font they are easy to confuse."""
    cleaned = [_READ_AS.get(c, c) for c in text.upper() if c not in " -\t\n"]
    if len(cleaned) != RECOVERY_CHARS or any(c not in _ALPHABET for c in cleaned):
        raise RecoveryKeyInvalid(len(cleaned))
    number = 0
    for c in cleaned:
        number = (number << 5) | _ALPHABET.index(c)
    return number.to_bytes(RECOVERY_BYTES, "big")


def fingerprint(public_key: bytes) -> str:
    """A short number that names a public key, to be read aloud over the telephone:
    20 digits in five groups of four (66 bits of the key's SHA-256)."""
    digest = hashlib.sha256(b"siaga-tppo-sidik-kunci\x00" + public_key).digest()
    number = int.from_bytes(digest[:9], "big") % 10**20
    text = f"{number:020d}"
    return " ".join(text[i : i + 4] for i in range(0, 20, 4))


# --- Audit trail ------------------------------------------------------------------------------


class AuditKind(Enum):
    """What the audit trail records. Stored by value; never rename a value."""

    UNLOCKED = "buka_kunci"
    UNLOCK_FAILED = "gagal_buka_kunci"
    LOCKED = "dikunci"
    PROTECTION_SET = "perlindungan_dipasang"
    DATABASE_CONVERTED = "data_lama_dienkripsi"
    PASSPHRASE_CHANGED = "kata_sandi_diganti"
    RECOVERY_USED = "kunci_pemulihan_dipakai"
    EXPORTED = "ekspor"
    EXPORTED_UNENCRYPTED = "ekspor_tanpa_enkripsi"
    IMPORTED = "impor"
    PRINTED_PERSONAL = "cetak_data_pribadi"
    OFFICE_KEY_CREATED = "kunci_kantor_dibuat"
    OFFICE_KEY_SAVED = "kunci_kantor_disimpan"
    OFFICE_KEY_IMPORTED = "kunci_kantor_dipasang"
    VILLAGE_KEY_CREATED = "kunci_desa_dibuat"
    VILLAGE_KEY_REGISTERED = "kunci_desa_didaftarkan"
    VILLAGE_KEY_CHANGE_HELD = "kunci_desa_berubah_ditahan"
    VILLAGE_KEY_ACCEPTED = "kunci_desa_baru_diterima"
    BACKUP_RESTORED = "cadangan_dipulihkan"


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: str  # ISO 8601, UTC
    kind: str  # an AuditKind value (unknown values from newer apps are kept as they are)
    detail: dict
    computer_user: str
