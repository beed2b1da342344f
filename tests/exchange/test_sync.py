"""Sending the outbox: only a receipt counts, refusals stop retries, failures wait and back off.

Most cases use a fake network (httpx.MockTransport); the faults that live in sockets (a
connection cut mid-upload, an answer lost, a slow office) use a real server on 127.0.0.1.
"""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from desktop.domain.exchange import (
    BACKOFF_CAP,
    OutboxStatus,
    SendProblem,
    backoff_delay,
    problem_for_status,
)
from desktop.exchange.export import export_to_folder, queue_current
from desktop.exchange.sync import OfficeClient, send_outbox, valid_endpoint_url
from desktop.storage import exchange_settings, outbox_store
from tests.exchange.conftest import DAY, document_of, incident, opened, save
from tests.exchange.faulty_office import faulty_office

HEALTH = {"layanan": "siaga-tppo-penerima", "status": "ok", "api": 1}


class Clock:
    def __init__(self) -> None:
        self.now = DAY

    def __call__(self):
        return self.now


class FakeOffice:
    """Answers health checks; uploads are answered by ``answer(doc) -> (status, body)``."""

    def __init__(self, answer=None, health=(200, HEALTH)) -> None:
        self.answer = answer or (lambda doc: (200, {"receipt": receipt(doc)}))
        self.health = health
        self.uploads: list[dict] = []
        self.requests = 0
        self.content_pack: bytes | None = None  # the office's pack the receiver keeps
        self.receipts: list = []  # the office's receipts the receiver keeps for the village

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if request.url.path.endswith("/api/v1/health"):
            status, body = self.health
            if isinstance(body, str):
                return httpx.Response(status, text=body)
            return httpx.Response(status, json=body)
        if request.url.path.endswith("/api/v1/content-pack"):
            assert request.headers["authorization"] == "Bearer token-desa-kungkai-0001"
            if self.content_pack is None:
                return httpx.Response(404, json={"error": "tidak_ada"})
            return httpx.Response(200, content=self.content_pack)
        if request.url.path.endswith("/api/v1/receipts"):
            assert request.headers["authorization"] == "Bearer token-desa-kungkai-0001"
            return httpx.Response(200, json={"receipts": self.receipts})
        assert request.headers["authorization"] == "Bearer token-desa-kungkai-0001"
        doc = json.loads(document_of(request.content))  # uploads are protected files
        self.uploads.append(doc)
        status, body = self.answer(doc)
        return httpx.Response(status, json=body)

    def client(self, endpoint):
        return OfficeClient(endpoint, transport=httpx.MockTransport(self.handle))


def receipt(doc: dict) -> dict:
    return {"export_id": doc["export_id"], "sha256": doc["sha256"], "result": {"baru": 1}}


@pytest.fixture
def village(village_paths):
    with opened(village_paths):
        save(incident("Tawaran kerja ke Malaysia"))
        exchange_settings.save_endpoint("https://imigrasi.example/siaga", "token-desa-kungkai-0001")
        yield village_paths


def outbox(paths) -> Path:
    return paths.root / "kotak-keluar"


def send(paths, office, *, manual=False, export=False, clock=None):
    return send_outbox(
        outbox(paths),
        manual=manual,
        export=export,
        client_factory=office.client,
        now=clock or Clock(),
        rng=random.Random(1),
    )


def only_export():
    (entry,) = outbox_store.list_exports()
    return entry


def test_nothing_is_sent_before_the_address_is_set(village_paths):
    with opened(village_paths):
        outcome = send(village_paths, FakeOffice(), manual=True)
        assert outbox_store.list_exports() == []
    assert not outcome.configured and not outcome.all_delivered


def test_send_now_queues_the_log_and_a_receipt_marks_it_sent(village):
    office = FakeOffice()
    outcome = send(village, office, manual=True)

    entry = only_export()
    assert outcome.sent == 1 and outcome.all_delivered and outcome.queued is not None
    assert entry.outbox is OutboxStatus.SENT and entry.sent_at is not None
    assert outbox_store.last_success() is not None
    assert list(outbox(village).iterdir()) == []  # the sent copy is not kept
    assert office.uploads[0]["counts"]["records"] == 1
    again = send(village, office, manual=True)
    assert again.queued is None and again.attempts == () and len(office.uploads) == 1


def test_a_success_answer_without_this_exports_receipt_does_not_count(village):
    office = FakeOffice(lambda doc: (200, {"receipt": {"export_id": doc["export_id"]}}))
    outcome = send(village, office, manual=True)
    entry = only_export()
    assert outcome.sent == 0 and outcome.waiting == 1
    assert entry.outbox is OutboxStatus.WAITING and entry.problem is SendProblem.BAD_RECEIPT


def test_server_errors_wait_with_a_growing_capped_backoff(village):
    office = FakeOffice(lambda doc: (500, {"error": "galat"}))
    clock = Clock()
    send(village, office, manual=True, clock=clock)
    gaps = []
    for _ in range(8):
        entry = only_export()
        gap = (entry.next_attempt_at - clock.now).total_seconds()
        gaps.append(gap)
        uploads = len(office.uploads)
        clock.now += timedelta(seconds=gap / 2)
        send(village, office, clock=clock)  # not due yet: nothing is tried
        assert len(office.uploads) == uploads
        clock.now += timedelta(seconds=gap / 2 + 1)
        send(village, office, clock=clock)
        assert len(office.uploads) == uploads + 1
    assert gaps[0] < gaps[1] < gaps[2] < gaps[3]
    assert max(gaps) <= BACKOFF_CAP and gaps[-1] > BACKOFF_CAP * 0.85
    assert only_export().outbox is OutboxStatus.WAITING
    assert only_export().problem is SendProblem.SERVER_ERROR


def test_a_refused_token_stops_retrying_until_the_settings_change(village):
    office = FakeOffice(lambda doc: (401, {"error": "token_ditolak"}))
    clock = Clock()
    outcome = send(village, office, manual=True, clock=clock)
    entry = only_export()
    assert outcome.failed == 1 and entry.outbox is OutboxStatus.FAILED
    assert entry.problem is SendProblem.TOKEN_REFUSED and "token_ditolak" in entry.problem_detail

    clock.now += timedelta(hours=5)
    requests = office.requests
    send(village, office, clock=clock)
    assert office.requests == requests  # automatic retries left it alone

    assert exchange_settings.save_endpoint("https://imigrasi.example/siaga", "token-baru-00000001")
    assert only_export().outbox is OutboxStatus.WAITING


def test_only_the_offices_own_answer_counts_as_online(village):
    portal = FakeOffice(health=(200, "<html>Login WiFi Hotel</html>"))
    outcome = send(village, portal, manual=True)
    assert outcome.probe_problem is SendProblem.NOT_RECEIVER
    assert portal.uploads == [] and only_export().outbox is OutboxStatus.WAITING
    assert outbox_store.last_contact().problem is SendProblem.NOT_RECEIVER


def test_one_refused_export_never_blocks_the_others(village, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    export_to_folder(usb, identities_reason="Diminta Polres", outbox=outbox(village))
    save(incident("Kejadian kedua"))
    office = FakeOffice(
        lambda doc: (
            (400, {"error": "isi_tidak_sah"})
            if doc["identities"]["included"]
            else (200, {"receipt": receipt(doc)})
        )
    )
    outcome = send(village, office, manual=True)
    statuses = {e.sequence: e.outbox for e in outbox_store.list_exports()}
    assert statuses == {1: OutboxStatus.FAILED, 2: OutboxStatus.SENT}
    assert outcome.sent == 1 and outcome.failed == 1


def test_a_delivered_full_export_covers_the_older_waiting_ones(village):
    queue_current(outbox(village))
    save(incident("Kejadian kedua"))
    queue_current(outbox(village))
    office = FakeOffice()
    send(village, office, manual=True)
    statuses = {e.sequence: (e.outbox, e.superseded_by) for e in outbox_store.list_exports()}
    assert statuses == {1: (OutboxStatus.SUPERSEDED, 2), 2: (OutboxStatus.SENT, None)}
    assert len(office.uploads) == 1 and list(outbox(village).iterdir()) == []


def test_backoff_grows_from_thirty_seconds_to_fifteen_minutes():
    rng = random.Random(3)
    delays = [backoff_delay(n, rng) for n in range(1, 10)]
    for n, delay in enumerate(delays, start=1):
        base = min(BACKOFF_CAP, 30 * 2 ** (n - 1))
        assert base * 0.9 <= delay <= min(BACKOFF_CAP, base * 1.1)


@pytest.mark.parametrize(
    ("status", "problem", "retry"),
    [
        (500, SendProblem.SERVER_ERROR, True),
        (503, SendProblem.SERVER_ERROR, True),
        (429, SendProblem.SERVER_ERROR, True),
        (400, SendProblem.REJECTED, False),
        (401, SendProblem.TOKEN_REFUSED, False),
        (403, SendProblem.FORBIDDEN, False),
        (404, SendProblem.NOT_FOUND, False),
        (409, SendProblem.CONFLICT, False),
        (413, SendProblem.TOO_LARGE, False),
        (418, SendProblem.CLIENT_ERROR, False),
    ],
)
def test_what_each_answer_means(status, problem, retry):
    assert problem_for_status(status) is problem
    assert problem.retryable is retry


def test_endpoint_addresses_are_checked():
    assert valid_endpoint_url("https://imigrasi.example/siaga")
    assert valid_endpoint_url("http://127.0.0.1:8750")
    assert not valid_endpoint_url("imigrasi.example")
    assert not valid_endpoint_url("ftp://imigrasi.example")
    assert not valid_endpoint_url("")


# --- Real sockets ----------------------------------------------------------------------------


def real_send(paths, url: str, *, manual=True, clock=None, timeout=5.0):
    exchange_settings.save_endpoint(url, "token-desa-kungkai-0001")

    def client(endpoint):
        return OfficeClient(
            endpoint,
            probe_timeout=httpx.Timeout(timeout),
            upload_timeout=httpx.Timeout(timeout),
        )

    return send_outbox(
        outbox(paths),
        manual=manual,
        client_factory=client,
        now=clock or Clock(),
        rng=random.Random(2),
    )


@pytest.fixture
def bigger_village(village):
    for n in range(12):
        save(incident(f"Tawaran kerja nomor {n} ke luar negeri", notes="Catatan panjang. " * 40))
    return village


def test_a_connection_cut_mid_upload_leaves_the_export_waiting(bigger_village):
    with faulty_office(["drop", "ok"]) as office:
        first = real_send(bigger_village, office.url)
        assert first.sent == 0 and first.waiting == 1
        assert only_export().problem is SendProblem.UNREACHABLE
        second = real_send(bigger_village, office.url)
    assert second.sent == 1 and only_export().outbox is OutboxStatus.SENT
    assert len(office.complete_uploads) == 1


def test_an_answer_lost_on_the_way_is_sent_again_and_counted_once(bigger_village):
    with faulty_office(["lost", "ok"]) as office:
        first = real_send(bigger_village, office.url)
        second = real_send(bigger_village, office.url)
    assert first.sent == 0 and second.sent == 1
    assert [json.loads(document_of(u))["export_id"] for u in office.complete_uploads] == [
        only_export().export_id
    ] * 2
    assert only_export().outbox is OutboxStatus.SENT


def test_an_office_that_answers_too_slowly_times_out_and_waits(bigger_village):
    with faulty_office(["slow"], delay=1.5) as office:
        outcome = real_send(bigger_village, office.url, timeout=0.5)
    assert outcome.sent == 0 and only_export().problem is SendProblem.TIMEOUT
    assert only_export().outbox is OutboxStatus.WAITING


def test_a_server_error_over_a_real_socket_waits(bigger_village):
    with faulty_office(["500"]) as office:
        outcome = real_send(bigger_village, office.url)
    assert outcome.waiting == 1 and only_export().problem is SendProblem.SERVER_ERROR


def test_no_office_listening_is_unreachable(bigger_village):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    outcome = real_send(bigger_village, f"http://127.0.0.1:{port}")
    assert outcome.probe_problem is SendProblem.UNREACHABLE
    assert only_export().outbox is OutboxStatus.WAITING


# --- Issue 12: every change goes, and an office that comes back is noticed within minutes ----


class Offline(FakeOffice):
    """No office on the network (until ``up`` is set)."""

    def __init__(self) -> None:
        super().__init__()
        self.up = False

    def handle(self, request: httpx.Request) -> httpx.Response:
        if not self.up:
            raise httpx.ConnectError("no route to host", request=request)
        return super().handle(request)


def test_an_office_that_does_not_answer_never_pushes_the_next_try_past_two_minutes(village):
    from desktop.domain.exchange import SendTiming, next_round_in

    queue_current(outbox(village))
    office, clock, timing = Offline(), Clock(), SendTiming()
    for _ in range(12):  # 24 minutes without the office
        outcome = send(village, office, clock=clock)
        assert outcome.probe_problem is SendProblem.UNREACHABLE
        entry = only_export()
        assert entry.attempts == 0 and entry.next_attempt_at is None  # no upload failed
        contact = outbox_store.last_contact()
        wait = next_round_in(
            timing,
            clock.now,
            waiting=True,
            due_at=outbox_store.next_attempt(),
            reachable=contact.reached,
            awaiting_receipt=False,
        )
        assert wait <= 120
        clock.now += timedelta(seconds=wait)
    office.up = True
    assert send(village, office, clock=clock).sent == 1


def test_a_record_saved_after_the_last_export_is_exported_and_sent_by_itself(village):
    office = FakeOffice()
    first = send(village, office, manual=True)
    assert first.sent == 1
    save(incident("Disimpan sesudah ekspor terakhir"))
    automatic = send(village, office, export=True)  # what the sender does after the change
    assert automatic.queued is not None and automatic.sent == 1
    assert office.uploads[-1]["counts"]["records"] == 2
    assert office.uploads[-1]["identities"]["included"] is False
    assert send(village, office, export=True).queued is None  # nothing new: nothing made


def test_the_receivers_receipts_are_collected_while_an_export_waits_for_the_office(village):
    from desktop.domain.exchange import Acknowledgment
    from tests.exchange.conftest import receipt_for

    office = FakeOffice()
    send(village, office, manual=True)
    entry = only_export()
    assert outbox_store.awaiting_office()
    office.receipts = [receipt_for(entry).as_json(), {"format": "palsu"}]
    outcome = send(village, office)
    assert outcome.receipts == 1 and outcome.attempts == ()
    assert only_export().acknowledgment is Acknowledgment.IMPORTED
    assert not outbox_store.awaiting_office()
    requests = office.requests
    send(village, office)  # nothing waits, nothing awaited: the office is left alone
    assert office.requests == requests


def test_an_export_the_office_holds_is_asked_about_again_until_it_is_imported(village):
    from datetime import timedelta as later

    from desktop.domain.exchange import Acknowledgment
    from desktop.exchange.wire import receipt as wire
    from tests.exchange.conftest import receipt_for

    office = FakeOffice()
    send(village, office, manual=True)
    entry = only_export()
    held = receipt_for(entry, state=wire.HELD, reason="kunci_desa_berubah", sha256="", sequence=0)
    office.receipts = [held.as_json()]
    assert send(village, office).receipts == 1
    assert only_export().acknowledgment is Acknowledgment.HELD
    assert outbox_store.awaiting_office()  # the office may still accept the new key
    office.receipts = [receipt_for(entry, at=held.at + later(days=1)).as_json()]
    assert send(village, office).receipts == 1
    assert only_export().acknowledgment is Acknowledgment.IMPORTED
    assert not outbox_store.awaiting_office()
