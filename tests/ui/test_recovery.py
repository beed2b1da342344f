"""Start-up with a damaged database: the user is told and offered the newest good backup."""

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import app as app_module
from desktop.domain.errors import DatabaseDamaged
from desktop.domain.profile import VillageProfile
from desktop.storage import profile_store
from desktop.storage.installation import Installation


@pytest.fixture
def indonesian(qapp):
    translations = app_module.Translations(qapp)
    translations.install(app_module.Language.INDONESIAN)
    yield
    translations.install(app_module.Language.ENGLISH)  # removes the translators again


def _damage(installation: Installation) -> bytes:
    installation.close()
    garbage = b"\x00rusak" * 4096
    installation.paths.database.write_bytes(garbage)
    for sidecar in ("-wal", "-shm"):
        installation.paths.database.with_name(f"siaga.sqlite3{sidecar}").unlink(missing_ok=True)
    return garbage


def _press(monkeypatch, label: str, seen: list[str]):
    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if button.text() == label:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_damaged_database_is_restored_from_the_newest_good_backup(
    indonesian, installation, monkeypatch
):
    profile_store.save_profile(
        VillageProfile("15.02.02.2004", "Kungkai", "Bangko", "Kabupaten Merangin", "Jambi", "Hasan")
    )
    installation.backup_now("manual")
    garbage = _damage(installation)
    seen: list[str] = []
    _press(monkeypatch, "Pulihkan cadangan ini", seen)
    try:
        installation.open()
    except DatabaseDamaged as damage:
        assert app_module._recover_damaged(installation, damage)
    assert "rusak" in seen[0] and "Cadangan baik terbaru" in seen[0]
    assert profile_store.load_profile().head_name == "Hasan"
    aside = list(installation.paths.root.glob("rusak-*"))
    assert [p.read_bytes() for p in aside if p.name.endswith("siaga.sqlite3")] == [garbage]


def test_quitting_leaves_the_damaged_file_alone(indonesian, installation, monkeypatch):
    installation.backup_now("manual")
    garbage = _damage(installation)
    seen: list[str] = []
    _press(monkeypatch, "Keluar", seen)
    try:
        installation.open()
    except DatabaseDamaged as damage:
        assert not app_module._recover_damaged(installation, damage)
    assert installation.paths.database.read_bytes() == garbage
    assert not list(installation.paths.root.glob("rusak-*"))


def test_without_any_good_backup_the_user_is_told_whom_to_contact(
    indonesian, installation, monkeypatch
):
    for info in installation.backups():
        info.path.unlink()
    _damage(installation)
    seen: list[str] = []
    _press(monkeypatch, "Keluar", seen)
    try:
        installation.open()
    except DatabaseDamaged as damage:
        assert not app_module._recover_damaged(installation, damage)
    assert "Tidak ditemukan cadangan yang baik" in seen[0]
    assert "jangan hapus folder data" in seen[0]
