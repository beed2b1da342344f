"""Opening protected data the one way both front-ends go (storage/protected.py): what the
prompt is asked, what is opened, and what the audit trail says of it."""

from __future__ import annotations

import pytest

from desktop.domain.errors import DatabaseMissing, WrongPassphrase
from desktop.domain.security import AuditKind
from desktop.paths import DataPaths
from desktop.storage import audit, keystore
from desktop.storage.db import is_plain_sqlite
from desktop.storage.installation import Installation, Protection
from desktop.storage.keystore import TEST_KDF
from desktop.storage.protected import Granted, open_protected

PASSPHRASE = "kebun kopi di bukit"


def protect(paths: DataPaths) -> keystore.NewProtection:
    return keystore.new_protection(paths, PASSPHRASE, kdf=TEST_KDF)


def existing(paths: DataPaths) -> keystore.NewProtection:
    """A protected folder with data in it (set up earlier; nothing audited since)."""
    made = protect(paths)
    inst = Installation(paths, made.key, new=True)
    inst.open()
    inst.close()
    return made


def events() -> list[tuple[str, dict]]:
    """The audit trail, oldest first."""
    return [(e.kind, e.detail) for e in reversed(audit.list_events())]


def unlocking(paths: DataPaths, asked: list[Protection]):
    def ask(state: Protection) -> Granted:
        asked.append(state)
        return Granted(keystore.unlock(paths, PASSPHRASE))

    return ask


def test_a_new_folder_is_protected_opened_and_audited(paths):
    asked: list[Protection] = []

    def ask(state: Protection) -> Granted:
        asked.append(state)
        return Granted(protect(paths).key)  # as the wizard or init sets the passphrase

    opened = open_protected(paths, ask, via="aplikasi")
    try:
        assert asked == [Protection.NEW] and opened.newly_protected
        assert events() == [
            (AuditKind.PROTECTION_SET.value, {"via": "aplikasi"}),
            (AuditKind.UNLOCKED.value, {"via": "aplikasi"}),
        ]
    finally:
        opened.installation.close()
    assert not is_plain_sqlite(paths.database)


def test_a_prompt_that_gives_up_opens_and_records_nothing(paths):
    existing(paths)
    assert open_protected(paths, lambda state: None, via="aplikasi") is None
    assert (
        open_protected(paths, unlocking(paths, []), via="aplikasi", open_data=lambda i: False)
        is None
    )
    inst = Installation(paths, keystore.unlock(paths, PASSPHRASE))
    inst.open()
    try:
        assert events() == []
    finally:
        inst.close()


def test_a_command_records_itself_and_the_wrong_passphrases_typed_before(paths):
    existing(paths)
    with pytest.raises(WrongPassphrase):
        keystore.unlock(paths, "salah")
    asked: list[Protection] = []
    opened = open_protected(paths, unlocking(paths, asked), via="perintah", command="export")
    try:
        assert asked == [Protection.LOCKED] and not opened.newly_protected
        (failed, failed_detail), unlocked = events()
        assert failed == AuditKind.UNLOCK_FAILED.value
        assert failed_detail["count"] == 1 and failed_detail["via"] == "perintah export"
        assert unlocked == (AuditKind.UNLOCKED.value, {"via": "perintah export"})
    finally:
        opened.installation.close()


def test_the_recovery_key_is_audited_with_the_new_passphrase(paths):
    made = existing(paths)
    opened = open_protected(paths, lambda state: Granted(made.key, recovered=True), via="aplikasi")
    try:
        assert [kind for kind, _ in events()] == [
            AuditKind.RECOVERY_USED.value,
            AuditKind.PASSPHRASE_CHANGED.value,
            AuditKind.UNLOCKED.value,
        ]
    finally:
        opened.installation.close()


def test_the_unlock_waits_for_the_window_s_check_and_is_written_after_it(paths):
    existing(paths)

    def open_for_window(installation: Installation) -> bool:
        installation.open(take_daily_backup=False, check_now=False)
        return True

    opened = open_protected(paths, unlocking(paths, []), via="aplikasi", open_data=open_for_window)
    try:
        assert opened.installation.check_pending and events() == []
        opened.installation.finish_check()
        assert audit.flush_pending() == 0
        assert events() == [(AuditKind.UNLOCKED.value, {"via": "aplikasi"})]
    finally:
        opened.installation.close()


def test_missing_data_beside_its_key_file_is_the_caller_s_to_tell_never_made_empty(paths):
    existing(paths)
    paths.database.unlink()
    with pytest.raises(DatabaseMissing):
        open_protected(paths, unlocking(paths, []), via="perintah", command="export")
    assert not paths.database.exists()
