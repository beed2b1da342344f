"""Kirim & Ekspor on the command line, as office staff script it."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from desktop.catalogue import translate
from desktop.domain.access_token import new_token
from desktop.domain.exchange import SendProblem
from desktop.words import exchange as words
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
    held = run("import", "--data-dir", str(office), export.stdout.strip())
    assert held.returncode == 1 and "DITAHAN: ekspor pertama" in held.stdout, held.stdout
    # Its receipt says so beside it (the village reads it back); the receipt of the import
    # that follows goes through the receiver, or answers with the next export's.
    assert "Tanda terima ditulis di samping 1 berkas" in held.stdout
    written = Path(export.stdout.strip())
    assert written.parent == usb and written.is_file()
    assert written.with_suffix(".tanda-terima").is_file()
    # The village reads its fingerprint to the office, which confirms it, and the export held
    # is imported then.
    shown = run("keys", "--data-dir", str(data), "show").stdout
    village_fp = shown.split("desa: ")[1].splitlines()[0].strip()
    waiting = run("keys", "--data-dir", str(office), "held")
    assert f"15.02.02.2004: ekspor pertama; sidik kunci {village_fp}" in waiting.stdout
    wrong = run("keys", "--data-dir", str(office), "accept", "15.02.02.2004", "--fingerprint", "1")
    assert wrong.returncode == 1 and "Tidak ada yang diubah" in wrong.stderr
    args = ["keys", "--data-dir", str(office), "accept", "15.02.02.2004"]
    imported = run(*args, "--fingerprint", village_fp.replace(" ", ""))
    assert imported.returncode == 0 and "DITOLAK" not in imported.stdout, imported.stdout
    assert "Desa Kungkai (15.02.02.2004), ekspor ke-1" in imported.stdout

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
    unreachable = translate(words.CONTEXT, words.SEND[SendProblem.UNREACHABLE])
    assert unreachable in offline.stdout and "Menunggu: 1" in offline.stdout


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

    from desktop.cli import run as cli

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


def test_held_villages_are_refused_and_key_changes_accepted_from_the_command_line(
    tmp_path, monkeypatch, capsys
):
    """keys held / refuse / accept: a first contact an officer refuses is removed unread; a
    village's new key (a new computer) accepted keeps it the same village, and its held export
    is imported then."""
    import nacl.public
    import nacl.signing

    from desktop.cli.outcome import ExitCode
    from desktop.cli.run import main
    from desktop.domain.exchange import RejectReason
    from desktop.domain.security import fingerprint
    from desktop.exchange.merge import VIA_FILE, import_protected
    from desktop.exchange.wire import envelope
    from desktop.paths import DataPaths
    from desktop.storage import exchange_keys, incidents, office_imports
    from tests.areas import areas
    from tests.exchange.conftest import (
        PASSPHRASE,
        VILLAGE_KEY,
        confirm_village,
        export_bytes,
        export_for,
        opened,
        version,
    )

    r3 = "33333333-3333-4333-8333-333333333333"

    def cli(*args: str) -> int:
        monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)  # each command takes it away
        return main(list(args))

    folder = tmp_path / "kantor"
    init = ["init", "--data-dir", str(folder), "--office", "Kantor Imigrasi Kerinci"]
    assert cli(*init, "--covers", "15.02") == ExitCode.OK
    outsider, new_computer = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey.generate()
    ids = ["0b6f8c3e-0000-4000-8000-00000000000" + n for n in "123"]
    with opened(DataPaths.resolve(folder)):
        office = bytes(nacl.public.PrivateKey(exchange_keys.office_private_key()).public_key)
        claimed = import_protected(
            export_for(office, outsider, ids[0]), areas=areas, via=VIA_FILE, name="a.siaga"
        )
        confirm_village(VILLAGE_KEY)
        first = import_protected(
            export_for(office, VILLAGE_KEY, ids[1]), areas=areas, via=VIA_FILE, name="b.siaga"
        )
        later = export_bytes([[version(r3, None, "Sesudah ganti komputer")]], export_id=ids[2])
        sealed = envelope.seal(
            later,
            village_code="15.02.02.2004",
            export_id=ids[2],
            signing_key=new_computer,
            office_public_key=office,
        )
        changed = import_protected(sealed, areas=areas, via=VIA_FILE, name="c.siaga")
    assert claimed.rejected.reason is RejectReason.FIRST_CONTACT and first.ok
    assert changed.rejected.reason is RejectReason.KEY_CHANGED

    capsys.readouterr()
    assert cli("keys", "--data-dir", str(folder), "held") == ExitCode.OK
    listed = capsys.readouterr().out
    # Both keys now differ from the one the office confirmed meanwhile.
    assert listed.count("15.02.02.2004: kunci berbeda dengan yang terdaftar") == 2
    keys = ["keys", "--data-dir", str(folder)]
    outsiders = fingerprint(bytes(outsider.verify_key))
    assert cli(*keys, "refuse", "15.02.02.2004", "--fingerprint", "1234") == ExitCode.FAILED
    assert cli(*keys, "refuse", "15.02.02.2004", "--fingerprint", outsiders) == ExitCode.OK
    assert "1 ekspor dari 15.02.02.2004 dihapus tanpa dibaca" in capsys.readouterr().out
    new = fingerprint(bytes(new_computer.verify_key))
    assert cli(*keys, "accept", "15.02.02.2004", "--fingerprint", new) == ExitCode.OK
    assert "Kunci 15.02.02.2004 diterima" in capsys.readouterr().out
    with opened(DataPaths.resolve(folder)):
        (village,) = office_imports.villages()
        record = incidents.load_incident(r3)
        assert exchange_keys.held_villages(lambda _code: None) == []
    assert village.fingerprint == new and record.incident.summary == "Sesudah ganti komputer"
