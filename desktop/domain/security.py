"""Rules for protecting the data: what passphrase strength means, the pause after wrong
passphrases, the recovery key's written form, key fingerprints, and the kinds of audit events.

Plain Python: the cryptography itself lives in storage/keystore.py and exchange/wire/envelope.py,
the strength estimate (zxcvbn) in desktop/passphrase_strength.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import Enum

from desktop.domain.errors import SiagaError

MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 200
IDLE_LOCK_MINUTES = (2, 5, 10, 15, 30, 60)
DEFAULT_IDLE_LOCK_MINUTES = 10


class Strength(Enum):
    TOO_SHORT = "terlalu_pendek"
    TOO_COMMON = "terlalu_umum"  # too easy to guess: refused
    WEAK = "lemah"
    FAIR = "cukup"
    STRONG = "kuat"

    @property
    def acceptable(self) -> bool:
        return self not in (Strength.TOO_SHORT, Strength.TOO_COMMON)


class StrengthHint(Enum):
    """What makes a passphrase easy to guess (the first that applies is told)."""

    PERSONAL = "pribadi"  # the village's or its head's name
    COMMON = "umum"  # among the passwords tried first
    KEYBOARD = "papan_ketik"  # keys side by side: qwerty, asdf
    REPEAT = "ulangan"  # aaa, kopikopi
    SEQUENCE = "urutan"  # abc, 1234, 13579
    DATE = "tanggal"  # a year or a date
    NAME = "nama"  # a person's name on its own
    WORD = "kata"  # one common word on its own


@dataclass(frozen=True)
class PassphraseJudgement:
    strength: Strength
    hint: StrengthHint | None = None  # what makes it weaker than strong, when known


# Passwords that guessing programs try first in Indonesia, which the general (English) lists
# of the strength estimate do not hold. Lower-case.
COMMON_IN_INDONESIA = (
    "katasandi",
    "sandi",
    "rahasia",
    "indonesia",
    "bismillah",
    "alhamdulillah",
    "merdeka",
    "sayang",
    "sayangku",
    "cinta",
    "cintaku",
    "kantordesa",
    "kantor",
    "desa",
    "kelurahan",
    "siaga",
    "tppo",
    "imigrasi",
    "admin",
    "garuda",
    "pancasila",
    "jakarta",
)


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
    # Issue 12: identity, ownership and the export journal
    VILLAGE_CODE_CHANGED = "kode_wilayah_diganti"  # at the village, signed
    VILLAGE_CODE_CHANGE_RECEIVED = "kode_wilayah_desa_berganti"  # at the office
    VILLAGE_FIRST_CONTACT_HELD = "kontak_pertama_ditahan"
    VILLAGE_KEY_REFUSED = "kunci_desa_ditolak"
    IMPORT_REFUSED_OTHER_VILLAGE = "impor_ditolak_milik_desa_lain"
    EXPORT_STARTED = "ekspor_dimulai"
    EXPORT_ABANDONED = "ekspor_batal"
    CONTENT_PACK_MADE = "paket_isi_dibuat"
    CONTENT_PACK_INSTALLED = "paket_isi_dipasang"
    CONTENT_PACK_ROLLED_BACK = "paket_isi_dikembalikan"
    IDENTITIES_SHOWN = "identitas_ditampilkan"  # at the office, in a record's view
    VERSION_CHOSEN = "versi_dipilih"  # at the office, between versions in conflict
    VERSION_CHOICE_UNDONE = "pilihan_versi_dibatalkan"


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: str  # ISO 8601, UTC
    kind: str  # an AuditKind value (unknown values from newer apps are kept as they are)
    detail: dict
    computer_user: str
