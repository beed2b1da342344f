"""Command line: the GUI by default, plus headless subcommands for office staff and installers.

Messages here are the command line's own user interface, so they are written in Indonesian.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.domain.area import Level, level_of, normalize_code
from desktop.domain.errors import FieldError, SiagaError, UnknownAreaCode, ValidationFailed
from desktop.domain.profile import Contact, ContactRole, VillageProfile, validate_profile
from desktop.paths import DataPaths
from desktop.resources import resource_path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# The local contacts init can set (--kontak PERAN NAMA NOMOR), by the word typed for PERAN.
CONTACT_ROLES = {
    "bhabinkamtibmas": ContactRole.BHABINKAMTIBMAS,
    "babinsa": ContactRole.BABINSA,
    "imigrasi": ContactRole.IMMIGRATION_OFFICE,
    "disnaker": ContactRole.MANPOWER_OFFICE,
    "bp3mi": ContactRole.MIGRANT_WORKER_OFFICE,
}
CONTACT_NAMES = {
    ContactRole.BHABINKAMTIBMAS: "Bhabinkamtibmas",
    ContactRole.BABINSA: "Babinsa",
    ContactRole.IMMIGRATION_OFFICE: "Kantor Imigrasi",
    ContactRole.MANPOWER_OFFICE: "Dinas tenaga kerja kabupaten",
    ContactRole.MIGRANT_WORKER_OFFICE: "BP3MI/P4MI",
}


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
    from desktop import cli_exchange, cli_receiver, cli_security
    from desktop.cli_words import speak_indonesian

    speak_indonesian()
    common = _data_dir_parent()
    parser = argparse.ArgumentParser(
        prog="siaga-tppo",
        description="Siaga TPPO — pencegahan perdagangan orang untuk kepala desa dan lurah.",
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"siaga-tppo {__version__}",
        help="tampilkan versi program lalu keluar",  # argparse's default is English
    )
    parser.add_argument(
        "--demo", action="store_true", help="buka MODE LATIHAN dengan desa dan data fiktif"
    )
    # For the frozen build's tests only (hidden): start the window, check it shows, then quit.
    parser.add_argument(
        "--check-start", nargs="?", const="", default=None, metavar="PNG", help=argparse.SUPPRESS
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    init = sub.add_parser(
        "init",
        parents=[common],
        help="siapkan profil desa, atau kantor imigrasi, tanpa jendela (untuk banyak PC)",
    )
    init.add_argument("--village", metavar="KODE", help="kode wilayah desa")
    init.add_argument("--head", metavar="NAMA", help="nama kepala desa/lurah")
    init.add_argument("--phone", default="", metavar="NOMOR", help="telepon kantor desa")
    init.add_argument(
        "--kontak",
        nargs=3,
        action="append",
        default=[],
        metavar=("PERAN", "NAMA", "NOMOR"),
        help="kontak setempat untuk leaflet (boleh diulang); PERAN: "
        + ", ".join(CONTACT_ROLES)
        + '. NAMA atau NOMOR boleh "" bila belum diketahui. Contoh: --kontak bp3mi '
        '"BP3MI Riau" ""',
    )
    init.add_argument(
        "--recovery-sheet",
        metavar="BERKAS.pdf",
        help="simpan lembar kunci pemulihan (PDF) ke berkas ini bila kata sandi baru dipasang",
    )
    cli_exchange.add_init_options(init)

    change = sub.add_parser(
        "change-code",
        parents=[common],
        help="ganti kode wilayah desa ini (pemekaran atau perubahan kode dari Kemendagri); "
        "ditandatangani kunci desa, dicatat, dan dibawa ekspor berikutnya ke kantor",
    )
    change.add_argument("--village", required=True, metavar="KODE", help="kode wilayah baru")
    change.add_argument(
        "--reason",
        required=True,
        metavar="ALASAN",
        help='mengapa kode berubah, misalnya "Pemekaran Kecamatan Bangko (Permendagri ...)"',
    )

    sub.add_parser(
        "self-test", parents=[common], help="periksa instalasi tanpa jendela; keluar 0 bila baik"
    )

    demo = sub.add_parser(
        "demo-data",
        parents=[common],
        help="isi catatan kejadian fiktif (untuk latihan dan uji kecepatan)",
    )
    demo.add_argument(
        "--incidents", type=int, default=300, metavar="N", help="jumlah catatan (bawaan: 300)"
    )

    leaflet = sub.add_parser(
        "leaflet",
        parents=[common],
        help="buat PDF leaflet lipat tiga, poster, atau kartu saku dengan kontak desa",
    )
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
    cli_exchange.add_parsers(sub, common)
    cli_receiver.add_parsers(sub, common)
    recap = sub.add_parser(
        "recap",
        parents=[common],
        help="(kantor) rekap catatan desa satu bulan, triwulan, atau tahun ke PDF atau XLSX",
    )
    recap.add_argument(
        "--period",
        required=True,
        metavar="PERIODE",
        help="bulan 2026-11, triwulan 2026-Q4, atau tahun 2026",
    )
    recap.add_argument("--out", required=True, metavar="BERKAS", help="berkas .pdf atau .xlsx")
    recap.add_argument(
        "--paper", choices=("a4", "f4"), default="a4", help="ukuran kertas PDF (bawaan: a4)"
    )
    cli_security.add_keys_parser(sub, common)
    return parser


def run_init(args: argparse.Namespace) -> int:
    """Validate everything first; only then create the data folder and write the profile."""
    from desktop import cli_security
    from desktop.storage.area_index import open_area_index
    from desktop.storage.installation import Protection, protection_of
    from desktop.storage.profile_store import save_profile

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    code = normalize_code(args.village)
    contacts: dict[ContactRole, Contact] = {}
    for role_word, name, phone in args.kontak:
        role = CONTACT_ROLES.get(role_word.casefold())
        if role is None:
            print(
                f"Peran kontak '{role_word}' tidak dikenal. Pilih salah satu: "
                f"{', '.join(CONTACT_ROLES)}. Tidak ada yang ditulis.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        contacts[role] = Contact(name, phone)
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
                contacts=contacts,
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

    kind = "Kelurahan" if profile.is_kelurahan else "Desa"
    if protection_of(paths) is Protection.UNENCRYPTED:
        # An earlier version's data is encrypted when the passphrase is set; a training
        # folder must be refused before that, with nothing written.
        problem = _peek_identity(paths, profile)
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_USAGE
    installation = cli_security.open_installation(
        paths,
        "init",
        new_ok=True,
        holder=f"{kind} {profile.village_name}, Kec. {profile.district_name}, "
        f"{profile.regency_name}",
        recovery_sheet=_sheet_path(args),
        personal=(profile.village_name, profile.head_name, profile.district_name),
    )
    try:
        problem = _identity_problem(paths, profile)
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_USAGE
        save_profile(profile)
    except SiagaError as exc:
        print(f"Gagal menyiapkan data di {paths.root}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        installation.close()
    print(
        f"Siap: {kind} {profile.village_name}, Kec. {profile.district_name}, "
        f"{profile.regency_name} ({code}). Data di {paths.root}"
    )
    if profile.contacts:
        names = ", ".join(CONTACT_NAMES[role] for role in profile.contacts)
        print(f"Kontak setempat untuk leaflet: {names}.")
    return EXIT_OK


def _identity_problem(paths: DataPaths, profile: VillageProfile) -> str | None:
    """Why the open folder cannot be set up as ``profile`` (None: it can). A village's code is
    fixed once set (the same code again is fine, for scripted re-runs); a training folder, or
    one holding made-up records, never becomes a real village; an office stays an office."""
    from desktop.domain.exchange import Role
    from desktop.storage import exchange_settings, incidents
    from desktop.storage.profile_store import load_profile

    if exchange_settings.role() is Role.OFFICE:
        return (
            f"Folder {paths.root} berisi data kantor imigrasi. Desa memakai folder sendiri. "
            "Tidak ada yang ditulis."
        )
    held = load_profile()
    if (held is not None and held.training) or incidents.holds_made_up_records():
        return (
            f"Folder {paths.root} berisi data latihan (fiktif). Data latihan tidak dapat menjadi "
            "data desa sebenarnya: siapkan desa di folder baru. Tidak ada yang ditulis."
        )
    if held is not None and held.village_code != profile.village_code:
        return (
            f"Folder {paths.root} sudah disiapkan untuk {held.village_name} "
            f"({held.village_code}). Kode wilayah desa tidak diganti dengan init. Bila kodenya "
            "memang berubah (pemekaran atau perubahan kode dari Kemendagri), pakai: siaga-tppo "
            'change-code --village KODE_BARU --reason "ALASAN". Tidak ada yang ditulis.'
        )
    return None


def _peek_identity(paths: DataPaths, profile: VillageProfile) -> str | None:
    """``_identity_problem`` for an unencrypted folder (training data, or an earlier version's
    village), read before the passphrase is set and the data encrypted."""
    from desktop.storage.db import UNPROTECTED
    from desktop.storage.installation import Installation

    peek = Installation(paths, UNPROTECTED)
    try:
        peek.open(take_daily_backup=False)
        return _identity_problem(paths, profile)
    except SiagaError as exc:
        return f"Data di {paths.root} tidak dapat dibaca: {exc}. Tidak ada yang ditulis."
    finally:
        peek.close()


_CODE_CHANGE_PROBLEMS = {
    "kode_sama": "kode itu sudah kode desa ini",
    "kode_tidak_dikenal": "kode itu bukan desa/kelurahan dalam daftar resmi Kemendagri",
    "alasan_wajib": "alasan wajib diisi",
    "alasan_terlalu_panjang": "alasan terlalu panjang (paling banyak 500 huruf)",
    "latihan": "desa MODE LATIHAN fiktif; kodenya tidak diganti",
    "belum_disiapkan": "folder ini belum berisi data desa (perintah init)",
}


def run_change_code(args: argparse.Namespace) -> int:
    """The one way to change a set-up village's area code: checked against the official list,
    signed with the village's key, audited, and carried in the next export to the office."""
    from desktop import cli_security
    from desktop.domain.profile import CodeChangeRefused
    from desktop.exchange.identity import change_village_code
    from desktop.storage.area_index import open_area_index

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    if not paths.database.exists():
        print(f"Folder {paths.root} belum disiapkan (perintah init).", file=sys.stderr)
        return EXIT_USAGE
    code = normalize_code(args.village)
    try:
        index = open_area_index(resource_path("wilayah"), paths.shared_cache)
        try:
            chain = index.chain(code)
        finally:
            index.close()
    except SiagaError as exc:
        print(f"Data kode wilayah tidak dapat dibaca: {exc}", file=sys.stderr)
        return EXIT_FAILED
    installation = cli_security.open_installation(paths, "change-code")
    try:
        from desktop.storage.profile_store import load_profile

        before = load_profile()
        try:
            after = change_village_code(chain, args.reason)
        except CodeChangeRefused as exc:
            print(
                f"Kode wilayah tidak diganti: {_CODE_CHANGE_PROBLEMS[exc.problem.value]}. "
                "Tidak ada yang ditulis.",
                file=sys.stderr,
            )
            return EXIT_USAGE
    finally:
        installation.close()
    print(
        f"Kode wilayah diganti: {before.village_name} ({before.village_code}) menjadi "
        f"{after.village_name}, Kec. {after.district_name}, {after.regency_name} "
        f"({after.village_code}). Perubahan ini ditandatangani kunci desa dan dibawa ekspor "
        "berikutnya ke kantor imigrasi."
    )
    return EXIT_OK


def _sheet_path(args: argparse.Namespace) -> Path | None:
    given = getattr(args, "recovery_sheet", None)
    return Path(given).expanduser() if given else None


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
    return f"{_field_name(error.field)} {_RULES.get(error.code, error.code)}"


def _field_name(field: str) -> str:
    """'contact.babinsa.phone' -> 'telepon kontak Babinsa'."""
    kind, _, rest = field.partition(".")
    if kind == "contact":
        role, _, part = rest.partition(".")
        words = "telepon" if part == "phone" else "nama"
        return f"{words} kontak {CONTACT_NAMES[ContactRole(role)]}"
    return _FIELD_NAMES.get(field, field)


def run_demo_data(args: argparse.Namespace) -> int:
    """Fictional incidents, only into a folder with no real village data in it."""
    import time

    from desktop.storage import incidents
    from desktop.storage.db import UNPROTECTED
    from desktop.storage.installation import Installation, Protection, protection_of
    from desktop.storage.profile_store import load_profile, save_profile

    if args.incidents < 1:
        print("Jumlah catatan harus 1 atau lebih.", file=sys.stderr)
        return EXIT_USAGE
    if not getattr(args, "data_dir", None):
        # Never into the user's own data folder by accident: the folder is always named.
        print("Sebutkan folder untuk data contoh dengan --data-dir FOLDER.", file=sys.stderr)
        return EXIT_USAGE
    paths = DataPaths.resolve(args.data_dir)
    if protection_of(paths) not in (Protection.NEW, Protection.UNENCRYPTED):
        # Protected data is a real village's: fictional data never goes there, and training
        # data is never encrypted (it is MODE LATIHAN's).
        print(
            f"Folder {paths.root} berisi data desa sebenarnya (dilindungi kata sandi). Data "
            "contoh hanya dibuat di folder baru atau folder latihan. Tidak ada yang ditulis.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    installation = Installation(paths, UNPROTECTED)
    try:
        installation.open()
        profile = load_profile()
        if profile is not None and not profile.training:
            print(
                f"Folder {paths.root} berisi data desa sebenarnya. Data contoh hanya dibuat di "
                "folder baru atau folder latihan. Tidak ada yang ditulis.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        if profile is None:
            from desktop.domain.training import TRAINING_PROFILE

            save_profile(TRAINING_PROFILE)
        start = time.perf_counter()
        made = incidents.add_demo_records(args.incidents)
        took = time.perf_counter() - start
    except SiagaError as exc:
        print(f"Gagal membuat data contoh di {paths.root}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        installation.close()
    print(f"Siap: {made} catatan kejadian fiktif dibuat ({took:.0f} detik). Data di {paths.root}")
    return EXIT_OK


def run_leaflet(args: argparse.Namespace) -> int:
    """A leaflet PDF with the village's own name and contacts, without opening a window."""
    from desktop import cli_security
    from desktop.domain.content import ContentError
    from desktop.domain.hotlines import HotlinesUnreadable
    from desktop.exchange.active_content import current_content
    from desktop.printing.leaflets import LayoutOverflow, LeafletData, LeafletKind, write_leaflet
    from desktop.printing.paper import Paper
    from desktop.storage.profile_store import load_profile

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    out = Path(args.out).expanduser()
    if not paths.database.exists():
        print(
            f"Belum ada data desa di {paths.root}. Siapkan dulu dengan: siaga-tppo init "
            "--data-dir FOLDER --village KODE --head NAMA",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not out.parent.is_dir():
        print(f"Folder {out.parent} tidak ada. Tidak ada yang ditulis.", file=sys.stderr)
        return EXIT_USAGE
    installation = cli_security.open_installation(paths, "leaflet")
    try:
        profile = load_profile()
        content = current_content()  # the office's content pack where one is installed
    finally:
        installation.close()
    if profile is None:
        print(
            f"Profil desa di {paths.root} belum diisi. Jalankan siaga-tppo init dulu.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        data = LeafletData(profile, content.materials(args.lang, profile.village_code))
        write_leaflet(LeafletKind(args.kind), Paper(args.paper), data, out)
    except (ContentError, HotlinesUnreadable) as exc:
        print(f"Isi materi aplikasi rusak atau hilang: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except LayoutOverflow:
        print(
            "Teks tidak muat di kertas ini. Pendekkan nama kontak di profil desa, atau pakai "
            "--paper f4. Tidak ada yang ditulis.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except OSError as exc:
        print(f"Berkas {out} tidak dapat ditulis: {exc}", file=sys.stderr)
        return EXIT_FAILED
    names = {"trifold": "leaflet lipat tiga", "poster": "poster", "card": "kartu saku"}
    print(f"Siap: {names[args.kind]} {args.paper.upper()} untuk {profile.village_name}: {out}")
    return EXIT_OK


def run_recap(args: argparse.Namespace) -> int:
    """The office's recap of a month (2026-11), a quarter (2026-Q4) or a year (2026) as PDF or
    XLSX, without opening a window: the same file as the Rekap page's, in the same words (the
    window's catalogue, in the office's language)."""
    from desktop import cli_security
    from desktop.domain.recap import Period, PeriodInvalid

    try:
        period = Period.parse(args.period)
    except PeriodInvalid:
        print(
            f"'{args.period}' bukan periode. Contoh: 2026-11 (bulan), 2026-Q4 (triwulan), 2026 "
            "(tahun). Tidak ada yang ditulis.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    out = Path(args.out).expanduser().absolute()
    kind = out.suffix.lower()
    if kind not in (".pdf", ".xlsx"):
        print(
            f"Berkas {out.name} harus berakhiran .pdf atau .xlsx. Tidak ada yang ditulis.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not out.parent.is_dir():
        print(f"Folder {out.parent} tidak ada. Tidak ada yang ditulis.", file=sys.stderr)
        return EXIT_USAGE
    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    if not paths.database.exists():
        print(
            f'Folder {paths.root} belum disiapkan (perintah init --office "NAMA" --covers KODE).',
            file=sys.stderr,
        )
        return EXIT_USAGE
    installation = cli_security.open_installation(paths, "recap")
    try:
        made = _recap_file(paths, period, kind, args.paper)
    finally:
        installation.close()
    if made is None:
        print(
            f"Folder {paths.root} bukan data kantor imigrasi: rekap dibuat di kantor. Tidak ada "
            "yang ditulis.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    data, figures = made
    temporary = out.with_name(f".{out.name}.sementara")
    try:
        temporary.write_bytes(data)
        temporary.replace(out)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        print(
            f"Rekap tidak dapat disimpan di {out.parent} ({exc.strerror or exc}). Pilih folder "
            "lain. Data kantor tidak berubah.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(
        f"Rekap {period.text()}: {figures.records} catatan dari {figures.villages} "
        f"desa/kelurahan, {figures.socialisation.events} kegiatan sosialisasi. Disimpan: {out}"
    )
    return EXIT_OK


def _recap_file(paths: DataPaths, period, kind: str, paper: str):
    """The file's bytes and the figures, or None when the folder is not an office's."""
    from desktop.domain.exchange import Role
    from desktop.printing.paper import Paper
    from desktop.storage import exchange_settings, profile_store, recap
    from desktop.storage.area_index import open_area_index
    from desktop.ui.i18n import Language, install_without_window
    from desktop.ui.office import recap_words

    office = exchange_settings.load_office()
    if exchange_settings.role() is not Role.OFFICE or office is None:
        return None
    install_without_window(Language.from_setting(profile_store.get_setting("language")))
    figures = recap.recap_of(period)
    if kind == ".xlsx":
        return recap_words.recap_xlsx(figures, office), figures
    index = open_area_index(resource_path("wilayah"), paths.shared_cache)
    try:
        regencies = [getattr(index.get(code), "name", code) for code in office.covers]
    finally:
        index.close()
    return recap_words.recap_pdf(figures, office, regencies, Paper(paper)), figures


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
    from desktop import cli_security

    parser = build_parser()
    args = parser.parse_args(words)
    try:
        return _dispatch(parser, args)
    except cli_security.Stop as stop:
        print(stop.message, file=sys.stderr)
        return stop.code
    except SiagaError as exc:  # a full disk or damage met in the middle of a command
        from desktop.cli_errors import describe

        message = describe(exc)
        if message is None:
            raise
        print(message, file=sys.stderr)
        return EXIT_FAILED


def _dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from desktop import cli_exchange, cli_receiver, cli_security

    if args.command == "init":
        if args.office is not None or args.covers is not None:
            if args.village or args.head:
                parser.error("pilih --village/--head (desa) atau --office/--covers (kantor)")
            return cli_exchange.run_init_office(args)
        if not (args.village and args.head):
            parser.error("init memerlukan --village dan --head (atau --office dan --covers)")
        return run_init(args)
    if args.command in cli_exchange.COMMANDS:
        return getattr(cli_exchange, f"run_{args.command.replace('-', '_')}")(args)
    if args.command in cli_receiver.COMMANDS:
        return getattr(cli_receiver, f"run_{args.command}")(args)
    if args.command == "change-code":
        return run_change_code(args)
    if args.command == "recap":
        return run_recap(args)
    if args.command == "demo-data":
        return run_demo_data(args)
    if args.command == "leaflet":
        return run_leaflet(args)
    if args.command == "keys":
        if args.keys_action in ("held", "accept", "refuse"):
            return cli_exchange.run_keys_held(args)
        return cli_security.run_keys(args)
    if args.command == "self-test":
        from desktop.selftest import run_self_test

        return run_self_test(getattr(args, "data_dir", None))
    from desktop import app

    return app.run_gui(
        getattr(args, "data_dir", None), training=args.demo, check_start=args.check_start
    )
