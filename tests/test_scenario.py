"""Issue 12's scenario from end to end: three villages in Kabupaten Merangin and their immigration
office, over flash drives and the office's receiver, two rounds of work, ending with the office's
state compared with each village's latest state (``tests/exchange/state.py``): equal, with what
the office keeps as conflicts listed.

Every step goes through the app's own functions (export, the sender's round, the office's import
from a folder and its fetch from the receiver, the officer confirming keys on the Desa page's
functions, the receipts both ways), one data folder open at a time as on separate computers; the
receiver really listens on 127.0.0.1. Along the way: first contacts held until confirmed, edits,
deletes, a restore from Terhapus, a purge, a deleted check, a signed code change, a new key held
and accepted, a village going back to a backup, and a file touching another village's record,
refused whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import nacl.signing

from desktop.domain.assessment import Assessment, Offer
from desktop.domain.checklist import Result, RiskLevel
from desktop.domain.exchange import Acknowledgment, RejectReason
from desktop.domain.incident import RecordState, StoredVersion, to_payload
from desktop.domain.profile import VillageProfile
from desktop.domain.security import AuditKind
from desktop.exchange import fetch, receipts
from desktop.exchange.export import export_to_folder
from desktop.exchange.identity import change_village_code
from desktop.exchange.merge import VIA_UPLOAD, accept_held, import_protected
from desktop.exchange.protection import held_villages
from desktop.exchange.status import sending_status
from desktop.exchange.sync import send_outbox
from desktop.exchange.upload_tokens import add_token
from desktop.exchange.wire import envelope
from desktop.exchange.wire.format import ExportHeader, ExportSource, build_document
from desktop.paths import DataPaths
from desktop.storage import (
    assessments,
    audit,
    exchange_keys,
    exchange_settings,
    incidents,
    office_imports,
    outbox_store,
    profile_store,
)
from tests.areas import areas
from tests.exchange.conftest import (
    DAY,
    KERINCI_OFFICE,
    OFFICE_KEY,
    give_office_key,
    incident,
    opened,
    rows,
)
from tests.exchange.receiver_harness import OFFICE_TOKEN, running_receiver
from tests.exchange.state import compare, office_state, village_state
from tests.profiles import kungkai


def merangin(code: str, name: str, district: str, head: str) -> VillageProfile:
    return VillageProfile(code, name, district, "Kabupaten Merangin", "Jambi", head)


KUNGKAI = kungkai()
MUDO = merangin("15.02.02.2008", "Mudo", "Bangko", "Rahmat")
DURIAN = merangin("15.02.03.2004", "Durian Rambun", "Muara Siau", "Yusuf")
SUNGAI_KAPAS = "15.02.02.2024"  # Kungkai's code after a change Kemendagri made


@dataclass
class Village:
    paths: DataPaths
    profile: VillageProfile
    usb: Path
    key: nacl.signing.SigningKey
    token: str = ""

    @contextmanager
    def open(self) -> Iterator[None]:
        with opened(self.paths):
            yield

    @property
    def outbox(self) -> Path:
        return self.paths.root / "kotak-keluar"


def make_village(root: Path, profile: VillageProfile) -> Village:
    paths = DataPaths.resolve(root / profile.village_name.replace(" ", "-").lower())
    usb = root / f"flashdisk-{paths.root.name}"
    usb.mkdir()
    key = nacl.signing.SigningKey.generate()  # each village its own key
    with opened(paths):
        profile_store.save_profile(profile)
        exchange_keys.save_signing_seed(bytes(key), bytes(key.verify_key))
        exchange_keys.save_office_key(KERINCI_OFFICE.name, bytes(OFFICE_KEY.public_key))
    return Village(paths, profile, usb, key)


def save(summary: str, *, record_id: str | None = None, base: str | None = None) -> str:
    changes = {"record_id": record_id} if record_id else {}
    meta = incidents.save_incident(
        incident(summary, **changes), author_name="Sekdes", base_version=base
    )
    return meta.record_id


def head_of(record_id: str) -> str:
    return incidents.load_incident(record_id).meta.version_id


def a_check(company: str) -> Assessment:
    return assessments.save_assessment(
        Assessment(
            assessed_on=date(2026, 5, 2),
            initials="AB",
            offer=Offer(company, "Malaysia", "Kebun sawit", "0812-0000-0000"),
            answers={},
            result=Result(2, RiskLevel.HIGH, 7, (), (), (), (), ()),
        )
    )


def confirm_waiting(office: DataPaths, expected: dict[str, bool]) -> None:
    """An officer on the Desa page: the villages waiting (code -> first contact), each one's
    fingerprint compared with its registration sheet, all accepted in one sitting; every
    export held under them is imported."""
    with opened(office):
        waiting = held_villages()
        assert {h.village_code: h.first_contact for h in waiting} == expected
        for held in waiting:
            results = accept_held(held.village_code, held.public_key, areas=areas)
            assert results and all(r.ok for r in results), results


def touching_another_villages_record(sender: Village, code: str, record_id: str) -> bytes:
    """A file signed by ``sender`` that names a record of another village (a copied log)."""
    stolen = incident("Diambil dari desa lain", record_id=record_id)
    version = StoredVersion(
        record_id=record_id,
        version_id=str(uuid.uuid4()),
        prev_version_id=None,
        saved_at=DAY,
        author="Sekdes",
        state=RecordState.LIVE,
        reason="",
        payload=to_payload(stolen),
    )
    profile = sender.profile
    source = ExportSource(
        "desa",
        code,
        profile.village_name,
        profile.district_name,
        profile.regency_name,
        profile.province_name,
        str(uuid.uuid4()),
        99,
    )
    header = ExportHeader(str(uuid.uuid4()), DAY, "0.1.0", source, None)
    document = build_document(header, rows([[version]]), []).data
    return envelope.seal(
        document,
        village_code=code,
        export_id=header.export_id,
        signing_key=sender.key,
        office_public_key=bytes(OFFICE_KEY.public_key),
    )


# --- The scenario ----------------------------------------------------------------------------


def test_three_villages_and_their_office_end_equal(tmp_path):
    office = DataPaths.resolve(tmp_path / "kantor")
    with opened(office):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
    kungkai = make_village(tmp_path, KUNGKAI)  # flash drive only
    mudo = make_village(tmp_path, MUDO)  # the receiver only
    durian = make_village(tmp_path, DURIAN)  # both
    receiver_root = tmp_path / "penerima"
    receiver_root.mkdir()
    for village in (mudo, durian):
        issued = add_token(receiver_root / "token-desa.txt", village.profile.village_code, DAY)
        village.token = issued.token

    with running_receiver(receiver_root) as receiver:
        with opened(office):
            fetch.save_access(receiver.url, OFFICE_TOKEN)
        for village in (mudo, durian):
            with village.open():
                exchange_settings.save_endpoint(receiver.url, village.token)

        def sync(village: Village):
            with village.open():
                return send_outbox(village.outbox, manual=False, export=True)

        def office_fetch():
            with opened(office):
                return fetch.fetch_waiting(fetch.load_access(), areas=areas)

        def carry(village: Village):
            """The village's flash drive to the office and back."""
            with village.open():
                written = export_to_folder(village.usb)
            with opened(office):
                report = receipts.import_and_acknowledge([written.path], areas=areas)
            assert report.receipts_written == 1, report
            with village.open():
                taken = receipts.read_folder(village.usb)
                entry = outbox_store.load_export(written.entry.export_id)
            return report, taken, entry

        # Round 1: first contacts, held until an officer confirms each key -----------------
        with kungkai.open():
            k1 = save("Tawaran kerja ke Malaysia lewat calo")
            k2 = save("Warga hilang kontak di Kamboja")
            save("Rencana berangkat lewat jalur tikus")
            a_check("PT Sawit Jaya")
        with mudo.open():
            m1 = save("Tawaran magang palsu ke Jepang")
            m2 = save("Korban pulang dari Malaysia")
        with durian.open():
            d1 = save("Pengantin pesanan ke Tiongkok")
            a_check("CV Maju Terus")

        report, taken, entry = carry(kungkai)
        assert [f.rejected.reason for f in report.files] == [RejectReason.FIRST_CONTACT]
        assert taken.applied == 1 and entry.acknowledgment is Acknowledgment.HELD
        assert entry.held_reason == "kontak_pertama"  # the stick says why
        assert sync(mudo).sent == 1
        assert sync(durian).sent == 1
        fetched = office_fetch()
        assert fetched.left == 0  # held in the office's database, unread
        assert {f.rejected.reason for f in fetched.report.files} == {RejectReason.FIRST_CONTACT}
        with opened(office):
            assert incidents.record_total() == 0  # nothing read before a key is confirmed
        confirm_waiting(office, {v.profile.village_code: True for v in (kungkai, mudo, durian)})
        _, taken, on_stick = carry(durian)  # the same log on a stick as well
        assert taken.applied == 1 and on_stick.acknowledgment is Acknowledgment.IMPORTED
        assert office_fetch().receipts_posted >= 2  # the imports of the exports held
        assert sync(mudo).receipts >= 1  # the office's receipt, through the receiver
        sync(durian)
        for village in (mudo, durian):
            with village.open():
                status = sending_status()
                assert status.unsent == 0, village.profile.village_name
                assert status.acknowledged.acknowledgment is Acknowledgment.IMPORTED
        with opened(mudo.paths) as installation:  # Pengaturan > Cadangan, by hand
            before_round_2 = installation.backup_now("manual").path

        # Round 2 ------------------------------------------------------------------------
        with kungkai.open():  # edits, a delete, a purge, a deleted check, a new code
            save(
                "Tawaran kerja ke Malaysia lewat calo; calo sudah dilaporkan",
                record_id=k1,
                base=head_of(k1),
            )
            incidents.delete_incident(k2, author_name="Sekdes", reason="Salah catat")
            incidents.purge_incident(k2, author_name="Sekdes")  # removed for good
            (check,) = assessments.list_assessments()
            assessments.delete_assessment(check.id)
            save("Tawaran kerja kapal ikan")
            change_village_code(areas(SUNGAI_KAPAS), "Kode wilayah diperbarui Kemendagri")
        with mudo.open():  # a restore from Terhapus and an edit; then a backup goes back
            incidents.delete_incident(m1, author_name="Sekdes")
            incidents.restore_incident(m1, author_name="Sekdes")
            save("Tawaran magang palsu ke Jepang: ditolak warga", record_id=m1, base=head_of(m1))
            save("Korban pulang dari Malaysia: sudah dirujuk", record_id=m2, base=head_of(m2))
        with durian.open():  # the PC was replaced: a new key
            new_key = nacl.signing.SigningKey.generate()
            exchange_keys.save_signing_seed(bytes(new_key), bytes(new_key.verify_key))
            save(
                "Pengantin pesanan ke Tiongkok: korban sudah pulang", record_id=d1, base=head_of(d1)
            )

        report, _, entry = carry(kungkai)
        assert report.all_ok and entry.acknowledgment is Acknowledgment.IMPORTED
        assert sync(mudo).sent == 1
        assert sync(durian).sent == 1
        fetched = office_fetch()
        refused = [f.rejected.reason for f in fetched.report.files if f.rejected]
        assert refused == [RejectReason.KEY_CHANGED]  # Durian's: held for the new key
        assert sync(durian).receipts == 1
        with durian.open():
            status = sending_status()
            assert status.held is not None and status.held.held_reason == "kunci_desa_berubah"
            assert status.unsent == 1

        # Mudo's computer went back to the backup taken after round 1, and Mudo wrote again.
        with opened(mudo.paths) as installation:
            wrote = village_state()  # what round 2 wrote is left behind by the restore
            installation.restore(before_round_2)
            save("Korban pulang dari Malaysia: keluarga menjemput", record_id=m2, base=head_of(m2))
            assert sending_status().unsent == 1  # counted though the backup's rows are lower
        assert sync(mudo).sent == 1

        # A file signed by Mudo that holds Kungkai's record is refused whole.
        stolen = touching_another_villages_record(mudo, MUDO.village_code, k1)
        with opened(office):
            result = import_protected(stolen, areas=areas, via=VIA_UPLOAD, name="salinan")
            assert result.rejected.reason is RejectReason.OTHER_VILLAGE
            assert (result.rejected.sender.code, result.rejected.owner.code) == (
                MUDO.village_code,
                SUNGAI_KAPAS,
            )
            refusals = [
                e
                for e in audit.list_events()
                if e.kind == AuditKind.IMPORT_REFUSED_OTHER_VILLAGE.value
            ]
            assert len(refusals) == 1
            assert incidents.load_incident(k1).incident.summary.endswith("sudah dilaporkan")

        confirm_waiting(office, {DURIAN.village_code: False})  # Durian telephoned
        assert office_fetch().receipts_posted >= 1
        for village in (mudo, durian):
            sync(village)
        with kungkai.open():
            receipts.read_folder(kungkai.usb)

        # The end: the office holds exactly what each village holds ------------------------
        snapshots = {}
        for village in (kungkai, mudo, durian):
            with village.open():
                code = profile_store.load_profile().village_code
                snapshots[code] = village_state()
                status = sending_status()
                assert status.unsent == 0 and status.held is None, village.profile.village_name
                assert status.acknowledged.acknowledgment is Acknowledgment.IMPORTED
        assert SUNGAI_KAPAS in snapshots  # Kungkai under its new code
        with opened(office):
            offices = {code: office_state(code) for code in snapshots}
            villages = office_imports.villages()
        results = {code: compare(snapshots[code], offices[code]) for code in snapshots}
        for code, result in results.items():
            assert result.equal, (code, result.differences)
        # Only Mudo left something behind: the versions it wrote before going back.
        assert results[SUNGAI_KAPAS].conflicts == results[DURIAN.village_code].conflicts == ()
        left = {
            (record_id, version_id)
            for record_id, held in wrote.records.items()
            for version_id in held.versions.keys()
            - snapshots[MUDO.village_code].records[record_id].versions.keys()
        }
        kept = results[MUDO.village_code].conflicts
        assert {(n.record_id, n.version_id) for n in kept} == left and len(left) == 4
        assert {n.kind for n in kept} == {"cabang"}
        by_code = {v.code: v for v in villages}
        assert by_code[SUNGAI_KAPAS].past_codes == (KUNGKAI.village_code,)
        assert by_code[MUDO.village_code].restored_at is not None
        assert snapshots[SUNGAI_KAPAS].records[k2].purged  # removed for good on both sides
