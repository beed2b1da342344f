"""Issue 14.6: a receiver fit for the internet. Each test names the failure it guards against;
each failed on the receiver before this change."""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from datetime import datetime

import httpx
import pytest

from desktop.exchange import fetch
from desktop.exchange.receiver.guard import Limits
from desktop.exchange.receiver.store import Quota
from desktop.exchange.upload_tokens import add_token, list_tokens, revoke
from desktop.exchange.wire.tokens_file import token_digest
from desktop.leftovers import partial_name
from tests.exchange.conftest import R1_EXPORT, VILLAGE_KEY, export_for, opened
from tests.exchange.receiver_harness import (
    KUNGKAI,
    OFFICE_TOKEN,
    OTHERS,
    envelope_of,
    measure_uploads,
    receiver_process,
    running_receiver,
    slow_connections,
)

OFFICE = {"Authorization": f"Bearer {OFFICE_TOKEN}"}


def test_an_export_id_ending_in_a_newline_is_refused(tmp_path):
    """It passed ``$`` and named a file; every fetch then died on the URL built from it."""
    with running_receiver(tmp_path) as receiver:
        answer = receiver.post(envelope_of(export_id="0b6f8c3e-0000-4000-8000-0000000000e1\n"))
        assert answer.status_code == 400 and answer.json()["error"] == "nomor_ekspor_tidak_sah"
        assert receiver.store.waiting() == []
        assert list((tmp_path / "diterima").iterdir()) == []


def test_fetch_skips_and_reports_an_entry_that_is_not_an_export(office_paths):
    """An odd entry in the list (left by an older receiver) no longer stops every fetch."""
    from desktop.exchange.keys import office_public_key

    with opened(office_paths):
        good = export_for(office_public_key(), VILLAGE_KEY, R1_EXPORT)
    bad_id = R1_EXPORT.replace("e1", "e2") + "\n"
    listing = [
        {"export_id": bad_id, "village_code": "15.02.02.2004", "size": 10},
        {"export_id": "../../etc", "village_code": "15.02.02.2004", "size": 10},
        {"export_id": R1_EXPORT, "village_code": "15.02.02.2004", "size": len(good)},
    ]
    deleted = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/waiting":
            return httpx.Response(200, json={"waiting": listing})
        if request.method == "DELETE":
            deleted.append(request.url.path)
            return httpx.Response(200, json={"removed": True})
        if request.url.path == f"/api/v1/waiting/{R1_EXPORT}":
            return httpx.Response(200, content=good)
        return httpx.Response(404)

    with opened(office_paths):
        access = fetch.ReceiverAccess("http://127.0.0.1:9", OFFICE_TOKEN)
        outcome = fetch.fetch_waiting(access, transport=httpx.MockTransport(answer))
    assert [f.counts.new for f in outcome.report.files] == [1]
    assert deleted == [f"/api/v1/waiting/{R1_EXPORT}"]
    assert [s.problem for s in outcome.skipped] == ["tidak_sah", "tidak_sah"]
    assert outcome.left == 0


def test_a_signed_but_unencrypted_upload_is_refused_unless_the_office_allows_it(tmp_path):
    """It was stored in plaintext on the server."""
    readable = envelope_of(encrypted=False)
    with running_receiver(tmp_path / "a") as receiver:
        answer = receiver.post(readable)
        assert answer.status_code == 400 and answer.json()["error"] == "tidak_terenkripsi"
        assert receiver.store.waiting() == []
        assert not [p for p in (tmp_path / "a" / "diterima").iterdir() if p.is_file()]
    with running_receiver(tmp_path / "b", allow_unencrypted=True) as receiver:
        assert receiver.post(readable).status_code == 200


def test_each_village_has_a_quota_of_waiting_files_and_bytes(tmp_path):
    with running_receiver(tmp_path, quota=Quota(files=2, bytes=60_000)) as receiver:
        first, second = envelope_of(1000), envelope_of(1000)
        assert receiver.post(first).status_code == 200
        assert receiver.post(second).status_code == 200
        third = receiver.post(envelope_of(1000))
        assert third.status_code == 507 and third.json()["error"] == "kuota_penuh"
        assert receiver.post(first).status_code == 507  # no room for even a repeat
        listed = httpx.get(f"{receiver.url}/api/v1/waiting", headers=OFFICE).json()["waiting"]
        httpx.delete(f"{receiver.url}/api/v1/waiting/{listed[0]['export_id']}", headers=OFFICE)
        assert receiver.post(envelope_of(1000)).status_code == 200
        big = receiver.post(envelope_of(70_000))  # over the bytes, told while it is read
        assert big.status_code == 507
    assert not [p for p in (tmp_path / "diterima").iterdir() if p.name.startswith(".")]


def test_the_size_cap_holds_while_reading_a_body_of_no_declared_length(tmp_path):
    body = envelope_of(3 * 1024 * 1024)
    with running_receiver(tmp_path, max_bytes=1024 * 1024) as receiver:
        answer = receiver.post(iter([body[n : n + 65536] for n in range(0, len(body), 65536)]))
        assert answer.status_code == 413
    assert not [p for p in (tmp_path / "diterima").iterdir() if p.is_file()]


def test_a_changed_upload_is_refused_after_streaming_and_nothing_is_kept(tmp_path):
    body = bytearray(envelope_of(200_000))
    body[100_000] ^= 1
    with running_receiver(tmp_path) as receiver:
        answer = receiver.post(bytes(body))
        assert answer.status_code == 400 and answer.json()["error"] == "tanda_tangan_salah"
    assert not [p for p in (tmp_path / "diterima").iterdir() if p.is_file()]


def test_stale_temporary_files_and_half_kept_exports_are_removed_at_start(tmp_path):
    store = tmp_path / "diterima"
    store.mkdir()
    stale = store / partial_name("unggahan", "abcdef")
    stale.write_bytes(b"SIAGA-TPPO-AMPLOP 2\n half an upload")
    half = store / f"{R1_EXPORT}.siaga"
    half.write_bytes(b"no description beside it")
    long_ago = time.time() - 3600
    for path in (stale, half):
        os.utime(path, (long_ago, long_ago))
    with running_receiver(tmp_path) as receiver:
        assert not stale.exists() and not half.exists()
        assert receiver.post(envelope_of()).status_code == 200


def test_tokens_are_kept_hashed_and_changes_count_without_a_restart(tmp_path):
    with running_receiver(tmp_path) as receiver:
        text = receiver.tokens_file.read_text(encoding="utf-8")
        assert receiver.token not in text and token_digest(receiver.token) in text
        newer = add_token(receiver.tokens_file, "15.02.02.2004", datetime(2026, 12, 5))
        assert receiver.post(envelope_of(), token=newer.token).status_code == 200
        revoke(receiver.tokens_file, newer.line.short_id)
        assert receiver.post(envelope_of(), token=newer.token).status_code == 401
        assert receiver.post(envelope_of()).status_code == 200  # the first is still good
        revoke(receiver.tokens_file, "15.02.02.2004")
        assert "15.02.02.2004" not in {t.village_code for t in list_tokens(receiver.tokens_file)}
        assert receiver.post(envelope_of()).status_code == 401


def test_a_body_is_not_held_in_memory(tmp_path):
    """Each body was held whole (10 x 99 MB -> 1.6 GB). Here: 4 uploads of 24 MB at once to
    ``siaga-tppo receive``; its memory grows by far less than one of them (the issue's figures,
    10 x 99 MB, come from tests/benchmarks/bench_receiver.py)."""
    import concurrent.futures

    codes = OTHERS[:4]
    bodies = [envelope_of(24 * 1024 * 1024, village=code) for code in codes]
    with receiver_process(tmp_path, "--max-mb", "30") as receiver:
        before = receiver.status_kb("VmRSS:")

        def post(body: bytes, code: str) -> int:
            headers = {"Authorization": f"Bearer {receiver.tokens[code]}"}
            url = f"{receiver.url}/api/v1/exports"
            return httpx.post(url, content=body, headers=headers, timeout=60).status_code

        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            assert list(pool.map(post, bodies, codes)) == [200] * 4
        grew_mb = (receiver.status_kb("VmHWM:") - before) / 1024
    assert grew_mb < 24, grew_mb


# --- the door: slow clients never lock the villages out ------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="connections from 127.0.0.x: Linux")
def test_200_slow_connections_do_not_keep_a_village_out(tmp_path):
    """70 connections that never finished their headers locked everyone out (503); with 200
    open, uploads still succeed (p99 at most 1 s). The figures are printed (pytest -s)."""
    limits = Limits(header_seconds=3.0)
    with running_receiver(tmp_path, limits=limits) as receiver:
        tokens = {**receiver.others, KUNGKAI: receiver.token}
        calm = measure_uploads(receiver.url, tokens, count=60, concurrency=6)
        with slow_connections(receiver.url, 200) as slow:
            busy = measure_uploads(receiver.url, tokens, count=60, concurrency=6)
            time.sleep(limits.header_seconds + 1.0)
            for s in slow[:20]:  # the guard has closed them
                s.settimeout(2)
                assert s.recv(100) == b""
    print("\n" + calm.line("without slow clients") + "\n" + busy.line("with 200 slow clients"))
    assert calm.statuses == {200: 60} and busy.statuses == {200: 60}
    assert busy.p99 <= 1.0


def test_one_client_holds_only_a_few_connections(tmp_path):
    limits = Limits(per_client=3)
    with running_receiver(tmp_path, limits=limits) as receiver:
        same = []
        try:
            for _ in range(5):
                s = socket.socket()
                s.bind(("127.0.0.77", 0))
                same.append(s)
            for s in same:
                s.connect(("127.0.0.1", httpx.URL(receiver.url).port))
            refused = 0
            for s in same:
                s.settimeout(2)
                try:
                    got = s.recv(200)
                except TimeoutError:
                    continue
                refused += got.startswith(b"HTTP/1.1 429")
            assert refused == 2
            assert receiver.post(envelope_of()).status_code == 200  # others still get in
        finally:
            for s in same:
                s.close()


def test_a_body_that_stalls_is_cut_off(tmp_path):
    limits = Limits(idle_seconds=1.0)
    with running_receiver(tmp_path, limits=limits) as receiver:
        port = httpx.URL(receiver.url).port
        with socket.create_connection(("127.0.0.1", port)) as s:
            body = envelope_of(10_000)
            s.sendall(
                b"POST /api/v1/exports HTTP/1.1\r\nHost: x\r\n"
                + f"Authorization: Bearer {receiver.token}\r\n".encode()
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body[:5000]
            )
            s.settimeout(5)
            start = time.monotonic()
            assert s.recv(100) == b""
            assert time.monotonic() - start < 4
        assert receiver.store.waiting() == []
        assert json.loads(httpx.get(f"{receiver.url}/api/v1/health").content)["status"] == "ok"
