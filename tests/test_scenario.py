"""Issue 12's scenario from end to end: three villages in Kabupaten Merangin and their immigration
office, over flash drives and the office's receiver, two rounds of work, ending with the office's
state compared with each village's latest state.

Every step goes through the app's own functions (export, the sender's round, the office's import
from a folder and its fetch from the receiver, the receipts both ways), one data folder open at a
time as on separate computers; the receiver really listens on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import nacl.signing

from desktop.domain.assessment import Assessment, Offer
from desktop.domain.checklist import Result, RiskLevel
from desktop.domain.exchange import Acknowledgment, RejectReason
from desktop.domain.profile import VillageProfile
from desktop.exchange import fetch, receipts
from desktop.exchange.export import export_to_folder
from desktop.exchange.merge import VIA_UPLOAD, import_protected
from desktop.exchange.status import sending_status
from desktop.exchange.sync import send_outbox
from desktop.exchange.upload_tokens import add_token
from desktop.paths import DataPaths
from desktop.storage import (
    assessments,
    exchange_keys,
    exchange_settings,
    incidents,
    office_imports,
    outbox_store,
    profile_store,
)
from tests.exchange.conftest import (
    DAY,
    KERINCI_OFFICE,
    OFFICE_KEY,
    give_office_key,
    incident,
    opened,
)
from tests.exchange.receiver_harness import OFFICE_TOKEN, running_receiver


def merangin(code: str, name: str, district: str, head: str) -> VillageProfile:
    return VillageProfile(code, name, district, "Kabupaten Merangin", "Jambi", head)


KUNGKAI = merangin("15.02.02.2004", "Kungkai", "Bangko", "Siti Aminah")
MUDO = merangin("15.02.02.2008", "Mudo", "Bangko", "Rahmat")
DURIAN = merangin("15.02.03.2004", "Durian Rambun", "Muara Siau", "Yusuf")


@dataclass
class Village:
    paths: DataPaths
    profile: VillageProfile
    usb: Path
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
    with opened(paths):
        profile_store.save_profile(profile)
        key = nacl.signing.SigningKey.generate()  # each village its own key
        exchange_keys.save_signing_seed(bytes(key), bytes(key.verify_key))
        exchange_keys.save_office_key(KERINCI_OFFICE.name, bytes(OFFICE_KEY.public_key))
    return Village(paths, profile, usb)


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


# --- The comparison ------------------------------------------------------------------------


@dataclass(frozen=True)
class Held:
    versions: dict[str, tuple]  # version id -> the stored version row
    records: set[str]
    checks: dict[str, dict]
    removed_checks: set[str]


def village_state() -> Held:
    rows = [v for chain in incidents.version_rows() for v in chain]
    checks = {c["record_id"]: c for c in assessments.export_items()}
    removed = {r["record_id"] for r in assessments.removed_export_items()}
    return Held(
        {v.version_id: tuple(v) for v in rows}, {v.record_id for v in rows}, checks, removed
    )


def office_differences(village: Held, code: str) -> list[str]:
    """What the office holds for the village ``code`` that differs from ``village``."""
    found: list[str] = []
    office = incidents.held_versions(list(village.versions))
    for version_id, row in village.versions.items():
        if version_id not in office:
            found.append(f"version {version_id} missing")
        elif tuple(office[version_id]) != row:
            found.append(f"version {version_id} differs")
    sources = office_imports.villages_of(sorted(village.records))
    from_here = {record for record, source in sources.items() if source == code}
    if from_here != village.records:
        held = len(village.records)
        found.append(f"records: office {len(from_here)} from {code}, village {held}")
    held_checks = assessments.held_export_items(list(village.checks))
    if held_checks != village.checks:
        found.append("checks differ")
    if assessments.held_export_items(list(village.removed_checks)):
        found.append("a check deleted at the village is still at the office")
    return found


def conflicts() -> int:
    return office_imports.conflict_count()


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
                return fetch.fetch_waiting(fetch.load_access())

        def carry(village: Village):
            """The village's flash drive to the office and back."""
            with village.open():
                written = export_to_folder(village.usb)
            with opened(office):
                report = receipts.import_and_acknowledge([written.path])
            assert report.receipts_written == 1, report
            with village.open():
                taken = receipts.read_folder(village.usb)
                entry = outbox_store.load_export(written.entry.export_id)
            return report, taken, entry

        # Round 1 ------------------------------------------------------------------------
        with kungkai.open():
            k1 = save("Tawaran kerja ke Malaysia lewat calo")
            k2 = save("Warga hilang kontak di Kamboja")
            save("Rencana berangkat lewat jalur tikus")
            a_check("PT Sawit Jaya")
        with mudo.open():
            m1 = save("Tawaran magang palsu ke Jepang")
            save("Korban pulang dari Malaysia")
        with durian.open():
            d1 = save("Pengantin pesanan ke Tiongkok")
            a_check("CV Maju Terus")

        report, taken, entry = carry(kungkai)
        assert report.totals.new == 3 and taken.applied == 1
        assert entry.acknowledgment is Acknowledgment.IMPORTED

        assert sync(mudo).sent == 1
        assert sync(durian).sent == 1
        _, taken, on_stick = carry(durian)  # the same log on a stick as well
        assert taken.applied == 1 and on_stick.acknowledgment is Acknowledgment.IMPORTED
        fetched = office_fetch()
        # Mudo's two records are new; Durian's upload holds what its stick brought already.
        assert fetched.left == 0
        assert (fetched.report.totals.new, fetched.report.totals.unchanged) == (2, 1)
        assert sync(mudo).receipts == 1  # the office's receipt, through the receiver
        sync(durian)  # its newest export was acknowledged on the stick already
        for village in (mudo, durian):
            with village.open():
                status = sending_status()
                assert status.unsent == 0, village.profile.village_name
                assert status.acknowledged.acknowledgment is Acknowledgment.IMPORTED

        # Round 2: edits, deletes, a restore from Terhapus, a deleted check, a new key --------
        with kungkai.open():
            save(
                "Tawaran kerja ke Malaysia lewat calo; calo sudah dilaporkan",
                record_id=k1,
                base=head_of(k1),
            )
            incidents.delete_incident(k2, author_name="Sekdes", reason="Salah catat")
            (check,) = assessments.list_assessments()
            assessments.delete_assessment(check.id)
            save("Tawaran kerja kapal ikan")
            assert sending_status().unsent == 4
        with mudo.open():
            incidents.delete_incident(m1, author_name="Sekdes")
            incidents.restore_incident(m1, author_name="Sekdes")
            save("Tawaran magang palsu ke Jepang: ditolak warga", record_id=m1, base=head_of(m1))
        with durian.open():
            new_key = nacl.signing.SigningKey.generate()  # the PC was replaced
            exchange_keys.save_signing_seed(bytes(new_key), bytes(new_key.verify_key))
            save(
                "Pengantin pesanan ke Tiongkok: korban sudah pulang", record_id=d1, base=head_of(d1)
            )

        carry(kungkai)
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

        with opened(office):  # an officer telephoned Durian Rambun and compared the fingerprint
            (held,) = exchange_keys.held_exports()
            for _, data in exchange_keys.accept_new_key(held.id):
                assert import_protected(data, via=VIA_UPLOAD, name="ditahan").rejected is None
        assert office_fetch().receipts_posted >= 1
        for village in (mudo, durian):
            sync(village)
        with kungkai.open():
            receipts.read_folder(kungkai.usb)

        # The end: the office holds exactly what each village holds ------------------------
        states = {}
        for village in (kungkai, mudo, durian):
            with village.open():
                states[village.profile.village_code] = village_state()
                status = sending_status()
                assert status.unsent == 0 and status.held is None, village.profile.village_name
                assert status.acknowledged.acknowledgment is Acknowledgment.IMPORTED
        with opened(office):
            for code, state in states.items():
                assert office_differences(state, code) == [], code
            assert conflicts() == 0
