"""The settings registry (storage/settings.py): every key declared once, with a default of its
type; the store refuses a setting the registry does not declare. (That nothing else names the
table ``setting`` or uses its model: tests/storage/test_table_owners.py.)"""

import pytest

from desktop.storage import settings
from desktop.storage.db import database
from desktop.storage.settings import REGISTRY, SettingVar, UndeclaredSetting


def test_every_setting_is_declared_once_with_a_default_of_its_type_and_a_description():
    declared = [v for v in vars(settings).values() if isinstance(v, SettingVar)]
    assert len(declared) == len(REGISTRY) > 20
    for key, var in REGISTRY.items():
        assert var.key == key
        assert var.default is None or isinstance(var.default, var.kind), key
        assert var.description.strip(), key


def test_the_store_refuses_a_setting_declared_outside_the_registry(installation):
    stray = SettingVar("catatan_lepas", str, "", "declared outside storage/settings.py")
    with pytest.raises(UndeclaredSetting):
        stray.set("tidak boleh")
    with pytest.raises(UndeclaredSetting):
        stray.get()
    # Even one with a declared key: the registry's own declaration is the way in.
    twin = SettingVar(settings.OFFICER.key, str, "", "a second declaration of a key")
    with pytest.raises(UndeclaredSetting):
        twin.set("Budi")
    assert database.execute_sql("SELECT COUNT(*) FROM setting").fetchone()[0] == 0


def test_a_value_missing_unreadable_or_of_another_type_reads_as_the_default(installation):
    assert settings.RETENTION_DAYS.get() == settings.DEFAULT_RETENTION_DAYS
    settings.RETENTION_DAYS.set(45)
    assert settings.RETENTION_DAYS.get() == 45
    settings.RETENTION_DAYS.set("empat puluh")  # type: ignore[arg-type]
    assert settings.RETENTION_DAYS.get() == settings.DEFAULT_RETENTION_DAYS
    database.execute_sql(
        "UPDATE setting SET value = '{rusak' WHERE key = ?", (settings.RETENTION_DAYS.key,)
    )
    assert settings.RETENTION_DAYS.get() == settings.DEFAULT_RETENTION_DAYS


def test_a_default_list_read_and_changed_does_not_change_the_default(installation):
    settings.RECEIVER_PINS.get().append("AA:BB")
    assert settings.RECEIVER_PINS.get() == []
