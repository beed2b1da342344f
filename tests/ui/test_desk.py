"""Beranda, the daily desk: what needs doing in words and colour, and every button taking the
village head to the right page in the right state."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop.domain.checklist import RiskLevel
from desktop.domain.incident import Status
from desktop.domain.training import TRAINING_PROFILE
from desktop.storage import incidents as incident_store
from desktop.storage import profile_store, settings
from desktop.ui.print_dialog import PrintDialog
from desktop.ui.style import TextSize
from tests.ui.desk_data import add_check, add_incident
from tests.ui.helpers import KUNGKAI, plain

TODAY = date.today()
LONG_SUMMARY = (
    "Tawaran kerja admin online di Kamboja lewat media sosial, gaji 15 juta sebulan tanpa "
    "pengalaman, tiket dan paspor diurus sponsor"
)


def desk_of(shell, qtbot):
    """Beranda once it shows the data it read (on a worker thread)."""
    home = shell.window.page("beranda")
    if not home.incidents.isVisible():
        with qtbot.waitSignal(home.refreshed, timeout=5000):
            pass
    return home


@pytest.fixture
def village(make_shell, qtbot):
    profile_store.save_profile(KUNGKAI)

    def start():
        shell = make_shell()
        return shell, desk_of(shell, qtbot)

    return start


def test_with_nothing_to_do_beranda_says_so(village):
    _, home = village()

    assert plain(home.incidents.sentence.text()) == (
        "Tidak ada kejadian yang masih berjalan: semua catatan sudah selesai atau ditutup."
    )
    assert home.incidents.mark.property("mark") == "done"
    assert not home.incidents.details.isVisible()
    assert plain(home.checks.sentence.text()).startswith("Belum ada tawaran kerja yang dicek pada ")
    assert home.checks.mark.property("mark") == "note"


def test_beranda_lists_the_open_incidents_newest_first_and_this_months_checks(village):
    add_incident(TODAY - timedelta(days=3), "Sponsor meminta KTP untuk paspor umrah")
    add_incident(TODAY - timedelta(days=1), LONG_SUMMARY, Status.REFERRED)
    add_incident(TODAY, "Sudah ditangani", Status.DONE)
    add_incident(TODAY - timedelta(days=2), "Ditutup setelah dirujuk", Status.CLOSED_REFERRED)
    add_incident(TODAY - timedelta(days=5), "Anak 16 tahun dijanjikan kerja", Status.FOLLOWED_UP)
    add_incident(TODAY - timedelta(days=9), "Yang paling lama")
    deleted = add_incident(TODAY, "Terhapus")
    incident_store.delete_incident(deleted, author_name="Sekretaris Desa")
    add_check(TODAY, RiskLevel.VERY_HIGH)
    add_check(TODAY.replace(day=1), RiskLevel.LOW)
    add_check(TODAY.replace(day=1) - timedelta(days=1), RiskLevel.HIGH)  # last month

    _, home = village()

    assert plain(home.incidents.sentence.text()) == (
        "Kejadian yang masih berjalan: 4. Yang terbaru:"
    )
    assert home.incidents.mark.property("mark") == "todo"
    lines = plain(home.incidents.details.text()).splitlines()
    assert [line.split(",")[0] for line in lines] == ["No. 2", "No. 1", "No. 5"]
    assert "Sponsor meminta KTP untuk paspor umrah" in lines[1]
    # A long summary is shortened to its line, never wrapped or cut.
    assert lines[0].endswith("…") and LONG_SUMMARY not in lines[0]
    details = home.incidents.details
    assert details.heightForWidth(details.width()) <= 3 * details.fontMetrics().lineSpacing() + 4
    month = plain(home.checks.sentence.text())
    assert month.startswith("Tawaran kerja dicek ") and month.endswith(": 2 (1 berisiko tinggi).")


def test_the_desk_is_read_off_the_window_s_thread_each_time_it_is_shown(
    village, qtbot, monkeypatch
):
    threads = []
    original = incident_store.open_incidents

    def watched(newest):
        threads.append(threading.current_thread())
        return original(newest)

    monkeypatch.setattr(incident_store, "open_incidents", watched)
    shell, home = village()
    assert threads and threading.main_thread() not in threads

    shell.window.show_page("kejadian")
    add_incident(TODAY, "Dicatat sementara Beranda tidak tampil")
    with qtbot.waitSignal(home.refreshed, timeout=5000):
        shell.window.show_page("beranda")

    assert plain(home.incidents.sentence.text()).startswith("Kejadian yang masih berjalan: 1.")


# --- the buttons -------------------------------------------------------------------------------


def test_new_job_offer_check_opens_a_new_check(village):
    shell, home = village()

    home.actions["check"].click()

    page = shell.window.page("cek_tawaran")
    assert shell.window.current_page_key() == "cek_tawaran"
    assert page.current_view() is page.stage_view


def test_new_job_offer_check_never_pushes_aside_a_check_being_made(village):
    shell, home = village()
    home.actions["check"].click()
    page = shell.window.page("cek_tawaran")
    page.stage_view.buttons[next(iter(page.stage_view.buttons))].click()
    page.stage_view.next_button.click()
    page.details.fields["initials"].setText("S.A.")
    shell.window.show_page("beranda")

    home.actions["check"].click()

    assert shell.window.current_page_key() == "cek_tawaran"
    assert page.current_view() is page.details
    assert page.details.fields["initials"].text() == "S.A."


def test_the_checks_item_opens_the_history_of_checks(village):
    add_check(TODAY)
    shell, home = village()

    home.checks.button.click()

    page = shell.window.page("cek_tawaran")
    assert shell.window.current_page_key() == "cek_tawaran"
    assert page.current_view() is page.history
    assert page.history.model.rowCount() == 1


def test_new_incident_record_opens_an_empty_form(village):
    shell, home = village()

    home.actions["incident"].click()

    page = shell.window.page("kejadian")
    assert shell.window.current_page_key() == "kejadian"
    assert page.dialog is not None and page.dialog.isVisible()
    assert page.dialog._stored is None
    page.dialog._timer.stop()
    page.dialog.hide()


def test_an_open_incident_opens_from_its_number(village):
    record_id = add_incident(TODAY, "Sponsor meminta KTP untuk paspor umrah")
    shell, home = village()

    home.incidents.details.linkActivated.emit(record_id)

    page = shell.window.page("kejadian")
    assert shell.window.current_page_key() == "kejadian"
    assert page.dialog.isVisible() and page.dialog._stored.meta.record_id == record_id
    page.dialog._timer.stop()
    page.dialog.hide()


def test_the_incidents_item_opens_the_log(village):
    add_incident(TODAY, "Sponsor meminta KTP untuk paspor umrah")
    shell, home = village()

    home.incidents.button.click()

    assert shell.window.current_page_key() == "kejadian"
    assert shell.window.page("kejadian").model.rowCount() == 1


def test_print_leaflets_opens_the_leaflet_print_dialog_over_beranda(village, monkeypatch):
    shown = []
    monkeypatch.setattr(PrintDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    shell, home = village()

    home.actions["leaflet"].click()

    assert [type(d.job).__name__ for d in shown] == ["LeafletJob"]
    assert shell.window.current_page_key() == "beranda"


def test_send_to_the_office_opens_kirim_dan_ekspor(village):
    shell, home = village()

    home.actions["send"].click()

    assert shell.window.current_page_key() == "kirim"
    assert shell.window.page("kirim").isVisible()


def test_a_failed_backup_is_a_thing_to_do_with_a_way_to_the_backups(village, installation):
    installation.backup_error = OSError("disk penuh")
    shell, home = village()

    assert home.backup.mark.property("mark") == "todo"
    assert plain(home.backup.sentence.text()).startswith("Cadangan otomatis hari ini gagal")
    assert home.backup.button.isVisible()
    home.backup.button.click()

    settings = shell.window.page("pengaturan")
    assert shell.window.current_page_key() == "pengaturan"
    assert settings.tabs.currentWidget() is settings.backup_tab


# --- the screen ------------------------------------------------------------------------------


def _shown_whole(home, qtbot) -> None:
    """Nothing scrolls at Normal. At Sangat besar a busy desk may scroll, but only the village's
    details and contacts at its foot may be out of sight: every item of what needs doing shows
    when Beranda opens."""
    from desktop.ui.desk_sending import SendingItem

    # The office's items come once the window is up (measured before them, the desk was
    # measured as the village head never sees it).
    qtbot.waitUntil(lambda: any(isinstance(i, SendingItem) and i.isVisible() for i in home.items))
    for _ in range(3):
        QApplication.processEvents()
    scroll = home.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    if settings.TEXT_SIZE.get() == TextSize.NORMAL.value:
        assert not bar.isVisible(), f"scrolls by {bar.maximum()} px"
    shown = [i for i in (*home.items, home.backup) if i.isVisible()]
    assert len(shown) >= 4
    for item in shown:
        foot = item.mapTo(scroll.viewport(), QPoint(0, item.height())).y()
        assert foot <= scroll.viewport().height(), f"{type(item).__name__} is out of sight"


@pytest.mark.parametrize("size", [TextSize.NORMAL, TextSize.EXTRA_LARGE], ids=lambda s: s.value)
def test_a_busy_desk_shows_everything_to_do_without_scrolling(make_shell, qtbot, size):
    """Every item with something to say, three long summaries, four contacts with long names
    and the village head's name."""
    settings.TEXT_SIZE.set(size.value)  # the window applies the stored size (set after, the
    # window undid it, and this was measured at Normal twice)
    profile_store.save_profile(
        dataclasses.replace(TRAINING_PROFILE, training=False, village_name="Kungkai")
    )
    for days in range(4):
        add_incident(TODAY - timedelta(days=days), LONG_SUMMARY)
    add_check(TODAY, RiskLevel.HIGH)
    _shown_whole(desk_of(make_shell(), qtbot), qtbot)


def _office_holds_the_newest_export(tmp_path) -> None:
    """Export no. 1 imported by the office (its receipt taken in), no. 2 held back by it."""
    from desktop.exchange import receipts
    from desktop.exchange.export import queue_current
    from desktop.storage import outbox_store
    from tests.exchange.conftest import DAY, give_village_keys, receipt_for

    give_village_keys()
    first = queue_current(tmp_path / "kotak-keluar")
    outbox_store.mark_sent(first.export_id, {"export_id": first.export_id}, DAY)
    receipts.take_in([receipt_for(first).as_json()], source="layar")
    add_incident(TODAY, LONG_SUMMARY)
    held = queue_current(tmp_path / "kotak-keluar")
    outbox_store.mark_sent(held.export_id, {"export_id": held.export_id, "held": True}, DAY)


@pytest.mark.parametrize("size", [TextSize.NORMAL, TextSize.EXTRA_LARGE], ids=lambda s: s.value)
def test_a_held_export_and_its_last_receipt_leave_everything_to_do_in_sight(
    village, qtbot, tmp_path, size
):
    """Four open incidents, this month's checks, the office holding the newest export back
    and its last receipt, in a village with one contact."""
    from desktop.ui.desk_sending import SendingItem

    settings.TEXT_SIZE.set(size.value)
    for days in range(1, 4):
        add_incident(TODAY - timedelta(days=days), LONG_SUMMARY)
    add_check(TODAY, RiskLevel.HIGH)
    _office_holds_the_newest_export(tmp_path)
    _, home = village()
    _shown_whole(home, qtbot)
    sending = next(i for i in home.items if isinstance(i, SendingItem))
    assert plain(sending.sentence.text()).startswith("Kantor menahan ekspor no. 2.")
    assert plain(sending.details.text()).startswith("Tanda terima terakhir: sudah diimpor")


def test_beranda_says_what_the_office_lacks_and_new_content_waiting(village, qtbot):
    from desktop.exchange import pack_install
    from desktop.exchange.wire import content_pack as wire
    from desktop.storage import exchange_keys
    from desktop.ui.desk_sending import ContentItem, SendingItem
    from tests.ui.windows import _sample_pack

    add_incident(TODAY, "Sponsor meminta KTP untuk paspor umrah")
    add_check(TODAY, RiskLevel.HIGH)
    pack, private = _sample_pack()
    exchange_keys.save_office_key(pack.office_name, pack.office_key)
    assert pack_install.take_in(wire.encode(pack, private))
    shell, home = village()

    def item(kind):
        return next((i for i in home.items if isinstance(i, kind)), None)

    # Added once the window is up (the outbox and the packs are not needed to show it).
    qtbot.waitUntil(lambda: item(SendingItem) is not None and item(SendingItem).isVisible())
    sending, content = item(SendingItem), item(ContentItem)
    qtbot.waitUntil(content.isVisible)
    assert plain(sending.sentence.text()).startswith(
        "Perubahan yang belum diterima kantor: 2. Simpan ke flashdisk"
    )
    assert sending.mark.property("mark") == "todo"
    assert not sending.details.isVisible()  # no receipt yet: the sentence says it all
    assert plain(content.sentence.text()).startswith(
        "Isi baru dari Kantor Imigrasi Kelas II TPI Kerinci menunggu dipasang (paket no. 12,"
    )
    content.button.click()
    assert shell.window.current_page_key() == "kirim"
    shell.window.show_page("beranda")
    sending.button.click()
    assert shell.window.current_page_key() == "kirim"


def test_a_village_that_recorded_nothing_has_nothing_to_send(village, qtbot):
    from desktop.ui.desk_sending import SendingItem

    _, home = village()
    qtbot.waitUntil(lambda: any(isinstance(i, SendingItem) and i.isVisible() for i in home.items))
    sending = next(i for i in home.items if isinstance(i, SendingItem))
    # Not "every change has reached the office": there has been none.
    assert plain(sending.sentence.text()) == "Belum ada yang perlu dikirim ke kantor."
    assert sending.mark.property("mark") == "note"
