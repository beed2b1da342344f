"""Kirim & Ekspor on the command line, as office staff script it."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from desktop.domain.access_token import new_token
from tests.exchange.conftest import cli_env


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**cli_env(), **env},
        stdin=subprocess.DEVNULL,
    )


def test_init_office_checks_every_code_and_writes_nothing_on_a_bad_one(tmp_path):
    data = tmp_path / "kantor"
    bad = run("init", "--data-dir", str(data), "--office", "Kanim", "--covers", "15.01,15.99")
    assert bad.returncode == 2 and "15.99" in bad.stderr and not data.exists()
    village_code = run("init", "--data-dir", str(data), "--office", "Kanim", "--covers", "15.02.02")
    assert village_code.returncode == 2 and "bukan kode kabupaten" in village_code.stderr
    no_name = run("init", "--data-dir", str(data), "--office", " ", "--covers", "15.01")
    assert no_name.returncode == 2 and not data.exists()

    good = run(
        "init",
        "--data-dir",
        str(data),
        "--office",
        "Kantor Imigrasi Kerinci",
        "--covers",
        "1501,15.02",
    )
    assert good.returncode == 0, good.stderr
    assert "Kabupaten Kerinci, Kabupaten Merangin" in good.stdout


def test_a_village_exports_configures_and_sync_says_what_is_left(tmp_path):
    data = tmp_path / "desa"
    assert (
        run("init", "--data-dir", str(data), "--village", "15.02.02.2004", "--head", "N").returncode
        == 0
    )
    usb = tmp_path / "usb"
    usb.mkdir()
    # Exports are locked for the office: first the office's key, from its file.
    office = tmp_path / "kantor"
    made = run("init", "--data-dir", str(office), "--office", "Kanim", "--covers", "15.02")
    assert made.returncode == 0, made.stderr
    key_file = tmp_path / "kunci.siagakunci"
    assert run("keys", "--data-dir", str(office), "export-public", str(key_file)).returncode == 0
    refused = run("export", "--data-dir", str(data), "--out", str(usb))
    assert refused.returncode == 2 and "keys import-office" in refused.stderr
    fingerprint = made.stdout.split("lewat telepon): ")[1].split(".")[0]
    installed = run(
        "keys",
        "--data-dir",
        str(data),
        "import-office",
        str(key_file),
        "--fingerprint",
        fingerprint,
    )
    assert installed.returncode == 0, installed.stderr

    export = run("export", "--data-dir", str(data), "--out", str(usb))
    assert export.returncode == 0, export.stderr
    imported = run("import", "--data-dir", str(office), export.stdout.strip())
    assert imported.returncode == 0 and "DITOLAK" not in imported.stdout, imported.stdout
    written = Path(export.stdout.strip())
    assert written.parent == usb and written.is_file()
    assert "Tanda terima ditulis di samping 1 berkas" in imported.stdout
    assert written.with_suffix(".tanda-terima").is_file()  # the village reads it back

    no_reason = run("export", "--data-dir", str(data), "--out", str(usb), "--with-identities", " ")
    assert no_reason.returncode == 2

    unset = run("sync", "--data-dir", str(data))
    assert unset.returncode == 2 and "configure" in unset.stderr
    bad_url = run("configure", "--data-dir", str(data), "--endpoint", "kantor", SIAGA_TOKEN=GOOD)
    assert bad_url.returncode == 2

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token_file = tmp_path / "token.txt"
    token_file.write_text(GOOD.lower().replace("-", " ") + "\n", encoding="utf-8")
    configured = run(
        "configure",
        "--data-dir",
        str(data),
        "--endpoint",
        f"http://127.0.0.1:{port}",
        "--token-file",
        str(token_file),
    )
    assert configured.returncode == 0, configured.stderr
    offline = run("sync", "--data-dir", str(data))
    assert offline.returncode == 1
    assert "belum terjangkau" in offline.stdout and "Menunggu: 1" in offline.stdout


GOOD = new_token()


def test_configure_never_takes_the_token_from_the_arguments(tmp_path):
    """Issue 14.7: argv is visible to every user of the computer; file, environment or
    prompt only, with a clear word for the old flag and for a mistyped token."""
    data = tmp_path / "desa"
    run("init", "--data-dir", str(data), "--village", "15.02.02.2004", "--head", "N")
    url = "https://imigrasi.example/siaga"
    old = run("configure", "--data-dir", str(data), "--endpoint", url, "--token", GOOD)
    assert old.returncode == 2 and "--token tidak dipakai lagi" in old.stderr
    assert "--token-file" in old.stderr and "SIAGA_TOKEN" in old.stderr

    no_terminal = run("configure", "--data-dir", str(data), "--endpoint", url)
    assert no_terminal.returncode == 2 and "--token-file" in no_terminal.stderr

    groups = GOOD.split("-")
    typo = groups[2][:2] + ("B" if groups[2][2] != "B" else "C") + groups[2][3:]
    mistyped = "-".join([*groups[:2], typo, *groups[3:]])
    wrong = run("configure", "--data-dir", str(data), "--endpoint", url, SIAGA_TOKEN=mistyped)
    assert wrong.returncode == 2 and "kelompok ke-3" in wrong.stderr

    clear = run(
        "configure",
        "--data-dir",
        str(data),
        "--endpoint",
        "http://imigrasi.example",
        SIAGA_TOKEN=GOOD,
    )
    assert clear.returncode == 2 and "https://" in clear.stderr

    good = run("configure", "--data-dir", str(data), "--endpoint", url, SIAGA_TOKEN=GOOD)
    assert good.returncode == 0, good.stderr


def test_import_exits_1_when_a_file_is_refused_and_refuses_a_village_folder(tmp_path):
    office = tmp_path / "kantor"
    assert (
        run("init", "--data-dir", str(office), "--office", "K", "--covers", "15.02").returncode == 0
    )
    bad = tmp_path / "rusak.json"
    bad.write_bytes(b'{"format": "siaga-tppo-ekspor", "schema_version": 1')
    result = run("import", "--data-dir", str(office), str(bad))
    assert result.returncode == 1
    assert "rusak.json: DITOLAK" in result.stdout and "1 berkas ditolak" in result.stdout

    village = tmp_path / "desa"
    run("init", "--data-dir", str(village), "--village", "15.02.02.2004", "--head", "N")
    wrong = run("import", "--data-dir", str(village), str(bad))
    assert wrong.returncode == 2 and "bukan data kantor" in wrong.stderr
    not_village = run("export", "--data-dir", str(office), "--out", str(tmp_path))
    assert not_village.returncode == 2 and "belum berisi data desa" in not_village.stderr
    empty = run("import", "--data-dir", str(tmp_path / "kosong"), str(bad))
    assert empty.returncode == 2 and "belum disiapkan (perintah init --office)" in empty.stderr
    assert run("sync", "--data-dir", str(tmp_path / "kosong")).returncode == 2


def test_receive_without_the_office_extra_says_what_to_install(tmp_path, monkeypatch, capsys):
    """The installed app leaves the receiver's server libraries out (installer/bundle_rules)."""
    import builtins

    from desktop import cli

    real_import = builtins.__import__

    def no_server(name, *args, **kwargs):
        if name.startswith(("desktop.exchange.receiver", "starlette")):
            raise ModuleNotFoundError(f"No module named {name!r}", name="starlette")
        return real_import(name, *args, **kwargs)

    tokens = tmp_path / "token.txt"
    tokens.write_text("15.02.02.2004 abcdefghijklmnop1234\n", encoding="utf-8")
    monkeypatch.setattr(builtins, "__import__", no_server)
    code = cli.main(
        [
            "receive",
            "--store",
            str(tmp_path / "s"),
            "--tokens",
            str(tokens),
            "--office-token",
            str(tokens),
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "Penerima kiriman internet tidak terpasang" in err
    assert "siaga-tppo[office]" in err and "starlette" in err
