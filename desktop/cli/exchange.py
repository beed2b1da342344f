"""Command line for a village's Kirim & Ekspor: the upload target (configure), export and sync;
and what the office's commands share with them (the data opened for a role, the words for a
failed write). The office's commands are in office.py. Exit codes: desktop/cli/outcome.py."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.access_token import TokenProblem, check_token
from desktop.domain.exchange import (
    ExportWriteFailed,
    Role,
    SendProblem,
    WriteProblem,
)
from desktop.paths import DataPaths
from desktop.words import exchange as words

TOKEN_ENV = "SIAGA_TOKEN"  # the upload token for configure, removed from the environment once read

# Where the window points to its Settings, a terminal is told the command that does the same.
CONFIGURE_HINT = QT_TRANSLATE_NOOP("CommandLine", "On the command line: siaga-tppo configure.")
SET_IN_CONFIGURE = (
    SendProblem.NOT_CONFIGURED,
    SendProblem.NOT_RECEIVER,
    SendProblem.TOKEN_REFUSED,
    SendProblem.NOT_FOUND,
    SendProblem.CLIENT_ERROR,
)


def write_problem(problem: WriteProblem) -> str:
    """The window's sentence for a failed write (desktop/words/exchange.py)."""
    return translate(words.CONTEXT, words.WRITE[problem])


def write_failed(problem: WriteProblem) -> str:
    """A failed write and what became of the data, as the window says it."""
    tail = words.LEFT_HIDDEN if problem is WriteProblem.VANISHED else words.NOTHING_LEFT
    return f"{write_problem(problem)} {translate(words.CONTEXT, tail)}"


def send_problem(problem: SendProblem) -> str:
    """The window's sentence for a failed send, with the command where the window says
    Settings."""
    said = translate(words.CONTEXT, words.SEND[problem])
    if problem in SET_IN_CONFIGURE:
        said += " " + translate("CommandLine", CONFIGURE_HINT)
    return said


def add_configure_and_export(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> None:
    configure = sub.add_parser(
        "configure",
        parents=[common],
        help=translate("CommandLine", "set the immigration office's address and the sending token"),
    )
    configure.set_defaults(func=run_configure)
    configure.add_argument(
        "--endpoint",
        required=True,
        metavar=translate("CommandLine", "URL"),
        help=translate("CommandLine", "the receiver's address"),
    )
    configure.add_argument(
        "--token-file",
        metavar=translate("CommandLine", "FILE"),
        help=translate(
            "CommandLine",
            "a file holding the token from the office (or the variable {variable}, or typed)",
        ).format(variable=TOKEN_ENV),
    )
    # Refused with an explanation: a token in the arguments is seen by every user of the
    # computer (process list) and stays in the shell history.
    configure.add_argument("--token", help=argparse.SUPPRESS)

    export = sub.add_parser(
        "export", parents=[common], help=translate("CommandLine", "export the records to a folder")
    )
    export.set_defaults(func=run_export)
    export.add_argument(
        "--out",
        required=True,
        metavar=translate("CommandLine", "FOLDER"),
        help=translate("CommandLine", "the destination folder"),
    )
    export.add_argument(
        "--with-identities",
        metavar=translate("CommandLine", "REASON"),
        help=translate(
            "CommandLine",
            "include the names, NIK and telephone numbers of the people involved, for this reason",
        ),
    )
    export.add_argument(
        "--unencrypted",
        action="store_true",
        help=translate(
            "CommandLine",
            "WITHOUT encryption (only while the office's key is missing): anyone "
            "who finds the flash drive can read it; written in the audit trail",
        ),
    )


def add_sync(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sync = sub.add_parser(
        "sync",
        parents=[common],
        help=translate("CommandLine", "send the waiting exports to the office"),
    )
    sync.set_defaults(func=run_sync)


@contextlib.contextmanager
def data_as(args: argparse.Namespace, role: Role, command: str) -> Iterator[DataPaths]:
    """The folder's data, unlocked and open for ``command``, if it is set up for ``role``."""
    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    if not paths.database.exists():
        setup = "init --office" if role is Role.OFFICE else "init"
        unset = translate("CommandLine", "The folder {folder} is not set up yet (command {setup}).")
        raise Stop(unset.format(folder=paths.root, setup=setup), ExitCode.USAGE)
    from desktop.cli.unlock import open_installation

    installation = open_installation(paths, command)
    try:
        problem = need_role(role, paths)
        if problem:
            raise Stop(problem, ExitCode.USAGE)
        yield paths
    finally:
        installation.close()


def need_role(role: Role, paths: DataPaths) -> str | None:
    from desktop.storage import exchange_settings

    found = exchange_settings.role()
    if found is role:
        return None
    if role is Role.VILLAGE:
        return translate(
            "CommandLine",
            "The folder {folder} holds no village's data yet. Set it up first with: siaga-tppo "
            "init --village KODE --head NAMA",
        ).format(folder=paths.root)
    return translate(
        "CommandLine",
        "The folder {folder} is not an immigration office's data. Set it up first with: "
        'siaga-tppo init --office "NAMA KANTOR" --covers KODE',
    ).format(folder=paths.root)


TOKEN_PROBLEMS = {
    TokenProblem.EMPTY: QT_TRANSLATE_NOOP("CommandLine", "The token is empty."),
    TokenProblem.SPACES: QT_TRANSLATE_NOOP("CommandLine", "The token may not contain spaces."),
    TokenProblem.TOO_SHORT: QT_TRANSLATE_NOOP("CommandLine", "The token is too short."),
    TokenProblem.GROUP_COUNT: QT_TRANSLATE_NOOP(
        "CommandLine", "A token is 5 groups of 5 letters or digits."
    ),
    TokenProblem.GROUP_LENGTH: QT_TRANSLATE_NOOP(
        "CommandLine", "Group {group} must hold 5 letters or digits."
    ),
    TokenProblem.CHARACTER: QT_TRANSLATE_NOOP(
        "CommandLine", "Group {group} holds a letter that tokens never use (0, O, 1, I, L)."
    ),
    TokenProblem.CHECK: QT_TRANSLATE_NOOP(
        "CommandLine", "There is a typing error in group {group}: check it against the token sheet."
    ),
}


def _token_given(args: argparse.Namespace) -> str:
    """The upload token from a file, the environment (removed once read) or the terminal,
    never from the arguments. Raises Stop."""
    if args.token is not None:
        raise Stop(
            translate(
                "CommandLine",
                "--token is no longer used: a token typed on the command line is seen by the "
                "other users of this computer and kept in the command history. Use --token-file "
                "BERKAS, the environment variable {variable}, or run without either and type the "
                "token when asked.",
            ).format(variable=TOKEN_ENV),
            ExitCode.USAGE,
        )
    if args.token_file:
        try:
            return Path(args.token_file).expanduser().read_text(encoding="utf-8-sig").strip()
        except (OSError, UnicodeDecodeError) as exc:
            unreadable = translate("CommandLine", "The token file {file} cannot be read.")
            raise Stop(unreadable.format(file=args.token_file), ExitCode.USAGE) from exc
    given = os.environ.pop(TOKEN_ENV, "")
    if given:
        return given.strip()
    if sys.stdin is None or not sys.stdin.isatty():
        raise Stop(
            translate(
                "CommandLine",
                "A token is needed: --token-file BERKAS, the environment variable {variable}, or "
                "run this in a terminal so that the token can be typed.",
            ).format(variable=TOKEN_ENV),
            ExitCode.USAGE,
        )
    return getpass.getpass(translate("CommandLine", "Access token from the office:") + " ").strip()


def run_configure(args: argparse.Namespace) -> int:
    from desktop.exchange.sync import endpoint_problem
    from desktop.storage import exchange_settings, outbox_store

    url = args.endpoint.strip().rstrip("/")
    problem = endpoint_problem(url)
    if problem == "insecure":
        raise Stop(
            translate(
                "CommandLine",
                "The address '{url}' must start with https:// so that the token cannot be read "
                "on the network (http:// only for a receiver on this computer itself).",
            ).format(url=url),
            ExitCode.USAGE,
        )
    if problem:
        raise Stop(
            translate(
                "CommandLine",
                "The address '{url}' is not valid. For example: https://imigrasi.example/siaga",
            ).format(url=url),
            ExitCode.USAGE,
        )
    checked = check_token(_token_given(args))
    if checked.token is None:
        assert checked.problem is not None
        wrong = translate("CommandLine", TOKEN_PROBLEMS[checked.problem])
        raise Stop(wrong.format(group=checked.group), ExitCode.USAGE)
    with data_as(args, Role.VILLAGE, "configure"):
        again = exchange_settings.save_endpoint(url, checked.token)
        waiting = len(outbox_store.waiting_exports())
    saved = translate(
        "CommandLine", "Saved: sending to {url}. Waiting to be sent: {count} exports."
    )
    note = (
        " " + translate("CommandLine", "{count} exports that had failed will be tried again.")
        if again
        else ""
    )
    print(saved.format(url=url, count=waiting) + note.format(count=again))
    return ExitCode.OK


def run_export(args: argparse.Namespace) -> int:
    from desktop.exchange.export import export_to_folder, tidy_reason
    from desktop.exchange.protection import OfficeKeyMissing
    from desktop.storage import exchange_settings

    folder = Path(args.out).expanduser().absolute()
    reason = None
    if args.with_identities is not None:
        reason = tidy_reason(args.with_identities)
        if reason is None:
            needed = translate(
                "CommandLine", "The reason for including identities must be filled in."
            )
            raise Stop(needed, ExitCode.USAGE)
    with data_as(args, Role.VILLAGE, "export") as paths:
        outbox = paths.outbox if exchange_settings.load_endpoint() else None
        try:
            result = export_to_folder(
                folder, identities_reason=reason, outbox=outbox, unencrypted=args.unencrypted
            )
        except OfficeKeyMissing:
            raise Stop(
                translate(
                    "CommandLine",
                    "The immigration office's key is not installed, so the export cannot be "
                    "locked. Install it first: siaga-tppo keys import-office BERKAS. (With "
                    "--unencrypted the export is written without encryption: anyone who finds "
                    "the flash drive can read it.)",
                ),
                ExitCode.USAGE,
            ) from None
        except ExportWriteFailed as exc:
            failed = translate("CommandLine", "The export could not be written to {folder}.")
            said = f"{failed.format(folder=folder)} {write_failed(exc.problem)}"
            raise Stop(said, ExitCode.FAILED) from exc
    entry = result.entry
    said = [
        translate(
            "CommandLine",
            "Export {number}: {records} records, {versions} versions, {checks} checks.",
        ).format(
            number=entry.sequence,
            records=entry.records,
            versions=entry.versions,
            checks=entry.assessments,
        )
    ]
    if entry.identities_reason:
        said.append(translate("CommandLine", "Identities included."))
    if args.unencrypted:
        said.append(
            translate(
                "CommandLine",
                "WARNING: WITHOUT encryption, anyone who holds the file can read it.",
            )
        )
    if entry.body_path:
        said.append(translate("CommandLine", "A copy is waiting to be sent."))
    print(" ".join(said), file=sys.stderr)
    print(result.path)
    return ExitCode.OK


def run_sync(args: argparse.Namespace) -> int:
    from desktop.exchange.protection import OfficeKeyMissing
    from desktop.exchange.sync import send_outbox

    try:
        with data_as(args, Role.VILLAGE, "sync") as paths:
            outcome = send_outbox(paths.outbox, manual=True)
    except OfficeKeyMissing:
        raise Stop(
            translate(
                "CommandLine",
                "The immigration office's key is not installed: exports are sent only locked "
                "for the office. Install it first: siaga-tppo keys import-office BERKAS.",
            ),
            ExitCode.USAGE,
        ) from None
    except ExportWriteFailed as exc:
        raise Stop(
            translate("CommandLine", "A new export cannot be made.")
            + " "
            + write_failed(exc.problem),
            ExitCode.FAILED,
        ) from exc
    if not outcome.configured:
        raise Stop(send_problem(SendProblem.NOT_CONFIGURED), ExitCode.USAGE)
    if outcome.office_key_missing:
        print(
            translate(
                "CommandLine",
                "No new export was made: the immigration office's key is not installed "
                "(siaga-tppo keys import-office BERKAS).",
            ),
            file=sys.stderr,
        )
    if outcome.queued is not None:
        made = translate("CommandLine", "New export {number} made to be sent.")
        print(made.format(number=outcome.queued.sequence))
    if outcome.probe_problem is not None:
        print(
            translate("CommandLine", "Not sent yet. {why}").format(
                why=send_problem(outcome.probe_problem)
            )
        )
    for attempt in outcome.attempts:
        if attempt.problem is None:
            took = translate("CommandLine", "Export {number}: taken in by the receiver.")
            print(took.format(number=attempt.sequence))
        else:
            detail = f" ({attempt.detail})" if attempt.detail else ""
            why = send_problem(attempt.problem) + detail
            print(
                translate("CommandLine", "Export {number}: {why}").format(
                    number=attempt.sequence, why=why
                )
            )
    if outcome.receipts:
        print(
            translate("CommandLine", "New receipts from the office: {count}.").format(
                count=outcome.receipts
            )
        )
    left = translate("CommandLine", "Waiting: {waiting}; failed (to be put right): {failed}.")
    print(left.format(waiting=outcome.waiting, failed=outcome.failed))
    if outcome.content_pack:
        print(
            translate(
                "CommandLine",
                "A new content pack from the office was received. See what it changes and install "
                "it in the app: Kirim & Ekspor, Isi dari kantor imigrasi.",
            )
        )
    return ExitCode.OK if outcome.all_delivered else ExitCode.FAILED
