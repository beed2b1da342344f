"""The office's content pack through the receiver, on loopback: the office gives it, the
receiver keeps the newest, and a village takes it when it sends, then installs it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from desktop.exchange import fetch, pack_install
from desktop.exchange.active_content import current_content
from desktop.exchange.pack_build import PackParts
from desktop.exchange.sync import send_outbox
from desktop.storage import exchange_settings
from tests.exchange.conftest import opened
from tests.exchange.receiver_harness import OFFICE_TOKEN, Running, running_receiver
from tests.exchange.test_content_packs import WARNING, make


@pytest.fixture
def receiver(tmp_path) -> Iterator[Running]:
    """The real receiver (behind its guard) on loopback, as tests/exchange run it."""
    with running_receiver(tmp_path / "penerima") as running:
        yield running


def give(receiver: Running, data: bytes, token: str = OFFICE_TOKEN) -> httpx.Response:
    return httpx.put(
        f"{receiver.url}/api/v1/content-pack",
        content=data,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


def take(receiver: Running, after: int = 0, token: str | None = None) -> httpx.Response:
    return httpx.get(
        f"{receiver.url}/api/v1/content-pack",
        params={"after": after},
        headers={"Authorization": f"Bearer {token or receiver.token}"},
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
        exchange_settings.save_endpoint(receiver.url, receiver.token)
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
    assert give(receiver, data, token=receiver.token).status_code == 401  # not a village
    assert give(receiver, b"bukan paket").status_code == 400
    assert give(receiver, data[:-5] + b"AAAA\n").status_code == 400  # signature broken
    assert take(receiver, token="token-tidak-dikenal-000000").status_code == 401
    assert give(receiver, data).status_code == 200
