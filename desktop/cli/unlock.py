"""The passphrase on the command line, and the folder's data opened with it.

Every command that opens a village's or an office's data takes the passphrase from the
environment variable ``SIAGA_PASSPHRASE`` (removed from the environment once read, so that
no program started from here inherits it), or asks for it on the terminal (not shown while
typed). Never from an argument: arguments are visible to every user of the computer (process
list) and stay in the shell history. Messages are in Indonesian, like the rest of the CLI.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.errors import (
    KeyFileUnusable,
    SiagaError,
    UnlockPaused,
    WrongPassphrase,
)
from desktop.domain.security import MIN_PASSPHRASE, Strength
from desktop.paths import DataPaths

ENV = "SIAGA_PASSPHRASE"
TRIES = 3


def interactive() -> bool:
    """Whether someone can answer at a terminal."""
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    return getpass.getpass(prompt)


def read_passphrase() -> str | None:
    """The passphrase from the environment, or None when it must be asked. It is taken out of
    the environment as it is read, so that no program this one starts inherits it."""
    value = os.environ.pop(ENV, None)
    return value if value else None


def _need_terminal() -> Stop:
    return Stop(
        f"Kata sandi diperlukan. Isi variabel lingkungan {ENV}, atau jalankan perintah ini di "
        "terminal agar kata sandi dapat diketik. Kata sandi tidak pernah diberikan sebagai "
        "argumen perintah.",
        ExitCode.USAGE,
    )


def strength_problem(passphrase: str, personal: Sequence[str] = ()) -> str | None:
    """Why ``passphrase`` is refused (zxcvbn, see desktop/passphrase_strength.py), or None."""
    from desktop.catalogue import translate
    from desktop.passphrase_strength import HINTS, HINTS_CONTEXT, judge

    judged = judge(passphrase, personal)
    if judged.strength is Strength.TOO_SHORT:
        return f"Kata sandi terlalu pendek: paling sedikit {MIN_PASSPHRASE} huruf."
    if judged.strength.acceptable:
        return None
    because = " " + translate(HINTS_CONTEXT, HINTS[judged.hint]) if judged.hint is not None else ""
    return (
        f"Kata sandi ini terlalu mudah ditebak.{because} Pilih yang lain, misalnya tiga kata "
        "dan angka: kopi-sawah-merah-27."
    )


def new_passphrase(personal: Sequence[str] = ()) -> str:
    """A new passphrase from the environment or typed twice; weak ones refused. ``personal``:
    the village's and its head's names, which a passphrase should not lean on."""
    given = read_passphrase()
    if given is None:
        if not interactive():
            raise _need_terminal()
        given = _ask("Kata sandi baru untuk data ini: ")
        problem = strength_problem(given, personal)
        if problem:
            raise Stop(problem, ExitCode.USAGE)
        if _ask("Ketik sekali lagi: ") != given:
            raise Stop("Kedua ketikan tidak sama. Tidak ada yang ditulis.", ExitCode.USAGE)
    problem = strength_problem(given, personal)
    if problem:
        raise Stop(problem, ExitCode.USAGE)
    return given


def print_recovery_key(recovery_key: str, holder: str, paths: DataPaths, sheet: Path | None):
    """Show the new recovery key once, and write the recovery sheet when asked."""
    print(
        "\nKUNCI PEMULIHAN (RAHASIA): " + recovery_key + "\n"
        "Kunci ini membuka data bila kata sandi terlupa. Tulis atau cetak, lalu simpan di "
        "brankas kantor. Kunci ini tidak disimpan di komputer dan tidak ditampilkan lagi.\n"
    )
    if sheet is not None:
        from desktop.printing.recovery_sheet import RecoverySheet, build_recovery_sheet

        pdf = build_recovery_sheet(
            RecoverySheet(recovery_key, holder, str(paths.root), datetime.now())
        )
        sheet.write_bytes(pdf)
        print(f"Lembar pemulihan: {sheet} (cetak, simpan di brankas, lalu hapus berkas ini).")


def unlock_key(paths: DataPaths):
    """The database key of a protected folder, from the passphrase (env or terminal)."""
    from desktop.storage import keystore

    given = read_passphrase()
    tries = 1 if given is not None else TRIES
    if given is None and not interactive():
        raise _need_terminal()
    for attempt in range(tries):
        passphrase = given if given is not None else _ask("Kata sandi: ")
        try:
            return keystore.unlock(paths, passphrase)
        except WrongPassphrase as exc:
            last = attempt == tries - 1
            wait = (
                f" Tunggu {exc.wait_seconds} detik sebelum mencoba lagi."
                if exc.wait_seconds
                else ""
            )
            if last:
                raise Stop(f"Kata sandi salah.{wait}") from exc
            print(f"Kata sandi salah.{wait}", file=sys.stderr)
            if exc.wait_seconds:
                raise Stop(f"Kata sandi salah.{wait}") from exc
        except UnlockPaused as exc:
            raise Stop(
                f"Terlalu banyak kata sandi salah. Tunggu {exc.wait_seconds} detik, lalu coba lagi."
            ) from exc
        except KeyFileUnusable as exc:
            raise Stop(
                f"Berkas kunci {exc.path} rusak. Buka aplikasi dan pakai kunci pemulihan."
            ) from exc
    raise AssertionError("unreachable")


def open_installation(
    paths: DataPaths,
    command: str,
    *,
    new_ok: bool = False,
    holder: str = "",
    recovery_sheet: Path | None = None,
    personal: Sequence[str] = (),
):
    """Open the folder's data for ``command``, asking for the passphrase as needed.

    ``new_ok`` (init): a folder without data gets a new passphrase and recovery key (not one
    that leans on the ``personal`` names), and an earlier version's unencrypted data is
    encrypted. Other commands refuse both. Raises Stop.
    Returns the opened Installation (audit: unlocked by this command).
    """
    from desktop.storage import keystore
    from desktop.storage.installation import Installation, Protection
    from desktop.storage.protected import Granted, open_protected

    def ask(state: Protection) -> Granted:
        if state in (Protection.NEW, Protection.UNENCRYPTED):
            if not new_ok:
                if state is Protection.NEW:
                    raise Stop(
                        f"Folder {paths.root} belum disiapkan (perintah init).", ExitCode.USAGE
                    )
                raise Stop(
                    f"Data di {paths.root} dibuat versi lama dan belum dilindungi kata sandi. "
                    "Buka aplikasi sekali (atau jalankan siaga-tppo init lagi) untuk memasang "
                    "kata sandi.",
                    ExitCode.USAGE,
                )
            passphrase = new_passphrase(personal)
            paths.ensure()
            made = keystore.new_protection(paths, passphrase)
            print_recovery_key(made.recovery_key, holder or str(paths.root), paths, recovery_sheet)
            return Granted(made.key)
        if state is Protection.KEY_FILE_MISSING:
            raise Stop(
                f"Berkas kunci di {paths.root} tidak ada. Buka aplikasi dan pakai kunci "
                "pemulihan untuk membuat kata sandi baru."
            )
        return Granted(unlock_key(paths))

    def open_data(installation: Installation) -> bool:
        try:
            installation.open()
        except SiagaError as exc:
            from desktop.cli.errors import describe

            raise Stop(describe(exc) or f"Data di {paths.root} tidak dapat dibuka: {exc}") from exc
        return True

    opened = open_protected(paths, ask, via="perintah", command=command, open_data=open_data)
    assert opened is not None  # this prompt never gives up: it stops the command instead
    return opened.installation
