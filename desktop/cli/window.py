"""The window's commands: the window itself (no command, or ``--demo`` for MODE LATIHAN) and
``self-test`` (the installation checked without a window)."""

from __future__ import annotations

import argparse

from desktop.catalogue import translate


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    test = sub.add_parser(
        "self-test",
        parents=[common],
        help=translate(
            "CommandLine", "check the installation without the window; exit 0 when it is sound"
        ),
    )
    test.set_defaults(func=run_self_test)


def run_window(args: argparse.Namespace) -> int:
    from desktop import app

    return app.run_gui(
        getattr(args, "data_dir", None), training=args.demo, check_start=args.check_start
    )


def run_self_test(args: argparse.Namespace) -> int:
    from desktop.ui import selftest

    return selftest.run_self_test(getattr(args, "data_dir", None))
