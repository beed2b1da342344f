"""The passphrase on the command line, and the folder's data opened with it.

Every command that opens a village's or an office's data takes the passphrase from the
environment variable ``SIAGA_PASSPHRASE`` (removed from the environment once read, so that
no program started from here inherits it), or asks for it on the terminal (not shown while
typed). Never from an argument: arguments are visible to every user of the computer (process
list) and stay in the shell history. Its words are the app's catalogue's (desktop/catalogue.py),
in Indonesian like the rest of the command line.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from desktop.catalogue import translate
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
    needed = translate(
        "CommandLine",
        "A passphrase is needed. Set the environment variable {variable}, or run this command "
        "in a terminal so that the passphrase can be typed. A passphrase is never given as an "
        "argument of the command.",
    )
    return Stop(needed.format(variable=ENV), ExitCode.USAGE)


def strength_problem(passphrase: str, personal: Sequence[str] = ()) -> str | None:
    """Why ``passphrase`` is refused (zxcvbn, see desktop/passphrase_strength.py), or None."""
    from desktop.passphrase_strength import HINTS, HINTS_CONTEXT, judge

    judged = judge(passphrase, personal)
    if judged.strength is Strength.TOO_SHORT:
        short = translate("CommandLine", "The passphrase is too short: at least {count} letters.")
        return short.format(count=MIN_PASSPHRASE)
    if judged.strength.acceptable:
        return None
    because = " " + translate(HINTS_CONTEXT, HINTS[judged.hint]) if judged.hint is not None else ""
    guessed = translate(
        "CommandLine",
        "This passphrase is too easy to guess.{because} Choose another, for example three "
        "words and a number: kopi-sawah-merah-27.",
    )
    return guessed.format(because=because)


def new_passphrase(personal: Sequence[str] = ()) -> str:
    """A new passphrase from the environment or typed twice; weak ones refused. ``personal``:
    the village's and its head's names, which a passphrase should not lean on."""
    given = read_passphrase()
    if given is None:
        if not interactive():
            raise _need_terminal()
        given = _ask(translate("CommandLine", "New passphrase for this data: "))
        problem = strength_problem(given, personal)
        if problem:
            raise Stop(problem, ExitCode.USAGE)
        if _ask(translate("CommandLine", "Type it once more: ")) != given:
            differ = translate("CommandLine", "The two typings differ. Nothing was written.")
            raise Stop(differ, ExitCode.USAGE)
    problem = strength_problem(given, personal)
    if problem:
        raise Stop(problem, ExitCode.USAGE)
    return given


def print_recovery_key(recovery_key: str, holder: str, paths: DataPaths, sheet: Path | None):
    """Show the new recovery key once, and write the recovery sheet when asked."""
    shown = translate(
        "CommandLine",
        "RECOVERY KEY (SECRET): {key}\nThis key opens the data when the passphrase is "
        "forgotten. Write it down or print it, then keep it in the office safe. The key is not "
        "stored on the computer and is not shown again.",
    )
    print("\n" + shown.format(key=recovery_key) + "\n")
    if sheet is not None:
        from desktop.printing.recovery_sheet import RecoverySheet, build_recovery_sheet

        pdf = build_recovery_sheet(
            RecoverySheet(recovery_key, holder, str(paths.root), datetime.now())
        )
        sheet.write_bytes(pdf)
        written = translate(
            "CommandLine",
            "Recovery sheet: {file} (print it, keep it in the safe, then delete this file).",
        )
        print(written.format(file=sheet))


def unlock_key(paths: DataPaths):
    """The database key of a protected folder, from the passphrase (env or terminal)."""
    from desktop.storage import keystore

    given = read_passphrase()
    tries = 1 if given is not None else TRIES
    if given is None and not interactive():
        raise _need_terminal()
    for attempt in range(tries):
        passphrase = given if given is not None else _ask(translate("CommandLine", "Passphrase: "))
        try:
            return keystore.unlock(paths, passphrase)
        except WrongPassphrase as exc:
            wrong = translate("CommandLine", "Wrong passphrase.")
            if exc.wait_seconds:
                wait = translate("CommandLine", "Wait {seconds} seconds before trying again.")
                wrong += " " + wait.format(seconds=exc.wait_seconds)
            if attempt == tries - 1 or exc.wait_seconds:
                raise Stop(wrong) from exc
            print(wrong, file=sys.stderr)
        except UnlockPaused as exc:
            paused = translate(
                "CommandLine",
                "Too many wrong passphrases. Wait {seconds} seconds, then try again.",
            )
            raise Stop(paused.format(seconds=exc.wait_seconds)) from exc
        except KeyFileUnusable as exc:
            unusable = translate(
                "CommandLine",
                "The key file {file} is damaged. Open the app and use the recovery key.",
            )
            raise Stop(unusable.format(file=exc.path)) from exc
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
                    unset = translate(
                        "CommandLine", "The folder {folder} is not set up yet (command {setup})."
                    )
                    raise Stop(unset.format(folder=paths.root, setup="init"), ExitCode.USAGE)
                old = translate(
                    "CommandLine",
                    "The data in {folder} was made by an old version and is not protected by a "
                    "passphrase yet. Open the app once (or run siaga-tppo init again) to set a "
                    "passphrase.",
                )
                raise Stop(old.format(folder=paths.root), ExitCode.USAGE)
            passphrase = new_passphrase(personal)
            paths.ensure()
            made = keystore.new_protection(paths, passphrase)
            print_recovery_key(made.recovery_key, holder or str(paths.root), paths, recovery_sheet)
            return Granted(made.key)
        if state is Protection.KEY_FILE_MISSING:
            missing = translate(
                "CommandLine",
                "The key file in {folder} is missing. Open the app and use the recovery key to "
                "make a new passphrase.",
            )
            raise Stop(missing.format(folder=paths.root))
        return Granted(unlock_key(paths))

    def open_data(installation: Installation) -> bool:
        try:
            installation.open()
        except SiagaError as exc:
            from desktop.cli.errors import describe

            cannot = translate("CommandLine", "The data in {folder} cannot be opened: {error}")
            said = describe(exc) or cannot.format(folder=paths.root, error=exc)
            raise Stop(said) from exc
        return True

    opened = open_protected(paths, ask, via="perintah", command=command, open_data=open_data)
    assert opened is not None  # this prompt never gives up: it stops the command instead
    return opened.installation
