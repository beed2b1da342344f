"""``siaga-tppo leaflet``: a leaflet, poster or pocket-card PDF with the village's own name and
contacts, without opening a window."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.outcome import ExitCode, Stop
from desktop.paths import DataPaths


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    leaflet = sub.add_parser(
        "leaflet",
        parents=[common],
        help="buat PDF leaflet lipat tiga, poster, atau kartu saku dengan kontak desa",
    )
    leaflet.set_defaults(func=run_leaflet)
    leaflet.add_argument(
        "--kind",
        required=True,
        choices=["trifold", "poster", "card"],
        help="trifold = leaflet lipat tiga, poster = poster, card = kartu saku",
    )
    leaflet.add_argument(
        "--paper", default="a4", choices=["a4", "f4"], help="ukuran kertas (bawaan: a4)"
    )
    leaflet.add_argument("--out", required=True, metavar="BERKAS.pdf", help="PDF yang dibuat")
    leaflet.add_argument(
        "--lang", default="id", choices=["id", "en"], help="bahasa isi (bawaan: id)"
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
            f"Belum ada data desa di {paths.root}. Siapkan dulu dengan: siaga-tppo init "
            "--data-dir FOLDER --village KODE --head NAMA",
            ExitCode.USAGE,
        )
    if not out.parent.is_dir():
        raise Stop(f"Folder {out.parent} tidak ada. Tidak ada yang ditulis.", ExitCode.USAGE)
    installation = open_installation(paths, "leaflet")
    try:
        profile = load_profile()
        content = current_content()  # the office's content pack where one is installed
    finally:
        installation.close()
    if profile is None:
        raise Stop(
            f"Profil desa di {paths.root} belum diisi. Jalankan siaga-tppo init dulu.",
            ExitCode.USAGE,
        )
    try:
        data = LeafletData(profile, content.materials(args.lang, profile.village_code))
        write_leaflet(LeafletKind(args.kind), Paper(args.paper), data, out)
    except (ContentError, HotlinesUnreadable) as exc:
        raise Stop(f"Isi materi aplikasi rusak atau hilang: {exc}", ExitCode.FAILED) from exc
    except LayoutOverflow:
        raise Stop(
            "Teks tidak muat di kertas ini. Pendekkan nama kontak di profil desa, atau pakai "
            "--paper f4. Tidak ada yang ditulis.",
            ExitCode.FAILED,
        ) from None
    except OSError as exc:
        raise Stop(f"Berkas {out} tidak dapat ditulis: {exc}", ExitCode.FAILED) from exc
    names = {"trifold": "leaflet lipat tiga", "poster": "poster", "card": "kartu saku"}
    print(f"Siap: {names[args.kind]} {args.paper.upper()} untuk {profile.village_name}: {out}")
    return ExitCode.OK
