"""Saving when the disk is full: a plain Indonesian message, the form keeps what was typed, no
crash dialog; an error nobody handled is told plainly too; and a stick pulled out during an
export is said without promising what cannot be known (issue 14)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop.domain.errors import DiskProblem, StorageFailed
from desktop.domain.incident import ReportType
from desktop.domain.modus import Modus
from desktop.paths import DataPaths
from desktop.storage import incidents as store
from desktop.storage import keystore, profile_store
from desktop.storage.installation import Installation
from desktop.ui.errors import CrashHandler
from desktop.ui.i18n import Language, Translations
from desktop.ui.incidents.page import IncidentsPage
from tests.disks import fill, small_disk
from tests.keys import TEST_KEY
from tests.ui.helpers import KUNGKAI


@pytest.fixture
def indonesian(qapp):
    Translations(qapp).install(Language.INDONESIAN)


@pytest.fixture
def full_disk_village(tmp_path):
    """A protected village on a small disk; the test fills it with ``fill(disk)``."""
    with small_disk(tmp_path / "disk", 16) as disk:
        paths = DataPaths.resolve(disk / "data")
        keystore.write_key_file(paths, TEST_KEY, "kebun kopi di bukit", kdf=keystore.TEST_KDF)
        inst = Installation(paths, TEST_KEY, new=True)
        inst.open()
        profile_store.save_profile(KUNGKAI)
        try:
            yield disk, inst
        finally:
            inst.close()


def _fill_in(dialog) -> None:
    dialog.form.report_type.set_value(ReportType.SUSPICIOUS_OFFER)
    dialog.form.modus.set_value(Modus.ONLINE_SCAM)
    dialog.form.reported_on.setDate(QDate(date.today().year, 1, 1))
    dialog.form.summary.setText("Tawaran kerja admin online " * 6)
    dialog.author.setText("Sekretaris Desa")


def test_saving_a_record_on_a_full_disk_says_so_and_keeps_the_form(
    full_disk_village, qtbot, message_boxes, indonesian
):
    disk, _inst = full_disk_village
    page = IncidentsPage(profile_store.load_profile)
    qtbot.addWidget(page)
    page.new_record()
    dialog = page.dialog
    _fill_in(dialog)
    filler = fill(disk)
    saved = [dialog.save() for _ in range(20)]  # a few may still fit in the log's last block
    assert not all(saved)
    told = message_boxes.shown[-1]
    assert told.title == "Tidak tersimpan"
    assert "Disk" in told.text and "penuh" in told.text
    assert "Yang Anda ketik masih ada di sini" in told.text
    assert dialog.isVisible() and "Tawaran kerja admin online" in dialog.form.summary.text()
    filler.unlink()
    assert dialog.save()
    assert store.record_counts()[0] == 1  # the same record, saved again (versions of it)
    stored = store.load_incident(dialog.stored.meta.record_id)
    assert stored.incident.summary.startswith("Tawaran kerja admin online")


def test_an_error_nobody_handled_is_told_in_plain_words_not_as_a_crash(message_boxes, indonesian):
    handler = CrashHandler(None)
    crashed: list[str] = []
    handler.show = crashed.append
    error = StorageFailed(
        DataPaths.resolve("C:/data").database, DiskProblem.FULL, "full", 1024, 64 * 1024**2
    )
    try:
        raise error
    except StorageFailed as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert crashed == []
    assert "penuh" in message_boxes.shown[-1].text
    assert "paling sedikit 64 MB" in message_boxes.shown[-1].text


def test_a_stick_pulled_during_an_export_is_said_without_promising_nothing_was_left(
    qtbot, tmp_path, monkeypatch, indonesian
):
    import errno

    from desktop.exchange.wire import files
    from desktop.ui.exchange.drives import Drive
    from desktop.ui.exchange.send_page import SendPage
    from tests.exchange.conftest import give_village_keys, incident, opened, save

    paths = DataPaths.resolve(tmp_path / "desa")
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()

    def pulled(fd, data):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files.os, "write", pulled)
    with opened(paths):
        profile_store.save_profile(KUNGKAI)
        give_village_keys()
        save(incident("Tawaran kerja ke Malaysia"))
        drive = Drive(stick, "FLASHDISK", 7_500_000_000, 8_000_000_000, True, False)
        page = SendPage(
            paths.root / "kotak-keluar", profile_store.load_profile, None, drives=lambda: [drive]
        )
        qtbot.addWidget(page)
        page.show()
        page.export_button.click()
        qtbot.waitUntil(page.error.isVisible, timeout=10000)
        said = page.error.text()
    assert "Apakah tercabut?" in said and "Data Anda tidak berubah" in said
    assert "terhapus pada ekspor berikutnya" in said
    assert "Tidak ada berkas yang tertinggal" not in said
