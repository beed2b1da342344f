"""Content packs in the windows: the village notices a pack on its stick, sees what changes,
installs it and goes back; refusals are said in Indonesian; the office makes a pack and writes
it to a stick; a pattern across villages drafts a warning in one call."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import nacl.public
import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain.content_pack import PatternSeen, PlaceSeen, SubjectKind
from desktop.exchange import keys, pack_build, pack_install
from desktop.exchange.pack_build import PackParts
from desktop.exchange.wire import content_pack as wire
from desktop.storage import exchange_keys, exchange_settings, office_packs, profile_store
from desktop.ui.exchange.drives import Drive
from desktop.ui.i18n import Language, Translations
from desktop.ui.packs import warning_composer
from desktop.ui.packs.changes_dialog import ChangesDialog
from desktop.ui.packs.office_page import OfficePackPage
from desktop.ui.packs.village_box import OfficeContentBox
from tests.exchange.conftest import KERINCI_OFFICE, KUNGKAI, OFFICE_KEY
from tests.exchange.test_content_packs import CONTACT, WARNING, checklist_v3, edited_material

SEEN = (PlaceSeen("15.02.02.2004", "Kungkai"), PlaceSeen("15.02.03.2001", "Muara Siau"))


@pytest.fixture
def indonesian(qapp: QApplication) -> None:
    Translations(qapp).install(Language.INDONESIAN)


def packs(count: int, office_key=OFFICE_KEY, covers=KERINCI_OFFICE.covers, **parts) -> list[bytes]:
    """``count`` packs as the office makes them, numbered 1, 2, …"""
    from datetime import UTC, datetime

    from desktop.domain.content_pack import ContentPack

    return [
        wire.encode(
            ContentPack(
                office_name=KERINCI_OFFICE.name,
                office_key=bytes(office_key.public_key),
                covers=covers,
                number=n,
                created_at=datetime(2026, 12, n, 2, 0, tzinfo=UTC),
                local_contacts=(CONTACT,),
                warnings=(WARNING,),
                **parts,
            ),
            bytes(office_key),
        )
        for n in range(1, count + 1)
    ]


@pytest.fixture
def village(installation, indonesian):
    profile_store.save_profile(KUNGKAI)
    exchange_keys.save_office_key(KERINCI_OFFICE.name, bytes(OFFICE_KEY.public_key))
    return installation


def settled(qtbot, box: OfficeContentBox, folder: Path | None) -> OfficeContentBox:
    box.look_in(folder)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QApplication.processEvents()
    return box


def accept_dialogs(monkeypatch, accept: bool = True) -> list[ChangesDialog]:
    shown: list[ChangesDialog] = []

    def exec_(dialog: ChangesDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ChangesDialog, "exec", exec_)
    return shown


def test_the_village_sees_a_pack_on_its_stick_and_installs_it_after_seeing_what_changes(
    qtbot, village, tmp_path, monkeypatch, message_boxes
):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    (stick / "paket.siagapaket").write_bytes(packs(1)[0])
    box = OfficeContentBox()
    qtbot.addWidget(box)
    assert "belum ada paket isi" in box.installed_label.text()
    assert not box.back_button.isEnabled()
    settled(qtbot, box, stick)
    assert box.notice.isVisibleTo(box) and "nomor 1" in box.notice.text()
    assert "ada di flashdisk (paket.siagapaket)" in box.notice.text()
    dialogs = accept_dialogs(monkeypatch)
    with qtbot.waitSignal(box.content_changed):
        box.review_and_install()
    assert "PT Maju Jaya Sejahtera" in dialogs[0].text.toPlainText()
    assert message_boxes.shown[-1].title == "Isi sudah dipasang"
    assert "Terpasang: paket isi nomor 1" in box.installed_label.text()
    assert box.back_button.isEnabled() and not box.install_button.isEnabled()

    # The same pack again is not offered: it is the one installed (said quietly, not as an
    # error); an older one is refused and it is said why.
    (stick / "lama.siagapaket").write_bytes(packs(1)[0])
    settled(qtbot, box, stick)
    assert box.candidate is None and not box.install_button.isEnabled()
    assert "paket.siagapaket) adalah paket yang sudah terpasang" in box.notice.text()
    assert box.refused.text().startswith("lama.siagapaket: ")
    assert "tidak lebih baru" in box.refused.text() and "paket.siagapaket" not in (
        box.refused.text()
    )

    message_boxes.answer = "Kembalikan isi sebelumnya"
    with qtbot.waitSignal(box.content_changed):
        box.go_back()
    assert "isi bawaan aplikasi tampil lagi" in message_boxes.shown[-1].text
    assert pack_install.installed().current is None
    assert "belum ada paket isi" in box.installed_label.text()


def test_cancelling_what_changes_installs_nothing(qtbot, village, tmp_path, monkeypatch):
    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "paket.siagapaket").write_bytes(packs(1)[0])
    box = settled(qtbot, OfficeContentBox(), stick)
    qtbot.addWidget(box)
    accept_dialogs(monkeypatch, accept=False)
    box.review_and_install()
    assert pack_install.installed().current is None and box.candidate is not None


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda: packs(1, office_key=nacl.public.PrivateKey.generate())[0], "mengaku dari"),
        (lambda: packs(1, covers=("15.01",))[0], "wilayah lain"),
        (lambda: packs(1)[0][:-30] + b"A" * 29 + b"\n", "tidak cocok"),
        (lambda: b"bukan paket", "bukan paket isi"),
    ],
)
def test_a_refused_pack_on_the_stick_is_said_in_indonesian(qtbot, village, tmp_path, make, said):
    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "paket.siagapaket").write_bytes(make())
    box = settled(qtbot, OfficeContentBox(), stick)
    qtbot.addWidget(box)
    assert box.candidate is None and not box.install_button.isEnabled()
    assert box.refused.isVisibleTo(box)
    assert box.refused.text().startswith("paket.siagapaket: ")
    assert said in box.refused.text() and "tidak dipasang" in box.refused.text().lower()


def test_installing_from_kirim_rebuilds_the_window_with_the_warnings_in_materi(
    qtbot, village, make_shell, tmp_path, monkeypatch, message_boxes
):
    stick = tmp_path / "usb"
    stick.mkdir()
    pack = packs(1, checklist=checklist_v3(), material=edited_material())[0]
    (stick / "paket.siagapaket").write_bytes(pack)
    shell = make_shell()
    shell.window.show_page("materi")
    assert "Peringatan dari kantor" not in " ".join(
        shell.window.page("materi").toc.item(n).text()
        for n in range(shell.window.page("materi").toc.count())
    )
    shell.window.show_page("kirim")
    box = shell.window.page("kirim").packs
    settled(qtbot, box, stick)
    accept_dialogs(monkeypatch)
    old = shell.window
    box.review_and_install()
    qtbot.waitUntil(lambda: shell.window is not old)
    assert shell.window.current_page_key() == "kirim"
    shell.window.show_page("materi")
    materi = shell.window.page("materi")
    toc = [materi.toc.item(n).text() for n in range(materi.toc.count())]
    assert "Peringatan dari kantor (1)" in toc
    materi.show_warnings()
    text = materi.browser.toPlainText()
    assert "PT Maju Jaya Sejahtera" in text and "0812-3456-7890" in text
    materi.show_contacts()
    assert "Dinas PMPTSP-TK Kabupaten Merangin" in materi.browser.toPlainText()
    assert materi.library.topics[0].title.endswith("(versi kantor)")
    shell.window.show_page("cek_tawaran")
    assert shell.window.page("cek_tawaran")._shelf.latest().version == 3

    # Going back rebuilds the window with the shipped content.
    message_boxes.answer = "Kembalikan isi sebelumnya"
    shell.window.show_page("kirim")
    old = shell.window
    shell.window.page("kirim").packs.go_back()
    qtbot.waitUntil(lambda: shell.window is not old)
    shell.window.show_page("materi")
    materi = shell.window.page("materi")
    assert not materi.materials.warnings
    assert materi.library.topics[0].title == "Apa itu perdagangan orang (TPPO)?"
    shell.window.show_page("cek_tawaran")
    shelf = shell.window.page("cek_tawaran")._shelf
    assert shelf.latest().version == 2 and shelf.load(3).version == 3


# --- the office -------------------------------------------------------------------------------


@pytest.fixture
def office(installation, indonesian):
    exchange_settings.save_office(KERINCI_OFFICE)
    keys.ensure_office_key()
    return installation


def test_the_office_makes_a_pack_and_writes_it_to_a_stick_then_again(
    qtbot, office, area_index, tmp_path, message_boxes
):
    stick = tmp_path / "usb"
    stick.mkdir()
    drive = Drive(stick, "USB", 10**9, 2 * 10**9, True, False)
    office_packs.save_warning(WARNING)
    page = OfficePackPage(lambda: area_index, drives=lambda: [drive])
    qtbot.addWidget(page)
    assert page.office_fields["name"].text() == KERINCI_OFFICE.name
    assert page.warnings_table.rowCount() == 1
    assert page.make_button.text().replace("&", "") == "Buat paket nomor 1 lalu simpan"
    page.part_boxes["hotlines"].setCurrentIndex(page.part_boxes["hotlines"].findData("shipped"))
    page.office_fields["phone"].setText("0748-21234")
    page.make_and_save()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QApplication.processEvents()
    [written] = list(stick.iterdir())
    pack = wire.verify(written.read_bytes(), keys.office_public_key())
    assert pack.number == 1 and pack.hotlines is not None and pack.checklist is None
    assert pack.office_contact.phone == "0748-21234"
    assert "sudah disimpan dan diperiksa" in page.status.text()
    assert page.make_button.text().replace("&", "") == "Buat paket nomor 2 lalu simpan"
    # Another village's stick gets the same pack, not a new number.
    other = tmp_path / "usb2"
    other.mkdir()
    page._other_folder = other
    page.refresh_drives()
    page.drive_box.setCurrentIndex(page.drive_box.findData(str(other)))
    page.save_again()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QApplication.processEvents()
    assert (other / written.name).read_bytes() == written.read_bytes()
    assert office_packs.next_number() == 2
    # What was chosen stays chosen.
    assert office_packs.load_choices()["hotlines"] == "shipped"


def test_a_pack_the_villages_would_refuse_is_not_made_and_the_office_is_told(
    qtbot, office, area_index, tmp_path
):
    edited = tmp_path / "isi"
    (edited / "contacts").mkdir(parents=True)
    (edited / "contacts" / "hotlines.json").write_text('{"services": []}', encoding="utf-8")
    page = OfficePackPage(lambda: area_index, drives=lambda: [])
    qtbot.addWidget(page)
    page._content_folder = edited
    page.part_boxes["hotlines"].setCurrentIndex(page.part_boxes["hotlines"].findData("folder"))
    page._other_folder = tmp_path
    page.refresh_drives()
    page.drive_box.setCurrentIndex(0)
    page.make_and_save()
    assert "nomor layanan" in page.status.text() and "tidak ada paket yang dibuat" in (
        page.status.text().lower()
    )
    assert office_packs.latest() is None


def test_a_pattern_across_villages_drafts_a_warning_in_one_call(qtbot, office, monkeypatch):
    pattern = PatternSeen(SubjectKind.COMPANY, "PT Maju Jaya", SEEN, date(2026, 9, 3))
    seen: list[warning_composer.WarningComposer] = []

    def exec_(dialog: warning_composer.WarningComposer) -> int:
        seen.append(dialog)
        assert dialog.companies.toPlainText() == "PT Maju Jaya"
        assert dialog.since_known.isChecked() and dialog.chosen_villages() == SEEN
        dialog.accept()  # nothing known yet: refused, said why
        assert "Tulis apa yang diketahui" in dialog.error.text()
        dialog.known.setPlainText("Menawarkan kerja di Malaysia, meminta paspor.")
        dialog.villages.item(1).setCheckState(dialog.villages.item(1).checkState().Unchecked)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(warning_composer.WarningComposer, "exec", exec_)
    warning = warning_composer.draft_warning(None, pattern)
    assert warning is not None and seen
    [kept] = office_packs.warnings()
    assert kept == warning and kept.villages == SEEN[:1]
    assert kept.companies == ("PT Maju Jaya",) and kept.since == date(2026, 9, 3)


def test_the_composer_refuses_a_nik_in_a_warning(qtbot, office):
    dialog = warning_composer.WarningComposer()
    qtbot.addWidget(dialog)
    dialog.companies.setPlainText("PT Maju Jaya")
    dialog.known.setPlainText("Membawa warga dengan NIK 1502020101900001")
    dialog.accept()
    assert dialog.warning() is None
    assert "NIK" in dialog.error.text()


def test_shipped_parts_go_into_a_pack_the_page_makes(office):
    parts = pack_build.choose_parts({"checklist": pack_build.PartSource.SHIPPED}, None)
    assert parts == PackParts(checklist=parts.checklist) and parts.checklist["version"] == 2
