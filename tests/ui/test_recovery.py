"""Start-up with a damaged database: the user is told and offered the newest good backup."""

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import app as app_module
from desktop.domain.errors import DatabaseDamaged
from desktop.storage import profile_store, settings
from desktop.storage.installation import Installation
from desktop.ui import recovery
from tests.keys import TEST_KEY
from tests.profiles import kungkai


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
    profile_store.save_profile(kungkai(head_name="Hasan"))
    installation.backup_now("manual")
    garbage = _damage(installation)
    seen: list[str] = []
    _press(monkeypatch, "Pulihkan cadangan ini", seen)
    try:
        installation.open()
    except DatabaseDamaged as damage:
        assert recovery.recover_damaged(installation, damage)
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
        assert not recovery.recover_damaged(installation, damage)
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
        assert not recovery.recover_damaged(installation, damage)
    assert "Tidak ditemukan cadangan yang baik" in seen[0]
    assert "jangan hapus folder data" in seen[0]


def _press_each(monkeypatch, labels: list[str], seen: list[str], then=None):
    """Answer the message boxes in turn with ``labels``; ``then(n)`` runs before answering
    the n-th box (e.g. to free the disk)."""

    def fake_exec(box: QMessageBox) -> int:
        n = len(seen)
        seen.append(box.text() + "\n" + box.informativeText())
        if then is not None:
            then(n)
        for button in box.buttons():
            if button.text() == labels[n]:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def _protected_village(paths, records: int = 30) -> Installation:
    from desktop.storage import incidents, keystore

    keystore.write_key_file(paths, TEST_KEY, "kebun kopi di bukit", kdf=keystore.TEST_KDF)
    inst = Installation(paths, TEST_KEY, new=True)
    inst.open()
    incidents.add_demo_records(records)
    inst.held = incidents.record_counts()
    inst.backup_now("manual")
    inst.close()
    return inst


def test_a_full_disk_at_start_says_how_much_space_is_needed_and_tries_again(
    indonesian, tmp_path, monkeypatch
):
    from desktop.paths import DataPaths
    from tests.disks import fill, small_disk

    with small_disk(tmp_path / "disk", 24) as disk:
        paths = DataPaths.resolve(disk / "data")
        inst = _protected_village(paths)
        before = paths.database.read_bytes()
        filler = fill(disk)
        seen: list[str] = []
        _press_each(
            monkeypatch, ["Coba lagi"], seen, then=lambda n: filler.unlink() if n == 0 else None
        )
        try:
            assert recovery.open_data(inst)
            assert inst.check_pending  # the window runs the full check
            inst.finish_check()
        finally:
            inst.close()
        assert "penuh" in seen[0] and "paling sedikit 64 MB" in seen[0]
        assert "tidak rusak dan tidak diubah" in seen[0]
        assert "Pulihkan" not in seen[0]
        assert len(seen) == 1
        assert not list(paths.root.glob("rusak-*"))
        assert paths.database.read_bytes()[:4096] == before[:4096]


def test_a_missing_data_file_is_not_recreated_unless_the_user_chooses(
    indonesian, paths, monkeypatch
):
    inst = _protected_village(paths)
    paths.database.unlink()
    seen: list[str] = []
    _press_each(monkeypatch, ["Keluar"], seen)
    assert not recovery.open_data(inst)
    assert "tidak ada, padahal berkas kunci" in seen[0]
    assert not paths.database.exists()
    seen.clear()
    _press_each(monkeypatch, ["Pulihkan cadangan ini"], seen)
    assert recovery.open_data(inst)
    try:
        from desktop.storage import incidents

        assert incidents.record_counts() == inst.held
    finally:
        inst.close()


def test_empty_data_only_after_asking_twice_when_there_is_no_backup(indonesian, paths, monkeypatch):
    inst = _protected_village(paths)
    paths.database.unlink()
    for info in inst.backups():
        info.path.unlink()
    seen: list[str] = []
    _press_each(monkeypatch, ["Mulai dengan data kosong", "Batal"], seen)
    assert not recovery.open_data(inst)
    assert "Cadangan juga tidak ditemukan" in seen[0] and "Yakin" in seen[1]
    assert not paths.database.exists()
    seen.clear()
    _press_each(monkeypatch, ["Mulai dengan data kosong", "Mulai dengan data kosong"], seen)
    assert recovery.open_data(inst)
    inst.close()
    assert paths.database.exists()


def test_damage_the_background_check_finds_is_told_and_the_backup_restored(
    indonesian, installation, make_shell, message_boxes, qtbot
):
    from tests.ui.helpers import KUNGKAI

    profile_store.save_profile(KUNGKAI)
    settings.INCIDENT_AUTHOR.set("sebelum")
    installation.backup_now("manual")
    installation.close()
    db = installation.paths.database
    data = bytearray(db.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle + 100 : middle + 200] = b"\x00" * 100
    db.write_bytes(bytes(data))
    installation.open(take_daily_backup=False, check_now=False)
    shell = make_shell()
    assert shell.window is not None  # the window is up before the check
    message_boxes.answer = "Pulihkan cadangan ini"
    shell.check_and_back_up()
    qtbot.waitUntil(lambda: bool(list(installation.paths.root.glob("rusak-*"))), timeout=10000)
    assert len(message_boxes.shown) == 1 and "rusak" in message_boxes.shown[0].text
    assert "Cadangan baik terbaru" in message_boxes.shown[0].informative
    assert settings.INCIDENT_AUTHOR.get() == "sebelum"
    assert shell.window is not None and shell.window.isVisible()
