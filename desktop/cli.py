"""Command line: the GUI by default, plus headless subcommands for office staff and installers.

Messages here are the command line's own user interface, so they are written in Indonesian.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.domain.area import Level, level_of, normalize_code
from desktop.domain.errors import FieldError, SiagaError, UnknownAreaCode, ValidationFailed
from desktop.domain.profile import VillageProfile, validate_profile
from desktop.paths import DataPaths
from desktop.resources import resource_path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _data_dir_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="FOLDER",
        default=argparse.SUPPRESS,
        help="folder data aplikasi (bawaan: folder data pengguna)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _data_dir_parent()
    parser = argparse.ArgumentParser(
        prog="siaga-tppo",
        description="Siaga TPPO — pencegahan perdagangan orang untuk kepala desa dan lurah.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"siaga-tppo {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="buka MODE LATIHAN dengan desa dan data fiktif"
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    init = sub.add_parser(
        "init", parents=[common], help="siapkan profil desa tanpa jendela (untuk banyak PC)"
    )
    init.add_argument("--village", required=True, metavar="KODE", help="kode wilayah desa")
    init.add_argument("--head", required=True, metavar="NAMA", help="nama kepala desa/lurah")
    init.add_argument("--phone", default="", metavar="NOMOR", help="telepon kantor desa")

    sub.add_parser(
        "self-test", parents=[common], help="periksa instalasi tanpa jendela; keluar 0 bila baik"
    )
    return parser


def run_init(args: argparse.Namespace) -> int:
    """Validate everything first; only then create the data folder and write the profile."""
    from desktop.storage.area_index import open_area_index
    from desktop.storage.installation import Installation
    from desktop.storage.profile_store import save_profile

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    code = normalize_code(args.village)
    try:
        if level_of(code) is not Level.VILLAGE:
            raise FieldError("village_code", "not_village", code)
    except FieldError:
        print(
            f"Kode wilayah '{args.village}' tidak berbentuk kode desa/kelurahan "
            "(contoh: 15.02.02.2004). Tidak ada yang ditulis.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    # Until the code is known to be good nothing may be written, not even the index cache.
    scratch = None if paths.root.exists() else tempfile.TemporaryDirectory()
    cache = Path(scratch.name) if scratch else paths.shared_cache
    try:
        index = open_area_index(resource_path("wilayah"), cache)
        chain = index.chain(code)
        index.close()
        if len(chain) != 4:
            raise UnknownAreaCode(code)
        province, regency, district, village = chain
        profile = validate_profile(
            VillageProfile(
                village_code=code,
                village_name=village.name,
                district_name=district.name,
                regency_name=regency.name,
                province_name=province.name,
                head_name=args.head,
                office_phone=args.phone,
            )
        )
    except UnknownAreaCode:
        print(
            f"Kode wilayah {code} tidak ada dalam daftar resmi Kemendagri. "
            "Periksa kembali kodenya. Tidak ada yang ditulis.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except ValidationFailed as exc:
        for error in exc.errors:
            print(f"Isian tidak sah: {_field_text(error)}", file=sys.stderr)
        print("Tidak ada yang ditulis.", file=sys.stderr)
        return EXIT_USAGE
    except SiagaError as exc:
        print(f"Data kode wilayah tidak dapat dibaca: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if scratch is not None:
            scratch.cleanup()

    installation = Installation(paths)
    try:
        installation.open()
        save_profile(profile)
    except SiagaError as exc:
        print(f"Gagal menyiapkan data di {paths.root}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        installation.close()
    kind = "Kelurahan" if profile.is_kelurahan else "Desa"
    print(
        f"Siap: {kind} {profile.village_name}, Kec. {profile.district_name}, "
        f"{profile.regency_name} ({code}). Data di {paths.root}"
    )
    return EXIT_OK


_FIELD_NAMES = {
    "head_name": "nama kepala desa/lurah",
    "office_phone": "telepon kantor desa",
}
_RULES = {
    "required": "wajib diisi",
    "too_long": "terlalu panjang",
    "phone_chars": "hanya boleh berisi angka, spasi, +, - dan tanda kurung",
    "phone_prefix": "harus diawali 0 atau +62",
    "phone_length": "harus 9 sampai 13 angka",
}


def _field_text(error: FieldError) -> str:
    return f"{_FIELD_NAMES.get(error.field, error.field)} {_RULES.get(error.code, error.code)}"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "init":
        return run_init(args)
    from desktop import app

    if args.command == "self-test":
        return app.run_self_test(getattr(args, "data_dir", None))
    return app.run_gui(getattr(args, "data_dir", None), training=args.demo)
