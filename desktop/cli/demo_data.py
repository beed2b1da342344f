"""``siaga-tppo demo-data``: fictional incidents for training and speed tests, only into a
named folder with no real village data in it."""

from __future__ import annotations

import argparse

from desktop.catalogue import translate
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.errors import SiagaError
from desktop.paths import DataPaths


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser(
        "demo-data",
        parents=[common],
        help=translate(
            "CommandLine", "fill in made-up incident records (for training and speed tests)"
        ),
    )
    demo.set_defaults(func=run_demo_data)
    demo.add_argument(
        "--incidents",
        type=int,
        default=300,
        metavar=translate("CommandLine", "COUNT"),
        help=translate("CommandLine", "number of records (default: 300)"),
    )


def run_demo_data(args: argparse.Namespace) -> int:
    """Fictional incidents, only into a folder with no real village data in it."""
    import time

    from desktop.storage import incidents
    from desktop.storage.db import UNPROTECTED
    from desktop.storage.installation import Installation, Protection, protection_of
    from desktop.storage.profile_store import load_profile, save_profile

    if args.incidents < 1:
        raise Stop(
            translate("CommandLine", "The number of records must be 1 or more."), ExitCode.USAGE
        )
    if not getattr(args, "data_dir", None):
        # Never into the user's own data folder by accident: the folder is always named.
        raise Stop(
            translate("CommandLine", "Name the folder for the sample data with --data-dir FOLDER."),
            ExitCode.USAGE,
        )
    paths = DataPaths.resolve(args.data_dir)
    if protection_of(paths) not in (Protection.NEW, Protection.UNENCRYPTED):
        # Protected data is a real village's: fictional data never goes there, and training
        # data is never encrypted (it is MODE LATIHAN's).
        raise Stop(
            translate(
                "CommandLine",
                "The folder {folder} holds a real village's data (protected by a passphrase). "
                "Sample data is made only in a new folder or a training folder. Nothing was "
                "written.",
            ).format(folder=paths.root),
            ExitCode.USAGE,
        )
    installation = Installation(paths, UNPROTECTED)
    try:
        installation.open()
        profile = load_profile()
        if profile is not None and not profile.training:
            raise Stop(
                translate(
                    "CommandLine",
                    "The folder {folder} holds a real village's data. Sample data is made only "
                    "in a new folder or a training folder. Nothing was written.",
                ).format(folder=paths.root),
                ExitCode.USAGE,
            )
        if profile is None:
            from desktop.domain.training import TRAINING_PROFILE

            save_profile(TRAINING_PROFILE)
        start = time.perf_counter()
        made = incidents.add_demo_records(args.incidents)
        took = time.perf_counter() - start
    except SiagaError as exc:
        failed = translate("CommandLine", "The sample data could not be made in {folder}: {detail}")
        raise Stop(failed.format(folder=paths.root, detail=exc), ExitCode.FAILED) from exc
    finally:
        installation.close()
    done = translate(
        "CommandLine",
        "Ready: {count} made-up incident records made ({seconds} seconds). Data in {folder}",
    )
    print(done.format(count=made, seconds=f"{took:.0f}", folder=paths.root))
    return ExitCode.OK
