"""The office's receiver, run for real (``siaga-tppo receive``, uvicorn on 127.0.0.1), and the
whole trip: an export carried on a stick and posted online (kept encrypted at the receiver,
then fetched by the office) arrives once in the register."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import httpx
import nacl.signing
import pytest

from desktop.exchange import fetch, keys
from desktop.exchange.export import export_to_folder
from desktop.exchange.sync import OfficeClient, send_outbox
from desktop.exchange.wire import envelope
from desktop.exchange.wire.format import sha256_hex
from desktop.paths import DataPaths
from desktop.storage import (
    exchange_keys,
    exchange_settings,
    office_imports,
    profile_store,
    register,
)
from desktop.storage.register import RegisterQuery
from tests.exchange.conftest import (
    KERINCI_OFFICE,
    KUNGKAI,
    VILLAGE_KEY,
    areas,
    cli_env,
    confirm_village,
    export_bytes,
    incident,
    opened,
    save,
    version,
)

TOKEN = "token-kungkai-0123456789"
OTHER_TOKEN = "token-mudo-9876543210abc"
R1 = "11111111-1111-4111-8111-111111111111"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Receiver:
    url: str
    paths: DataPaths  # the office's own data (on the office PC, not on the server)
    store: Path  # the receiver's folder: protected files waiting to be fetched
    office_public_key: bytes
    office_token: str
    process: subprocess.Popen

    def post(self, body: bytes, token: str | None = TOKEN, **headers) -> httpx.Response:
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return httpx.post(f"{self.url}/api/v1/exports", content=body, headers=headers, timeout=30)


OFFICE_TOKEN = "token-kantor-kerinci-000000000001"


@pytest.fixture(scope="module")
def receiver(tmp_path_factory) -> Iterator[Receiver]:
    root = tmp_path_factory.mktemp("kantor")
    paths = DataPaths.resolve(root / "data")
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "init",
            "--data-dir",
            str(paths.root),
            "--office",
            KERINCI_OFFICE.name,
            "--covers",
            ",".join(KERINCI_OFFICE.covers),
        ],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    with opened(paths):
        office_public_key = keys.office_public_key()
        fetch.save_access("http://127.0.0.1:1", OFFICE_TOKEN)  # the port is set below
        confirm_village()  # Kungkai's key, confirmed as an officer does
    tokens = root / "token.txt"
    tokens.write_text(
        f"# kode wilayah, token\n15.02.02.2004 {TOKEN}\n15.02.02.2008 {OTHER_TOKEN}\n",
        encoding="utf-8",
    )
    office_token = root / "token-kantor.txt"
    office_token.write_text(OFFICE_TOKEN + "\n", encoding="utf-8")
    store = root / "penerima"
    port = free_port()
    env = {k: v for k, v in cli_env().items() if k not in ("PYTHONDONTWRITEBYTECODE",)}
    env.pop("SIAGA_PASSPHRASE")  # the receiver needs no passphrase: it opens no data
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "receive",
            "--store",
            str(store),
            "--tokens",
            str(tokens),
            "--office-token",
            str(office_token),
            "--port",
            str(port),
            "--max-mb",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            out = process.stdout.read().decode() if process.stdout else ""
            pytest.fail(f"receiver did not start: {out}")
        time.sleep(0.2)
    with opened(paths):
        fetch.save_access(url, OFFICE_TOKEN)
    yield Receiver(url, paths, store, office_public_key, OFFICE_TOKEN, process)
    process.terminate()
    process.wait(timeout=20)


def register_count(paths: DataPaths) -> int:
    with opened(paths):
        return register.count_register(RegisterQuery())


def protected(receiver: Receiver, document: bytes, signing=VILLAGE_KEY) -> bytes:
    doc = json.loads(document)
    return envelope.seal(
        document,
        village_code=doc["source"]["village_code"],
        export_id=doc["export_id"],
        signing_key=signing,
        office_public_key=receiver.office_public_key,
    )


def fetch_now(receiver: Receiver):
    with opened(receiver.paths):
        return fetch.fetch_waiting(fetch.load_access(), areas=areas)


def test_health_names_the_receiver(receiver):
    body = httpx.get(f"{receiver.url}/api/v1/health").json()
    assert body["layanan"] == "siaga-tppo-penerima" and body["status"] == "ok"
    assert body["format"] == [1, 2, 3]


def test_an_export_is_kept_encrypted_until_the_office_fetches_it(receiver):
    before = register_count(receiver.paths)
    data = protected(receiver, export_bytes([[version(R1, None, "Tawaran kerja ke Malaysia")]]))
    first = receiver.post(data)
    second = receiver.post(data)

    header = envelope.verify(data, lambda _code: None)
    assert first.status_code == 200, first.text
    receipt = first.json()["receipt"]
    assert (receipt["export_id"], receipt["sha256"]) == (header.export_id, sha256_hex(data))
    assert second.status_code == 200 and second.content == first.content
    kept = list((receiver.store / "diterima").glob("*.siaga"))
    assert any(p.read_bytes() == data for p in kept)
    kept_files = [p for p in receiver.store.rglob("*") if p.is_file()]
    assert kept_files and all(b"Malaysia" not in p.read_bytes() for p in kept_files)
    assert register_count(receiver.paths) == before  # nothing merged at the receiver

    fetched = fetch_now(receiver)
    assert [f.counts.new for f in fetched.report.files] == [1] and fetched.left == 0
    assert register_count(receiver.paths) == before + 1
    assert list((receiver.store / "diterima").glob("*.siaga")) == []  # fetched, removed
    assert fetch_now(receiver).report.files == []


def test_only_the_office_token_fetches(receiver):
    assert httpx.get(f"{receiver.url}/api/v1/waiting", timeout=10).status_code == 401
    village = httpx.get(
        f"{receiver.url}/api/v1/waiting", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert village.status_code == 401
    office = httpx.get(
        f"{receiver.url}/api/v1/waiting", headers={"Authorization": f"Bearer {OFFICE_TOKEN}"}
    )
    assert office.status_code == 200 and "waiting" in office.json()


def test_an_unknown_token_is_refused_before_the_body_is_read(receiver):
    answer = receiver.post(b"x" * 10, token="token-yang-salah-000000")
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    assert answer.json()["error"] == "token_ditolak" and answer.json()["pesan"]
    assert receiver.post(b"{}", token=None).status_code == 401


def test_a_token_only_delivers_its_own_villages_export(receiver):
    data = protected(
        receiver, export_bytes([[version("22222222-2222-4222-8222-222222222222", None, "a")]])
    )
    answer = receiver.post(data, token=OTHER_TOKEN)
    assert answer.status_code == 403 and answer.json()["error"] == "desa_tidak_sesuai"


@pytest.mark.parametrize(
    ("mangle", "error"),
    [
        (lambda d: d[: len(d) // 2], "tanda_tangan_salah"),
        (lambda d: d[:-40] + bytes(b ^ 1 for b in d[-40:]), "tanda_tangan_salah"),
        (lambda d: b"[" * 100_000 + b"]" * 100_000, "tidak_bertanda_tangan"),
        (lambda d: b'{"format": "siaga-tppo-ekspor"}', "tidak_bertanda_tangan"),
    ],
)
def test_bad_bodies_get_400_with_the_reason_and_are_not_kept(receiver, mangle, error):
    data = mangle(
        protected(
            receiver,
            export_bytes([[version("33333333-3333-4333-8333-333333333333", None, "Tawaran")]]),
        )
    )
    answer = receiver.post(data)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"] == error and answer.json()["pesan"]
    held = [p.read_bytes() for p in (receiver.store / "diterima").glob("*.siaga")]
    assert data not in held


def test_a_body_over_the_limit_is_refused(receiver):
    answer = receiver.post(b" " * (1024 * 1024 + 1))
    assert answer.status_code == 413


def test_the_sync_client_and_the_receiver_agree(receiver, tmp_path):
    village = DataPaths.resolve(tmp_path / "desa")
    with opened(village):
        profile_store.save_profile(KUNGKAI)
        install_office_key(receiver)
        save(incident("Warga hilang kontak di Kamboja"))
        exchange_settings.save_endpoint(receiver.url, TOKEN)
        outcome = send_outbox(village.root / "kotak-keluar", manual=True)
    assert outcome.sent == 1 and outcome.all_delivered
    fetched = fetch_now(receiver)
    assert [f.counts.new for f in fetched.report.files] == [1]


# --- Done when: carried as a file and posted online, it arrives once, either way round ------


def install_office_key(receiver: Receiver, signing=VILLAGE_KEY) -> None:
    """The office's key, and the village signing key the office already knows."""
    exchange_keys.save_office_key(KERINCI_OFFICE.name, receiver.office_public_key)
    exchange_keys.save_signing_seed(bytes(signing), bytes(signing.verify_key))


def make_village(
    root: Path, profile, summaries: list[str], receiver: Receiver, signing=VILLAGE_KEY
) -> DataPaths:
    paths = DataPaths.resolve(root)
    with opened(paths):
        profile_store.save_profile(profile)
        install_office_key(receiver, signing)
        for summary in summaries:
            save(incident(summary))
    return paths


def cli_import(office: DataPaths, path: Path) -> subprocess.CompletedProcess:
    env = cli_env()
    return subprocess.run(
        [sys.executable, "-m", "desktop", "import", "--data-dir", str(office.root), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def post_outbox(village: DataPaths, url: str, token: str, *, export: bool = False):
    with opened(village):
        exchange_settings.save_endpoint(url, token)
        return send_outbox(
            village.root / "kotak-keluar", manual=False, export=export, client_factory=OfficeClient
        )


def test_a_stick_then_the_internet_arrives_once(receiver, tmp_path):
    village = make_village(tmp_path / "desa", KUNGKAI, ["Satu", "Dua", "Tiga"], receiver)
    usb = tmp_path / "usb"
    usb.mkdir()
    before = register_count(receiver.paths)
    with opened(village):
        exchange_settings.save_endpoint(receiver.url, TOKEN)
        written = export_to_folder(usb, outbox=village.root / "kotak-keluar").path

    imported = cli_import(receiver.paths, written)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "3 baru" in imported.stdout
    sent = post_outbox(village, receiver.url, TOKEN)
    assert sent.sent == 1
    fetched = fetch_now(receiver)
    assert fetched.report.files[0].already_imported_at is not None
    assert register_count(receiver.paths) == before + 3


def test_the_internet_then_a_stick_arrives_once(receiver, tmp_path):
    mudo = replace(KUNGKAI, village_code="15.02.02.2008", village_name="Mudo")
    key = nacl.signing.SigningKey.generate()  # a village of its own has a key of its own
    village = make_village(tmp_path / "desa2", mudo, ["Empat", "Lima"], receiver, key)
    with opened(receiver.paths):
        confirm_village(key, "15.02.02.2008")
    usb = tmp_path / "usb2"
    usb.mkdir()
    before = register_count(receiver.paths)
    with opened(village):
        exchange_settings.save_endpoint(receiver.url, OTHER_TOKEN)
        written = export_to_folder(usb, outbox=village.root / "kotak-keluar").path
    sent = post_outbox(village, receiver.url, OTHER_TOKEN)
    assert sent.sent == 1
    assert fetch_now(receiver).report.totals.new == 2
    assert register_count(receiver.paths) == before + 2

    imported = cli_import(receiver.paths, written)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "sudah diimpor" in imported.stdout
    assert register_count(receiver.paths) == before + 2
    with opened(receiver.paths):
        names = {v.name for v in office_imports.villages()}
    assert {"Kungkai", "Mudo"} <= names


# --- The office's receipts, through the receiver ---------------------------------------------


def test_a_village_learns_from_the_receiver_that_the_office_imported_its_upload(receiver, tmp_path):
    from desktop.domain.exchange import Acknowledgment
    from desktop.storage import outbox_store

    village = make_village(tmp_path / "desa3", KUNGKAI, ["Enam"], receiver)
    sent = post_outbox(village, receiver.url, TOKEN, export=True)  # the automatic export
    assert sent.queued is not None and sent.sent == 1
    with opened(village):
        (entry,) = outbox_store.list_exports()
        assert entry.acknowledgment is Acknowledgment.RECEIVED
        assert outbox_store.awaiting_office()

    fetched = fetch_now(receiver)
    assert fetched.report.totals.new == 1 and fetched.receipts_posted >= 1

    again = post_outbox(village, receiver.url, TOKEN)  # nothing to upload: receipts only
    assert again.attempts == () and again.receipts == 1
    with opened(village):
        entry = outbox_store.load_export(entry.export_id)
        assert entry.acknowledgment is Acknowledgment.IMPORTED
        assert entry.office_counts.new == 1
        assert not outbox_store.awaiting_office()
    assert fetch_now(receiver).receipts_posted == 0  # posted once


def test_receipts_are_posted_by_the_office_only_and_each_village_gets_its_own(receiver):
    from desktop.exchange.wire import receipt as wire

    doc = {
        "format": wire.FORMAT,
        "version": 1,
        "export_id": "5b0b7f0e-1d0c-4c43-9a3e-0d2f8a8b1c99",
        "sha256": "",
        "village_code": "15.02.02.2008",
        "sequence": 0,
        "state": "ditahan",
        "reason": "kunci_desa_berubah",
        "counts": {"baru": 0, "diperbarui": 0, "sama": 0, "konflik": 0},
        "assessments": {"baru": 0, "diperbarui": 0, "sama": 0, "konflik": 0},
        "at": "2026-05-04T08:00:00Z",
        "office": "Kantor Imigrasi Kerinci",
        "office_key": "A" * 43 + "=",
        "village_key": "A" * 43 + "=",
        "mac": "A" * 43 + "=",
    }
    url = f"{receiver.url}/api/v1/receipts"

    def post(body, token=OFFICE_TOKEN):
        return httpx.post(url, content=body, headers={"Authorization": f"Bearer {token}"})

    assert post(json.dumps(doc), token=TOKEN).status_code == 401  # a village cannot post one
    assert post(json.dumps(doc | {"village_code": "../x"})).status_code == 400
    assert post(json.dumps(doc | {"extra": 1})).status_code == 400
    assert post(b" " * (wire.MAX_BYTES + 1)).status_code == 413
    assert post(json.dumps(doc)).status_code == 200

    def receipts_of(token):
        answer = httpx.get(url, headers={"Authorization": f"Bearer {token}"})
        return answer.status_code, answer.json().get("receipts")

    status, mine = receipts_of(OTHER_TOKEN)  # Mudo, 15.02.02.2008
    assert status == 200 and doc["export_id"] in [r["export_id"] for r in mine]
    assert {r["village_code"] for r in mine} == {"15.02.02.2008"}
    status, others = receipts_of(TOKEN)  # Kungkai sees none of Mudo's
    assert status == 200 and {r["village_code"] for r in others} <= {"15.02.02.2004"}
    assert httpx.get(url).status_code == 401
