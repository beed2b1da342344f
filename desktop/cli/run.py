"""The command line's entry point (``siaga-tppo``, ``python -m desktop``): the window by
default, or the command named, ending with its exit code (desktop/cli/outcome.py)."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.errors import SiagaError


def _gui_parser() -> argparse.ArgumentParser:
    """Only the options of the window: starting the app must not pay for building the parsers
    (and importing the modules) of every headless command."""
    parser = argparse.ArgumentParser(prog="siaga-tppo", add_help=False)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--check-start", nargs="?", const="", default=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    window, rest = _gui_parser().parse_known_args(words)
    if not rest:  # no command, no --help or --version: open the window
        return _open_window(window)
    from desktop.cli.parser import build_parser

    parser = build_parser()
    args = parser.parse_args(words)
    try:
        return args.func(args)
    except Stop as stop:
        if stop.show_usage:
            parser.error(stop.message)
        print(stop.message, file=sys.stderr)
        return stop.code
    except SiagaError as exc:  # a full disk or damage met in the middle of a command
        from desktop.cli.errors import describe

        message = describe(exc)
        if message is None:
            raise
        print(message, file=sys.stderr)
        return ExitCode.FAILED


def _open_window(window: argparse.Namespace) -> int:
    # The window collects garbage on its own thread's timer (desktop/ui/garbage.py). Off
    # from here, start-up's imports are not interrupted by collections (about 9 ms).
    gc.disable()
    # The data layer is imported before the window code on purpose: once PySide6 is
    # loaded, its import hook reads the source of every module imported after it (to find
    # ``from __feature__`` lines), which made each start about 20 ms slower.
    from desktop.storage import audit, installation, migrations, profile_store  # noqa: F401

    # isort: split
    from desktop import app

    return app.run_gui(window.data_dir, training=window.demo, check_start=window.check_start)
