"""A record belongs to its village, a village is its key, and the office checks what it stores
(issue 12: deliverables 1, 2, 7 and 8)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import nacl.signing
import pytest

from desktop.domain.exchange import CodeChange, RejectReason
from desktop.domain.incident import RecordState, demo_record_id
from desktop.domain.patterns import PatternKind, phone_key
from desktop.domain.security import AuditKind
from desktop.exchange.export import export_to_folder
from desktop.exchange.identity import change_village_code
from desktop.exchange.merge import accept_held
from desktop.exchange.protection import held_villages
from desktop.paths import DataPaths
from desktop.storage import (
    audit,
    exchange_keys,
    exchange_settings,
    incidents,
    office_imports,
    recruiter_keys,
    socialisation,
)
from desktop.storage.incidents import Window
from desktop.storage.office_imports import Kind
from desktop.storage.socialisation import EventQuery, EventSource
from tests.areas import areas
from tests.exchange.conftest import (
    DAY,
    KERINCI_OFFICE,
    MUDO_KEY,
    SOURCE,
    VILLAGE_KEY,
    confirm_village,
    export_bytes,
    give_office_key,
    import_files,
    merge,
    opened,
    version,
)
from tests.socialisation_data import event

R1 = "11111111-1111-4111-8111-111111111111"
R2 = "22222222-2222-4222-8222-222222222222"
C1 = "33333333-3333-4333-8333-333333333333"
MUDO = replace(SOURCE, village_code="15.02.02.2008", village_name="Mudo")


def check_item(record_id: str = C1, initials: str = "S.A.") -> dict:
    return {
        "record_id": record_id,
        "created_at": "2026-05-02T08:00:00Z",
        "assessed_on": "2026-05-02",
        "initials": initials,
        "offer": {"company": "", "destination": "Malaysia", "job": "", "recruiter_contact": ""},
        "answers": {"biaya_di_depan": "ya"},
        "result": {
            "checklist_version": 1,
            "level": "tinggi",
            "score": 5,
            "red_flags": [],
            "drivers": ["biaya_di_depan"],
            "unknowns": [],
            "unanswered": [],
            "next_steps": [],
        },
        "incident_record_id": None,
    }


@pytest.fixture
def two_villages(office_paths):
    """An office that confirmed Kungkai's and Mudo's keys and holds one record and one check
    of Kungkai's."""
    v1 = version(R1, None, "Tawaran kerja ke Malaysia")
    with opened(office_paths):
        confirm_village(MUDO_KEY, "15.02.02.2008")
        first = merge(export_bytes([[v1]], assessments=[check_item()]))
        assert first.ok and first.counts.new == 1
    return office_paths, v1


def later(v, summary, **kw):
    return version(R1, v.version_id, summary, when=DAY + timedelta(days=1), **kw)


@pytest.mark.parametrize(
    "touch",
    ["update", "delete", "purge", "remove check", "change check", "claim with a new record"],
)
def test_a_signed_export_from_another_village_never_touches_a_villages_records(two_villages, touch):
    office_paths, v1 = two_villages
    own = version(R2, None, "Catatan Mudo sendiri")
    chains, checks, removed = [[own]], [], None
    if touch == "update":
        chains.append([v1, later(v1, "Diubah oleh desa lain")])
    elif touch == "delete":
        chains.append([v1, replace(later(v1, "x"), state=RecordState.DELETED, payload=v1.payload)])
    elif touch == "purge":
        chains.append([later(v1, "", state=RecordState.PURGED)])
    elif touch == "remove check":
        removed = [{"record_id": C1, "removed_at": "2026-05-05T08:00:00Z"}]
    elif touch == "change check":
        checks = [check_item(initials="X.X.")]
    else:
        chains.append([version(R1, None, "Catatan Kungkai diaku desa lain")])
    data = export_bytes(chains, source=MUDO, assessments=checks, removed=removed)

    with opened(office_paths):
        result = merge(data, "mudo.siaga", signing=MUDO_KEY)
        held = incidents.load_incident(R1)
        mudo_own = incidents.known_records([R2])
        checks_left = office_imports.owners_of(Kind.CHECK, [C1])
        events = [e for e in audit.list_events() if e.kind == "impor_ditolak_milik_desa_lain"]
        kungkai = office_imports.owner_by_code("15.02.02.2004")

    refused = result.rejected
    assert refused is not None and refused.reason is RejectReason.OTHER_VILLAGE
    assert (refused.sender.name, refused.owner.name) == ("Mudo", "Kungkai")
    assert refused.detail == ""  # both villages are named; no code is repeated after them
    assert held.meta.version_id == v1.version_id and held.incident.summary.startswith("Tawaran")
    assert mudo_own == set()  # nothing of the file was merged, not even Mudo's own record
    assert checks_left == {C1: kungkai.id}
    assert events[0].detail["village"] == "15.02.02.2008"
    assert events[0].detail["owner"] == "15.02.02.2004"


def test_the_owning_village_goes_on_as_before_after_a_refused_file(two_villages):
    office_paths, v1 = two_villages
    v2 = later(v1, "Sudah dirujuk ke Polres")
    with opened(office_paths):
        merge(export_bytes([[v1, v2]], source=MUDO), signing=MUDO_KEY)
        result = merge(export_bytes([[v1, v2]], sequence=2))
        summary = incidents.load_incident(R1).incident.summary
    assert result.ok and result.counts.updated == 1 and summary == "Sudah dirujuk ke Polres"


# --- First contact ----------------------------------------------------------------------------


def test_a_villages_first_export_waits_until_an_officer_confirms_its_key(tmp_path):
    office = DataPaths.resolve(tmp_path / "kantor")
    outsider = nacl.signing.SigningKey.generate()
    with opened(office):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        claimed = merge(
            export_bytes([[version(R2, None, "Palsu")]]), "palsu.siaga", signing=outsider
        )
        real = merge(export_bytes([[version(R1, None, "Asli")]]), "asli.siaga")
        waiting = held_villages()
        before = incidents.record_total()
        kinds = [e.kind for e in audit.list_events()]
        # The village read its fingerprint over the telephone: only its key is accepted.
        (mine,) = [h for h in waiting if h.public_key == bytes(VILLAGE_KEY.verify_key)]
        (theirs,) = [h for h in waiting if h.public_key == bytes(outsider.verify_key)]
        imported = accept_held(mine.village_code, mine.public_key, areas=areas)
        removed = exchange_keys.refuse_held(theirs.village_code, theirs.public_key)
        after_refusal = held_villages()
        owners = {v.code: v.fingerprint for v in office_imports.villages()}
        again = merge(
            export_bytes([[version(R2, None, "Palsu lagi")]], sequence=2), signing=outsider
        )
        known = incidents.known_records([R1, R2])

    assert claimed.rejected.reason is RejectReason.FIRST_CONTACT
    assert real.rejected.reason is RejectReason.FIRST_CONTACT
    assert before == 0 and len(waiting) == 2 and all(h.first_contact for h in waiting)
    assert AuditKind.VILLAGE_FIRST_CONTACT_HELD.value in kinds
    assert [r.counts.new for r in imported] == [1] and removed == 1 and after_refusal == []
    assert owners == {"15.02.02.2004": mine.fingerprint}
    assert again.rejected.reason is RejectReason.KEY_CHANGED  # held again, never merged
    assert known == {R1}


def test_a_held_export_that_could_never_be_imported_is_refused_not_held(tmp_path):
    office = DataPaths.resolve(tmp_path / "kantor")
    with opened(office):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        training = merge(
            export_bytes([[version(R1, None, "x")]], source=replace(SOURCE, training=True))
        )
        made_up = merge(export_bytes([[version(demo_record_id(), None, "Data contoh")]]))
        assert held_villages() == []
    assert training.rejected.reason is RejectReason.TRAINING_DATA
    assert made_up.rejected.reason is RejectReason.TRAINING_DATA


def test_made_up_records_are_refused_even_in_a_file_that_is_not_marked_training(office_paths):
    with opened(office_paths):
        result = merge(export_bytes([[version(demo_record_id(), None, "Data contoh")]]))
        assert incidents.record_total() == 0
    assert result.rejected.reason is RejectReason.TRAINING_DATA


# --- The office checks what it stores ----------------------------------------------------------


def test_a_time_of_year_9999_is_refused_at_import(office_paths):
    far = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    with opened(office_paths):
        result = merge(export_bytes([[version(R1, None, "x", when=far)]]))
        assert incidents.record_total() == 0
    assert result.rejected.reason is RejectReason.IMPOSSIBLE_TIME
    assert "9999-12-31" in result.rejected.detail


def test_the_villages_names_come_from_the_official_list_not_from_the_file(office_paths):
    lying = replace(
        SOURCE, village_name="Desa Palsu", district_name="Kec. Palsu", regency_name="Kab. Palsu"
    )
    with opened(office_paths):
        result = merge(export_bytes([[version(R1, None, "x")]], source=lying))
        (village,) = office_imports.villages()
    assert result.ok and result.village.name == "Kungkai"
    assert (village.name, village.district_name, village.regency_name) == (
        "Kungkai",
        "Bangko",
        "Kabupaten Merangin",
    )


def test_a_code_not_in_the_official_list_is_refused(office_paths):
    unknown = replace(SOURCE, village_code="15.02.02.2999")
    with opened(office_paths):
        result = merge(export_bytes([[version(R1, None, "x")]], source=unknown))
    assert result.rejected.reason in (RejectReason.CODE_MISMATCH, RejectReason.UNKNOWN_AREA)


# --- A real change of the village's code ------------------------------------------------------


def test_a_code_change_keeps_the_village_the_same_under_its_new_code(
    village_paths, office_paths, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(village_paths):
        from tests.exchange.conftest import incident, save

        record = incident("Sebelum pemekaran", recruiter_phone="0812-3456-7890")
        save(record)
        socialisation.save_event(event("Balai Desa Kungkai"))
        before = export_to_folder(usb)
        change_village_code(areas("15.02.02.2008"), "Pemekaran desa (Perda 2026)")
        save(incident("Sesudah pemekaran"))
        after = export_to_folder(usb)
    with opened(office_paths):
        first = import_files([before.path]).files[0]
        second = import_files([after.path]).files[0]
        villages = office_imports.villages()
        owner = office_imports.owner_by_code("15.02.02.2008")
        owned = office_imports.owners_of(Kind.INCIDENT, [record.record_id])
        # The register, the recap and the patterns read the village's present code.
        records = office_imports.records_per_village()
        places = office_imports.villages_of([record.record_id])
        seen = recruiter_keys.by_village(PatternKind.PHONE, phone_key("0812-3456-7890"))
        (held_event,) = socialisation.events_window(EventQuery(EventSource.VILLAGES), Window(9))
        late = import_files([before.path]).files[0]  # the old stick again: still the same village
        kinds = [e.kind for e in audit.list_events()]
    assert first.ok and second.ok and second.counts.new == 1
    (village,) = villages
    assert (village.code, village.name, village.past_codes) == (
        "15.02.02.2008",
        "Mudo",
        ("15.02.02.2004",),
    )
    assert records == {"15.02.02.2008": 2} and owned == {record.record_id: owner.id}
    assert places == {record.record_id: "15.02.02.2008"}
    assert [row[0] for row in seen] == ["15.02.02.2008"]
    assert (held_event[0].owner, held_event[0].village_names) == ("15.02.02.2008", "Mudo")
    assert late.ok and late.already_imported_at is not None
    assert AuditKind.VILLAGE_CODE_CHANGE_RECEIVED.value in kinds


def test_a_new_code_without_a_change_signed_by_the_village_is_refused(office_paths):
    unsigned = CodeChange("15.02.02.2004", "15.02.02.2008", DAY, "Pemekaran", b"\0" * 64)
    with opened(office_paths):
        bare = merge(export_bytes([[version(R1, None, "x")]], source=MUDO))
        forged = merge(
            export_bytes([[version(R2, None, "y")]], source=MUDO, code_changes=(unsigned,))
        )
        (village,) = office_imports.villages()
    assert bare.rejected.reason is RejectReason.CODE_MISMATCH
    assert forged.rejected.reason is RejectReason.CODE_MISMATCH
    assert village.code == "15.02.02.2004"
