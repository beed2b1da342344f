"""``siaga-tppo init``: a village's profile, or an immigration office, set up without a window
(for many PCs). Everything given is checked first; only then is the data folder made and written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.areas import area_index
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.area import Level, level_of, normalize_code
from desktop.domain.errors import FieldError, SiagaError, UnknownAreaCode, ValidationFailed
from desktop.domain.exchange import OfficeProfile, Role, parse_covers, validate_office
from desktop.domain.profile import Contact, ContactRole, VillageProfile, validate_profile
from desktop.paths import DataPaths

NOTHING_WRITTEN = "Tidak ada yang ditulis."

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


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    init = sub.add_parser(
        "init",
        parents=[common],
        help="siapkan profil desa, atau kantor imigrasi, tanpa jendela (untuk banyak PC)",
    )
    init.set_defaults(func=run_init)
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
    init.add_argument(
        "--office", metavar="NAMA", help="siapkan sebagai Kantor Imigrasi dengan nama ini"
    )
    init.add_argument(
        "--covers",
        metavar="KODE,KODE",
        help="kode kabupaten/kota wilayah kerja kantor, misalnya 15.01,15.02",
    )


def run_init(args: argparse.Namespace) -> int:
    """A village (--village, --head) or an office (--office, --covers), never both."""
    if args.office is not None or args.covers is not None:
        if args.village or args.head:
            raise Stop(
                "pilih --village/--head (desa) atau --office/--covers (kantor)",
                ExitCode.USAGE,
                show_usage=True,
            )
        return _init_office(args)
    if not (args.village and args.head):
        raise Stop(
            "init memerlukan --village dan --head (atau --office dan --covers)",
            ExitCode.USAGE,
            show_usage=True,
        )
    return _init_village(args)


def _init_village(args: argparse.Namespace) -> int:
    from desktop.storage.installation import Protection, protection_of
    from desktop.storage.profile_store import save_profile

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    profile = _village_profile(args, paths)
    if protection_of(paths) is Protection.UNENCRYPTED:
        # An earlier version's data is encrypted when the passphrase is set; a training
        # folder must be refused before that, with nothing written.
        _refuse_if_not(paths, profile, _peek_identity)
    installation = _open_new(
        paths,
        args,
        holder=f"{_place(profile)}, {profile.regency_name}",
        personal=(profile.village_name, profile.head_name, profile.district_name),
    )
    try:
        _refuse_if_not(paths, profile, _identity_problem)
        save_profile(profile)
    except SiagaError as exc:
        raise Stop(f"Gagal menyiapkan data di {paths.root}: {exc}") from exc
    finally:
        installation.close()
    print(
        f"Siap: {_place(profile)}, {profile.regency_name} ({profile.village_code}). "
        f"Data di {paths.root}"
    )
    if profile.contacts:
        names = ", ".join(CONTACT_NAMES[role] for role in profile.contacts)
        print(f"Kontak setempat untuk leaflet: {names}.")
    return ExitCode.OK


def _place(profile: VillageProfile) -> str:
    kind = "Kelurahan" if profile.is_kelurahan else "Desa"
    return f"{kind} {profile.village_name}, Kec. {profile.district_name}"


def _village_profile(args: argparse.Namespace, paths: DataPaths) -> VillageProfile:
    """The profile init is asked to write, checked against the official list. Raises Stop."""
    code = normalize_code(args.village)
    contacts = _contacts(args.kontak)
    if level_of(code) is not Level.VILLAGE:
        raise Stop(
            f"Kode wilayah '{args.village}' tidak berbentuk kode desa/kelurahan "
            f"(contoh: 15.02.02.2004). {NOTHING_WRITTEN}",
            ExitCode.USAGE,
        )
    try:
        # Until the code is known to be good nothing may be written, not even the index cache.
        with area_index(paths, write_nothing=True) as index:
            chain = index.chain(code)
        if len(chain) != 4:
            raise UnknownAreaCode(code)
        province, regency, district, village = chain
        return validate_profile(
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
    except UnknownAreaCode as exc:
        raise Stop(
            f"Kode wilayah {code} tidak ada dalam daftar resmi Kemendagri. "
            f"Periksa kembali kodenya. {NOTHING_WRITTEN}",
            ExitCode.USAGE,
        ) from exc
    except ValidationFailed as exc:
        lines = [f"Isian tidak sah: {_field_text(error)}" for error in exc.errors]
        raise Stop("\n".join([*lines, NOTHING_WRITTEN]), ExitCode.USAGE) from exc
    except SiagaError as exc:
        raise Stop(f"Data kode wilayah tidak dapat dibaca: {exc}") from exc


def _contacts(given: list[list[str]]) -> dict[ContactRole, Contact]:
    """--kontak PERAN NAMA NOMOR, by role. Raises Stop on a role word that is not known."""
    contacts: dict[ContactRole, Contact] = {}
    for role_word, name, phone in given:
        role = CONTACT_ROLES.get(role_word.casefold())
        if role is None:
            raise Stop(
                f"Peran kontak '{role_word}' tidak dikenal. Pilih salah satu: "
                f"{', '.join(CONTACT_ROLES)}. {NOTHING_WRITTEN}",
                ExitCode.USAGE,
            )
        contacts[role] = Contact(name, phone)
    return contacts


def _open_new(paths: DataPaths, args: argparse.Namespace, *, holder: str, personal=()):
    """The folder's data opened for init: a new passphrase where there is none yet."""
    from desktop.cli.unlock import open_installation

    given = getattr(args, "recovery_sheet", None)
    return open_installation(
        paths,
        "init",
        new_ok=True,
        holder=holder,
        recovery_sheet=Path(given).expanduser() if given else None,
        personal=personal,
    )


def _refuse_if_not(paths: DataPaths, profile: VillageProfile, problem_of) -> None:
    problem = problem_of(paths, profile)
    if problem:
        raise Stop(problem, ExitCode.USAGE)


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


def _init_office(args: argparse.Namespace) -> int:
    from desktop.domain.security import fingerprint
    from desktop.exchange.keys import ensure_office_key
    from desktop.storage import exchange_settings

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    office = _office(args)
    names = _covered_regencies(paths, office)
    installation = _open_new(paths, args, holder=office.name)
    try:
        if exchange_settings.role() is Role.VILLAGE:
            raise Stop(
                f"Folder {paths.root} sudah berisi data desa. Kantor imigrasi memakai folder "
                f"sendiri. {NOTHING_WRITTEN}",
                ExitCode.USAGE,
            )
        exchange_settings.save_office(office)
        office_fingerprint = fingerprint(ensure_office_key())
    finally:
        installation.close()
    print(f"Siap: {office.name}, wilayah kerja {', '.join(names)}. Data di {paths.root}")
    print(
        f"Sidik kunci kantor (bacakan ke desa lewat telepon): {office_fingerprint}. Simpan kunci "
        "publik untuk desa dengan: siaga-tppo keys export-public BERKAS"
    )
    return ExitCode.OK


def _office(args: argparse.Namespace) -> OfficeProfile:
    """The office init is asked to write (name and kabupaten codes). Raises Stop."""
    try:
        return validate_office(args.office or "", parse_covers(args.covers or ""))
    except ValidationFailed as exc:
        lines = [_office_field_text(error) for error in exc.errors]
        raise Stop("\n".join([*lines, NOTHING_WRITTEN]), ExitCode.USAGE) from exc


def _office_field_text(error: FieldError) -> str:
    if error.field == "office_name":
        return "Nama kantor wajib diisi (paling panjang 120 huruf)."
    if error.code == "not_regency":
        return f"'{error.value}' bukan kode kabupaten/kota (contoh: 15.02)."
    return "Sebutkan kode kabupaten/kota wilayah kerja (--covers)."


def _covered_regencies(paths: DataPaths, office: OfficeProfile) -> list[str]:
    """The names of the office's kabupaten/kota, each checked in the official list (nothing is
    written until all are). Raises Stop."""
    names = []
    try:
        with area_index(paths, write_nothing=True) as index:
            for code in office.covers:
                chain = index.chain(code)
                if len(chain) != 2:
                    raise UnknownAreaCode(code)
                names.append(chain[-1].name)
    except UnknownAreaCode as exc:
        raise Stop(
            f"Kode {exc.code} tidak ada dalam daftar resmi Kemendagri. {NOTHING_WRITTEN}",
            ExitCode.USAGE,
        ) from exc
    return names
