"""The office's content pack through the receiver, on loopback: the office gives it, the
receiver keeps the newest, and a village takes it when it sends, then installs it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn

from desktop.exchange import fetch, pack_install
from desktop.exchange.active_content import current_content
from desktop.exchange.pack_build import PackParts
from desktop.exchange.receiver import ReceivedStore, ReceiverConfig, create_app
from desktop.exchange.sync import send_outbox
from desktop.storage import exchange_settings
from tests.exchange.conftest import opened
from tests.exchange.test_content_packs import WARNING, make

TOKEN = "token-kungkai-0123456789"
OFFICE_TOKEN = "token-kantor-kerinci-000000000001"


@dataclass
class Receiver:
    url: str


@pytest.fixture
def receiver(tmp_path) -> Iterator[Receiver]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = ReceiverConfig(
        tokens={TOKEN: "15.02.02.2004"},
        store=ReceivedStore(tmp_path / "penerima"),
        office_token=OFFICE_TOKEN,
    )
    server = uvicorn.Server(
        uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the receiver did not start"
        time.sleep(0.05)
    yield Receiver(f"http://127.0.0.1:{port}")
    server.should_exit = True
    thread.join(timeout=10)


def give(receiver: Receiver, data: bytes, token: str = OFFICE_TOKEN) -> httpx.Response:
    return httpx.put(
        f"{receiver.url}/api/v1/content-pack",
        content=data,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


def take(receiver: Receiver, after: int = 0, token: str = TOKEN) -> httpx.Response:
    return httpx.get(
        f"{receiver.url}/api/v1/content-pack",
        params={"after": after},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


def test_a_village_takes_the_offices_pack_when_it_sends_and_installs_it(
    receiver, office_paths, village_paths
):
    data = make(office_paths, PackParts())
    with opened(office_paths):
        fetch.save_access(receiver.url, OFFICE_TOKEN)
        access = fetch.load_access()
    assert fetch.put_content_pack(access, data) == 1
    with opened(village_paths):
        exchange_settings.save_endpoint(receiver.url, TOKEN)
        outcome = send_outbox(village_paths.root / "kotak-keluar", manual=True)
        assert outcome.reached and outcome.content_pack
        notice = pack_install.pack_waiting()
        assert (notice.number, notice.on_stick) == (1, False)
        candidate = pack_install.received()
        pack_install.install(candidate)
        assert [w.known for w in current_content().warnings] == [WARNING.known]
        # The next round does not download it again, nor keep anything new.
        again = send_outbox(village_paths.root / "kotak-keluar", manual=True)
        assert again.reached and not again.content_pack
        assert pack_install.pack_waiting() is None


def test_the_receiver_keeps_the_newest_pack_and_sends_only_a_newer_one(receiver, office_paths):
    first, second = make(office_paths), make(office_paths)
    assert give(receiver, second).json()["number"] == 2
    assert give(receiver, first).json()["number"] == 2  # an older one does not replace it
    assert take(receiver, after=0).content == second
    assert take(receiver, after=2).status_code == 204
    assert take(receiver, after=1).status_code == 200


def test_the_receiver_refuses_what_is_not_a_pack_and_strangers(receiver, office_paths):
    assert take(receiver).status_code == 404
    data = make(office_paths)
    assert give(receiver, data, token=TOKEN).status_code == 401  # a village cannot give one
    assert give(receiver, b"bukan paket").status_code == 400
    assert give(receiver, data[:-5] + b"AAAA\n").status_code == 400  # signature broken
    assert take(receiver, token="token-tidak-dikenal-000000").status_code == 401
    assert give(receiver, data).status_code == 200
