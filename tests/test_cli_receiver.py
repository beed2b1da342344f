"""``siaga-tppo tokens`` and ``receive --make-certificate`` as office staff run them."""

from __future__ import annotations

import subprocess
import sys

from desktop.domain.access_token import check_token
from desktop.exchange.wire.tokens_file import token_digest
from tests.exchange.conftest import cli_env


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=cli_env(),
        stdin=subprocess.DEVNULL,
    )


def test_tokens_add_list_and_revoke_with_a_slip(tmp_path):
    office = tmp_path / "kantor"
    made = run("init", "--data-dir", str(office), "--office", "Kanim Kerinci", "--covers", "15.02")
    assert made.returncode == 0, made.stderr
    slip = tmp_path / "slip.pdf"
    added = run("tokens", "--data-dir", str(office), "add", "1502022004", "--slip", str(slip))
    assert added.returncode == 0, added.stderr
    token = added.stdout.split("): ", 1)[1].split()[0]
    assert check_token(token).token == token and "Kungkai" in added.stdout
    assert slip.read_bytes().startswith(b"%PDF")
    tokens_file = office / "penerima" / "token-desa.txt"
    text = tokens_file.read_text(encoding="utf-8")
    assert token not in text and token_digest(token) in text

    listed = run("tokens", "--data-dir", str(office), "list")
    assert "15.02.02.2004" in listed.stdout and "1 token" in listed.stdout
    unknown = run("tokens", "--data-dir", str(office), "add", "15.02.02.9999")
    assert unknown.returncode == 2 and "daftar resmi" in unknown.stderr
    revoked = run("tokens", "--data-dir", str(office), "revoke", "15.02.02.2004")
    assert revoked.returncode == 0 and "Dicabut: 1" in revoked.stdout
    assert run("tokens", "--data-dir", str(office), "revoke", "15.02.02.2004").returncode == 1


def test_the_receiver_makes_its_certificate_and_shows_its_fingerprint(tmp_path):
    made = run("receive", "--store", str(tmp_path / "penerima"), "--make-certificate")
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "penerima" / "tls" / "sertifikat.pem").is_file()
    fingerprint = made.stdout.split("Sidik sertifikat: ", 1)[1].strip()
    assert len(fingerprint.replace(" ", "")) == 64
