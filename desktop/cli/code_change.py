"""``siaga-tppo change-code``: the one way to change a set-up village's area code (a new
district, or a code changed by Kemendagri): checked against the official list, signed with the
village's key, audited, and carried in the next export to the office."""

from __future__ import annotations

import argparse

from desktop.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.cli.areas import area_index
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.area import normalize_code
from desktop.domain.errors import SiagaError
from desktop.paths import DataPaths

_CODE_CHANGE_PROBLEMS = {
    "kode_sama": QT_TRANSLATE_NOOP("CommandLine", "that code is already this village's code"),
    "kode_tidak_dikenal": QT_TRANSLATE_NOOP(
        "CommandLine",
        "that code is not a village (desa or kelurahan) in Kemendagri's official list",
    ),
    "alasan_wajib": QT_TRANSLATE_NOOP("CommandLine", "the reason must be filled in"),
    "alasan_terlalu_panjang": QT_TRANSLATE_NOOP(
        "CommandLine", "the reason is too long (500 characters at most)"
    ),
    "latihan": QT_TRANSLATE_NOOP(
        "CommandLine", "a made-up MODE LATIHAN village; its code is not changed"
    ),
    "belum_disiapkan": QT_TRANSLATE_NOOP(
        "CommandLine", "this folder holds no village's data yet (command init)"
    ),
}


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    change = sub.add_parser(
        "change-code",
        parents=[common],
        help=translate(
            "CommandLine",
            "change this village's area code (a split or a change of code by "
            "Kemendagri); signed with the village's key, recorded, and carried to"
            " the office by the next export",
        ),
    )
    change.set_defaults(func=run_change_code)
    change.add_argument(
        "--village",
        required=True,
        metavar=translate("CommandLine", "CODE"),
        help=translate("CommandLine", "the new area code"),
    )
    change.add_argument(
        "--reason",
        required=True,
        metavar=translate("CommandLine", "REASON"),
        help=translate(
            "CommandLine",
            'why the code changed, for example "Pemekaran Kecamatan Bangko (Permendagri ...)"',
        ),
    )


def run_change_code(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import open_installation
    from desktop.domain.profile import CodeChangeRefused
    from desktop.exchange.identity import change_village_code
    from desktop.storage.profile_store import load_profile

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    if not paths.database.exists():
        raise Stop(
            translate(
                "CommandLine", "The folder {folder} is not set up yet (command init)."
            ).format(folder=paths.root),
            ExitCode.USAGE,
        )
    code = normalize_code(args.village)
    try:
        with area_index(paths) as index:
            chain = index.chain(code)
    except SiagaError as exc:
        unreadable = translate("CommandLine", "The area code data cannot be read: {detail}")
        raise Stop(unreadable.format(detail=exc)) from exc
    installation = open_installation(paths, "change-code")
    try:
        before = load_profile()
        after = change_village_code(chain, args.reason)
    except CodeChangeRefused as exc:
        raise Stop(
            translate(
                "CommandLine", "The area code was not changed: {why}. Nothing was written."
            ).format(why=translate("CommandLine", _CODE_CHANGE_PROBLEMS[exc.problem.value])),
            ExitCode.USAGE,
        ) from exc
    finally:
        installation.close()
    changed = translate(
        "CommandLine",
        "Area code changed: {before} ({before_code}) became {village}, Kec. {district}, "
        "{regency} ({code}). The change is signed with the village's key and carried by the "
        "next export to the immigration office.",
    )
    print(
        changed.format(
            before=before.village_name,
            before_code=before.village_code,
            village=after.village_name,
            district=after.district_name,
            regency=after.regency_name,
            code=after.village_code,
        )
    )
    return ExitCode.OK
