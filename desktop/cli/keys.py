"""``siaga-tppo keys``: the exports' keys. An office saves its public key for its villages and
the registered village keys for its receiver; a village installs its office's key after
comparing the fingerprint; both show their fingerprints; an office confirms (or refuses) the key
of a village whose exports it holds."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.exchange import Role
from desktop.paths import DataPaths


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    keys = sub.add_parser(
        "keys",
        parents=[common],
        help=translate(
            "CommandLine",
            "export keys: save the office's public key, install the office's key in the village",
        ),
    )
    actions = keys.add_subparsers(
        dest="keys_action", metavar=translate("CommandLine", "STEP"), required=True
    )
    export = actions.add_parser(
        "export-public",
        help=translate(
            "CommandLine", "(office) save the office's public key to a file for the villages"
        ),
    )
    export.set_defaults(func=_in_office(_export_public))
    export.add_argument(
        "file",
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "the file to write, for example E:/kunci.siagakunci"),
    )
    imp = actions.add_parser(
        "import-office",
        help=translate("CommandLine", "(village) install the office's public key from a file"),
    )
    imp.set_defaults(func=_in_village(_import_office))
    imp.add_argument("file", metavar=translate("CommandLine", "FILE"))
    imp.add_argument(
        "--fingerprint",
        metavar=translate("CommandLine", "DIGITS"),
        help=translate(
            "CommandLine",
            "the key fingerprint read out by the office; when given it must match (without asking)",
        ),
    )
    villages = actions.add_parser(
        "export-villages",
        help=translate(
            "CommandLine",
            "(office) save the registered villages' keys, for the receiver (receive --keys)",
        ),
    )
    villages.set_defaults(func=_in_office(_export_villages))
    villages.add_argument("file", metavar=translate("CommandLine", "FILE"))
    actions.add_parser(
        "show", help=translate("CommandLine", "show the key fingerprint of this village or office")
    ).set_defaults(func=run_show)
    _add_held_parsers(actions)


def _add_held_parsers(actions: argparse._SubParsersAction) -> None:
    actions.add_parser(
        "held",
        help=translate(
            "CommandLine",
            "(office) villages whose exports are held until their key fingerprint is compared",
        ),
    ).set_defaults(func=run_held)
    for action, run, words in (
        (
            "accept",
            run_accept,
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "(office) accept the village's key (once its fingerprint is compared); the held "
                "exports are imported",
            ),
        ),
        (
            "refuse",
            run_refuse,
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "(office) refuse the village's key; the exports held with that key are deleted "
                "unread",
            ),
        ),
    ):
        chosen = actions.add_parser(action, help=translate("CommandLine", words))
        chosen.set_defaults(func=run)
        chosen.add_argument(
            "village",
            metavar=translate("CommandLine", "CODE"),
            help=translate("CommandLine", "the village's area code"),
        )
        chosen.add_argument(
            "--fingerprint",
            required=True,
            metavar=translate("CommandLine", "DIGITS"),
            help=translate(
                "CommandLine",
                "the key fingerprint read out by the village or written on its registration sheet",
            ),
        )


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _opened(args: argparse.Namespace):  # -> Installation (imported late: quick --help)
    from desktop.cli.unlock import open_installation

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    return open_installation(paths, f"keys {args.keys_action}")


def _role_is(role: Role) -> bool:
    from desktop.storage import exchange_settings

    return exchange_settings.role() is role


def _in_office(step):
    """``step(args)`` with the folder's data open; refused unless it is an office's."""

    def run(args: argparse.Namespace) -> int:
        installation = _opened(args)
        try:
            if not _role_is(Role.OFFICE):
                raise Stop(translate("CommandLine", _NOT_OFFICE[args.keys_action]), ExitCode.USAGE)
            return step(args)
        finally:
            installation.close()

    return run


def _in_village(step):
    """``step(args)`` with the folder's data open; refused unless it is a village's."""

    def run(args: argparse.Namespace) -> int:
        installation = _opened(args)
        try:
            if not _role_is(Role.VILLAGE):
                raise Stop(
                    translate(
                        "CommandLine", "The office's key is installed in the data of a village."
                    ),
                    ExitCode.USAGE,
                )
            return step(args)
        finally:
            installation.close()

    return run


_NOT_OFFICE = {
    "export-public": QT_TRANSLATE_NOOP(
        "CommandLine", "Only an immigration office's data has a public key for villages."
    ),
    "export-villages": QT_TRANSLATE_NOOP(
        "CommandLine", "Registered village keys are only in an office's data."
    ),
}


def _write(target: Path, write) -> None:
    """``write(target)``; a file that cannot be written stops the command. Raises Stop."""
    try:
        write(target)
    except OSError as exc:
        raise Stop(
            translate("CommandLine", "The file {file} cannot be written: {reason}").format(
                file=target, reason=exc.strerror
            )
        ) from exc


def _export_public(args: argparse.Namespace) -> int:
    from desktop.domain.security import AuditKind, fingerprint
    from desktop.exchange import keys
    from desktop.exchange.fetch import receiver_pins
    from desktop.storage import audit, exchange_settings

    office = exchange_settings.load_office()
    public = keys.ensure_office_key()
    target = Path(args.file).expanduser()

    def write(path: Path) -> None:
        pins = receiver_pins()  # villages then require the receiver's certificate
        path.write_bytes(keys.office_key_file_bytes(office.name, public, pins))

    _write(target, write)
    audit.record_event(AuditKind.OFFICE_KEY_SAVED, {"file": target.name})
    print(
        translate("CommandLine", "The public key of {office} is saved: {file}").format(
            office=office.name, file=target
        )
    )
    said = translate(
        "CommandLine", "Key fingerprint (read it out to the villages by telephone): {fingerprint}"
    )
    print(said.format(fingerprint=fingerprint(public)))
    return ExitCode.OK


def _export_villages(args: argparse.Namespace) -> int:
    import base64
    import json

    from desktop.storage import office_imports

    registered = office_imports.registered_keys()
    document = {
        "format": "siaga-tppo-kunci-desa",
        "version": 1,
        "keys": {c: base64.b64encode(k).decode() for c, k in sorted(registered.items())},
    }
    target = Path(args.file).expanduser()
    _write(
        target,
        lambda path: path.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8"),
    )
    print(
        translate("CommandLine", "{count} village keys saved: {file}").format(
            count=len(registered), file=target
        )
    )
    return ExitCode.OK


def _import_office(args: argparse.Namespace) -> int:
    from desktop.exchange import keys

    try:
        found = keys.read_office_key_file(Path(args.file).expanduser())
    except (OSError, keys.KeyFileInvalid) as exc:
        raise Stop(
            translate("CommandLine", "{file} is not a whole office key file of Siaga TPPO.").format(
                file=args.file
            )
        ) from exc
    print(translate("CommandLine", "Key from: {office}").format(office=found.office_name))
    print(
        translate("CommandLine", "Key fingerprint: {fingerprint}").format(
            fingerprint=found.fingerprint
        )
    )
    _confirm_fingerprint(args.fingerprint, found.fingerprint)
    keys.import_office_key(found)
    installed = translate(
        "CommandLine",
        "The office's key is installed. From the next export on only {office} can read them.",
    )
    print(installed.format(office=found.office_name))
    return ExitCode.OK


def _confirm_fingerprint(given: str | None, found: str) -> None:
    """The office's fingerprint, as read out on the telephone, matches the file's: given with
    --fingerprint, or confirmed on the terminal. Raises Stop."""
    from desktop.cli.unlock import interactive

    if given is not None:
        if _digits(given) != _digits(found):
            raise Stop(
                translate(
                    "CommandLine",
                    "The fingerprint is NOT THE SAME as the one the office read out. The key was "
                    "not installed. Ask the office itself for the right key file.",
                )
            )
        return
    if not interactive():
        raise Stop(
            translate(
                "CommandLine",
                "Compare the fingerprint with the office: run this again with --fingerprint "
                "ANGKA, or in a terminal. The key is not installed yet.",
            ),
            ExitCode.USAGE,
        )
    answer = input(
        translate(
            "CommandLine", "Is the fingerprint the same as the one the office read out? (ya/tidak)"
        )
        + " "
    )
    if answer.strip().lower() not in ("ya", "y"):
        raise Stop(translate("CommandLine", "The key was not installed."))


def run_show(args: argparse.Namespace) -> int:
    from desktop.exchange import keys
    from desktop.storage import exchange_keys

    installation = _opened(args)
    try:
        if _role_is(Role.OFFICE):
            public = keys.office_public_key()
            shown = keys.fingerprint(public) if public else translate("CommandLine", "none yet")
            print(
                translate("CommandLine", "The office's key fingerprint: {fingerprint}").format(
                    fingerprint=shown
                )
            )
            return ExitCode.OK
        own = keys.village_fingerprint()
        print(
            translate("CommandLine", "The village's key fingerprint: {fingerprint}").format(
                fingerprint=own
            )
        )
        office = exchange_keys.office_key()
        if office is None:
            print(translate("CommandLine", "The office's key: not installed yet"))
        else:
            said = translate("CommandLine", "The office's key: {office}, fingerprint {fingerprint}")
            print(said.format(office=office.office_name, fingerprint=office.fingerprint))
        return ExitCode.OK
    finally:
        installation.close()


# --- the villages whose exports the office holds until an officer confirms their key -----------


def run_held(args: argparse.Namespace) -> int:
    from desktop.cli.exchange import data_as
    from desktop.exchange.protection import held_villages

    with data_as(args, Role.OFFICE, f"keys {args.keys_action}"):
        waiting = held_villages()
    if not waiting:
        # The window's words (desktop/ui/exchange/villages.py).
        print(translate("VillagesPage", "No village is waiting for confirmation."))
    for held in waiting:
        why = (
            translate("CommandLine", "first export")
            if held.first_contact
            else translate("CommandLine", "a key other than the registered one")
        )
        line = translate(
            "CommandLine",
            "{code}: {why}; key fingerprint {fingerprint}; {count} exports held since {date}",
        )
        print(
            line.format(
                code=held.village_code,
                why=why,
                fingerprint=held.fingerprint,
                count=held.exports,
                date=held.first_received[:10],
            )
        )
    return ExitCode.OK


def _held(args: argparse.Namespace):
    """The held village named by KODE and --fingerprint. Raises Stop when there is none."""
    from desktop.domain.area import normalize_code
    from desktop.exchange.protection import held_villages

    code = normalize_code(args.village)
    found = [
        h
        for h in held_villages()
        if h.village_code == code and _digits(h.fingerprint) == _digits(args.fingerprint)
    ]
    if not found:
        raise Stop(
            translate(
                "CommandLine",
                "No export is held for {code} with that fingerprint. See siaga-tppo keys held. "
                "Nothing was changed.",
            ).format(code=code)
        )
    (held,) = found
    return held


def run_refuse(args: argparse.Namespace) -> int:
    from desktop.cli.exchange import data_as
    from desktop.storage import exchange_keys

    with data_as(args, Role.OFFICE, f"keys {args.keys_action}"):
        held = _held(args)
        removed = exchange_keys.refuse_held(held.village_code, held.public_key)
    refused = translate("CommandLine", "Key refused: {count} exports from {code} deleted unread.")
    print(refused.format(count=removed, code=held.village_code))
    return ExitCode.OK


def run_accept(args: argparse.Namespace) -> int:
    from desktop.cli.areas import area_index
    from desktop.cli.exchange import data_as
    from desktop.cli.office import report_lines
    from desktop.domain.exchange import ImportReport
    from desktop.exchange.merge import accept_held

    with data_as(args, Role.OFFICE, f"keys {args.keys_action}") as paths:
        held = _held(args)
        with area_index(paths) as index:
            report = ImportReport(
                accept_held(held.village_code, held.public_key, areas=index.chain)
            )
    accepted = translate(
        "CommandLine", "The key of {code} is accepted (fingerprint {fingerprint})."
    )
    print(accepted.format(code=held.village_code, fingerprint=held.fingerprint))
    for line in report_lines(report):
        print(line)
    return ExitCode.OK if report.all_ok else ExitCode.FAILED
