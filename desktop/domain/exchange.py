"""Exchange between a village and the immigration office, as plain data and rules.

The office profile, why an export file was refused, what an import did, the states of the
outbox, why a send failed and the retry schedule. The exchange layer (``desktop.exchange``)
does the work; the UI owns the wording of everything here.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

from desktop.domain.area import Level, level_of, normalize_code
from desktop.domain.errors import FieldError, SiagaError, ValidationFailed

FORMAT_NAME = "siaga-tppo-ekspor"
FORMAT_VERSION = 3  # written; 2 added the deleted checks, 3 the signed area code changes
READ_VERSIONS = (1, 2, 3)  # read
# A village's full log is a few megabytes; this leaves room for years of a big kelurahan while
# refusing, before reading it, a file that can only be a mistake or an attack.
MAX_EXPORT_BYTES = 100 * 1024 * 1024
OFFICE_NAME_MAX = 120
IDENTITY_REASON_MAX = 500
CODE_CHANGE_REASON_MAX = 500
# Every time in a file an office stores lies between these: Siaga TPPO did not exist before
# 2000, and a day of slack allows for a village computer whose clock is a little ahead. A time
# outside is refused, not stored: a year 9999 once crashed the office window at every start.
EARLIEST_TIME = datetime(2000, 1, 1, tzinfo=UTC)
CLOCK_SLACK = timedelta(days=1)


def plausible_time(moment: datetime, now: datetime) -> bool:
    """True for an aware time between EARLIEST_TIME and a day after ``now``."""
    return EARLIEST_TIME <= moment <= now + CLOCK_SLACK


class Role(Enum):
    """What an installation is: a village office keeping a log, or an immigration office."""

    VILLAGE = "desa"
    OFFICE = "kantor"


@dataclass(frozen=True)
class OfficeProfile:
    """A Kantor Imigrasi: its name and the kabupaten/kota codes (``15.02``) it covers."""

    name: str
    covers: tuple[str, ...]

    def covers_village(self, village_code: str) -> bool:
        return village_code.rpartition(".")[0].rpartition(".")[0] in self.covers


def parse_covers(text: str) -> list[str]:
    """Kabupaten codes as typed: ``15.01,15.02``, ``15.01 15.02`` or ``1501;1502``."""
    return [normalize_code(part) for part in text.replace(";", ",").replace(" ", ",").split(",")]


def validate_office(name: str, covers: list[str]) -> OfficeProfile:
    """A tidied office profile, or ValidationFailed naming every problem.

    Rules: ``office_name`` required / too_long; ``covers`` required, ``not_regency`` for a code
    that is not a kabupaten/kota code (its value names the code).
    """
    errors: list[FieldError] = []
    tidy = " ".join(name.split())
    if not tidy:
        errors.append(FieldError("office_name", "required"))
    elif len(tidy) > OFFICE_NAME_MAX:
        errors.append(FieldError("office_name", "too_long", tidy[:40]))
    codes = []
    for code in (c.strip() for c in covers):
        if not code:
            continue
        try:
            level = level_of(code)
        except FieldError:
            level = None
        if level is not Level.REGENCY:
            errors.append(FieldError("covers", "not_regency", code))
        elif code not in codes:
            codes.append(code)
    if not codes and not any(e.field == "covers" for e in errors):
        errors.append(FieldError("covers", "required"))
    if errors:
        raise ValidationFailed(errors)
    return OfficeProfile(tidy, tuple(sorted(codes)))


CODE_CHANGE_PURPOSE = "siaga-tppo-ganti-kode"


@dataclass(frozen=True)
class CodeChange:
    """A village's kode wilayah changed (pemekaran, a Kemendagri recode), as the village
    declared it, signed with its key. Every later export carries every change it made, so
    an office that holds the village under its old code keeps it as the same village."""

    old_code: str
    new_code: str
    changed_at: datetime  # aware, UTC
    reason: str
    signature: bytes = b""  # Ed25519 over ``signed_bytes()``

    def stamp(self) -> str:
        return self.changed_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def signed_bytes(self) -> bytes:
        """What the signature covers: the canonical JSON of the change and its purpose."""
        return json.dumps(
            {
                "changed_at": self.stamp(),
                "new_code": self.new_code,
                "old_code": self.old_code,
                "purpose": CODE_CHANGE_PURPOSE,
                "reason": self.reason,
            },
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")

    def as_json(self) -> dict[str, str]:
        return {
            "old_code": self.old_code,
            "new_code": self.new_code,
            "changed_at": self.stamp(),
            "reason": self.reason,
            "signature": base64.b64encode(self.signature).decode("ascii"),
        }

    @classmethod
    def from_json(cls, item: dict[str, str]) -> CodeChange:
        """From the form ``as_json`` writes (checked by the schema when read from a file)."""
        return cls(
            old_code=item["old_code"],
            new_code=item["new_code"],
            changed_at=datetime.fromisoformat(item["changed_at"]),
            reason=item["reason"],
            signature=base64.b64decode(item["signature"]),
        )


def code_path(changes: Iterable[CodeChange], start: str, end: str) -> list[CodeChange] | None:
    """The changes that lead from code ``start`` to code ``end``, oldest first ([] when they
    are the same; None when the changes do not lead there)."""
    path: list[CodeChange] = []
    code = start
    remaining = sorted(changes, key=lambda c: c.changed_at)
    while code != end:
        step = next((c for c in remaining if c.old_code == code), None)
        if step is None:
            return None
        remaining.remove(step)
        path.append(step)
        code = step.new_code
    return path


class VersionRow(NamedTuple):
    """One stored version as the database holds it; ``payload`` is its canonical JSON text."""

    record_id: str
    version_id: str
    prev_version_id: str | None
    saved_at: str
    author: str
    state: str
    reason: str
    payload: str


# A VersionRow's fields, in its order, as the database gives them: an export reads 200,000 of
# them, and making each a VersionRow would take a tenth of its time.
VersionFields = tuple[str, str, str | None, str, str, str, str, str]


def content_key(
    version_ids: Iterable[str],
    assessment_ids: Iterable[str],
    *,
    with_identities: bool,
    events: Iterable[str] = (),
) -> str:
    """A fingerprint of what an export holds (its version and assessment ids, its events'
    record ids and revisions, and whether it carries identities): the same key means an export
    made now would repeat the last one."""
    digest = hashlib.sha256(b"identitas" if with_identities else b"tanpa")
    for version_id in sorted(version_ids):
        digest.update(version_id.encode())
    for record_id in sorted(assessment_ids):
        digest.update(b"a" + record_id.encode())
    for revision in sorted(events):
        digest.update(b"s" + revision.encode())
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# Reading an export: why a file is refused


class RejectReason(Enum):
    """Why an export file was refused as a whole. Nothing of a refused file is merged."""

    TOO_LARGE = "terlalu_besar"
    UNREADABLE = "tidak_terbaca"  # the file could not be read (stick pulled, no permission)
    NOT_TEXT = "bukan_teks"  # not UTF-8 text
    DAMAGED = "rusak"  # not complete JSON: cut off, or garbage
    TOO_DEEP = "terlalu_bersarang"  # nested deeper than any export ever is
    NOT_AN_EXPORT = "bukan_ekspor"  # JSON, but not a Siaga TPPO export
    NEWER_VERSION = "versi_lebih_baru"  # made by a newer app with a newer format
    INVALID = "isi_tidak_sah"  # does not follow the schema (``detail`` says where)
    HASH_MISMATCH = "hash_tidak_cocok"  # changed after it was made
    DUPLICATE_ID = "id_ganda"  # a record or version id twice
    BROKEN_HISTORY = "riwayat_rusak"  # versions that do not form a history
    OUTSIDE_AREA = "di_luar_wilayah"  # from a village the office does not cover
    WRONG_VILLAGE = "desa_tidak_sesuai"  # sent with another village's access token
    EXPORT_ID_REUSED = "nomor_ekspor_bentrok"  # an export id already held with other content
    TRAINING_DATA = "data_latihan"  # made in MODE LATIHAN: fictional, never mixed with real data
    NOT_AN_OFFICE = "bukan_kantor"  # this installation is not an immigration office
    # Protected exports (issue 7): checked before anything is decrypted or parsed.
    NOT_SIGNED = "tidak_bertanda_tangan"  # not a protected, signed export file
    BAD_SIGNATURE = "tanda_tangan_salah"  # changed after signing, damaged, or not the village's
    KEY_CHANGED = "kunci_desa_berubah"  # another key than the village's: held back, not merged
    NOT_FOR_THIS_OFFICE = "bukan_untuk_kantor_ini"  # sealed to another office's key
    NO_OFFICE_KEY = "kunci_kantor_belum_ada"  # this office has no private key yet
    # Ownership and identity (issue 12): checked before anything is merged.
    FIRST_CONTACT = "kontak_pertama"  # a village's first key: held until an officer confirms it
    OTHER_VILLAGE = "milik_desa_lain"  # would change records another village owns
    CODE_MISMATCH = "kode_wilayah_tidak_sesuai"  # a code the key's village never had (unsigned)
    UNKNOWN_AREA = "kode_wilayah_tidak_dikenal"  # not in this office's official area list
    IMPOSSIBLE_TIME = "waktu_tidak_wajar"  # before 2000, or later than tomorrow
    UNDECLARED_IDENTITIES = "identitas_tidak_dinyatakan"  # names/NIK inside, "none" outside


@dataclass(frozen=True)
class SourceVillage:
    code: str
    name: str
    kelurahan: bool


@dataclass
class ExportRejected(SiagaError):
    """A file refused as a whole. For OTHER_VILLAGE, ``sender`` is the village the file comes
    from and ``owner`` the village whose records it would have changed."""

    reason: RejectReason
    detail: str = ""
    sender: SourceVillage | None = None
    owner: SourceVillage | None = None

    def __str__(self) -> str:
        return f"export rejected: {self.reason.value} {self.detail}".rstrip()


# ---------------------------------------------------------------------------------------------
# Writing an export file


class WriteProblem(Enum):
    FULL = "penuh"
    READ_ONLY = "hanya_baca"
    VANISHED = "hilang"  # the stick or folder went away while writing
    NOT_VERIFIED = "tidak_cocok"  # read back different from what was written
    OTHER = "lainnya"


@dataclass
class ExportWriteFailed(SiagaError):
    """Writing an export file failed; no file was left and the database is unchanged."""

    problem: WriteProblem
    folder: Path
    detail: str = ""

    def __str__(self) -> str:
        return f"cannot write to {self.folder}: {self.problem.value} {self.detail}".rstrip()


@dataclass
class NotConfigured(SiagaError):
    """The installation is not set up for what was asked (``needed`` is a Role value or
    ``endpoint``)."""

    needed: str

    def __str__(self) -> str:
        return f"installation not set up: {self.needed} needed"


# ---------------------------------------------------------------------------------------------
# Merging


class RecordOutcome(Enum):
    """What a merge did to one record."""

    NEW = "baru"
    UPDATED = "diperbarui"
    UNCHANGED = "sama"
    CONFLICT = "konflik"


@dataclass(frozen=True)
class MergeCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    def __add__(self, other: MergeCounts) -> MergeCounts:
        return MergeCounts(
            self.new + other.new,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.conflicts + other.conflicts,
        )

    @classmethod
    def of(cls, outcomes: list[RecordOutcome]) -> MergeCounts:
        return cls(
            outcomes.count(RecordOutcome.NEW),
            outcomes.count(RecordOutcome.UPDATED),
            outcomes.count(RecordOutcome.UNCHANGED),
            outcomes.count(RecordOutcome.CONFLICT),
        )

    def as_dict(self) -> dict[str, int]:
        return {
            "baru": self.new,
            "diperbarui": self.updated,
            "sama": self.unchanged,
            "konflik": self.conflicts,
        }


@dataclass(frozen=True)
class FileResult:
    """One file of an import: merged (``counts``), already held, or refused (``rejected``)."""

    name: str
    export_id: str = ""
    village: SourceVillage | None = None
    sequence: int = 0
    counts: MergeCounts = MergeCounts()
    assessments: MergeCounts = MergeCounts()
    conflict_records: tuple[str, ...] = ()
    rejected: ExportRejected | None = None
    already_imported_at: datetime | None = None
    receipt: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def ok(self) -> bool:
        return self.rejected is None


@dataclass
class ImportReport:
    files: list[FileResult] = field(default_factory=list)
    receipts_written: int = 0  # receipts left beside the files for their villages
    receipts_not_written: int = 0  # could not be written there (a locked flash drive)

    @property
    def totals(self) -> MergeCounts:
        total = MergeCounts()
        for f in self.files:
            total = total + f.counts
        return total

    @property
    def rejected(self) -> int:
        return sum(1 for f in self.files if not f.ok)

    @property
    def all_ok(self) -> bool:
        return all(f.ok for f in self.files)


@dataclass(frozen=True)
class ArrivedExport:
    """One export of a village merged at the office: its number, when the village made it,
    when and how the office imported it."""

    export_id: str
    sequence: int
    created_at: datetime
    imported_at: datetime
    via: str  # "berkas" (a file, e.g. from a flash drive) or "internet" (the receiver)
    file_name: str


# ---------------------------------------------------------------------------------------------
# Sending


@dataclass(frozen=True)
class ChangeMarks:
    """The newest row of each kind of change a village holds (saved versions, saved checks,
    deleted checks). Row numbers only grow, so an export that remembers them tells which
    changes came after it."""

    versions: int = 0
    checks: int = 0
    removed_checks: int = 0
    events: int = 0  # socialisation events saved or deleted

    def as_json(self) -> dict[str, int]:
        return {
            "versions": self.versions,
            "checks": self.checks,
            "removed_checks": self.removed_checks,
            "events": self.events,
        }

    @classmethod
    def from_json(cls, value: Any) -> ChangeMarks | None:
        if not isinstance(value, dict):
            return None
        names = ("versions", "checks", "removed_checks", "events")
        numbers = [value.get(k, 0) for k in names]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            return None
        return cls(*numbers)


class OutboxStatus(Enum):
    WAITING = "menunggu"
    SENT = "terkirim"
    FAILED = "gagal"  # will fail again as it is: retrying stopped until the user acts
    SUPERSEDED = "digantikan"  # a later export holding everything it held was delivered


class SendProblem(Enum):
    """Why an export has not gone (yet)."""

    NOT_CONFIGURED = "belum_diatur"
    UNREACHABLE = "tidak_terjangkau"  # no answer from the office's address
    NOT_RECEIVER = "bukan_penerima"  # something answered, but not the office's receiver
    TIMEOUT = "waktu_habis"
    SERVER_ERROR = "galat_server"  # 5xx, 408, 429: the office's side, try again later
    BAD_RECEIPT = "tanda_terima_salah"  # 2xx without a receipt for this export
    TOKEN_REFUSED = "token_ditolak"  # 401
    FORBIDDEN = "tidak_diizinkan"  # 403: the token is not for this village
    REJECTED = "ditolak"  # 400: the office found the export invalid
    NOT_FOUND = "alamat_salah"  # 404: the address is wrong
    CONFLICT = "bentrok"  # 409
    TOO_LARGE = "terlalu_besar"  # 413
    CLIENT_ERROR = "permintaan_salah"  # any other 4xx
    FILE_MISSING = "berkas_hilang"  # the outbox copy of the export is gone

    @property
    def retryable(self) -> bool:
        """True when waiting and trying again can help; False stops automatic retries."""
        return self in _RETRYABLE


_RETRYABLE = frozenset(
    {
        SendProblem.NOT_CONFIGURED,
        SendProblem.UNREACHABLE,
        SendProblem.NOT_RECEIVER,
        SendProblem.TIMEOUT,
        SendProblem.SERVER_ERROR,
        SendProblem.BAD_RECEIPT,
    }
)


def problem_for_status(status: int) -> SendProblem | None:
    """The problem an HTTP status means for an upload (None for 2xx)."""
    if 200 <= status < 300:
        return None
    if status >= 500 or status in (408, 425, 429):
        return SendProblem.SERVER_ERROR
    return {
        400: SendProblem.REJECTED,
        401: SendProblem.TOKEN_REFUSED,
        403: SendProblem.FORBIDDEN,
        404: SendProblem.NOT_FOUND,
        405: SendProblem.NOT_FOUND,
        409: SendProblem.CONFLICT,
        413: SendProblem.TOO_LARGE,
    }.get(status, SendProblem.CLIENT_ERROR)


class OfficeState(Enum):
    """What the office's own (authenticated) receipt says about an export."""

    IMPORTED = "diimpor"  # merged into the office's register
    HELD = "ditahan"  # not merged: held back or refused, with the reason


class Acknowledgment(Enum):
    """How far an export is known to have come, from the receipts that came back."""

    NONE = "belum"  # no receipt: waiting, sent without an answer, or only on a flash drive
    RECEIVED = "diterima"  # the office's receiver kept it (its receipt)
    IMPORTED = "diimpor"  # the office imported it (the office's receipt)
    HELD = "ditahan"  # the office holds it back or refused it (the reason is kept)


KEY_CHANGED_REASON = "kunci_desa_berubah"  # RejectReason.KEY_CHANGED's value


def acknowledgment(
    outbox: OutboxStatus | None, receiver_held: bool, office: OfficeState | None
) -> Acknowledgment:
    """The office's receipt decides; without it the receiver's: kept, or kept but held back
    because the export was signed by a key other than the one the office registered."""
    if office is OfficeState.IMPORTED:
        return Acknowledgment.IMPORTED
    if office is OfficeState.HELD:
        return Acknowledgment.HELD
    if outbox is OutboxStatus.SENT:
        return Acknowledgment.HELD if receiver_held else Acknowledgment.RECEIVED
    return Acknowledgment.NONE


BACKOFF_FIRST = 30.0  # seconds
BACKOFF_CAP = 15 * 60.0  # never wait longer than the periodic retry


def backoff_delay(attempts: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``attempts`` failed tries: 30 s, 1, 2, 4, 8 min, then 15 min.

    A tenth of jitter keeps many villages that come online together from all knocking at
    the office at the same second.
    """
    base = min(BACKOFF_CAP, BACKOFF_FIRST * 2 ** max(0, attempts - 1))
    jitter = (rng or random).uniform(-0.1, 0.1) * base
    return min(BACKOFF_CAP, base + jitter)


@dataclass(frozen=True)
class SendTiming:
    """When the sender acts, in seconds (tests shorten them).

    While an export waits, the office is probed at least every ``probe_every``; a network change
    brings the probe forward to ``after_network_change``. An upload the office answered with an
    error waits for its own backoff (``backoff_delay``). The log is looked at every ``watch``;
    an automatic export is made ``quiet`` after the last change, and no later than
    ``longest_wait`` after the first change not exported (a clerk entering records one after
    another for an hour does not hold them back). While a sent export waits for the office's
    receipt, the receiver is asked every ``receipts_every``.
    """

    probe_every: float = 120.0
    after_network_change: float = 3.0
    watch: float = 5.0
    quiet: float = 45.0
    longest_wait: float = 300.0
    receipts_every: float = 600.0
    soonest: float = 1.0


def next_round_in(
    timing: SendTiming,
    now: datetime,
    *,
    waiting: bool,
    due_at: datetime | None,
    reachable: bool | None,
    awaiting_receipt: bool,
) -> float | None:
    """Seconds until the next round of sending, or None when there is nothing to do.

    ``due_at`` is when the earliest waiting export may be tried (its backoff), ``reachable``
    what the last probe found (None: not probed yet). An office that did not answer is probed
    again after ``probe_every``, never later, so an export reaches it within that time of it
    coming back."""
    if waiting:
        wait = timing.probe_every
        if reachable is not False and due_at is not None:
            wait = min(wait, (due_at - now).total_seconds())
        return max(timing.soonest, wait)
    if awaiting_receipt:
        return timing.receipts_every
    return None
