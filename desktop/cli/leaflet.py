"""``siaga-tppo leaflet``: a leaflet, poster or pocket-card PDF with the village's own name and
contacts, without opening a window."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.cli.outcome import ExitCode, Stop
from desktop.paths import DataPaths

_KINDS = {
    "trifold": QT_TRANSLATE_NOOP("CommandLine", "a three-fold leaflet"),
    "poster": QT_TRANSLATE_NOOP("CommandLine", "a poster"),
    "card": QT_TRANSLATE_NOOP("CommandLine", "pocket cards"),
}


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    leaflet = sub.add_parser(
        "leaflet",
        parents=[common],
        help=translate(
            "CommandLine",
            "make a PDF of the trifold leaflet, the poster or the pocket card with the "
            "village's contacts",
        ),
    )
    leaflet.set_defaults(func=run_leaflet)
    leaflet.add_argument(
        "--kind",
        required=True,
        choices=["trifold", "poster", "card"],
        help=translate(
            "CommandLine", "trifold = trifold leaflet, poster = poster, card = pocket card"
        ),
    )
    leaflet.add_argument(
        "--paper",
        default="a4",
        choices=["a4", "f4"],
        help=translate("CommandLine", "paper size (default: a4)"),
    )
    leaflet.add_argument(
        "--out",
        required=True,
        metavar=translate("CommandLine", "FILE.pdf"),
        help=translate("CommandLine", "the PDF to make"),
    )
    leaflet.add_argument(
        "--lang",
        default="id",
        choices=["id", "en"],
        help=translate("CommandLine", "language of the contents (default: id)"),
    )


def run_leaflet(args: argparse.Namespace) -> int:
    """A leaflet PDF with the village's own name and contacts, without opening a window."""
    from desktop.cli.unlock import open_installation
    from desktop.domain.content import ContentError
    from desktop.domain.hotlines import HotlinesUnreadable
    from desktop.exchange.active_content import current_content
    from desktop.printing.leaflets import LayoutOverflow, LeafletData, LeafletKind, write_leaflet
    from desktop.printing.paper import Paper
    from desktop.storage.profile_store import load_profile

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    out = Path(args.out).expanduser()
    if not paths.database.exists():
        raise Stop(
            translate(
                "CommandLine",
                "There is no village data in {folder} yet. Set it up first with: siaga-tppo init "
                "--data-dir FOLDER --village KODE --head NAMA",
            ).format(folder=paths.root),
            ExitCode.USAGE,
        )
    if not out.parent.is_dir():
        missing = translate(
            "CommandLine", "The folder {folder} does not exist. Nothing was written."
        )
        raise Stop(missing.format(folder=out.parent), ExitCode.USAGE)
    installation = open_installation(paths, "leaflet")
    try:
        profile = load_profile()
        content = current_content()  # the office's content pack where one is installed
    finally:
        installation.close()
    if profile is None:
        raise Stop(
            translate(
                "CommandLine",
                "The village profile in {folder} is not filled in yet. Run siaga-tppo init first.",
            ).format(folder=paths.root),
            ExitCode.USAGE,
        )
    try:
        data = LeafletData(profile, content.materials(args.lang, profile.village_code))
        write_leaflet(LeafletKind(args.kind), Paper(args.paper), data, out)
    except (ContentError, HotlinesUnreadable) as exc:
        broken = translate(
            "CommandLine", "The app's material content is damaged or missing: {detail}"
        )
        raise Stop(broken.format(detail=exc), ExitCode.FAILED) from exc
    except LayoutOverflow:
        raise Stop(
            translate(
                "CommandLine",
                "The text does not fit on this paper. Shorten the contact names in the village "
                "profile, or use --paper f4. Nothing was written.",
            ),
            ExitCode.FAILED,
        ) from None
    except OSError as exc:
        unwritten = translate("CommandLine", "The file {file} cannot be written: {reason}")
        raise Stop(unwritten.format(file=out, reason=exc), ExitCode.FAILED) from exc
    made = translate("CommandLine", _KINDS[args.kind])
    done = translate("CommandLine", "Ready: {kind} {paper} for {village}: {file}")
    print(done.format(kind=made, paper=args.paper.upper(), village=profile.village_name, file=out))
    return ExitCode.OK
