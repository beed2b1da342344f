"""Protected export files: signed by the village, readable only by the office they were sealed
to, checked before anything is decrypted or parsed."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import nacl.public
import nacl.signing
import pytest

from desktop.domain.security import AuditKind, fingerprint
from desktop.exchange import keys, protection
from desktop.exchange.wire import envelope
from desktop.exchange.wire.envelope import EnvelopeProblem, EnvelopeRejected
from desktop.paths import DataPaths
from desktop.storage import audit, settings
from desktop.storage.installation import Installation
from tests.keys import TEST_KEY

DOCUMENT = b'{"format":"siaga-tppo-ekspor","people":[{"name":"Zzyxqwerty Unikname"}]}'
WHEN = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


def sealed(
    village: nacl.signing.SigningKey,
    office: nacl.public.PrivateKey | None,
    *,
    code: str = "15.02.02.2004",
    export_id: str = "0b6f8c3e-0000-4000-8000-000000000001",
) -> bytes:
    return envelope.seal(
        DOCUMENT,
        village_code=code,
        export_id=export_id,
        signing_key=village,
        office_public_key=bytes(office.public_key) if office else None,
        created_at=WHEN,
    )


@pytest.fixture
def village() -> nacl.signing.SigningKey:
    return nacl.signing.SigningKey.generate()


@pytest.fixture
def office() -> nacl.public.PrivateKey:
    return nacl.public.PrivateKey.generate()


def split(data: bytes) -> tuple[dict, bytes]:
    """The header and the body of a version 2 file."""
    header_end = data.index(b"\n", len(envelope.MAGIC))
    return json.loads(data[len(envelope.MAGIC) : header_end]), data[
        header_end + 1 : -envelope.SIGNATURE_LINE
    ]


def signed_again(header: dict, body: bytes, signer: nacl.signing.SigningKey) -> bytes:
    """A version 2 file with this header and body, signed by ``signer``."""
    head = (
        envelope.MAGIC + json.dumps(header, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    )
    signature = signer.sign(envelope.signature_input(head, body)).signature
    return head + body + b"\n" + base64.b64encode(signature) + b"\n"


def open_at(data: bytes, office: nacl.public.PrivateKey | None, check_sender=None):
    return envelope.open_envelope(
        data,
        check_sender=check_sender or (lambda _header: None),
        office_private_key=bytes(office) if office else None,
    )


def test_the_office_opens_what_the_village_sealed(village, office):
    data = sealed(village, office)
    assert b"Zzyxqwerty" not in data  # the name travels only encrypted
    seen = []
    opened = open_at(data, office, seen.append)
    assert opened.document == DOCUMENT
    assert seen == [opened.header] and opened.header.sender_key == bytes(village.verify_key)
    assert opened.header.village_code == "15.02.02.2004"
    assert opened.header.created_at == "2026-05-04T09:30:00Z"


def test_the_header_says_only_what_the_office_needs(village, office):
    data = sealed(village, office)
    header = json.loads(data.split(b"\n")[1])
    assert set(header) == {
        "format",
        "version",
        "village_code",
        "export_id",
        "created_at",
        "encrypted",
        "sender_key",
        "recipient",
    }
    assert header["recipient"] == fingerprint(bytes(office.public_key))


def test_every_flipped_byte_is_detected(village, office):
    data = sealed(village, office)
    # Every byte of the header and signature lines, and a spread of the encrypted body.
    positions = list(range(len(envelope.MAGIC), data.index(b"\n", len(envelope.MAGIC)) + 90))
    positions += list(range(positions[-1], len(data), 7))
    for position in positions:
        changed = bytearray(data)
        changed[position] ^= 0x01
        with pytest.raises(EnvelopeRejected) as caught:
            open_at(bytes(changed), office)
        assert caught.value.problem in (
            EnvelopeProblem.BAD_SIGNATURE,
            EnvelopeProblem.NOT_AN_ENVELOPE,
        ), position


def test_a_cut_off_file_is_refused(village, office):
    data = sealed(village, office)
    for length in (0, 10, len(envelope.MAGIC) + 5, len(data) // 2, len(data) - 1):
        with pytest.raises(EnvelopeRejected):
            open_at(data[:length], office)


def test_an_export_for_another_office_cannot_be_read(village, office):
    other_office = nacl.public.PrivateKey.generate()
    data = sealed(village, other_office)
    with pytest.raises(EnvelopeRejected) as caught:
        open_at(data, office)
    assert caught.value.problem is EnvelopeProblem.NOT_FOR_THIS_OFFICE
    # Even when it claims to be for this office, the sealed box will not open.
    header, body = split(data)
    header["recipient"] = fingerprint(bytes(office.public_key))
    with pytest.raises(EnvelopeRejected) as again:
        open_at(signed_again(header, body, village), office)
    assert again.value.problem is EnvelopeProblem.NOT_FOR_THIS_OFFICE


def test_a_stolen_export_signed_again_by_someone_else_is_refused(village, office):
    data = sealed(village, office)
    thief = nacl.signing.SigningKey.generate()
    header, body = split(data)
    header["sender_key"] = base64.b64encode(bytes(thief.verify_key)).decode()
    with pytest.raises(EnvelopeRejected) as caught:
        open_at(signed_again(header, body, thief), office)
    assert caught.value.problem is EnvelopeProblem.INCONSISTENT


def test_the_senders_key_is_judged_before_anything_is_decrypted(village, office):
    registered = {"15.02.02.2004": bytes(nacl.signing.SigningKey.generate().verify_key)}
    with pytest.raises(EnvelopeRejected) as caught:
        envelope.verify(sealed(village, office), registered.get)
    assert caught.value.problem is EnvelopeProblem.KEY_CHANGED

    class Refused(Exception):
        pass

    def refuse(_header):
        raise Refused

    with pytest.raises(Refused):  # not NO_OFFICE_KEY: nothing was decrypted
        open_at(sealed(village, office), None, refuse)


def test_unencrypted_exports_are_readable_but_still_signed(village, office):
    data = sealed(village, None)
    assert b"Zzyxqwerty" in data
    assert open_at(data, None).document == DOCUMENT
    changed = data.replace(b"Zzyxqwerty", b"Zzyxqwertz")
    with pytest.raises(EnvelopeRejected) as caught:
        open_at(changed, None)
    assert caught.value.problem is EnvelopeProblem.BAD_SIGNATURE


def test_the_receiver_checks_without_the_private_key(village, office):
    data = sealed(village, office)
    registered = {"15.02.02.2004": bytes(village.verify_key)}
    header = protection.check_for_receiver(data, registered)
    assert header.export_id.endswith("0001")
    changed = bytearray(data)
    changed[-3] ^= 0x40
    with pytest.raises(EnvelopeRejected):
        protection.check_for_receiver(bytes(changed), registered)


def test_a_plain_export_document_is_not_an_envelope():
    with pytest.raises(EnvelopeRejected) as caught:
        open_at(DOCUMENT, None)
    assert caught.value.problem is EnvelopeProblem.NOT_AN_ENVELOPE


# --- with the databases: a village seals, an office registers, holds, accepts -----------------


def _open(paths: DataPaths) -> Installation:
    inst = Installation(paths, TEST_KEY)
    inst.open()
    return inst


def test_keys_travel_by_file_and_an_unconfirmed_village_key_waits_for_the_office(
    tmp_path, area_index
):
    office_paths = DataPaths.resolve(tmp_path / "kantor")
    village_paths = DataPaths.resolve(tmp_path / "desa")
    key_file = tmp_path / "kunci.siagakunci"

    inst = _open(office_paths)
    public = keys.ensure_office_key()
    key_file.write_bytes(keys.office_key_file_bytes("Kantor Imigrasi Kerinci", public))
    office_fp = fingerprint(public)
    inst.close()

    inst = _open(village_paths)
    found = keys.read_office_key_file(key_file)
    assert found.fingerprint == office_fp and found.office_name == "Kantor Imigrasi Kerinci"
    keys.import_office_key(found)
    first = protection.seal_export(
        DOCUMENT, village_code="15.02.02.2004", export_id="e1", created_at=WHEN
    )
    village_fp = keys.village_fingerprint()
    inst.close()

    inst = _open(office_paths)
    try:
        unsealed = protection.unseal_for_import(first)
        assert unsealed.document == DOCUMENT and unsealed.owner is None  # nobody confirmed it
        held_as = protection.hold(first, unsealed.header, via="berkas", file_name="a.siaga")
        (waiting,) = protection.held_villages()
        assert held_as.value == "kontak_pertama" and waiting.first_contact
        assert (waiting.village_code, waiting.fingerprint) == ("15.02.02.2004", village_fp)
        chain = area_index.chain("15.02.02.2004")
        released = protection.accept_key("15.02.02.2004", waiting.public_key, chain)
        assert [(h.name, h.export_id, h.data) for h in released] == [("a.siaga", "e1", first)]
        owner = protection.unseal_for_import(first).owner
        assert owner is not None and owner.village_name == "Kungkai"
        assert protection.held_villages() == []
    finally:
        inst.close()

    # The village reinstalls: a new signing key.
    inst = _open(village_paths)
    inst.db.execute_sql("DELETE FROM setting WHERE key = ?", (settings.SIGNING_SEED.key,))
    second = protection.seal_export(
        DOCUMENT, village_code="15.02.02.2004", export_id="e2", created_at=WHEN
    )
    new_fp = keys.village_fingerprint()
    inst.close()

    inst = _open(office_paths)
    try:
        unsealed = protection.unseal_for_import(second)
        assert unsealed.owner is None
        held_as = protection.hold(second, unsealed.header, via="berkas", file_name="b.siaga")
        (waiting,) = protection.held_villages()
        assert held_as.value == "kunci_desa_berubah" and not waiting.first_contact
        assert waiting.fingerprint == new_fp
        kinds = [e.kind for e in audit.list_events()]
        assert AuditKind.VILLAGE_FIRST_CONTACT_HELD.value in kinds
        assert AuditKind.VILLAGE_KEY_CHANGE_HELD.value in kinds
        released = protection.accept_key("15.02.02.2004", waiting.public_key, chain)
        assert [h.data for h in released] == [second]
        assert protection.held_villages() == []
        assert protection.unseal_for_import(second).owner is not None
        assert protection.unseal_for_import(first).owner is None  # the old key is not hers now
        assert AuditKind.VILLAGE_KEY_ACCEPTED.value in [e.kind for e in audit.list_events()]
    finally:
        inst.close()


def test_without_an_office_key_only_an_explicit_choice_sends_unencrypted(installation):
    with pytest.raises(protection.OfficeKeyMissing):
        protection.seal_export(
            DOCUMENT, village_code="15.02.02.2004", export_id="x", created_at=WHEN
        )
    data = protection.seal_export(
        DOCUMENT, village_code="15.02.02.2004", export_id="x", created_at=WHEN, unencrypted=True
    )
    assert (
        envelope.open_envelope(
            data, check_sender=lambda _header: None, office_private_key=None
        ).document
        == DOCUMENT
    )
    protection.record_export(
        export_id="x", destination="E:/", with_identities=False, encrypted=False, via="berkas"
    )
    assert audit.list_events()[0].kind == AuditKind.EXPORTED_UNENCRYPTED.value


# --- version 2 in pieces, and version 1 still read ---------------------------------------------


def sealer_for(village, office, number: int) -> envelope.Sealer:
    return envelope.Sealer(
        village_code="15.02.02.2004",
        export_id=f"0b6f8c3e-0000-4000-8000-00000000000{number}",
        signing_key=village,
        office_public_key=bytes(office.public_key),
        created_at=WHEN,
    )


def test_a_large_export_written_in_pieces_opens_whole_with_its_prefix_given_last(village, office):
    content = b"".join(b'{"n":%d,"text":"%s"},' % (n, b"x" * (n % 97)) for n in range(200_000))
    assert len(content) > 2 * envelope.CHUNK
    sealer = sealer_for(village, office, 2)
    for at in range(0, len(content), 70_001):  # pieces that do not line up with the chunks
        sealer.write(content[at : at + 70_001])
    data = b"".join(sealer.finish(prefix=b'{"sha256":"abc",'))
    assert content[:40] not in data
    opened = open_at(data, office)
    assert opened.document == b'{"sha256":"abc",' + content
    assert opened.header.export_id.endswith("0002")


def _frames(body: bytes) -> list[bytes]:
    frames, at = [], 0
    while at < len(body):
        length = int.from_bytes(body[at : at + 4], "big")
        frames.append(body[at : at + 4 + length])
        at += 4 + length
    return frames


def test_messages_dropped_or_reordered_by_a_faulty_writer_do_not_open(village, office):
    sealer = sealer_for(village, office, 3)
    sealer.write(b"a" * (2 * envelope.CHUNK + 10))
    header, body = split(b"".join(sealer.finish()))
    key_box, stream_header, *messages = _frames(body)
    assert len(messages) == 4  # two full chunks, the rest, the final message
    for changed in (
        [messages[1], messages[0], *messages[2:]],  # reordered
        messages[:-1],  # the final message cut off
        [messages[0], *messages[2:]],  # one left out
        [*messages, messages[-1]],  # something after the final message
    ):
        forged = signed_again(header, b"".join([key_box, stream_header, *changed]), village)
        with pytest.raises(EnvelopeRejected) as caught:
            open_at(forged, office)
        assert caught.value.problem is EnvelopeProblem.INCONSISTENT
    oversized = (envelope.MAX_FRAME + 1).to_bytes(4, "big") + b"x" * 10
    forged = signed_again(header, key_box + stream_header + oversized, village)
    with pytest.raises(EnvelopeRejected) as caught:
        open_at(forged, office)
    assert caught.value.problem is EnvelopeProblem.INCONSISTENT


def test_version_1_files_are_still_read_and_checked(village, office):
    from tests.exchange.envelope_v1 import seal_v1

    for office_key in (office, None):
        data = seal_v1(
            DOCUMENT,
            village_code="15.02.02.2004",
            export_id="0b6f8c3e-0000-4000-8000-000000000004",
            signing_key=village,
            office_public_key=bytes(office_key.public_key) if office_key else None,
            created_at=WHEN,
        )
        assert envelope.is_envelope(data)
        opened = open_at(data, office_key)
        assert opened.document == DOCUMENT and opened.header.export_id.endswith("0004")
        registered = {"15.02.02.2004": bytes(village.verify_key)}
        assert protection.check_for_receiver(data, registered).export_id.endswith("0004")
        changed = bytearray(data)
        changed[-5] ^= 0x01
        with pytest.raises(EnvelopeRejected) as caught:
            open_at(bytes(changed), office_key)
        assert caught.value.problem is EnvelopeProblem.BAD_SIGNATURE
