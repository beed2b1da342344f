"""The sender in the window: a change made at the village reaches the office by itself, and an
office that comes back is noticed within minutes (the waits shortened through SendTiming; the
planning at full length is tested in tests/exchange/test_sync.py and test_exchange_pages.py).
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from desktop.domain.exchange import Acknowledgment, OutboxStatus, SendTiming
from desktop.exchange.sync import OfficeClient, send_outbox
from desktop.paths import DataPaths
from desktop.storage import exchange_settings, outbox_store, profile_store
from desktop.ui.exchange.drives import Drive
from desktop.ui.exchange.scheduler import SyncScheduler
from desktop.ui.exchange.send_page import SendPage
from desktop.ui.i18n import Language, Translations
from tests.exchange.conftest import KUNGKAI, give_village_keys, incident, opened, save
from tests.exchange.receiver_harness import free_port, running_receiver

TOKEN = "token-kungkai-0123456789"
QUICK = SendTiming(
    probe_every=0.5, after_network_change=0.1, watch=0.05, quiet=0.3, receipts_every=60
)


@pytest.fixture
def village(tmp_path, qapp):
    Translations(qapp).install(Language.INDONESIAN)
    paths = DataPaths.resolve(tmp_path / "desa")
    with opened(paths):
        profile_store.save_profile(KUNGKAI)
        give_village_keys()
        save(incident("Tawaran kerja ke Malaysia"))
        yield paths


def village_token(folder: Path) -> str:
    """Kungkai's token in the office's tokens file, given before the receiver runs."""
    from datetime import datetime

    from desktop.exchange.upload_tokens import add_token

    folder.mkdir(parents=True, exist_ok=True)
    issued = add_token(folder / "token-desa.txt", KUNGKAI.village_code, datetime(2026, 12, 4, 9))
    return issued.token


def quick_client(endpoint):
    return OfficeClient(endpoint, probe_timeout=httpx.Timeout(1.0))


def quick_send(outbox, *, manual, export=False):
    return send_outbox(outbox, manual=manual, export=export, client_factory=quick_client)


def test_a_change_made_offline_reaches_a_receiver_that_comes_up_late(qtbot, village, tmp_path):
    port = free_port()
    token = village_token(tmp_path / "penerima")
    exchange_settings.save_endpoint(f"http://127.0.0.1:{port}", token)
    sender = SyncScheduler(
        village.root / "kotak-keluar", send=quick_send, watch_network=False, timing=QUICK
    )
    sender.start()  # the log as it is goes into the outbox; the office does not answer
    qtbot.waitUntil(lambda: outbox_store.waiting_exports() != [], timeout=10000)
    save(incident("Disimpan saat kantor tidak terjangkau"))

    def exported_and_tried() -> bool:
        contact = outbox_store.last_contact()
        waiting = outbox_store.waiting_exports()
        return (
            bool(waiting)
            and waiting[0].records == 2
            and contact is not None
            and not contact.reached
            and contact.at >= waiting[0].created_at.replace(microsecond=0)
        )

    qtbot.waitUntil(exported_and_tried, timeout=10000)
    entry = outbox_store.waiting_exports()[0]
    assert entry.identities_reason is None
    qtbot.wait(800)  # the office stays away a while longer
    assert outbox_store.load_export(entry.export_id).outbox is OutboxStatus.WAITING

    with running_receiver(tmp_path / "penerima", port=port) as receiver:
        up = time.monotonic()
        qtbot.waitUntil(
            lambda: outbox_store.load_export(entry.export_id).outbox is OutboxStatus.SENT,
            timeout=10000,
        )
        delay = time.monotonic() - up
        assert [s.export_id for s in receiver.store.waiting()] == [entry.export_id]
    # Within the probe interval of the office coming back (and the upload itself).
    assert delay <= QUICK.probe_every + 1.5, delay
    assert outbox_store.load_export(entry.export_id).acknowledgment is Acknowledgment.RECEIVED
    sender.watch.stop()
    sender.timer.stop()


class Office:
    """The office's receiver as a fake network: takes every upload and gives its receipt."""

    def __init__(self) -> None:
        self.uploads = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/health"):
            return httpx.Response(200, json={"layanan": "siaga-tppo-penerima", "status": "ok"})
        if request.url.path.endswith("/receipts"):
            return httpx.Response(200, json={"receipts": []})
        from desktop.exchange.wire import envelope

        header = envelope.verify(request.content, lambda _code: None)
        from desktop.exchange.wire.format import sha256_hex

        self.uploads += 1
        receipt = {"export_id": header.export_id, "sha256": sha256_hex(request.content)}
        return httpx.Response(200, json={"receipt": receipt})

    def send(self, outbox, *, manual, export=False):
        def client(endpoint):
            return OfficeClient(endpoint, transport=httpx.MockTransport(self.handle))

        return send_outbox(outbox, manual=manual, export=export, client_factory=client)


def test_a_record_saved_after_the_last_export_leaves_by_itself_and_the_page_says_so(
    qtbot, village, tmp_path
):
    exchange_settings.save_endpoint("https://imigrasi.example/siaga", TOKEN)
    office = Office()
    sender = SyncScheduler(
        village.root / "kotak-keluar", send=office.send, watch_network=False, timing=QUICK
    )
    stick = tmp_path / "usb"
    stick.mkdir()
    drive = Drive(stick, "FLASHDISK", 7_500_000_000, 8_000_000_000, True, False)
    page = SendPage(
        village.root / "kotak-keluar", profile_store.load_profile, sender, drives=lambda: [drive]
    )
    qtbot.addWidget(page)
    page.show()
    sender.start()  # at start: the log is exported and sent
    qtbot.waitUntil(lambda: office.uploads == 1, timeout=10000)
    qtbot.waitUntil(lambda: not sender.busy, timeout=10000)
    assert page.status_view.headline.text() == "Semua perubahan sudah diterima kantor."
    assert page.table.item(0, 2).text() == "Diterima penerima"

    save(incident("Disimpan sesudah ekspor terakhir"))
    qtbot.waitUntil(
        lambda: page.status_view.headline.text() == "1 perubahan belum terkirim", timeout=5000
    )
    assert "terakhir" in page.status_view.last.text()  # the last receipt is named
    qtbot.waitUntil(lambda: office.uploads == 2, timeout=10000)
    qtbot.waitUntil(
        lambda: page.status_view.headline.text() == "Semua perubahan sudah diterima kantor.",
        timeout=5000,
    )
    newest = outbox_store.list_exports()[0]
    assert newest.records == 2 and newest.acknowledgment is Acknowledgment.RECEIVED
    assert page.table.rowCount() == 2 and page.table.item(0, 2).text() == "Diterima penerima"
    sender.watch.stop()
    sender.timer.stop()


def test_an_export_the_receiver_holds_for_a_changed_key_is_shown_held_never_sent(
    qtbot, village, tmp_path
):
    exchange_settings.save_endpoint("https://imigrasi.example/siaga", TOKEN)

    class HoldingOffice(Office):
        def handle(self, request):
            answer = super().handle(request)
            if request.url.path.endswith("/exports"):
                receipt = answer.json()["receipt"] | {"held": True}
                return httpx.Response(200, json={"receipt": receipt})
            return answer

    office = HoldingOffice()
    sender = SyncScheduler(
        village.root / "kotak-keluar", send=office.send, watch_network=False, timing=QUICK
    )
    page = SendPage(village.root / "kotak-keluar", profile_store.load_profile, sender, drives=list)
    qtbot.addWidget(page)
    page.show()
    page.send_button.click()
    qtbot.waitUntil(lambda: page.send_button.isEnabled(), timeout=10000)
    assert page.table.item(0, 2).text() == "Ditahan kantor"
    assert "kunci baru" in page.table.item(0, 3).text()
    assert page.status_view.held.isVisibleTo(page)
    assert page.status_view.held.text().startswith("Ditahan kantor (ekspor no. 1)")
    assert page.status_view.headline.text() == "1 perubahan belum terkirim"
    assert "terkirim" not in page.table.item(0, 2).text().lower()


def test_changes_one_after_another_are_exported_no_later_than_the_longest_wait(qtbot, village):
    exchange_settings.save_endpoint("https://imigrasi.example/siaga", TOKEN)
    office = Office()
    timing = SendTiming(quiet=0.4, watch=0.05, longest_wait=1.0, probe_every=60)
    sender = SyncScheduler(
        village.root / "kotak-keluar", send=office.send, watch_network=False, timing=timing
    )
    sender.start()
    qtbot.waitUntil(lambda: office.uploads == 1 and not sender.busy, timeout=10000)
    started = time.monotonic()
    while office.uploads == 1 and time.monotonic() - started < 5:
        save(incident("Dicatat satu demi satu"))  # a change every 0.2 s: never 0.4 s quiet
        qtbot.wait(200)
    assert office.uploads == 2, "the changes were held back"
    assert time.monotonic() - started <= timing.longest_wait + 1.0
    sender.watch.stop()
    sender.timer.stop()


def test_a_first_export_held_by_the_office_says_why_and_what_to_do(qtbot, village, tmp_path):
    """The office holds a village's first export until it has compared the village's key: the
    page says so, and to take the registration sheet, not "it did not pass the checks"."""
    from desktop.exchange import receipts
    from desktop.exchange.export import export_to_folder
    from desktop.exchange.wire import receipt as wire
    from tests.exchange.conftest import receipt_for

    written = export_to_folder(tmp_path)
    held = receipt_for(written.entry, state=wire.HELD, reason="kontak_pertama", sha256="")
    assert receipts.take_in([wire.encode(held)], source="flashdisk").applied == 1
    page = SendPage(village.root / "kotak-keluar", profile_store.load_profile, None, drives=list)
    qtbot.addWidget(page)
    page.show()
    assert page.table.item(0, 2).text() == "Ditahan kantor"
    assert "ekspor pertama" in page.table.item(0, 3).text()
    assert "ekspor pertama" in page.status_view.held.text()
    assert "lembar pendaftaran" in page.status_view.held.text()
