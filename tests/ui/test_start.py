"""Start-up for the window (ui/start.py): how a start ends before any window, and what is
stored once the data is open. The prompt itself is tested in test_security.py and
test_wizard.py; opening and its audit in tests/storage/test_protected.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from desktop.domain.errors import KeyFileUnusable
from desktop.domain.security import AuditKind
from desktop.paths import DataPaths
from desktop.storage import audit, keystore, profile_store
from desktop.storage import settings as stored
from desktop.storage.installation import Installation, Protection
from desktop.storage.keystore import TEST_KDF
from desktop.ui import start
from desktop.ui.i18n import LANGUAGE, Language
from desktop.ui.security import startup
from desktop.ui.style import TEXT_SIZE, TextSize
from desktop.ui.wizard import SetUp
from tests.ui.helpers import KUNGKAI

PASSPHRASE = "kebun kopi di bukit"


def protected(paths: DataPaths) -> keystore.NewProtection:
    made = keystore.new_protection(paths, PASSPHRASE, kdf=TEST_KDF)
    inst = Installation(paths, made.key, new=True)
    inst.open()
    inst.close()
    return made


def window_settings(paths: DataPaths) -> QSettings:
    paths.ensure()
    return QSettings(str(paths.ui_settings), QSettings.Format.IniFormat)


def no_area_index():
    raise AssertionError("only the welcome wizard opens the area list")


def answer(monkeypatch, given, asked: list[Protection]) -> None:
    """The window's prompt, answered with ``given()``: a StartKey, None, or an error raised."""

    def obtain_key(paths, state, **_kwargs):
        asked.append(state)
        return given()

    monkeypatch.setattr(startup, "obtain_key", obtain_key)


def audited(paths: DataPaths, key) -> list[str]:
    inst = Installation(paths, key)
    inst.open()
    try:
        return [e.kind for e in reversed(audit.list_events())]
    finally:
        inst.close()


def test_closing_the_unlock_window_ends_the_start_quietly(qapp, paths, monkeypatch):
    made = protected(paths)
    asked: list[Protection] = []
    answer(monkeypatch, lambda: None, asked)
    assert start.open_for_window(qapp, paths, window_settings(paths), no_area_index) == 0
    assert asked == [Protection.LOCKED]
    assert audited(paths, made.key) == []


def key_file_unusable(paths: DataPaths):
    def fail():
        raise KeyFileUnusable(keystore.key_file_path(paths), "rusak")

    return fail


def test_a_prompt_that_meets_an_error_says_so_and_ends_the_start_with_1(qapp, paths, monkeypatch):
    protected(paths)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: told.append(text))
    answer(monkeypatch, key_file_unusable(paths), [])
    assert start.open_for_window(qapp, paths, window_settings(paths), no_area_index) == 1
    assert len(told) == 1


def test_data_that_does_not_open_with_the_key_is_told_and_ends_the_start_with_1(
    qapp, paths, monkeypatch, message_boxes
):
    protected(paths)
    answer(monkeypatch, lambda: startup.StartKey(keystore.make_recovery().key), [])
    assert start.open_for_window(qapp, paths, window_settings(paths), no_area_index) == 1
    assert len(message_boxes.shown) == 1


@pytest.mark.parametrize("language", [Language.INDONESIAN, Language.ENGLISH])
def test_a_new_village_is_stored_with_the_choices_made_before_its_data_existed(
    qapp, paths, monkeypatch, language
):
    settings = window_settings(paths)
    settings.setValue(TEXT_SIZE, TextSize.EXTRA_LARGE.value)  # as the wizard saves a choice
    settings.setValue(LANGUAGE, language.value)
    made: list[keystore.NewProtection] = []
    asked: list[Protection] = []

    def wizard() -> startup.StartKey:  # the key file is made as the wizard finishes
        made.append(keystore.new_protection(paths, PASSPHRASE, kdf=TEST_KDF))
        return startup.StartKey(made[0].key, set_up=SetUp(KUNGKAI, made[0]))

    answer(monkeypatch, wizard, asked)
    installation = start.open_for_window(qapp, paths, settings, no_area_index)
    try:
        assert isinstance(installation, Installation) and asked == [Protection.NEW]
        assert profile_store.load_profile() == KUNGKAI
        assert stored.TEXT_SIZE.get() == TextSize.EXTRA_LARGE.value
        assert stored.LANGUAGE.get() == language.value
    finally:
        installation.close()
    assert audited(paths, made[0].key) == [
        AuditKind.PROTECTION_SET.value,
        AuditKind.UNLOCKED.value,
    ]


def test_training_data_opens_unprotected_without_a_prompt(qapp, paths, monkeypatch):
    asked: list[Protection] = []
    answer(monkeypatch, lambda: None, asked)
    installation = start.open_for_window(
        qapp, paths, window_settings(paths), no_area_index, training=True
    )
    try:
        assert isinstance(installation, Installation) and not installation.encrypted
        assert asked == []  # MODE LATIHAN asks for nothing
    finally:
        installation.close()
