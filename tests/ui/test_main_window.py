"""The main window: navigation, keyboard shortcuts, the home page and training mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop.domain.training import TRAINING_PROFILE
from desktop.storage import profile_store
from desktop.ui.help_window import HelpWindow
from tests.ui.helpers import KUNGKAI, navigation_labels, plain


@pytest.fixture
def window(make_shell):
    profile_store.save_profile(KUNGKAI)
    shell = make_shell()
    assert shell.wizard is None
    return shell.window


def test_a_saved_profile_opens_the_main_window_directly(window):
    assert window.isVisible()
    assert window.windowTitle() == "Siaga TPPO — Desa Kungkai"
    assert not window.training_banner.isVisibleTo(window)


def test_navigation_starts_at_beranda_and_ends_with_pengaturan(window):
    labels = navigation_labels(window)

    assert labels[0] == "Beranda"
    assert labels[-1] == "Pengaturan"
    assert len(labels) == len(set(labels)) == len(window.page_keys())
    assert window.current_page_key() == "beranda"
    assert window.pages.currentWidget().objectName() == "beranda"


def test_choosing_in_the_navigation_switches_the_page(window):
    window.navigation.setCurrentRow(window.page_keys().index("pengaturan"))

    assert window.pages.currentWidget().objectName() == "pengaturan"
    settings = window.page("pengaturan")
    assert settings.isVisible()
    assert settings.tabs.tabText(settings.tabs.currentIndex()) == "Profil desa"


def test_ctrl_and_a_number_switch_pages(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    target = QApplication.focusWidget() or window
    number = window.page_keys().index("pengaturan") + 1

    qtbot.keyClick(target, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget().objectName() == "pengaturan"
    assert window.page("pengaturan").isVisible()

    qtbot.keyClick(target, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget().objectName() == "beranda"


def test_home_page_shows_the_village_its_contacts_and_backup_state(window):
    home = window.page("beranda")

    assert home.title.text() == "Desa Kungkai"
    place = home.place.text()
    assert "Kecamatan Bangko, Kabupaten Merangin, Jambi" in place
    assert "Kepala desa: Siti Aminah" in place
    office = plain(home.village.text())
    assert office == "Kantor desa: 0746-21234 · Jalan Lintas Sumatera Km 3"
    assert plain(home.contacts.text()) == "Kontak setempat: Babinsa: Serka Hadi 0812-3456-7890"
    # The installation took its daily backup when it was opened.
    assert plain(home.backup.sentence.text()).startswith("Dicadangkan otomatis setiap hari;")
    assert home.backup.mark.property("mark") == "done"


def test_the_daily_backup_is_taken_in_the_background_and_the_home_page_says_so(
    make_shell, installation, qtbot
):
    """The window opens without waiting for the backup (a copy of the whole database)."""
    profile_store.save_profile(KUNGKAI)
    for old in installation.backups():
        old.path.unlink()
    shell = make_shell()
    home = shell.window.page("beranda")
    assert home.backup.sentence.text() == "Belum ada cadangan."
    shell.check_and_back_up()
    qtbot.waitUntil(lambda: home.backup.sentence.text().startswith("Dicadangkan otomatis"))
    assert len(installation.backups()) == 1


def test_change_village_details_opens_the_profile_form(window):
    home = window.page("beranda")
    change = next(b for b in home.findChildren(QPushButton) if b.text() == "&Ubah data desa")

    change.click()

    assert window.current_page_key() == "pengaturan"
    settings = window.page("pengaturan")
    assert window.pages.currentWidget().isAncestorOf(settings)
    assert settings.tabs.currentIndex() == 0
    assert settings.profile_tab is not None
    assert settings.profile_tab.form.head.text("head_name") == "Siti Aminah"


def test_f1_opens_the_staff_manual_from_wherever_the_focus_is(window, qtbot):
    """Bantuan (F1); About is in the help window and in Pengaturan › Tentang."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)

    helper = window.findChild(HelpWindow)
    assert helper is not None and helper.isVisible()
    assert helper.windowTitle() == "Bantuan — panduan Siaga TPPO"


def test_training_mode_starts_with_the_fictional_village_and_says_so(make_shell):
    shell = make_shell(training=True)
    window = shell.window

    assert shell.wizard is None
    saved = profile_store.load_profile()
    assert saved == TRAINING_PROFILE
    assert saved.training
    assert window.training_banner.isVisibleTo(window)
    assert window.training_banner.text().startswith(
        "MODE LATIHAN — desa dan data contoh ini fiktif"
    )
    assert window.windowTitle() == "Siaga TPPO — MODE LATIHAN — Desa Sukamaju (fiktif)"
    assert window.page("beranda").title.text() == "Desa Sukamaju (fiktif)"


class _WindowsShown(QObject):
    """Records every widget shown as a window of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show
        if shown and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


@pytest.mark.parametrize("training", [False, True])
def test_opening_shows_one_window_and_no_stray_widget_as_its_own(make_shell, training):
    """A widget made visible before it has a parent opens as a window of its own for a moment
    (the MODE LATIHAN banner once did)."""
    if not training:
        profile_store.save_profile(KUNGKAI)
    watcher = _WindowsShown()
    QApplication.instance().installEventFilter(watcher)
    try:
        make_shell(training=training)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.shown == ["MainWindow"]


def test_training_mode_keeps_a_profile_already_there(make_shell):
    profile_store.save_profile(KUNGKAI)

    shell = make_shell(training=True)

    assert profile_store.load_profile() == KUNGKAI
    assert "MODE LATIHAN" in shell.window.windowTitle()


def test_partial_exports_left_in_the_outbox_are_removed_when_the_window_opens(
    make_shell, installation
):
    import os

    from desktop.app import OUTBOX_DIR
    from desktop.leftovers import partial_name

    profile_store.save_profile(KUNGKAI)
    outbox = installation.paths.root / OUTBOX_DIR
    outbox.mkdir()
    partial = outbox / partial_name("kungkai-ekspor-7.siaga", "0a1b2c3d")
    waiting = outbox / "kungkai-ekspor-6.siaga"
    for path in (partial, waiting):
        path.write_bytes(b"isi")
    os.utime(partial, (0, 0))  # left there by a power cut, long ago
    make_shell()
    assert not partial.exists() and waiting.exists()
