"""Command line for the office's receiver: ``receive`` (run it) and ``tokens`` (the villages'
upload tokens: add, list, revoke). Messages are in Indonesian, like the rest of the CLI.

The receiver itself (``desktop/exchange/receiver``) opens no database and needs the optional
``office`` extra; ``tokens`` needs neither (it opens the office's data only to print a slip
with the office's name).
"""

from __future__ import annotations

import argparse
import logging
import socket
from datetime import datetime
from pathlib import Path

from desktop.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.cli.areas import area_index
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.exchange import MAX_EXPORT_BYTES, ExportWriteFailed
from desktop.paths import DataPaths

TOKEN_PROBLEMS = {
    "unreadable": QT_TRANSLATE_NOOP("CommandLine", "cannot be read"),
    "format": QT_TRANSLATE_NOOP(
        "CommandLine",
        "must have the form 'KODE_WILAYAH sha256:SIDIK' (made with siaga-tppo tokens add), or "
        "'KODE_WILAYAH TOKEN' as before",
    ),
    "short": QT_TRANSLATE_NOOP(
        "CommandLine", "the token is too short (16 letters or digits at least)"
    ),
    "duplicate": QT_TRANSLATE_NOOP("CommandLine", "the same token is used twice"),
    "empty": QT_TRANSLATE_NOOP(
        "CommandLine", "holds not a single token (make one with: siaga-tppo tokens add KODE)"
    ),
}
RECEIVER_MISSING = QT_TRANSLATE_NOOP(
    "CommandLine",
    "The receiver for sending over the internet is not installed here (the module {module} is "
    "missing). The app installed with the installer leaves it out because a village does not "
    "need it. Install the receiver on the office's server with pip install 'siaga-tppo[office]' "
    "(see docs/dev/receiver.md), then run siaga-tppo receive there.",
)


def _tokens_file_problem(file, exc) -> str:
    """'Berkas token FILE baris N: what is wrong.'"""
    where = translate("CommandLine", " line {line}").format(line=exc.line) if exc.line else ""
    return translate("CommandLine", "The tokens file {file}{where}: {problem}.").format(
        file=file, where=where, problem=translate("CommandLine", TOKEN_PROBLEMS[exc.problem])
    )


def _certificate_unwritten(exc: ExportWriteFailed) -> Stop:
    unwritten = translate("CommandLine", "The certificate cannot be written in {folder}.")
    return Stop(unwritten.format(folder=exc.folder))


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    receive = sub.add_parser(
        "receive",
        help=translate(
            "CommandLine", "run the receiver of the villages' sendings at the immigration office"
        ),
    )
    receive.set_defaults(func=run_receive)
    receive.add_argument(
        "--host",
        default="127.0.0.1",
        metavar=translate("CommandLine", "ADDRESS"),
        help=translate("CommandLine", "address (default: 127.0.0.1)"),
    )
    receive.add_argument(
        "--port",
        type=int,
        default=8750,
        metavar=translate("CommandLine", "PORT"),
        help=translate("CommandLine", "port (default: 8750)"),
    )
    receive.add_argument(
        "--store",
        required=True,
        metavar=translate("CommandLine", "FOLDER"),
        help=translate(
            "CommandLine",
            "the folder where sendings wait for the office to fetch them (not the"
            " office's data folder)",
        ),
    )
    receive.add_argument(
        "--tokens",
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "the villages' token file (from siaga-tppo tokens)"),
    )
    receive.add_argument(
        "--keys",
        metavar=translate("CommandLine", "FILE"),
        help=translate(
            "CommandLine",
            "the villages' keys registered at the office (siaga-tppo keys export-villages)",
        ),
    )
    receive.add_argument(
        "--office-token",
        metavar=translate("CommandLine", "FILE"),
        help=translate(
            "CommandLine",
            "a file holding the office's token for fetching sendings (siaga-tppo fetch)",
        ),
    )
    receive.add_argument(
        "--max-mb",
        type=int,
        default=MAX_EXPORT_BYTES // (1024 * 1024),
        metavar=translate("CommandLine", "MB"),
        help=translate("CommandLine", "the largest sending in MB"),
    )
    receive.add_argument(
        "--quota-files",
        type=int,
        default=50,
        metavar=translate("CommandLine", "COUNT"),
        help=translate("CommandLine", "the most sendings waiting per village"),
    )
    receive.add_argument(
        "--quota-mb",
        type=int,
        default=1024,
        metavar=translate("CommandLine", "MB"),
        help=translate("CommandLine", "the most MB waiting per village"),
    )
    receive.add_argument(
        "--allow-unencrypted",
        action="store_true",
        help=translate(
            "CommandLine", "also take signed exports without encryption (default: refused)"
        ),
    )
    receive.add_argument(
        "--tls",
        action="store_true",
        help=translate("CommandLine", "HTTPS on 127.0.0.1 too (other addresses always use HTTPS)"),
    )
    receive.add_argument(
        "--certificate",
        metavar=translate("CommandLine", "FILE.pem"),
        help=translate("CommandLine", "your own TLS certificate"),
    )
    receive.add_argument(
        "--private-key",
        metavar=translate("CommandLine", "FILE.pem"),
        help=translate("CommandLine", "that certificate's key"),
    )
    receive.add_argument(
        "--make-certificate",
        action="store_true",
        help=translate(
            "CommandLine",
            "make an own certificate (in the folder --store), show its fingerprint, then stop",
        ),
    )
    receive.add_argument(
        "--name",
        action="append",
        default=[],
        metavar=translate("CommandLine", "NAME"),
        help=translate(
            "CommandLine",
            "the receiver's host name or IP address for the certificate (may be repeated)",
        ),
    )
    receive.add_argument(
        "--behind-proxy",
        action="append",
        default=[],
        metavar=translate("CommandLine", "ADDRESS"),
        help=translate(
            "CommandLine",
            "the address of a reverse proxy in front of the receiver (for example"
            " 127.0.0.1 for Caddy)",
        ),
    )

    tokens = sub.add_parser(
        "tokens",
        parents=[common],
        help=translate("CommandLine", "(office) the villages' sending tokens: add, list, revoke"),
    )
    tokens.set_defaults(func=run_tokens)
    tokens.add_argument(
        "--file",
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "the token file (default: penerima/token-desa.txt)"),
    )
    actions = tokens.add_subparsers(
        dest="action", metavar=translate("CommandLine", "ACTION"), required=True
    )
    add = actions.add_parser(
        "add", help=translate("CommandLine", "make a new token for a desa or kelurahan")
    )
    add.add_argument(
        "code",
        metavar=translate("CommandLine", "CODE"),
        help=translate("CommandLine", "the area code of the desa or kelurahan"),
    )
    add.add_argument(
        "--slip",
        metavar=translate("CommandLine", "FILE.pdf"),
        help=translate("CommandLine", "save the token sheet (PDF) here"),
    )
    add.add_argument(
        "--address",
        metavar=translate("CommandLine", "URL"),
        default="",
        help=translate("CommandLine", "the receiver's address for the villages"),
    )
    actions.add_parser("list", help=translate("CommandLine", "show the tokens in force"))
    revoke = actions.add_parser(
        "revoke", help=translate("CommandLine", "revoke a village's tokens (or one token)")
    )
    revoke.add_argument(
        "which",
        metavar=translate("CommandLine", "CODE_OR_ID"),
        help=translate("CommandLine", "an area code, or an ID from list"),
    )


def run_receive(args: argparse.Namespace) -> int:
    """The receiver opens no database and holds no private key: it checks signatures and
    keeps the protected files until the office app fetches them."""
    try:
        from desktop.exchange.receiver.app import ReceiverConfig, create_app
        from desktop.exchange.receiver.certificate import TlsFiles
        from desktop.exchange.receiver.guard import Limits
        from desktop.exchange.receiver.receipts import ReceiptStore
        from desktop.exchange.receiver.serve import serve
        from desktop.exchange.receiver.store import Quota, ReceivedStore
        from desktop.exchange.wire.pins import grouped
    except ImportError as exc:  # the installed app leaves the server out (a village never runs it)
        missing = translate("CommandLine", RECEIVER_MISSING)
        raise Stop(missing.format(module=exc.name or exc)) from exc

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    store = Path(args.store).expanduser().absolute()
    if DataPaths.resolve(store).holds_data():
        raise Stop(
            translate(
                "CommandLine",
                "The folder {folder} holds data of Siaga TPPO. The receiver uses a folder of its "
                "own: what is sent is kept there, locked, until the office fetches it (siaga-tppo "
                "fetch).",
            ).format(folder=store),
            ExitCode.USAGE,
        )
    own = TlsFiles.in_store(store)
    if args.make_certificate:
        return _make_certificate_only(args, own)
    tokens = _token_book(args)
    if min(args.max_mb, args.quota_files, args.quota_mb) < 1:
        limits = translate(
            "CommandLine", "--max-mb, --quota-files and --quota-mb must be 1 or more."
        )
        raise Stop(limits, ExitCode.USAGE)
    village_keys = _village_keys(args)
    office_token = _office_token(args)
    tls = _tls(args, own)
    pin = _certificate_pin(tls)
    app = create_app(
        ReceiverConfig(
            tokens=tokens,
            store=ReceivedStore(
                store / "diterima", Quota(args.quota_files, args.quota_mb * 1024 * 1024)
            ),
            max_bytes=args.max_mb * 1024 * 1024,
            village_keys=village_keys,
            office_token=office_token,
            allow_unencrypted=args.allow_unencrypted,
            receipts=ReceiptStore(store / "tanda-terima"),
        )
    )
    scheme = "https" if tls else "http"
    running = translate(
        "CommandLine",
        "The receiver runs at {address} for {count} village tokens; what is sent is kept locked "
        "in {folder}. Press Ctrl+C to stop.",
    )
    address = f"{scheme}://{args.host}:{args.port}"
    print(running.format(address=address, count=len(tokens), folder=store), flush=True)
    if pin:
        print(
            translate(
                "CommandLine",
                "Certificate fingerprint (enter it in Pengaturan › Penerima kantor): {fingerprint}",
            ).format(fingerprint=grouped(pin)),
            flush=True,
        )
    serve(app, args.host, args.port, tls, Limits(proxies=frozenset(args.behind_proxy)))
    return ExitCode.OK


def _make_certificate_only(args: argparse.Namespace, own) -> int:
    from desktop.exchange.receiver.certificate import make_certificate
    from desktop.exchange.wire.pins import grouped

    names = args.name or _default_names(args.host)
    try:
        pin = make_certificate(own, names)
    except ExportWriteFailed as exc:
        raise _certificate_unwritten(exc) from exc
    made = translate("CommandLine", "Certificate made: {file} (for {names}).")
    print(made.format(file=own.certificate, names=", ".join(names)))
    print(
        translate("CommandLine", "Certificate fingerprint: {fingerprint}").format(
            fingerprint=grouped(pin)
        )
    )
    return ExitCode.OK


def _token_book(args: argparse.Namespace):  # -> TokenBook
    from desktop.exchange.receiver.tokens import TokenBook
    from desktop.exchange.wire.tokens_file import TokensFileError

    if not args.tokens:
        name_it = translate("CommandLine", "Name the villages' tokens file with --tokens BERKAS.")
        raise Stop(name_it, ExitCode.USAGE)
    try:
        return TokenBook(Path(args.tokens).expanduser())
    except TokensFileError as exc:
        raise Stop(_tokens_file_problem(args.tokens, exc), ExitCode.USAGE) from exc


def _village_keys(args: argparse.Namespace) -> dict[str, bytes]:
    from desktop.exchange.receiver.app import read_village_keys

    if not args.keys:
        return {}
    try:
        return read_village_keys(Path(args.keys))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        unreadable = translate("CommandLine", "The village keys file {file} cannot be read.")
        raise Stop(unreadable.format(file=args.keys), ExitCode.USAGE) from exc


def _office_token(args: argparse.Namespace):  # -> OfficeToken | None
    from desktop.exchange.receiver.tokens import OfficeToken

    if not args.office_token:
        return None
    office_token = OfficeToken.from_file(Path(args.office_token).expanduser())
    if office_token is None:
        raise Stop(
            translate(
                "CommandLine",
                "The office token file {file}: one token (16 letters at least) or sha256:SIDIK.",
            ).format(file=args.office_token),
            ExitCode.USAGE,
        )
    return office_token


def _tls(args: argparse.Namespace, own):  # -> TlsFiles | None
    """The certificate the receiver serves with: the one given, or its own (made when missing)
    for HTTPS; None for plain HTTP on this computer only."""
    from desktop.exchange.receiver.certificate import TlsFiles, make_certificate
    from desktop.exchange.receiver.serve import is_loopback

    if args.certificate or args.private_key:
        if not (args.certificate and args.private_key):
            together = translate(
                "CommandLine", "--certificate and --private-key are used together."
            )
            raise Stop(together, ExitCode.USAGE)
        return TlsFiles(Path(args.certificate).expanduser(), Path(args.private_key).expanduser())
    if not (args.tls or not is_loopback(args.host)):
        return None
    # Tokens never travel in clear over a network: any other address is HTTPS.
    if not own.exist():
        try:
            make_certificate(own, args.name or _default_names(args.host))
        except ExportWriteFailed as exc:
            raise _certificate_unwritten(exc) from exc
        print(translate("CommandLine", "New certificate made: {file}").format(file=own.certificate))
    return own


def _certificate_pin(tls) -> str:
    if tls is None:
        return ""
    try:
        return tls.fingerprint()
    except (OSError, ValueError) as exc:
        unreadable = translate("CommandLine", "The certificate {file} cannot be read.")
        raise Stop(unreadable.format(file=tls.certificate), ExitCode.USAGE) from exc


def _default_names(host: str) -> list[str]:
    names = [socket.gethostname(), "localhost", "127.0.0.1"]
    if host not in ("0.0.0.0", "::", ""):
        names.insert(0, host)
    return list(dict.fromkeys(names))


def run_tokens(args: argparse.Namespace) -> int:
    from desktop.exchange import upload_tokens
    from desktop.exchange.wire.tokens_file import TokensFileError

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    path = Path(args.file).expanduser() if args.file else upload_tokens.default_tokens_file(paths)
    try:
        if args.action == "list":
            lines = upload_tokens.list_tokens(path)
            for line in lines:
                note = f"  ({line.note})" if line.note else ""
                print(f"{line.village_code}  ID {line.short_id}{note}")
            print(
                translate("CommandLine", "{count} tokens in {file}.").format(
                    count=len(lines), file=path
                )
            )
            return ExitCode.OK
        if args.action == "revoke":
            removed = upload_tokens.revoke(path, args.which)
            if not removed:
                none = translate("CommandLine", "There is no token '{which}' in {file}.")
                raise Stop(none.format(which=args.which, file=path), ExitCode.FAILED)
            revoked = translate(
                "CommandLine", "Revoked: {count} tokens. The receiver uses the new file by itself."
            )
            print(revoked.format(count=len(removed)))
            return ExitCode.OK
        return _add_token(args, paths, path)
    except TokensFileError as exc:
        raise Stop(_tokens_file_problem(path, exc), ExitCode.USAGE) from exc
    except ExportWriteFailed:
        raise Stop(
            translate(
                "CommandLine", "The tokens file {file} cannot be written. Nothing has changed."
            ).format(file=path),
            ExitCode.FAILED,
        ) from None


def _add_token(args: argparse.Namespace, paths: DataPaths, path: Path) -> int:
    from desktop.exchange import upload_tokens

    try:
        code = upload_tokens.village_code_of(args.code)
    except ValueError:
        raise Stop(
            translate(
                "CommandLine", "'{code}' is not a village's code (for example 15.02.02.2004)."
            ).format(code=args.code),
            ExitCode.USAGE,
        ) from None
    with area_index(paths) as index:
        chain = index.chain(code)
    if len(chain) != 4:
        unknown = translate("CommandLine", "The code {code} is not in Kemendagri's official list.")
        raise Stop(unknown.format(code=code), ExitCode.USAGE)
    slip_path = Path(args.slip).expanduser() if args.slip else None
    if slip_path is not None and not slip_path.parent.is_dir():
        missing = translate(
            "CommandLine", "The folder {folder} does not exist. Nothing was written."
        )
        raise Stop(missing.format(folder=slip_path.parent), ExitCode.USAGE)
    office_name = _office_name(paths) if slip_path is not None else ""
    now = datetime.now()
    issued = upload_tokens.add_token(path, code, now)
    _province, regency, district, village = chain
    made = translate("CommandLine", "Token for {village} ({code}): {token}")
    print(made.format(village=village.name, code=code, token=issued.token))
    kept = translate("CommandLine", "ID {id}, in {file}. This token is not shown again.")
    print(kept.format(id=issued.line.short_id, file=path))
    if slip_path is not None:
        from desktop.printing.token_slip import TokenSlip, build_token_slip

        where = f"{village.name}, Kec. {district.name}, {regency.name}"
        slip = TokenSlip(office_name, where, code, issued.token, now, args.address.strip())
        slip_path.write_bytes(build_token_slip(slip))
        sheet = translate(
            "CommandLine",
            "Token sheet: {file} (print it, give it to the village, then delete this file).",
        )
        print(sheet.format(file=slip_path))
    return ExitCode.OK


def _office_name(paths: DataPaths) -> str:
    from desktop.cli.unlock import open_installation
    from desktop.storage import exchange_settings

    installation = open_installation(paths, "tokens")
    try:
        office = exchange_settings.load_office()
    finally:
        installation.close()
    return office.name if office else ""
