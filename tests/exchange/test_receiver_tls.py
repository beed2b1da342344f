"""Tokens never travel in clear (issue 14.6): HTTPS for every address but this computer's,
and the receiver's own certificate pinned by its SHA-256, carried in the office key file."""

from __future__ import annotations

import time

import httpx

from desktop.domain.exchange import SendProblem
from desktop.exchange import keys
from desktop.exchange.pinning import certificate_fingerprint, endpoint_problem
from desktop.exchange.receiver.certificate import TlsFiles, make_certificate
from desktop.exchange.sync import OfficeClient
from desktop.exchange.wire.pins import grouped, normalize_pin
from desktop.storage import exchange_settings
from desktop.storage.exchange_settings import Endpoint
from tests.exchange.conftest import KERINCI_OFFICE, OFFICE_KEY, opened
from tests.exchange.receiver_harness import running_receiver


def test_an_address_of_another_computer_must_be_https():
    assert endpoint_problem("http://imigrasi.example/siaga") == "insecure"
    assert endpoint_problem("http://192.168.1.20:8750") == "insecure"
    assert endpoint_problem("https://imigrasi.example/siaga") is None
    assert endpoint_problem("http://127.0.0.1:8750") is None
    assert endpoint_problem("http://localhost:8750") is None
    assert endpoint_problem("kantor") == "invalid"


def test_the_token_is_never_sent_over_plain_http_to_another_computer():
    sent = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200))
    endpoint = Endpoint("http://imigrasi.example", "RAHASIA-0123456789")
    with OfficeClient(endpoint, transport=transport) as client:
        problem, _detail = client.probe()
    assert problem is SendProblem.NOT_FOUND and sent == []


def test_a_pinned_receiver_is_reached_and_any_other_certificate_refused(tmp_path):
    files = TlsFiles.in_store(tmp_path / "penerima")
    pin = make_certificate(files, ["localhost", "127.0.0.1"])
    assert files.fingerprint() == pin
    other = make_certificate(TlsFiles.in_store(tmp_path / "lain"), ["127.0.0.1"])
    with running_receiver(tmp_path / "r", tls=files) as receiver:
        assert certificate_fingerprint(receiver.url) == pin
        with OfficeClient(Endpoint(receiver.url, receiver.token, (pin,))) as client:
            assert client.probe() == (None, "")
        served = _settled_count(receiver.server.server_state)
        assert served >= 1
        with OfficeClient(Endpoint(receiver.url, receiver.token, (other,))) as client:
            problem, _detail = client.probe()
        assert problem is SendProblem.UNREACHABLE
        # Without a pin, a self-signed certificate is not trusted either.
        with OfficeClient(Endpoint(receiver.url, receiver.token)) as client:
            assert client.probe()[0] is SendProblem.UNREACHABLE
        # Refused in the handshake: not one request reached the receiver.
        assert _settled_count(receiver.server.server_state) == served


def _settled_count(state) -> int:
    """uvicorn counts a request once its response is complete, which can be just after the
    client already holds the answer: wait until the count has stood still for a moment."""
    deadline = time.monotonic() + 10
    count, since = state.total_requests, time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if state.total_requests != count:
            count, since = state.total_requests, time.monotonic()
        elif time.monotonic() - since >= 0.5:
            break
    return count


def test_the_office_key_file_carries_the_pin_to_the_village(tmp_path, village_paths):
    pin = "ab" * 32
    public = bytes(OFFICE_KEY.public_key)
    key_file = tmp_path / "kunci.siagakunci"
    key_file.write_bytes(keys.office_key_file_bytes(KERINCI_OFFICE.name, public, (pin,)))
    read = keys.read_office_key_file(key_file)
    assert read.receiver_pins == (pin,)
    with opened(village_paths):
        keys.import_office_key(read)
        exchange_settings.save_endpoint("https://imigrasi.example", "T" * 20)
        assert exchange_settings.load_endpoint().pins == (pin,)
    # A key file from before (no such field) is still read, and villages then pin nothing.
    old = tmp_path / "lama.siagakunci"
    old.write_bytes(keys.office_key_file_bytes(KERINCI_OFFICE.name, public))
    assert b"receiver_certificates" not in old.read_bytes()
    assert keys.read_office_key_file(old).receiver_pins == ()


def test_a_fingerprint_is_read_however_it_is_written():
    pin = "0f" * 32
    assert normalize_pin(grouped(pin)) == pin
    assert normalize_pin(":".join(pin[n : n + 2] for n in range(0, 64, 2)).upper()) == pin
    assert normalize_pin("sha256/" + pin) == pin
    assert normalize_pin(pin[:-1]) is None
