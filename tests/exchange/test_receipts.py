"""The office's receipts: made after the import, left beside the export on the flash drive,
and taken in at the village only when they are its own, unchanged and from its office.

A village that gets no trustworthy receipt sees nothing change: a forged, foreign or malformed
receipt is ignored and the reason logged."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import nacl.public
import nacl.signing
import pytest

from desktop.domain.exchange import (
    Acknowledgment,
    ExportWriteFailed,
    OfficeState,
    OutboxStatus,
    RejectReason,
    WriteProblem,
)
from desktop.exchange import receipts
from desktop.exchange.export import export_to_folder, queue_current
from desktop.exchange.wire import receipt as wire
from desktop.exchange.wire.receipt import ReceiptInvalid
from desktop.storage import exchange_keys, outbox_store
from tests.areas import areas
from tests.exchange.conftest import (
    DAY,
    OFFICE_KEY,
    VILLAGE_KEY,
    export_for,
    incident,
    opened,
    receipt_for,
    save,
)


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "FLASHDISK"
    folder.mkdir()
    return folder


def export_on_stick(village_paths, usb: Path, summary: str = "Tawaran kerja ke Malaysia"):
    with opened(village_paths):
        save(incident(summary))
        return export_to_folder(usb)


def test_the_office_leaves_a_receipt_beside_the_export_and_the_village_reads_it(
    village_paths, office_paths, usb
):
    result = export_on_stick(village_paths, usb)
    with opened(office_paths):
        report = receipts.import_and_acknowledge([usb], areas=areas)
    assert report.all_ok and report.receipts_written == 1
    (beside,) = usb.glob("*.tanda-terima")
    assert beside.name == result.path.name.replace(".siaga", ".tanda-terima")
    document = json.loads(beside.read_text(encoding="utf-8"))
    assert document["state"] == "diimpor" and document["sequence"] == result.entry.sequence
    assert document["counts"]["baru"] == 1 and document["sha256"] == result.entry.sha256

    with opened(village_paths):
        assert outbox_store.load_export(result.entry.export_id).acknowledgment is (
            Acknowledgment.NONE
        )
        taken = receipts.read_folder(usb)
        entry = outbox_store.load_export(result.entry.export_id)
        assert taken.applied == 1 and entry.acknowledgment is Acknowledgment.IMPORTED
        assert entry.office_counts.new == 1
        assert receipts.read_folder(usb).applied == 0  # the same receipt again changes nothing


def test_an_export_held_for_a_changed_key_gets_a_held_receipt(village_paths, office_paths, usb):
    first = export_on_stick(village_paths, usb)
    with opened(office_paths):
        receipts.import_and_acknowledge([first.path], areas=areas)
    for old in usb.iterdir():
        old.unlink()
    new_key = nacl.signing.SigningKey.generate()
    with opened(village_paths):
        exchange_keys.save_signing_seed(bytes(new_key), bytes(new_key.verify_key))
    second = export_on_stick(village_paths, usb, "Kejadian kedua")
    with opened(office_paths):
        report = receipts.import_and_acknowledge([usb], areas=areas)
    assert not report.all_ok and report.receipts_written == 1
    with opened(village_paths):
        receipts.read_folder(usb)
        entry = outbox_store.load_export(second.entry.export_id)
    assert entry.acknowledgment is Acknowledgment.HELD
    assert entry.held_reason == "kunci_desa_berubah"


def test_a_first_contact_held_for_its_key_to_be_confirmed_gets_a_held_receipt(
    village_paths, tmp_path, usb
):
    from desktop.paths import DataPaths
    from desktop.storage import exchange_settings
    from tests.exchange.conftest import KERINCI_OFFICE, give_office_key

    result = export_on_stick(village_paths, usb)
    office = DataPaths.resolve(tmp_path / "kantor-baru")  # has not confirmed Kungkai's key
    with opened(office):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        report = receipts.import_and_acknowledge([usb], areas=areas)
    (file,) = report.files
    assert file.rejected.reason is RejectReason.FIRST_CONTACT and report.receipts_written == 1
    with opened(village_paths):
        receipts.read_folder(usb)
        entry = outbox_store.load_export(result.entry.export_id)
    assert entry.acknowledgment is Acknowledgment.HELD
    assert entry.held_reason == "kontak_pertama"


def test_a_locked_stick_gets_no_receipt_and_the_import_still_counts(
    village_paths, office_paths, usb, monkeypatch
):
    export_on_stick(village_paths, usb)

    def locked(folder, name, data):
        raise ExportWriteFailed(WriteProblem.READ_ONLY, folder, "EROFS")

    monkeypatch.setattr(receipts, "write_verified", locked)
    with opened(office_paths):
        report = receipts.import_and_acknowledge([usb], areas=areas)
    assert report.all_ok and report.receipts_not_written == 1 and report.receipts_written == 0
    assert list(usb.glob("*.tanda-terima")) == []


def test_a_file_whose_signature_fails_gets_no_receipt(village_paths, office_paths, usb):
    result = export_on_stick(village_paths, usb)
    data = bytearray(result.path.read_bytes())
    data[-20] ^= 1
    result.path.write_bytes(bytes(data))
    with opened(office_paths):
        report = receipts.import_and_acknowledge([usb], areas=areas)
    assert report.rejected == 1 and report.receipts_written == 0
    assert list(usb.glob("*.tanda-terima")) == []


@pytest.fixture
def queued(village_paths):
    with opened(village_paths):
        save(incident("Tawaran kerja ke Malaysia"))
        yield queue_current(village_paths.root / "kotak-keluar")


def keep(*items, caplog=None) -> receipts.TakenIn:
    return receipts.take_in(items, source="uji")


def test_a_good_receipt_marks_the_export_imported(queued):
    taken = keep(wire.encode(receipt_for(queued)))
    entry = outbox_store.load_export(queued.export_id)
    assert taken.applied == 1 and entry.office_state is OfficeState.IMPORTED
    assert entry.acknowledgment is Acknowledgment.IMPORTED


def other_office_key() -> nacl.public.PrivateKey:
    return nacl.public.PrivateKey.generate()


def forged(entry) -> list[tuple[str, bytes | dict]]:
    """(what is wrong, the receipt as it arrives)."""
    good = receipt_for(entry)
    changed = good.as_json() | {"counts": {"baru": 9, "diperbarui": 0, "sama": 0, "konflik": 0}}
    stranger = other_office_key()
    foreign = wire.sign(
        replace(good, office_key=bytes(stranger.public_key), office="Kantor Lain"),
        bytes(stranger),
    )
    # Made by a stranger but claiming the real office's key: the MAC does not match.
    claimed = replace(foreign, office_key=bytes(OFFICE_KEY.public_key))
    other_village = receipt_for(entry, village_code="15.02.02.2009")
    other_key = nacl.signing.SigningKey.generate()
    for_other_key = receipt_for(entry, village_key=bytes(other_key.verify_key))
    unknown = receipt_for(entry, export_id=str(uuid.uuid4()))
    return [
        ("mac", changed),
        ("office", wire.encode(foreign)),
        ("mac", wire.encode(claimed)),
        ("village", wire.encode(other_village)),
        ("village", wire.encode(for_other_key)),
        ("made here", wire.encode(unknown)),
        ("format", b"not json at all"),
        ("format", b"{" * 100_000),
        ("format", wire.encode(good)[:-30]),
        ("format", good.as_json() | {"extra": 1}),
        ("format", good.as_json() | {"sequence": "7"}),
        ("format", good.as_json() | {"sequence": True}),
        ("format", good.as_json() | {"state": "terkirim"}),
        ("format", good.as_json() | {"export_id": "../../etc/passwd"}),
        ("format", good.as_json() | {"at": "kemarin"}),
        ("format", good.as_json() | {"office_key": "AAAA"}),
        ("format", [good.as_json()]),
    ]


def test_forged_foreign_and_malformed_receipts_are_ignored_with_the_reason_logged(queued, caplog):
    for problem, item in forged(queued):
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="desktop.exchange.receipts"):
            taken = keep(item)
        assert (taken.applied, taken.ignored) == (0, 1), problem
        assert problem in caplog.text, (problem, caplog.text)
        entry = outbox_store.load_export(queued.export_id)
        assert entry.office_state is None and entry.acknowledgment is Acknowledgment.NONE


def test_a_receipt_that_only_changed_the_sequence_or_hash_is_not_applied(queued):
    wrong = receipt_for(queued, sequence=queued.sequence + 1)
    other_hash = receipt_for(queued, sha256="0" * 64)
    taken = keep(wire.encode(wrong), wire.encode(other_hash))
    assert taken.applied == 0
    assert outbox_store.load_export(queued.export_id).office_state is None


def test_held_then_imported_ends_imported_and_an_older_held_receipt_does_not_undo_it(queued):
    held = receipt_for(queued, state=wire.HELD, reason="kunci_desa_berubah", sha256="", sequence=0)
    assert keep(wire.encode(held)).applied == 1
    entry = outbox_store.load_export(queued.export_id)
    assert entry.acknowledgment is Acknowledgment.HELD
    assert entry.held_reason == "kunci_desa_berubah"

    imported = receipt_for(queued, at=held.at + timedelta(hours=2))
    assert keep(wire.encode(imported)).applied == 1
    assert outbox_store.load_export(queued.export_id).acknowledgment is Acknowledgment.IMPORTED
    assert keep(wire.encode(held)).applied == 0
    assert outbox_store.load_export(queued.export_id).acknowledgment is Acknowledgment.IMPORTED


def test_the_receivers_held_flag_shows_held_never_received(queued):
    outbox_store.mark_sent(queued.export_id, {"export_id": queued.export_id, "held": True}, DAY)
    entry = outbox_store.load_export(queued.export_id)
    assert entry.outbox is OutboxStatus.SENT
    assert entry.acknowledgment is Acknowledgment.HELD
    assert entry.held_reason == "kunci_desa_berubah"
    assert outbox_store.newest_acknowledged() is None


def test_without_the_office_key_no_receipt_is_trusted(queued):
    from desktop.storage import settings

    settings.OFFICE_KEY.set(None)
    assert keep(wire.encode(receipt_for(queued))) == receipts.TakenIn(0, 1)


def test_a_receipt_file_names_the_export_beside_it():
    assert wire.file_name("siaga-ekspor-1502022004-kungkai-20260503-1405-no5.siaga") == (
        "siaga-ekspor-1502022004-kungkai-20260503-1405-no5.tanda-terima"
    )


def test_parse_refuses_what_is_too_large_before_reading_it():
    with pytest.raises(ReceiptInvalid) as caught:
        wire.parse(b" " * (wire.MAX_BYTES + 1))
    assert caught.value.problem == "format" and caught.value.detail == "size"


def test_an_office_receipt_names_the_key_the_export_was_signed_with(office_paths):
    data = export_for(bytes(OFFICE_KEY.public_key), VILLAGE_KEY, str(uuid.uuid4()))
    from desktop.exchange.merge import VIA_FILE, import_signed

    with opened(office_paths):
        result, header = import_signed(data, areas=areas, via=VIA_FILE, name="x.siaga")
        made = receipts.signed_receipt(header, result)
    assert made.village_key == bytes(VILLAGE_KEY.verify_key)
    assert made.office_key == bytes(OFFICE_KEY.public_key) and made.state == wire.IMPORTED
    assert wire.verify(
        wire.parse(wire.encode(made)),
        village_code="15.02.02.2004",
        village_seed=bytes(VILLAGE_KEY),
        office_public_key=bytes(OFFICE_KEY.public_key),
    )
