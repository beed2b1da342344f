"""``siaga-tppo init``: a village's profile, or an immigration office, set up without a window
(for many PCs). Everything given is checked first; only then is the data folder made and written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.cli.areas import area_index
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.area import Level, level_of, normalize_code
from desktop.domain.errors import FieldError, SiagaError, UnknownAreaCode, ValidationFailed
from desktop.domain.exchange import OfficeProfile, Role, parse_covers, validate_office
from desktop.domain.profile import Contact, ContactRole, VillageProfile, validate_profile
from desktop.paths import DataPaths

# The local contacts init can set (--kontak PERAN NAMA NOMOR), by the word typed for PERAN.
CONTACT_ROLES = {
    "bhabinkamtibmas": ContactRole.BHABINKAMTIBMAS,
    "babinsa": ContactRole.BABINSA,
    "imigrasi": ContactRole.IMMIGRATION_OFFICE,
    "disnaker": ContactRole.MANPOWER_OFFICE,
    "bp3mi": ContactRole.MIGRANT_WORKER_OFFICE,
}
CONTACT_NAMES = {
    ContactRole.BHABINKAMTIBMAS: QT_TRANSLATE_NOOP("CommandLine", "Bhabinkamtibmas"),
    ContactRole.BABINSA: QT_TRANSLATE_NOOP("CommandLine", "Babinsa"),
    ContactRole.IMMIGRATION_OFFICE: QT_TRANSLATE_NOOP("CommandLine", "Immigration office"),
    ContactRole.MANPOWER_OFFICE: QT_TRANSLATE_NOOP("CommandLine", "District manpower office"),
    ContactRole.MIGRANT_WORKER_OFFICE: QT_TRANSLATE_NOOP("CommandLine", "BP3MI/P4MI"),
}


def _nothing_written(said: str) -> str:
    return f"{said} {translate('CommandLine', 'Nothing was written.')}"


def _contact_name(role: ContactRole) -> str:
    return translate("CommandLine", CONTACT_NAMES[role])


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    init = sub.add_parser(
        "init",
        parents=[common],
        help=translate(
            "CommandLine",
            "set up the village's profile, or an immigration office, without the "
            "window (for many PCs)",
        ),
    )
    init.set_defaults(func=run_init)
    init.add_argument(
        "--village",
        metavar=translate("CommandLine", "CODE"),
        help=translate("CommandLine", "the village's area code"),
    )
    init.add_argument(
        "--head",
        metavar=translate("CommandLine", "NAME"),
        help=translate("CommandLine", "name of the village head or lurah"),
    )
    init.add_argument(
        "--phone",
        default="",
        metavar=translate("CommandLine", "PHONE"),
        help=translate("CommandLine", "telephone of the village office"),
    )
    init.add_argument(
        "--kontak",
        nargs=3,
        action="append",
        default=[],
        metavar=(
            translate("CommandLine", "ROLE"),
            translate("CommandLine", "NAME"),
            translate("CommandLine", "PHONE"),
        ),
        help=translate(
            "CommandLine",
            "a local contact for the leaflet (may be repeated); PERAN: {roles}. NAMA or NOMOR "
            'may be "" when not known yet. Example: --kontak bp3mi "BP3MI Riau" ""',
        ).format(roles=", ".join(CONTACT_ROLES)),
    )
    init.add_argument(
        "--recovery-sheet",
        metavar=translate("CommandLine", "FILE.pdf"),
        help=translate(
            "CommandLine",
            "save the recovery key sheet (PDF) to this file when a new passphrase is set",
        ),
    )
    init.add_argument(
        "--office",
        metavar=translate("CommandLine", "NAME"),
        help=translate("CommandLine", "set up as an Immigration Office with this name"),
    )
    init.add_argument(
        "--covers",
        metavar=translate("CommandLine", "CODE,CODE"),
        help=translate(
            "CommandLine",
            "codes of the regencies or cities the office covers, for example 15.01,15.02",
        ),
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
        failed = translate("CommandLine", "The data in {folder} could not be set up: {detail}")
        raise Stop(failed.format(folder=paths.root, detail=exc)) from exc
    finally:
        installation.close()
    ready = translate("CommandLine", "Ready: {place}, {regency} ({code}). Data in {folder}")
    print(
        ready.format(
            place=_place(profile),
            regency=profile.regency_name,
            code=profile.village_code,
            folder=paths.root,
        )
    )
    if profile.contacts:
        names = ", ".join(_contact_name(role) for role in profile.contacts)
        print(
            translate("CommandLine", "Local contacts for the leaflet: {names}.").format(names=names)
        )
    return ExitCode.OK


def _place(profile: VillageProfile) -> str:
    # The window's words for the two kinds of village (desktop/ui/exchange/wording.py).
    kind = (
        translate("ExchangeWords", "Kelurahan")
        if profile.is_kelurahan
        else translate("ExchangeWords", "Desa")
    )
    return f"{kind} {profile.village_name}, Kec. {profile.district_name}"


def _village_profile(args: argparse.Namespace, paths: DataPaths) -> VillageProfile:
    """The profile init is asked to write, checked against the official list. Raises Stop."""
    code = normalize_code(args.village)
    contacts = _contacts(args.kontak)
    if level_of(code) is not Level.VILLAGE:
        raise Stop(
            _nothing_written(
                translate(
                    "CommandLine",
                    "The area code '{code}' is not shaped like a village's code (for example "
                    "15.02.02.2004).",
                ).format(code=args.village)
            ),
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
            _nothing_written(
                translate(
                    "CommandLine",
                    "The area code {code} is not in Kemendagri's official list. Check the code "
                    "again.",
                ).format(code=code)
            ),
            ExitCode.USAGE,
        ) from exc
    except ValidationFailed as exc:
        invalid = translate("CommandLine", "Not valid: {field} {rule}")
        lines = [invalid.format(field=_field_name(e.field), rule=_rule(e.code)) for e in exc.errors]
        raise Stop(_lines_then_nothing_written(lines), ExitCode.USAGE) from exc
    except SiagaError as exc:
        unreadable = translate("CommandLine", "The area code data cannot be read: {detail}")
        raise Stop(unreadable.format(detail=exc)) from exc


def _contacts(given: list[list[str]]) -> dict[ContactRole, Contact]:
    """--kontak PERAN NAMA NOMOR, by role. Raises Stop on a role word that is not known."""
    contacts: dict[ContactRole, Contact] = {}
    for role_word, name, phone in given:
        role = CONTACT_ROLES.get(role_word.casefold())
        if role is None:
            raise Stop(
                _nothing_written(
                    translate(
                        "CommandLine",
                        "The contact role '{role}' is not known. Choose one of: {roles}.",
                    ).format(role=role_word, roles=", ".join(CONTACT_ROLES))
                ),
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
        return _nothing_written(
            translate(
                "CommandLine",
                "The folder {folder} holds an immigration office's data. A village uses a folder "
                "of its own.",
            ).format(folder=paths.root)
        )
    held = load_profile()
    if (held is not None and held.training) or incidents.holds_made_up_records():
        return _nothing_written(
            translate(
                "CommandLine",
                "The folder {folder} holds training (made-up) data. Training data cannot become a "
                "real village's data: set the village up in a new folder.",
            ).format(folder=paths.root)
        )
    if held is not None and held.village_code != profile.village_code:
        return _nothing_written(
            translate(
                "CommandLine",
                "The folder {folder} is already set up for {village} ({code}). A village's area "
                "code is not changed by init. If the code has really changed (a new district, or "
                "a code changed by Kemendagri), use: siaga-tppo change-code --village KODE_BARU "
                '--reason "ALASAN".',
            ).format(folder=paths.root, village=held.village_name, code=held.village_code)
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
        unreadable = translate("CommandLine", "The data in {folder} cannot be read: {detail}.")
        return _nothing_written(unreadable.format(folder=paths.root, detail=exc))
    finally:
        peek.close()


_FIELD_NAMES = {
    "head_name": QT_TRANSLATE_NOOP("CommandLine", "the name of the village head or lurah"),
    "office_phone": QT_TRANSLATE_NOOP("CommandLine", "the village office's telephone"),
}
_RULES = {
    "required": QT_TRANSLATE_NOOP("CommandLine", "must be filled in"),
    "too_long": QT_TRANSLATE_NOOP("CommandLine", "is too long"),
    "phone_chars": QT_TRANSLATE_NOOP(
        "CommandLine", "may contain only digits, spaces, +, - and brackets"
    ),
    "phone_prefix": QT_TRANSLATE_NOOP("CommandLine", "must start with 0 or +62"),
    "phone_length": QT_TRANSLATE_NOOP("CommandLine", "must have 9 to 13 digits"),
}


def _rule(code: str) -> str:
    return translate("CommandLine", _RULES[code]) if code in _RULES else code


def _lines_then_nothing_written(lines: list[str]) -> str:
    return "\n".join([*lines, translate("CommandLine", "Nothing was written.")])


def _field_name(field: str) -> str:
    """'contact.babinsa.phone' -> 'telepon kontak Babinsa'."""
    kind, _, rest = field.partition(".")
    if kind == "contact":
        role, _, part = rest.partition(".")
        words = (
            translate("CommandLine", "the telephone of the contact {name}")
            if part == "phone"
            else translate("CommandLine", "the name of the contact {name}")
        )
        return words.format(name=_contact_name(ContactRole(role)))
    return translate("CommandLine", _FIELD_NAMES[field]) if field in _FIELD_NAMES else field


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
                _nothing_written(
                    translate(
                        "CommandLine",
                        "The folder {folder} already holds a village's data. An immigration "
                        "office uses a folder of its own.",
                    ).format(folder=paths.root)
                ),
                ExitCode.USAGE,
            )
        exchange_settings.save_office(office)
        office_fingerprint = fingerprint(ensure_office_key())
    finally:
        installation.close()
    ready = translate("CommandLine", "Ready: {office}, working area {regencies}. Data in {folder}")
    print(ready.format(office=office.name, regencies=", ".join(names), folder=paths.root))
    told = translate(
        "CommandLine",
        "The office's key fingerprint (read it out to the villages by telephone): {fingerprint}. "
        "Save the public key for the villages with: siaga-tppo keys export-public BERKAS",
    )
    print(told.format(fingerprint=office_fingerprint))
    return ExitCode.OK


def _office(args: argparse.Namespace) -> OfficeProfile:
    """The office init is asked to write (name and kabupaten codes). Raises Stop."""
    try:
        return validate_office(args.office or "", parse_covers(args.covers or ""))
    except ValidationFailed as exc:
        lines = [_office_field_text(error) for error in exc.errors]
        raise Stop(_lines_then_nothing_written(lines), ExitCode.USAGE) from exc


def _office_field_text(error: FieldError) -> str:
    if error.field == "office_name":
        return translate(
            "CommandLine", "The office's name must be filled in (120 characters at most)."
        )
    if error.code == "not_regency":
        return translate(
            "CommandLine", "'{code}' is not the code of a kabupaten or kota (for example 15.02)."
        ).format(code=error.value)
    return translate(
        "CommandLine", "Name the codes of the working area's kabupaten/kota (--covers)."
    )


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
            _nothing_written(
                translate(
                    "CommandLine", "The code {code} is not in Kemendagri's official list."
                ).format(code=exc.code)
            ),
            ExitCode.USAGE,
        ) from exc
    return names
