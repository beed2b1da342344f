"""The exchange tables: an upgraded database keeps its outbox and import history readable."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.domain.exchange import OfficeProfile, OutboxStatus, Role, SendProblem
from desktop.paths import DataPaths
from desktop.storage import exchange_settings, office_imports, outbox_store, settings
from desktop.storage.installation import Installation
from tests.keys import TEST_KEY

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_the_schema_4_fixture_keeps_its_outbox_and_office_history(tmp_path):
    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "schema_v4.sqlite3", paths.database)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        exports = outbox_store.list_exports()
        waiting = outbox_store.waiting_exports()
        log = office_imports.import_log()
        villages = office_imports.villages()
    finally:
        inst.close()
    assert [(e.sequence, e.outbox) for e in exports] == [
        (2, OutboxStatus.WAITING),
        (1, OutboxStatus.SENT),
    ]
    assert waiting[0].problem is SendProblem.SERVER_ERROR
    assert waiting[0].identities_reason == "Diminta Polres"
    assert [(e.village_name, e.sequence, e.counts.conflicts) for e in log] == [("Contoh", 4, 1)]
    assert [(v.name, v.last_sequence) for v in villages] == [("Contoh", 4)]


def test_an_installation_is_a_village_or_an_office(installation):
    assert exchange_settings.role() is None
    exchange_settings.save_office(OfficeProfile("Kantor Imigrasi Kerinci", ("15.01", "15.02")))
    assert exchange_settings.role() is Role.OFFICE
    assert exchange_settings.load_office().covers == ("15.01", "15.02")
    assert exchange_settings.load_office().covers_village("15.02.02.2004")
    assert not exchange_settings.load_office().covers_village("15.03.01.2001")
    settings.OFFICE_PROFILE.set("rusak")
    assert exchange_settings.load_office() is None


def test_the_schema_11_office_keeps_each_village_as_the_owner_of_its_key_and_records(tmp_path):
    from desktop.storage.office_imports import Kind

    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "schema_v11.sqlite3", paths.database)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        owner = office_imports.owner_by_code("15.02.02.2001")
        other = office_imports.owner_by_code("15.02.02.2009")
        owned = office_imports.owners_of(
            Kind.INCIDENT,
            ["0a1b2c3d-0000-4000-8000-000000000001", "2f0e0d0c-0b0a-4908-8706-050403020100"],
        )
        villages = office_imports.villages()
        records = office_imports.records_per_village()
        log = office_imports.import_log()
        exports = outbox_store.list_exports()
        keys = office_imports.registered_keys()
        places = office_imports.villages_of(list(owned))
    finally:
        inst.close()
    assert owner.public_key == bytes(range(32)) and owner.village_name == "Contoh"
    assert other.public_key is None  # heard from before its key was confirmed
    assert keys == {"15.02.02.2001": bytes(range(32))}  # for the receiver's key file
    assert owned == {
        "0a1b2c3d-0000-4000-8000-000000000001": owner.id,
        "2f0e0d0c-0b0a-4908-8706-050403020100": other.id,
    }
    assert places == {  # the register, the recap and the patterns read the code still
        "0a1b2c3d-0000-4000-8000-000000000001": "15.02.02.2001",
        "2f0e0d0c-0b0a-4908-8706-050403020100": "15.02.02.2009",
    }
    assert [(v.name, bool(v.fingerprint), v.last_sequence) for v in villages] == [
        ("Contoh", True, 4),
        ("Pulau Tengah", False, 1),
    ]
    assert records == {"15.02.02.2001": 1, "15.02.02.2009": 1}
    assert sorted(e.village_name for e in log) == ["Contoh", "Pulau Tengah"]
    assert [e.sequence for e in exports] == [2, 1]  # journalled as done
