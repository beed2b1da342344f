"""Pengaturan → Cadangan: making a backup by hand and restoring one."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.domain.errors import BackupFailed
from desktop.storage import profile_store
from tests.ui.helpers import KUNGKAI

CHANGED = replace(KUNGKAI, head_name="Ahmad Yani")


@pytest.fixture
def shell(make_shell):
    profile_store.save_profile(KUNGKAI)
    return make_shell()


def open_backups(window):
    window.show_page("pengaturan")
    settings = window.page("pengaturan")
    settings.tabs.setCurrentWidget(settings.backup_tab)
    return settings.backup_tab


def back_up_now(tab, qtbot) -> None:
    tab.backup_button.click()
    qtbot.waitUntil(lambda: tab.status.text().startswith("Cadangan dibuat:"), timeout=5000)


def row_of(tab, reason: str) -> int:
    for row in range(tab.list.count()):
        if f"— {reason} (" in tab.list.item(row).text():
            return row
    raise AssertionError(f"no backup '{reason}' listed")


def reasons(installation) -> list[str]:
    return [b.reason for b in installation.backups()]


def test_back_up_now_adds_a_backup_to_the_list(shell, installation, qtbot):
    tab = open_backups(shell.window)
    assert tab.list.count() == 1  # the daily backup taken when the data was opened
    assert "harian" in tab.list.item(0).text()

    tab.backup_button.click()

    assert tab.status.text() == "Sedang membuat cadangan…"
    assert not tab.backup_button.isEnabled()
    qtbot.waitUntil(lambda: tab.status.text().startswith("Cadangan dibuat:"), timeout=5000)
    assert tab.list.count() == 2
    assert "dibuat manual" in tab.list.item(0).text()
    assert tab.backup_button.isEnabled()
    assert tab.restore_button.isEnabled()
    assert sorted(reasons(installation)) == ["harian", "manual"]


def test_a_failed_backup_is_explained_and_the_buttons_work_again(
    shell, installation, qtbot, message_boxes, monkeypatch
):
    def disk_full(reason: str = "manual"):
        raise BackupFailed(installation.paths.backups, "disk full")

    monkeypatch.setattr(installation, "backup_now", disk_full)
    tab = open_backups(shell.window)

    tab.backup_button.click()

    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=5000)
    shown = message_boxes.shown[0]
    assert shown.title == "Cadangan"
    assert shown.text.startswith("Cadangan tidak dapat dibuat. Periksa apakah disk penuh")
    assert tab.backup_button.isEnabled()
    assert tab.list.count() == 1


def change_head_name_in_settings(window, qtbot, name: str) -> None:
    settings = window.page("pengaturan")
    settings.show_profile_tab()
    settings.profile_tab.form.head.set_text("head_name", name)
    settings.profile_tab.save_button.click()
    assert f"Kepala desa: {name}" in window.page("beranda").place.text()
    settings.tabs.setCurrentWidget(settings.backup_tab)


def test_restoring_a_backup_brings_back_the_older_profile(
    shell, installation, qtbot, message_boxes
):
    tab = open_backups(shell.window)
    back_up_now(tab, qtbot)
    change_head_name_in_settings(shell.window, qtbot, "Ahmad Yani")
    assert profile_store.load_profile() == CHANGED
    tab.list.setCurrentRow(row_of(tab, "dibuat manual"))
    message_boxes.answer = "Pulihkan"

    tab.restore_button.click()

    qtbot.waitUntil(lambda: len(message_boxes.shown) == 2, timeout=5000)
    question, done = message_boxes.shown
    assert question.title == "Pulihkan cadangan ini?"
    assert question.buttons == ["Pulihkan", "Batal"]
    assert done.text == "Cadangan sudah dipulihkan."
    assert profile_store.load_profile() == KUNGKAI
    assert "sebelum-pulihkan" in reasons(installation)
    window = shell.window
    assert "Kepala desa: Siti Aminah" in window.page("beranda").place.text()
    assert window.current_page_key() == "pengaturan"
    assert window.page("pengaturan").backup_tab.list.count() == 3


def test_restoring_a_backup_from_before_the_set_up_opens_the_wizard(
    shell, installation, qtbot, message_boxes
):
    tab = open_backups(shell.window)
    window = shell.window
    tab.list.setCurrentRow(row_of(tab, "harian"))  # taken when the empty data was first opened
    message_boxes.answer = "Pulihkan"

    tab.restore_button.click()

    qtbot.waitUntil(lambda: shell.wizard is not None and shell.wizard.isVisible(), timeout=5000)
    assert profile_store.load_profile() is None
    assert shell.window is None
    assert not window.isVisible()


def test_the_copy_kept_before_a_restore_undoes_it(shell, installation, qtbot, message_boxes):
    tab = open_backups(shell.window)
    back_up_now(tab, qtbot)
    profile_store.save_profile(CHANGED)
    tab.list.setCurrentRow(row_of(tab, "dibuat manual"))
    message_boxes.answer = "Pulihkan"
    tab.restore_button.click()
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 2, timeout=5000)

    again = open_backups(shell.window)
    again.list.setCurrentRow(row_of(again, "sebelum pemulihan"))
    again.restore_button.click()

    qtbot.waitUntil(lambda: len(message_boxes.shown) == 4, timeout=5000)
    assert message_boxes.shown[3].text == "Cadangan sudah dipulihkan."
    assert profile_store.load_profile() == CHANGED
    assert "Kepala desa: Ahmad Yani" in shell.window.page("beranda").place.text()


def test_declining_the_question_changes_nothing(shell, installation, qtbot, message_boxes):
    tab = open_backups(shell.window)
    back_up_now(tab, qtbot)
    profile_store.save_profile(CHANGED)
    window = shell.window
    message_boxes.answer = "Batal"

    tab.restore_button.click()

    assert len(message_boxes.shown) == 1
    assert profile_store.load_profile() == CHANGED
    assert "sebelum-pulihkan" not in reasons(installation)
    assert shell.window is window
    assert tab.restore_button.isEnabled()


def test_a_file_that_is_not_a_backup_is_refused(
    shell, installation, qtbot, message_boxes, monkeypatch, tmp_path
):
    junk = tmp_path / "siaga-palsu.sqlite3"
    junk.write_bytes(b"bukan basis data " * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(junk), ""))
    tab = open_backups(shell.window)

    tab.restore_file_button.click()

    assert len(message_boxes.shown) == 1
    assert message_boxes.shown[0].text.startswith(
        "Berkas cadangan ini rusak atau bukan cadangan Siaga TPPO."
    )
    assert profile_store.load_profile() == KUNGKAI
    assert "sebelum-pulihkan" not in reasons(installation)


def test_the_restore_question_says_when_the_office_already_holds_newer_data(
    shell, qtbot, message_boxes, tmp_path
):
    from datetime import UTC, datetime, timedelta

    from desktop.exchange.export import export_to_folder
    from desktop.storage import outbox_store
    from tests.exchange.conftest import give_village_keys, incident, save

    tab = open_backups(shell.window)
    back_up_now(tab, qtbot)
    give_village_keys()
    later = datetime.now(UTC) + timedelta(seconds=2)  # times are kept to the second
    save(incident("Dicatat sesudah cadangan"), when=later)
    sent = export_to_folder(tmp_path, now=later)
    receipt = {"export_id": sent.entry.export_id, "sha256": sent.entry.sha256}
    outbox_store.mark_sent(sent.entry.export_id, receipt, datetime.now(UTC))
    tab.refresh()
    tab.list.setCurrentRow(row_of(tab, "dibuat manual"))

    tab.restore_button.click()  # answered with Batal: nothing is restored

    question = message_boxes.shown[-1]
    assert question.title == "Pulihkan cadangan ini?"
    assert "sudah menyimpan data yang lebih baru" in question.text
    assert "ekspor nomor 1" in question.text and "1 perubahan" in question.text
