"""Kirim & Ekspor in the window: export to a flash drive, the outbox, the sending settings,
and at the office the import report and the register of all villages."""

from __future__ import annotations

import errno
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.domain.exchange import SendProblem
from desktop.domain.incident import Status
from desktop.domain.modus import Modus
from desktop.domain.security import AuditKind
from desktop.exchange.sync import OfficeClient, send_outbox
from desktop.exchange.wire import files
from desktop.paths import DataPaths
from desktop.storage import (
    audit,
    exchange_settings,
    outbox_store,
    profile_store,
    settings,
)
from desktop.storage.db import database
from desktop.ui.exchange.drives import Drive
from desktop.ui.exchange.import_page import ImportPage
from desktop.ui.exchange.register import RegisterModel, RegisterPage
from desktop.ui.exchange.scheduler import SyncScheduler
from desktop.ui.exchange.send_page import SendPage
from desktop.ui.exchange.send_settings import SendSettingsTab
from desktop.ui.i18n import Language, Translations
from desktop.ui.modus_labels import modus_label
from tests.areas import areas
from tests.exchange.conftest import (
    KERINCI_OFFICE,
    KUNGKAI,
    MUDO_KEY,
    confirm_village,
    document_of,
    export_bytes,
    give_office_key,
    give_village_keys,
    import_files,
    incident,
    opened,
    save,
    sealed,
    version,
)
from tests.ui.helpers import english_giveaways, visible_texts

R1 = "11111111-1111-4111-8111-111111111111"
R2 = "22222222-2222-4222-8222-222222222222"


@pytest.fixture
def indonesian(qapp: QApplication) -> None:
    Translations(qapp).install(Language.INDONESIAN)


@pytest.fixture
def village(tmp_path, indonesian):
    paths = DataPaths.resolve(tmp_path / "desa")
    with opened(paths):
        profile_store.save_profile(KUNGKAI)
        give_village_keys()  # the office's key is installed: exports are protected
        save(incident("Tawaran kerja ke Malaysia"))
        save(incident("Warga hilang kontak di Kamboja"))
        yield paths


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "FLASHDISK Dédi"  # a space and an accent on the way, as on any PC
    folder.mkdir()
    return folder


def send_page(qtbot, village, stick, scheduler=None, drives=None) -> SendPage:
    drive = Drive(stick, "FLASHDISK", 7_500_000_000, 8_000_000_000, True, False)
    listed = [drive] if drives is None else drives
    page = SendPage(
        village.root / "kotak-keluar", profile_store.load_profile, scheduler, drives=lambda: listed
    )
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page


def test_export_to_the_flash_drive_says_it_is_safe_to_remove(qtbot, village, stick, message_boxes):
    page = send_page(qtbot, village, stick)
    assert "FLASHDISK" in page.drive_box.currentText()
    assert "kosong" in page.drive_box.currentText()
    assert not page.with_csv.isEnabled()  # a readable table would undo the protection

    page.export_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10000)

    (written,) = stick.iterdir()
    assert written.suffix == ".siaga" and b"Malaysia" not in written.read_bytes()
    assert (
        f"Berkas: {written.name}\nDisimpan di: FLASHDISK ({stick})\n" in message_boxes.shown[0].text
    )
    assert "aman dicabut" in message_boxes.shown[0].text
    assert "hanya Kantor Imigrasi Kerinci" in message_boxes.shown[0].text
    assert "Ekspor ke-1" in page.export_status.text()
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "Tidak dikirim"
    assert english_giveaways(visible_texts(page)) == []


def test_a_disk_is_never_chosen_for_the_user_and_is_not_called_a_flash_drive(
    qtbot, village, tmp_path, message_boxes
):
    disk = tmp_path / "Data Kantor"
    disk.mkdir()
    listed = [Drive(disk, "DATA", 50_000_000_000, 500_000_000_000, False, False)]
    page = send_page(qtbot, village, disk, drives=listed)
    assert page.drive_box.currentIndex() == -1
    assert (
        page.drive_hint.isVisibleTo(page) and "Flashdisk tidak ditemukan" in page.drive_hint.text()
    )

    page.export_button.click()  # nothing chosen: nothing written
    assert page.error.isVisibleTo(page) and list(disk.iterdir()) == []

    page.drive_box.setCurrentIndex(0)  # the user chooses the disk
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10000)
    (written,) = disk.iterdir()
    text = message_boxes.shown[0].text
    assert f"Berkas: {written.name}\nDisimpan di: DATA ({disk})\n" in text
    assert "aman dicabut" not in text and "bukan flashdisk" in text


def test_a_flash_drive_is_chosen_before_a_disk_and_a_chosen_folder_is_named(
    qtbot, village, stick, tmp_path, message_boxes, monkeypatch
):
    disk = tmp_path / "Data Kantor"
    disk.mkdir()
    listed = [
        Drive(stick, "FLASHDISK", 7_500_000_000, 8_000_000_000, True, False),
        Drive(disk, "DATA", 50_000_000_000, 500_000_000_000, False, False),
    ]
    page = send_page(qtbot, village, stick, drives=listed)
    assert page.target() == stick

    folder = stick / "Laporan Désa"  # a folder on the flash drive, chosen by hand
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.folder_button.click()
    assert page.target() == folder
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10000)
    (written,) = folder.iterdir()
    assert f"Berkas: {written.name}\nDisimpan di: {folder}\n" in message_boxes.shown[0].text
    assert "aman dicabut" in message_boxes.shown[0].text


def test_without_the_office_key_an_export_is_unencrypted_only_after_a_warning(
    qtbot, village, stick, message_boxes
):
    database.execute_sql("DELETE FROM setting WHERE key = ?", (settings.OFFICE_KEY.key,))
    page = send_page(qtbot, village, stick)
    assert page.with_csv.isEnabled()
    page.with_csv.setChecked(True)
    page.export_button.click()  # the warning; the recorder answers nothing: cancelled
    assert message_boxes.shown[0].title == "Simpan tanpa enkripsi?"
    assert list(stick.iterdir()) == []

    message_boxes.answer = "Simpan tanpa enkripsi"
    page.export_button.click()
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 3, timeout=10000)

    names = sorted(p.suffix for p in stick.iterdir())
    assert names == [".csv", ".siaga"]
    assert "TIDAK dienkripsi" in message_boxes.shown[2].text
    assert audit.list_events()[0].kind == AuditKind.EXPORTED_UNENCRYPTED.value
    table = next(p for p in stick.iterdir() if p.suffix == ".csv").read_bytes()
    assert table.startswith("\ufeff".encode())
    header, *rows = table.decode("utf-8-sig").splitlines()
    assert header.split(";")[:3] == ["No.", "Kode wilayah", "Desa/kelurahan"]
    assert len(rows) == 2 and all(";15.02.02.2004;Kungkai;" in r for r in rows)
    assert any(modus_label(Modus.NON_PROCEDURAL_JOB) in r for r in rows)
    assert english_giveaways(visible_texts(page)) == []


def test_identities_need_a_reason_before_anything_is_written(qtbot, village, stick):
    page = send_page(qtbot, village, stick)
    page.identities.setChecked(True)
    assert page.reason.isEnabled()

    page.export_button.click()

    assert page.error.isVisibleTo(page) and "alasan" in page.error.text()
    assert list(stick.iterdir()) == []


def test_a_full_flash_drive_is_explained_and_nothing_is_left(qtbot, village, stick, monkeypatch):
    def full(fd, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "write", full)
    page = send_page(qtbot, village, stick)
    page.export_button.click()
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=10000)

    assert "penuh" in page.error.text() and "tidak berubah" in page.error.text()
    assert list(stick.iterdir()) == []
    assert outbox_store.list_exports() == []
    assert page.export_button.isEnabled()


class FakeOffice:
    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.posts = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/health"):
            return httpx.Response(200, json={"layanan": "siaga-tppo-penerima", "status": "ok"})
        if request.url.path.endswith("/content-pack"):
            return httpx.Response(404, json={"error": "tidak_ada"})
        if request.url.path.endswith("/receipts"):
            return httpx.Response(200, json={"receipts": []})
        self.posts += 1
        doc = json.loads(document_of(request.content))
        if self.status != 200:
            return httpx.Response(self.status, json={"error": "token_ditolak"})
        receipt = {"export_id": doc["export_id"], "sha256": doc["sha256"]}
        return httpx.Response(200, json={"receipt": receipt})

    def send(self, outbox, *, manual, export=False):
        def client(endpoint):
            return OfficeClient(endpoint, transport=httpx.MockTransport(self.handle))

        return send_outbox(outbox, manual=manual, export=export, client_factory=client)


def test_send_now_works_in_the_background_and_shows_each_status(qtbot, village, stick):
    exchange_settings.save_endpoint("https://imigrasi.example/siaga", "token-kungkai-0123456789")
    office = FakeOffice()
    scheduler = SyncScheduler(village.root / "kotak-keluar", send=office.send, watch_network=False)
    page = send_page(qtbot, village, stick, scheduler)
    assert "imigrasi.example" in page.target_label.text()
    assert page.send_button.isEnabled()

    page.send_button.click()
    assert not page.send_button.isEnabled()  # returns at once: the window never waits
    qtbot.waitUntil(lambda: page.send_button.isEnabled(), timeout=10000)

    assert office.posts == 1
    assert page.table.item(0, 2).text() == "Diterima penerima"
    assert page.last_label.text().startswith("Terakhir berhasil terkirim:")
    assert "1 terkirim" in page.send_status.text()


def test_a_refused_token_is_shown_with_what_to_fix(qtbot, village, stick):
    exchange_settings.save_endpoint("https://imigrasi.example/siaga", "token-salah-0000000000")
    office = FakeOffice(status=401)
    scheduler = SyncScheduler(village.root / "kotak-keluar", send=office.send, watch_network=False)
    page = send_page(qtbot, village, stick, scheduler)
    page.send_button.click()
    qtbot.waitUntil(lambda: page.send_button.isEnabled(), timeout=10000)

    assert page.table.item(0, 2).text() == "Gagal"
    assert "token" in page.table.item(0, 3).text() and "Pengaturan" in page.table.item(0, 3).text()
    assert scheduler.timer.isActive() is False  # nothing waits: no automatic retry planned


def test_the_sending_settings_check_the_address_and_restart_stopped_exports(qtbot, village):
    tab = SendSettingsTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.url.setText("imigrasi kerinci")
    tab.token.setText("token-kungkai-0123456789")
    tab.save_button.click()
    assert tab.error.isVisibleTo(tab) and "https://" in tab.error.text()
    assert exchange_settings.load_endpoint() is None

    tab.url.setText("https://imigrasi.example/siaga")
    with qtbot.waitSignal(tab.saved):
        tab.save_button.click()
    assert exchange_settings.load_endpoint().url == "https://imigrasi.example/siaga"
    assert tab.status.text().startswith("Tersimpan.")
    assert english_giveaways(visible_texts(tab)) == []


# --- The office --------------------------------------------------------------------------------


@pytest.fixture
def office(tmp_path, indonesian):
    paths = DataPaths.resolve(tmp_path / "kantor")
    with opened(paths):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        confirm_village()
        confirm_village(MUDO_KEY, "15.02.02.2008")
        yield paths


def exports_folder(tmp_path) -> Path:
    from dataclasses import replace

    from tests.exchange.conftest import SOURCE

    folder = tmp_path / "flashdisk-kantor"
    folder.mkdir()
    other = replace(SOURCE, village_code="15.02.02.2008", village_name="Mudo")
    (folder / "kungkai.siaga").write_bytes(
        sealed(export_bytes([[version(R1, None, "Tawaran kerja ke Malaysia")]]))
    )
    (folder / "mudo.siaga").write_bytes(
        sealed(
            export_bytes(
                [[version(R2, None, "Warga hilang kontak", modus=Modus.ONLINE_SCAM)]],
                source=other,
            ),
            MUDO_KEY,
        )
    )
    (folder / "rusak.json").write_bytes(b'{"format": "siaga-tppo-ekspor", "sch')
    return folder


def test_the_import_report_counts_and_explains_each_file(qtbot, office, tmp_path, monkeypatch):
    folder = exports_folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page = ImportPage(areas)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.imported, timeout=10000):
        page.folder_button.click()

    assert page.summary.text() == "2 baru, 0 diperbarui, 0 sama, 0 konflik, 1 berkas ditolak"
    lines = [page.files.item(r).text().split("\n") for r in range(page.files.count())]
    results = {head.split(" — ")[0]: (head, result) for head, result in lines}
    assert results["kungkai.siaga"] == (
        "kungkai.siaga — Desa Kungkai",
        "Ekspor ke-1: 1 baru, 0 diperbarui, 0 sama, 0 konflik.",
    )
    assert results["rusak.json"][1].startswith("Ditolak: Bukan ekspor yang dilindungi")
    assert page.history.count() == 2
    assert english_giveaways(visible_texts(page)) == []


@pytest.mark.parametrize("width", [1010, 700])
def test_the_import_report_at_the_largest_text_has_room_and_shows_each_file_whole(
    qapp, qtbot, installation, width
):
    """At Sangat besar the report shared the height with the explanation and the log below
    it, and its list had room for about one line of one file."""
    from PySide6.QtCore import QRect, Qt

    from desktop.ui.style import TextSize, apply_text_size
    from tests.ui.windows import import_report_of_every_kind, settle

    apply_text_size(qapp, TextSize.EXTRA_LARGE)
    page = ImportPage(areas)
    qtbot.addWidget(page)
    page.resize(1010, 680)  # what the office window gives a page at that size
    page.show()
    assert not page.status.isVisible()  # with nothing to say it took a line all the same
    page.show_report(import_report_of_every_kind(datetime(2026, 11, 30, 9)))
    page.resize(width, 680)  # the rows wrap again at a new width
    settle(qapp)

    view = page.files
    lines = view.fontMetrics().lineSpacing()
    assert view.isVisible() and view.viewport().height() >= 8 * lines
    assert not view.horizontalScrollBar().isVisible()
    wrap = int(Qt.TextFlag.TextWordWrap)
    for row in range(view.count()):
        text = view.item(row).text()
        shown = view.visualRect(view.model().index(row, 0))
        needed = view.fontMetrics().boundingRect(QRect(0, 0, shown.width(), 0), wrap, text)
        assert shown.height() >= needed.height(), text
        assert shown.right() <= view.viewport().width(), text


def test_the_register_filters_by_village_and_modus(qtbot, office, tmp_path):
    import_files([exports_folder(tmp_path)])
    page = RegisterPage()
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    assert page.village_filter.count() == 3  # all, and the two villages heard from

    page.village_filter.setCurrentIndex(page.village_filter.findData("15.02.02.2008"))
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "Mudo"
    page.clear_filters()
    page.modus_filter.set_value(Modus.NON_PROCEDURAL_JOB)
    assert [page.model.record_id(r) for r in range(page.model.rowCount())] == [R1]
    page.status_filter.set_value(Status.DONE)
    assert page.model.rowCount() == 0
    page.clear_filters()
    assert page.model.rowCount() == 2
    assert page.count_label.text() == "2 catatan dari 2 desa/kelurahan."
    assert english_giveaways(visible_texts(page)) == []


def test_the_register_model_is_a_well_behaved_table(qtmodeltester, office, tmp_path):
    import_files([exports_folder(tmp_path)])
    model = RegisterModel()
    qtmodeltester.check(model)
    model.sort(1)
    assert model.rowCount() == 2


def test_the_sender_probes_at_least_every_two_minutes_and_wakes_on_a_network_change(village):
    from desktop.exchange.export import queue_current
    from desktop.ui.exchange.scheduler import SendTiming

    sender = SyncScheduler(village.root / "kotak-keluar", watch_network=False)
    assert SendTiming().probe_every <= 120 and SendTiming().after_network_change <= 5
    sender.start()
    assert not sender.timer.isActive()  # nothing waits, nothing to plan
    sender.network_changed()
    assert not sender.timer.isActive()

    exchange_settings.save_endpoint("https://imigrasi.example/siaga", "token-kungkai-0123456789")
    queue_current(village.root / "kotak-keluar")
    outbox_store.note_contact(datetime.now(UTC), SendProblem.UNREACHABLE)
    sender.reschedule()
    assert sender.timer.isActive() and sender.timer.interval() == 120_000
    sender.timer.stop()
    sender.network_changed()
    assert sender.timer.isActive() and sender.timer.interval() == 3000
    sender.timer.stop()
    sender.watch.stop()


def test_the_wizard_sets_up_an_immigration_office(make_shell, qtbot):
    from PySide6.QtWidgets import QWizard

    from desktop.ui.exchange.office import OfficeSetupPage
    from desktop.ui.shell.office import OfficeWindow
    from tests.ui.helpers import navigation_labels, press

    shell = make_shell()
    wizard = shell.wizard
    press(wizard, QWizard.WizardButton.NextButton)  # past the language and text size
    wizard.role.office.setChecked(True)
    press(wizard, QWizard.WizardButton.NextButton)
    page = wizard.currentPage()
    assert isinstance(page, OfficeSetupPage)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    page.form.name.setText("Kantor Imigrasi Kerinci")
    page.form.covers.province.setCurrentIndex(page.form.covers.province.findData("15"))
    assert page.form.covers.tick("15.01") and page.form.covers.tick("15.02")
    assert "Kabupaten Kerinci, Kabupaten Merangin" in page.form.covers.summary.text()
    press(wizard, QWizard.WizardButton.NextButton)
    assert "Kantor Imigrasi Kerinci" in wizard.currentPage().summary.text()

    press(wizard, QWizard.WizardButton.FinishButton)

    assert exchange_settings.load_office().covers == ("15.01", "15.02")
    assert isinstance(shell.window, OfficeWindow)
    assert shell.window.windowTitle() == "Siaga TPPO — Kantor Imigrasi Kerinci"
    assert navigation_labels(shell.window) == [
        "Daftar gabungan",
        "Status desa",
        "Cek dari desa",
        "Rekap",
        "Pola lintas desa",
        "Sosialisasi",
        "Impor",
        "Desa",
        "Isi untuk desa",
        "Pengaturan",
    ]


def test_the_office_sets_up_its_receiver_in_settings_and_the_import_page_can_fetch(make_shell):
    from desktop.exchange.fetch import load_access

    exchange_settings.save_office(KERINCI_OFFICE)
    shell = make_shell()
    window = shell.window
    imports = window.page("impor")
    assert not imports.fetch_button.isVisibleTo(imports)
    window.show_page("pengaturan")
    settings = window.page("pengaturan")
    names = [settings.tabs.tabText(i).replace("&", "") for i in range(settings.tabs.count())]
    assert "Penerima" in names
    tab = settings.receiver_tab
    settings.tabs.setCurrentWidget(tab)
    tab.fields.url.setText("penerima kantor")
    tab.fields.token.setText("token-kantor-0123456789")
    tab.save_button.click()
    assert tab.fields.error.isVisibleTo(tab) and "https://" in tab.fields.error.text()
    assert load_access() is None
    tab.fields.url.setText("https://penerima.example/siaga/")
    tab.save_button.click()
    assert load_access().url == "https://penerima.example/siaga"
    assert tab.status.text().startswith("Tersimpan.")
    assert english_giveaways(visible_texts(tab)) == []
    assert imports.fetch_button.isVisibleTo(imports)


def test_a_village_window_has_kirim_and_ekspor_and_a_sending_tab(make_shell):
    from tests.ui.helpers import KUNGKAI as VILLAGE
    from tests.ui.helpers import navigation_labels

    profile_store.save_profile(VILLAGE)
    shell = make_shell()
    assert "Kirim & Ekspor" in navigation_labels(shell.window)
    shell.window.show_page("pengaturan")
    tabs = shell.window.page("pengaturan").tabs
    assert "Pengiriman" in [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]


def test_every_refusal_and_failure_has_indonesian_words(indonesian):
    from desktop.domain.exchange import (
        ExportRejected,
        ExportWriteFailed,
        OutboxStatus,
        RejectReason,
        SendProblem,
        WriteProblem,
    )
    from desktop.ui.exchange.wording import reject_text, send_text, status_text, write_text

    texts = [reject_text(ExportRejected(r)) for r in RejectReason]
    texts += [write_text(ExportWriteFailed(p, Path("E:/"))) for p in WriteProblem]
    texts += [send_text(p) for p in SendProblem] + [status_text(s) for s in OutboxStatus]
    assert all(texts) and len(set(texts)) == len(texts)
    assert english_giveaways(texts) == []


def test_kirim_and_ekspor_shows_the_fingerprint_and_prints_the_registration_sheet(
    qtbot, village, stick
):
    from desktop.exchange.keys import village_fingerprint
    from desktop.printing.paper import Paper
    from desktop.ui.exchange.registration import RegistrationBox, RegistrationSheetJob

    page = send_page(qtbot, village, stick)
    box = page.findChild(RegistrationBox)
    fingerprint = village_fingerprint()
    assert box is not None and box.isVisibleTo(page)
    assert fingerprint.replace(" ", "\u00a0") in box.text.text()  # never broken over lines
    assert "sidik kunci" in box.text.text()
    sheet = box.sheet()
    assert (sheet.village_name, sheet.village_code, sheet.fingerprint) == (
        "Kungkai",
        "15.02.02.2004",
        fingerprint,
    )
    assert sheet.office_name == KERINCI_OFFICE.name and not sheet.training
    job = RegistrationSheetJob(sheet)
    assert job.work(Paper.A4)().startswith(b"%PDF")
    assert job.file_name(Paper.F4) == "lembar-pendaftaran-1502022004.pdf"


def test_a_file_with_another_villages_records_is_refused_naming_both_villages(qtbot, office):
    """As the clerk reads it on the page Impor: who sent it, whose records, what to do; no
    code repeated as a 'where' (it was before: "(bagian: 15.02.02.2004)")."""
    from desktop.domain.exchange import ExportRejected, FileResult, RejectReason, SourceVillage

    page = ImportPage(areas)
    qtbot.addWidget(page)
    refused = ExportRejected(  # as the merge refuses it (tests/exchange/test_ownership.py)
        RejectReason.OTHER_VILLAGE,
        sender=SourceVillage("15.02.02.2008", "Mudo", False),
        owner=SourceVillage("15.02.02.2004", "Kungkai", False),
    )
    text = page._result_text(FileResult("mudo.siaga", rejected=refused))
    assert text.startswith(
        "Ditolak: Berkas dari Desa Mudo (15.02.02.2008) akan mengubah catatan milik "
        "Desa Kungkai (15.02.02.2004). Tidak ada isinya yang dimasukkan"
    )
    assert "Telepon Desa Mudo" in text and "bagian" not in text
