"""Fixtures for the exchange tests: a village and an office, each in its own data folder.

One process has one database bound at a time (the storage proxy), so a test that carries an
export from a village to an office opens one after the other with ``opened``.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import nacl.public
import nacl.signing
import pytest

from desktop.domain.exchange import FileResult, ImportReport, OfficeProfile, VersionRow
from desktop.domain.incident import Incident, RecordState, ReportType, StoredVersion, to_payload
from desktop.domain.modus import Modus
from desktop.exchange.wire.format import ExportHeader, ExportSource, build_document
from desktop.paths import DataPaths
from desktop.storage import exchange_settings, incidents, profile_store
from desktop.storage.installation import Installation
from desktop.storage.office_imports import Owner
from tests.areas import areas
from tests.profiles import kungkai, kungkai_source

KUNGKAI = kungkai()
KERINCI_OFFICE = OfficeProfile("Kantor Imigrasi Kerinci", ("15.01", "15.02"))
DAY = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


# Tests that write many databases, backups and exports, each flushed to disk (fsync), or large
# files: in memory (Linux's /dev/shm) they take seconds, not minutes on a busy disk.
IN_MEMORY = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None

PASSPHRASE = "kopi-sawah-merah-27"  # for folders set up through the command line in tests

# Protected exports (issue 7): one office key pair and one village signing key for the tests.
OFFICE_KEY = nacl.public.PrivateKey.generate()
VILLAGE_KEY = nacl.signing.SigningKey.generate()
MUDO_KEY = nacl.signing.SigningKey.generate()  # another village of Bangko: 15.02.02.2008


def give_village_keys(signing: nacl.signing.SigningKey = VILLAGE_KEY) -> None:
    """In an open village installation: its signing key and the office's public key."""
    from desktop.storage import exchange_keys

    exchange_keys.save_signing_seed(bytes(signing), bytes(signing.verify_key))
    exchange_keys.save_office_key(KERINCI_OFFICE.name, bytes(OFFICE_KEY.public_key))


def give_office_key() -> None:
    """In an open office installation: the office's private key."""
    from desktop.storage import exchange_keys

    exchange_keys.save_office_private_key(bytes(OFFICE_KEY), bytes(OFFICE_KEY.public_key))


def confirm_village(
    signing: nacl.signing.SigningKey = VILLAGE_KEY, code: str = "15.02.02.2004"
) -> Owner:
    """In an open office installation: the village's key confirmed, as an officer does after
    comparing the fingerprint (tests that are about first contact leave this out)."""
    from desktop.storage import office_imports

    return office_imports.register_key(code, bytes(signing.verify_key), areas(code), "")


def merge(
    data: bytes,
    name: str = "ekspor.siaga",
    *,
    signing: nacl.signing.SigningKey = VILLAGE_KEY,
    now: datetime | None = None,
) -> FileResult:
    """Import an export document as the office does a file from a stick: sealed and signed
    with ``signing`` (the village's key)."""
    from desktop.exchange.merge import VIA_FILE, import_protected

    return import_protected(sealed(data, signing), areas=areas, via=VIA_FILE, name=name, now=now)


def import_files(paths: Iterable[Path], **options) -> ImportReport:
    from desktop.exchange.merge import import_paths

    return import_paths(paths, areas=areas, **options)


def document_of(path_or_data: Path | bytes) -> bytes:
    """The export document inside a protected file, opened as the office opens it."""
    from desktop.exchange.wire import envelope

    data = path_or_data if isinstance(path_or_data, bytes) else path_or_data.read_bytes()
    return envelope.open_envelope(
        data, check_sender=lambda _header: None, office_private_key=bytes(OFFICE_KEY)
    ).document


def sealed(document: bytes, signing: nacl.signing.SigningKey = VILLAGE_KEY) -> bytes:
    """An export document as a village sends it: signed and sealed to the office's key."""
    from desktop.exchange.wire import envelope

    doc = json.loads(document)
    return envelope.seal(
        document,
        village_code=doc["source"]["village_code"],
        export_id=doc["export_id"],
        signing_key=signing,
        office_public_key=bytes(OFFICE_KEY.public_key),
    )


def installation_of(paths: DataPaths) -> Installation:
    """The folder's installation: unlocked with PASSPHRASE when it has a key file (set up by
    the command line), unprotected otherwise (made in the test process)."""
    from desktop.storage import keystore
    from desktop.storage.db import UNPROTECTED

    if keystore.has_key_file(paths):
        return Installation(paths, keystore.unlock(paths, PASSPHRASE))
    return Installation(paths, UNPROTECTED)


def cli_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SIAGA_PASSPHRASE": PASSPHRASE}


@contextmanager
def opened(paths: DataPaths) -> Iterator[Installation]:
    inst = installation_of(paths)
    inst.open()
    try:
        yield inst
    finally:
        inst.close()


def incident(summary: str = "Tawaran kerja di kebun sawit", **changes) -> Incident:
    values = {
        "report_type": ReportType.SUSPICIOUS_OFFER,
        "reported_on": date(2026, 5, 1),
        "modus": Modus.NON_PROCEDURAL_JOB,
        "summary": summary,
        "destination_country": "MY",
    }
    return Incident(**(values | changes))


def save(item: Incident, *, base: str | None = None, when: datetime = DAY) -> str:
    """Save and return the new version id."""
    meta = incidents.save_incident(item, author_name="Sekdes", base_version=base, now=when)
    return meta.version_id


def dump(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def rows(chains) -> list[list[VersionRow]]:
    """Stored rows of versions, as the village database would give them."""
    return [
        [
            VersionRow(
                v.record_id,
                v.version_id,
                v.prev_version_id,
                v.saved_at.astimezone(UTC).isoformat(timespec="seconds"),
                v.author,
                v.state.value,
                v.reason,
                dump(v.payload),
            )
            for v in chain
        ]
        for chain in chains
    ]


SOURCE = kungkai_source("7d0c6f4e-2b1a-4c59-9a57-3f0e8e0c1a11", sequence=1)


def export_bytes(
    chains,
    *,
    sequence: int = 1,
    reason: str | None = None,
    export_id: str | None = None,
    source: ExportSource = SOURCE,
    assessments: list | None = None,
    removed: list | None = None,
    code_changes: tuple = (),
) -> bytes:
    header = ExportHeader(
        export_id or str(uuid.uuid4()),
        DAY,
        "0.1.0",
        replace(source, sequence=sequence),
        reason,
        code_changes,
    )
    return build_document(header, rows(chains), assessments or [], removed).data


def version(record_id: str, prev: str | None, summary: str, *, when: datetime = DAY, **kw):
    """A StoredVersion made elsewhere, for merge tests."""
    state = kw.pop("state", RecordState.LIVE)
    payload = (
        {}
        if state is RecordState.PURGED
        else to_payload(incident(summary, record_id=record_id, **kw))
    )
    return StoredVersion(
        record_id=record_id,
        version_id=str(uuid.uuid4()),
        prev_version_id=prev,
        saved_at=when,
        author="Sekdes",
        state=state,
        reason="",
        payload=payload,
    )


@pytest.fixture
def village_paths(tmp_path: Path) -> DataPaths:
    paths = DataPaths.resolve(tmp_path / "desa")
    with opened(paths):
        profile_store.save_profile(KUNGKAI)
        give_village_keys()
    return paths


@pytest.fixture
def office_paths(tmp_path: Path) -> DataPaths:
    """An office that has confirmed Kungkai's key (VILLAGE_KEY)."""
    paths = DataPaths.resolve(tmp_path / "kantor")
    with opened(paths):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        confirm_village()
    return paths


R1_EXPORT = "0b6f8c3e-0000-4000-8000-0000000000e1"


def export_for(
    office_public_key: bytes,
    signing: nacl.signing.SigningKey,
    export_id: str,
    *,
    summary: str = "Tawaran kerja ke Malaysia",
) -> bytes:
    """A protected export of Kungkai holding one record, for an office with this key."""
    from desktop.exchange.wire import envelope

    record = "44444444-4444-4444-8444-444444444444"
    document = export_bytes([[version(record, None, summary)]], export_id=export_id)
    return envelope.seal(
        document,
        village_code=SOURCE.village_code,
        export_id=export_id,
        signing_key=signing,
        office_public_key=office_public_key,
    )


def receipt_for(entry, **changes):
    """A receipt the office would make for ``entry`` (signed with the office's key)."""
    from desktop.exchange.wire import receipt as wire

    made = wire.Receipt(
        export_id=entry.export_id,
        sha256=entry.sha256,
        village_code="15.02.02.2004",
        sequence=entry.sequence,
        state=wire.IMPORTED,
        reason="",
        at=DAY + timedelta(days=1),
        office=KERINCI_OFFICE.name,
        office_key=bytes(OFFICE_KEY.public_key),
        village_key=bytes(VILLAGE_KEY.verify_key),
        counts={"baru": 1, "diperbarui": 0, "sama": 0, "konflik": 0},
        assessments={"baru": 0, "diperbarui": 0, "sama": 0, "konflik": 0},
    )
    return wire.sign(replace(made, **changes), bytes(OFFICE_KEY))
