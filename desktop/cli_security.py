"""The passphrase on the command line, and the ``keys`` command.

Every command that opens a village's or an office's data takes the passphrase from the
environment variable ``SIAGA_PASSPHRASE`` (removed from the environment once read, so that
no program started from here inherits it), or asks for it on the terminal (not shown while
typed). Never from an argument: arguments are visible to every user of the computer (process
list) and stay in the shell history. Messages are in Indonesian, like the rest of the CLI.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import (
    KeyFileUnusable,
    SiagaError,
    UnlockPaused,
    WrongPassphrase,
)
from desktop.domain.security import MIN_PASSPHRASE, Strength, StrengthHint
from desktop.paths import DataPaths

ENV = "SIAGA_PASSPHRASE"
EXIT_FAILED = 1
EXIT_USAGE = 2
TRIES = 3


class Stop(Exception):
    """End the command with ``message`` on stderr and exit code ``code``."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    return getpass.getpass(prompt)


def read_passphrase() -> str | None:
    """The passphrase from the environment, or None when it must be asked. It is taken out of
    the environment as it is read, so that no program this one starts inherits it."""
    value = os.environ.pop(ENV, None)
    return value if value else None


def _need_terminal() -> Stop:
    return Stop(
        f"Kata sandi diperlukan. Isi variabel lingkungan {ENV}, atau jalankan perintah ini di "
        "terminal agar kata sandi dapat diketik. Kata sandi tidak pernah diberikan sebagai "
        "argumen perintah.",
        EXIT_USAGE,
    )


_WEAK_BECAUSE = {
    StrengthHint.PERSONAL: "Kata sandi memuat nama desa atau nama kepala desa, yang diketahui "
    "semua orang di sekitar.",
    StrengthHint.COMMON: "Kata sandi ini termasuk yang pertama dicoba program penebak.",
    StrengthHint.KEYBOARD: "Tombol yang berdampingan di papan ketik (seperti qwerty) mudah "
    "ditebak.",
    StrengthHint.REPEAT: "Huruf atau kata yang diulang (seperti aaa) mudah ditebak.",
    StrengthHint.SEQUENCE: "Urutan seperti abc atau 1234 mudah ditebak.",
    StrengthHint.DATE: "Tahun dan tanggal (misalnya tanggal lahir) mudah ditebak.",
    StrengthHint.NAME: "Nama orang saja mudah ditebak.",
    StrengthHint.WORD: "Satu kata umum saja mudah ditebak.",
}


def strength_problem(passphrase: str, personal: Sequence[str] = ()) -> str | None:
    """Why ``passphrase`` is refused (zxcvbn, see desktop/passphrase_strength.py), or None."""
    from desktop.passphrase_strength import judge

    judged = judge(passphrase, personal)
    if judged.strength is Strength.TOO_SHORT:
        return f"Kata sandi terlalu pendek: paling sedikit {MIN_PASSPHRASE} huruf."
    if judged.strength.acceptable:
        return None
    because = f" {_WEAK_BECAUSE[judged.hint]}" if judged.hint is not None else ""
    return (
        f"Kata sandi ini terlalu mudah ditebak.{because} Pilih yang lain, misalnya tiga kata "
        "dan angka: kopi-sawah-merah-27."
    )


def new_passphrase(personal: Sequence[str] = ()) -> str:
    """A new passphrase from the environment or typed twice; weak ones refused. ``personal``:
    the village's and its head's names, which a passphrase should not lean on."""
    given = read_passphrase()
    if given is None:
        if not _interactive():
            raise _need_terminal()
        given = _ask("Kata sandi baru untuk data ini: ")
        problem = strength_problem(given, personal)
        if problem:
            raise Stop(problem, EXIT_USAGE)
        if _ask("Ketik sekali lagi: ") != given:
            raise Stop("Kedua ketikan tidak sama. Tidak ada yang ditulis.", EXIT_USAGE)
    problem = strength_problem(given, personal)
    if problem:
        raise Stop(problem, EXIT_USAGE)
    return given


def print_recovery_key(recovery_key: str, holder: str, paths: DataPaths, sheet: Path | None):
    """Show the new recovery key once, and write the recovery sheet when asked."""
    print(
        "\nKUNCI PEMULIHAN (RAHASIA): " + recovery_key + "\n"
        "Kunci ini membuka data bila kata sandi terlupa. Tulis atau cetak, lalu simpan di "
        "brankas kantor. Kunci ini tidak disimpan di komputer dan tidak ditampilkan lagi.\n"
    )
    if sheet is not None:
        from desktop.printing.recovery_sheet import RecoverySheet, build_recovery_sheet

        pdf = build_recovery_sheet(
            RecoverySheet(recovery_key, holder, str(paths.root), datetime.now())
        )
        sheet.write_bytes(pdf)
        print(f"Lembar pemulihan: {sheet} (cetak, simpan di brankas, lalu hapus berkas ini).")


def unlock_key(paths: DataPaths):
    """The database key of a protected folder, from the passphrase (env or terminal)."""
    from desktop.storage import keystore

    given = read_passphrase()
    tries = 1 if given is not None else TRIES
    if given is None and not _interactive():
        raise _need_terminal()
    for attempt in range(tries):
        passphrase = given if given is not None else _ask("Kata sandi: ")
        try:
            return keystore.unlock(paths, passphrase)
        except WrongPassphrase as exc:
            last = attempt == tries - 1
            wait = (
                f" Tunggu {exc.wait_seconds} detik sebelum mencoba lagi."
                if exc.wait_seconds
                else ""
            )
            if last:
                raise Stop(f"Kata sandi salah.{wait}") from exc
            print(f"Kata sandi salah.{wait}", file=sys.stderr)
            if exc.wait_seconds:
                raise Stop(f"Kata sandi salah.{wait}") from exc
        except UnlockPaused as exc:
            raise Stop(
                f"Terlalu banyak kata sandi salah. Tunggu {exc.wait_seconds} detik, lalu coba lagi."
            ) from exc
        except KeyFileUnusable as exc:
            raise Stop(
                f"Berkas kunci {exc.path} rusak. Buka aplikasi dan pakai kunci pemulihan."
            ) from exc
    raise AssertionError("unreachable")


def open_installation(
    paths: DataPaths,
    command: str,
    *,
    new_ok: bool = False,
    holder: str = "",
    recovery_sheet: Path | None = None,
    personal: Sequence[str] = (),
):
    """Open the folder's data for ``command``, asking for the passphrase as needed.

    ``new_ok`` (init): a folder without data gets a new passphrase and recovery key (not one
    that leans on the ``personal`` names), and an earlier version's unencrypted data is
    encrypted. Other commands refuse both. Raises Stop.
    Returns the opened Installation (audit: unlocked by this command).
    """
    from desktop.storage import keystore
    from desktop.storage.installation import Installation, Protection
    from desktop.storage.protected import Granted, open_protected

    def ask(state: Protection) -> Granted:
        if state in (Protection.NEW, Protection.UNENCRYPTED):
            if not new_ok:
                if state is Protection.NEW:
                    raise Stop(f"Folder {paths.root} belum disiapkan (perintah init).", EXIT_USAGE)
                raise Stop(
                    f"Data di {paths.root} dibuat versi lama dan belum dilindungi kata sandi. "
                    "Buka aplikasi sekali (atau jalankan siaga-tppo init lagi) untuk memasang "
                    "kata sandi.",
                    EXIT_USAGE,
                )
            passphrase = new_passphrase(personal)
            paths.ensure()
            made = keystore.new_protection(paths, passphrase)
            print_recovery_key(made.recovery_key, holder or str(paths.root), paths, recovery_sheet)
            return Granted(made.key)
        if state is Protection.KEY_FILE_MISSING:
            raise Stop(
                f"Berkas kunci di {paths.root} tidak ada. Buka aplikasi dan pakai kunci "
                "pemulihan untuk membuat kata sandi baru."
            )
        return Granted(unlock_key(paths))

    def open_data(installation: Installation) -> bool:
        try:
            installation.open()
        except SiagaError as exc:
            from desktop.cli_errors import describe

            raise Stop(describe(exc) or f"Data di {paths.root} tidak dapat dibuka: {exc}") from exc
        return True

    opened = open_protected(paths, ask, via="perintah", command=command, open_data=open_data)
    assert opened is not None  # this prompt never gives up: it stops the command instead
    return opened.installation


# --- siaga-tppo keys --------------------------------------------------------------------------


def add_keys_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    keys = sub.add_parser(
        "keys",
        parents=[common],
        help="kunci ekspor: simpan kunci publik kantor, pasang kunci kantor di desa",
    )
    actions = keys.add_subparsers(dest="keys_action", metavar="LANGKAH", required=True)
    export = actions.add_parser(
        "export-public", help="(kantor) simpan kunci publik kantor ke berkas untuk desa"
    )
    export.add_argument(
        "file", metavar="BERKAS", help="berkas tujuan, misalnya E:/kunci.siagakunci"
    )
    imp = actions.add_parser("import-office", help="(desa) pasang kunci publik kantor dari berkas")
    imp.add_argument("file", metavar="BERKAS")
    imp.add_argument(
        "--fingerprint",
        metavar="ANGKA",
        help="sidik kunci yang dibacakan kantor; bila diberikan harus sama (tanpa bertanya)",
    )
    villages = actions.add_parser(
        "export-villages",
        help="(kantor) simpan kunci desa yang terdaftar, untuk penerima (receive --keys)",
    )
    villages.add_argument("file", metavar="BERKAS")
    actions.add_parser("show", help="tampilkan sidik kunci desa atau kantor ini")
    actions.add_parser(
        "held", help="(kantor) desa yang ekspornya ditahan sampai sidik kuncinya dicocokkan"
    )
    for action, words in (
        ("accept", "terima kunci desa (sesudah sidik kuncinya dicocokkan); ekspor ditahan diimpor"),
        ("refuse", "tolak kunci desa; ekspor yang ditahan dengan kunci itu dihapus tanpa dibaca"),
    ):
        chosen = actions.add_parser(action, help=f"(kantor) {words}")
        chosen.add_argument("village", metavar="KODE", help="kode wilayah desa")
        chosen.add_argument(
            "--fingerprint",
            required=True,
            metavar="ANGKA",
            help="sidik kunci yang dibacakan desa atau tertulis di lembar pendaftarannya",
        )


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def run_keys(args: argparse.Namespace) -> int:
    from desktop.domain.exchange import Role
    from desktop.exchange import keys
    from desktop.exchange.fetch import receiver_pins
    from desktop.storage import exchange_keys, exchange_settings, office_imports

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    try:
        installation = open_installation(paths, f"keys {args.keys_action}")
    except Stop as stop:
        print(stop.message, file=sys.stderr)
        return stop.code
    try:
        role = exchange_settings.role()
        if args.keys_action == "export-public":
            if role is not Role.OFFICE:
                print(
                    "Hanya data kantor imigrasi yang mempunyai kunci publik untuk desa.",
                    file=sys.stderr,
                )
                return EXIT_USAGE
            office = exchange_settings.load_office()
            public = keys.ensure_office_key()
            target = Path(args.file).expanduser()
            try:
                pins = receiver_pins()  # villages then require the receiver's certificate
                target.write_bytes(keys.office_key_file_bytes(office.name, public, pins))
            except OSError as exc:
                print(f"Berkas {target} tidak dapat ditulis: {exc.strerror}", file=sys.stderr)
                return EXIT_FAILED
            from desktop.domain.security import AuditKind, fingerprint
            from desktop.storage import audit

            audit.record_event(AuditKind.OFFICE_KEY_SAVED, {"file": target.name})
            print(f"Kunci publik {office.name} disimpan: {target}")
            print(f"Sidik kunci (bacakan ke desa lewat telepon): {fingerprint(public)}")
            return 0
        if args.keys_action == "export-villages":
            if role is not Role.OFFICE:
                print("Kunci desa terdaftar hanya ada di data kantor.", file=sys.stderr)
                return EXIT_USAGE
            import base64
            import json

            registered = office_imports.registered_keys()
            document = {
                "format": "siaga-tppo-kunci-desa",
                "version": 1,
                "keys": {c: base64.b64encode(k).decode() for c, k in sorted(registered.items())},
            }
            target = Path(args.file).expanduser()
            try:
                target.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
            except OSError as exc:
                print(f"Berkas {target} tidak dapat ditulis: {exc.strerror}", file=sys.stderr)
                return EXIT_FAILED
            print(f"{len(registered)} kunci desa disimpan: {target}")
            return 0
        if args.keys_action == "import-office":
            if role is not Role.VILLAGE:
                print("Kunci kantor dipasang di data desa/kelurahan.", file=sys.stderr)
                return EXIT_USAGE
            try:
                found = keys.read_office_key_file(Path(args.file).expanduser())
            except (OSError, keys.KeyFileInvalid):
                print(
                    f"{args.file} bukan berkas kunci kantor Siaga TPPO yang utuh.", file=sys.stderr
                )
                return EXIT_FAILED
            print(f"Kunci dari: {found.office_name}")
            print(f"Sidik kunci: {found.fingerprint}")
            if args.fingerprint is not None:
                if _digits(args.fingerprint) != _digits(found.fingerprint):
                    print(
                        "Sidik kunci TIDAK SAMA dengan yang dibacakan kantor. Kunci tidak "
                        "dipasang. Minta berkas kunci yang benar langsung dari kantor.",
                        file=sys.stderr,
                    )
                    return EXIT_FAILED
            elif not _interactive():
                print(
                    "Cocokkan sidik kunci dengan kantor: jalankan lagi dengan --fingerprint "
                    "ANGKA, atau di terminal. Kunci belum dipasang.",
                    file=sys.stderr,
                )
                return EXIT_USAGE
            else:
                answer = input("Apakah sidik kunci sama dengan yang dibacakan kantor? (ya/tidak) ")
                if answer.strip().lower() not in ("ya", "y"):
                    print("Kunci tidak dipasang.", file=sys.stderr)
                    return EXIT_FAILED
            keys.import_office_key(found)
            print(
                f"Kunci kantor dipasang. Ekspor berikutnya hanya dapat dibaca {found.office_name}."
            )
            return 0
        if role is Role.OFFICE:
            public = keys.office_public_key()
            print(f"Sidik kunci kantor: {keys.fingerprint(public) if public else 'belum ada'}")
        else:
            print(f"Sidik kunci desa: {keys.village_fingerprint()}")
            office = exchange_keys.office_key()
            if office is None:
                print("Kunci kantor: belum dipasang")
            else:
                print(f"Kunci kantor: {office.office_name}, sidik {office.fingerprint}")
        return 0
    finally:
        installation.close()
