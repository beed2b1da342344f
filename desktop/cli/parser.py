"""The command line's one parser tree: every command is a subparser that names the function
running it (``set_defaults(func=...)``); with no command, the window opens."""

from __future__ import annotations

import argparse

from desktop import __version__
from desktop.catalogue import translate


def _data_dir_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar=translate("CommandLine", "FOLDER"),
        default=argparse.SUPPRESS,
        help=translate("CommandLine", "the app's data folder (default: the user's data folder)"),
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli import (
        code_change,
        demo_data,
        exchange,
        keys,
        leaflet,
        office,
        recap,
        receiver,
        setup,
        window,
    )
    from desktop.cli.argparse_words import speak_indonesian

    speak_indonesian()
    common = _data_dir_parent()
    parser = argparse.ArgumentParser(
        prog="siaga-tppo",
        description=translate(
            "CommandLine", "Siaga TPPO: preventing human trafficking, for village heads and lurah."
        ),
        parents=[common],
    )
    parser.set_defaults(func=window.run_window)
    parser.add_argument(
        "--version",
        action="version",
        version=f"siaga-tppo {__version__}",
        # argparse's own help for --version is English
        help=translate("CommandLine", "show the program's version and exit"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("CommandLine", "open TRAINING MODE with a made-up village and data"),
    )
    # For the frozen build's tests only (hidden): start the window, check it shows, then quit.
    parser.add_argument(
        "--check-start", nargs="?", const="", default=None, metavar="PNG", help=argparse.SUPPRESS
    )
    sub = parser.add_subparsers(dest="command", metavar=translate("CommandLine", "COMMAND"))
    setup.add_parsers(sub, common)
    code_change.add_parsers(sub, common)
    window.add_parsers(sub, common)
    demo_data.add_parsers(sub, common)
    leaflet.add_parsers(sub, common)
    # The exchange's commands in the order of their use: a village's, then an office's.
    exchange.add_configure_and_export(sub, common)
    office.add_import(sub, common)
    exchange.add_sync(sub, common)
    office.add_fetch_and_content_pack(sub, common)
    receiver.add_parsers(sub, common)
    recap.add_parsers(sub, common)
    keys.add_parsers(sub, common)
    return parser
