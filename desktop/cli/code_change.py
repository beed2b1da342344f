"""``siaga-tppo change-code``: the one way to change a set-up village's area code (a new
district, or a code changed by Kemendagri): checked against the official list, signed with the
village's key, audited, and carried in the next export to the office."""

from __future__ import annotations

import argparse

from desktop.cli.areas import area_index
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.area import normalize_code
from desktop.domain.errors import SiagaError
from desktop.paths import DataPaths

_CODE_CHANGE_PROBLEMS = {
    "kode_sama": "kode itu sudah kode desa ini",
    "kode_tidak_dikenal": "kode itu bukan desa/kelurahan dalam daftar resmi Kemendagri",
    "alasan_wajib": "alasan wajib diisi",
    "alasan_terlalu_panjang": "alasan terlalu panjang (paling banyak 500 huruf)",
    "latihan": "desa MODE LATIHAN fiktif; kodenya tidak diganti",
    "belum_disiapkan": "folder ini belum berisi data desa (perintah init)",
}


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    change = sub.add_parser(
        "change-code",
        parents=[common],
        help="ganti kode wilayah desa ini (pemekaran atau perubahan kode dari Kemendagri); "
        "ditandatangani kunci desa, dicatat, dan dibawa ekspor berikutnya ke kantor",
    )
    change.set_defaults(func=run_change_code)
    change.add_argument("--village", required=True, metavar="KODE", help="kode wilayah baru")
    change.add_argument(
        "--reason",
        required=True,
        metavar="ALASAN",
        help='mengapa kode berubah, misalnya "Pemekaran Kecamatan Bangko (Permendagri ...)"',
    )


def run_change_code(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import open_installation
    from desktop.domain.profile import CodeChangeRefused
    from desktop.exchange.identity import change_village_code
    from desktop.storage.profile_store import load_profile

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    if not paths.database.exists():
        raise Stop(f"Folder {paths.root} belum disiapkan (perintah init).", ExitCode.USAGE)
    code = normalize_code(args.village)
    try:
        with area_index(paths) as index:
            chain = index.chain(code)
    except SiagaError as exc:
        raise Stop(f"Data kode wilayah tidak dapat dibaca: {exc}") from exc
    installation = open_installation(paths, "change-code")
    try:
        before = load_profile()
        after = change_village_code(chain, args.reason)
    except CodeChangeRefused as exc:
        raise Stop(
            f"Kode wilayah tidak diganti: {_CODE_CHANGE_PROBLEMS[exc.problem.value]}. "
            "Tidak ada yang ditulis.",
            ExitCode.USAGE,
        ) from exc
    finally:
        installation.close()
    print(
        f"Kode wilayah diganti: {before.village_name} ({before.village_code}) menjadi "
        f"{after.village_name}, Kec. {after.district_name}, {after.regency_name} "
        f"({after.village_code}). Perubahan ini ditandatangani kunci desa dan dibawa ekspor "
        "berikutnya ke kantor imigrasi."
    )
    return ExitCode.OK
