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

from desktop.cli.areas import area_index
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.exchange import MAX_EXPORT_BYTES, ExportWriteFailed
from desktop.paths import DataPaths

TOKEN_PROBLEMS = {
    "unreadable": "tidak dapat dibaca",
    "format": "harus berbentuk 'KODE_WILAYAH sha256:SIDIK' (dibuat dengan siaga-tppo tokens "
    "add), atau 'KODE_WILAYAH TOKEN' seperti dulu",
    "short": "token terlalu pendek (paling sedikit 16 huruf/angka)",
    "duplicate": "token yang sama dipakai dua kali",
    "empty": "tidak berisi satu token pun (buat dengan: siaga-tppo tokens add KODE)",
}
RECEIVER_MISSING = (
    "Penerima kiriman internet tidak terpasang di sini (modul {module} tidak ada). Aplikasi "
    "yang dipasang dengan penginstal tidak memuatnya karena desa tidak memerlukannya. Pasang "
    "penerima di server kantor dengan pip install 'siaga-tppo[office]' (lihat "
    "docs/dev/receiver.md), lalu jalankan siaga-tppo receive di sana."
)


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    receive = sub.add_parser("receive", help="jalankan penerima kiriman desa di kantor imigrasi")
    receive.set_defaults(func=run_receive)
    receive.add_argument("--host", default="127.0.0.1", help="alamat (bawaan: 127.0.0.1)")
    receive.add_argument("--port", type=int, default=8750, help="port (bawaan: 8750)")
    receive.add_argument(
        "--store",
        required=True,
        metavar="FOLDER",
        help="folder tempat kiriman menunggu diambil kantor (bukan folder data kantor)",
    )
    receive.add_argument(
        "--tokens", metavar="BERKAS", help="berkas token desa (dari siaga-tppo tokens)"
    )
    receive.add_argument(
        "--keys",
        metavar="BERKAS",
        help="kunci desa yang terdaftar di kantor (siaga-tppo keys export-villages)",
    )
    receive.add_argument(
        "--office-token",
        metavar="BERKAS",
        help="berkas berisi token kantor untuk mengambil kiriman (siaga-tppo fetch)",
    )
    receive.add_argument(
        "--max-mb",
        type=int,
        default=MAX_EXPORT_BYTES // (1024 * 1024),
        help="ukuran kiriman terbesar dalam MB",
    )
    receive.add_argument(
        "--quota-files", type=int, default=50, help="kiriman menunggu paling banyak per desa"
    )
    receive.add_argument(
        "--quota-mb", type=int, default=1024, help="MB menunggu paling banyak per desa"
    )
    receive.add_argument(
        "--allow-unencrypted",
        action="store_true",
        help="terima juga ekspor bertanda tangan tanpa enkripsi (bawaan: ditolak)",
    )
    receive.add_argument(
        "--tls",
        action="store_true",
        help="HTTPS juga di 127.0.0.1 (alamat lain selalu HTTPS)",
    )
    receive.add_argument("--certificate", metavar="BERKAS.pem", help="sertifikat TLS sendiri")
    receive.add_argument("--private-key", metavar="BERKAS.pem", help="kunci sertifikat itu")
    receive.add_argument(
        "--make-certificate",
        action="store_true",
        help="buat sertifikat sendiri (di folder --store), tampilkan sidiknya, lalu berhenti",
    )
    receive.add_argument(
        "--name",
        action="append",
        default=[],
        metavar="NAMA",
        help="nama host atau alamat IP penerima untuk sertifikat (boleh diulang)",
    )
    receive.add_argument(
        "--behind-proxy",
        action="append",
        default=[],
        metavar="ALAMAT",
        help="alamat reverse proxy di depan penerima (misalnya 127.0.0.1 untuk Caddy)",
    )

    tokens = sub.add_parser(
        "tokens", parents=[common], help="(kantor) token pengiriman desa: add, list, revoke"
    )
    tokens.set_defaults(func=run_tokens)
    tokens.add_argument(
        "--file", metavar="BERKAS", help="berkas token (bawaan: penerima/token-desa.txt)"
    )
    actions = tokens.add_subparsers(dest="action", metavar="TINDAKAN", required=True)
    add = actions.add_parser("add", help="buat token baru untuk sebuah desa/kelurahan")
    add.add_argument("code", metavar="KODE", help="kode wilayah desa/kelurahan")
    add.add_argument("--slip", metavar="BERKAS.pdf", help="simpan lembar token (PDF) ke sini")
    add.add_argument("--address", metavar="URL", default="", help="alamat penerima untuk desa")
    actions.add_parser("list", help="tampilkan token yang berlaku")
    revoke = actions.add_parser("revoke", help="cabut token sebuah desa (atau satu token)")
    revoke.add_argument("which", metavar="KODE_ATAU_ID", help="kode wilayah, atau ID dari list")


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
        raise Stop(RECEIVER_MISSING.format(module=exc.name or exc)) from exc

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    store = Path(args.store).expanduser().absolute()
    if DataPaths.resolve(store).holds_data():
        raise Stop(
            f"Folder {store} berisi data Siaga TPPO. Penerima memakai folder sendiri: kiriman "
            "disimpan terkunci di sana sampai diambil kantor (siaga-tppo fetch).",
            ExitCode.USAGE,
        )
    own = TlsFiles.in_store(store)
    if args.make_certificate:
        return _make_certificate_only(args, own)
    tokens = _token_book(args)
    if min(args.max_mb, args.quota_files, args.quota_mb) < 1:
        raise Stop("--max-mb, --quota-files dan --quota-mb harus 1 atau lebih.", ExitCode.USAGE)
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
    print(
        f"Penerima berjalan di {scheme}://{args.host}:{args.port} untuk {len(tokens)} token "
        f"desa; kiriman disimpan terkunci di {store}. Tekan Ctrl+C untuk berhenti.",
        flush=True,
    )
    if pin:
        print(
            f"Sidik sertifikat (masukkan di Pengaturan › Penerima kantor): {grouped(pin)}",
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
        raise Stop(f"Sertifikat tidak dapat ditulis di {exc.folder}.") from exc
    print(f"Sertifikat dibuat: {own.certificate} (untuk {', '.join(names)}).")
    print(f"Sidik sertifikat: {grouped(pin)}")
    return ExitCode.OK


def _token_book(args: argparse.Namespace):  # -> TokenBook
    from desktop.exchange.receiver.tokens import TokenBook
    from desktop.exchange.wire.tokens_file import TokensFileError

    if not args.tokens:
        raise Stop("Sebutkan berkas token desa dengan --tokens BERKAS.", ExitCode.USAGE)
    try:
        return TokenBook(Path(args.tokens).expanduser())
    except TokensFileError as exc:
        where = f" baris {exc.line}" if exc.line else ""
        raise Stop(
            f"Berkas token {args.tokens}{where}: {TOKEN_PROBLEMS[exc.problem]}.", ExitCode.USAGE
        ) from exc


def _village_keys(args: argparse.Namespace) -> dict[str, bytes]:
    from desktop.exchange.receiver.app import read_village_keys

    if not args.keys:
        return {}
    try:
        return read_village_keys(Path(args.keys))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise Stop(f"Berkas kunci desa {args.keys} tidak dapat dibaca.", ExitCode.USAGE) from exc


def _office_token(args: argparse.Namespace):  # -> OfficeToken | None
    from desktop.exchange.receiver.tokens import OfficeToken

    if not args.office_token:
        return None
    office_token = OfficeToken.from_file(Path(args.office_token).expanduser())
    if office_token is None:
        raise Stop(
            f"Berkas token kantor {args.office_token}: satu token (paling sedikit 16 huruf) "
            "atau sha256:SIDIK.",
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
            raise Stop("--certificate dan --private-key dipakai bersama.", ExitCode.USAGE)
        return TlsFiles(Path(args.certificate).expanduser(), Path(args.private_key).expanduser())
    if not (args.tls or not is_loopback(args.host)):
        return None
    # Tokens never travel in clear over a network: any other address is HTTPS.
    if not own.exist():
        try:
            make_certificate(own, args.name or _default_names(args.host))
        except ExportWriteFailed as exc:
            raise Stop(f"Sertifikat tidak dapat ditulis di {exc.folder}.") from exc
        print(f"Sertifikat baru dibuat: {own.certificate}")
    return own


def _certificate_pin(tls) -> str:
    if tls is None:
        return ""
    try:
        return tls.fingerprint()
    except (OSError, ValueError) as exc:
        raise Stop(f"Sertifikat {tls.certificate} tidak dapat dibaca.", ExitCode.USAGE) from exc


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
            print(f"{len(lines)} token di {path}.")
            return ExitCode.OK
        if args.action == "revoke":
            removed = upload_tokens.revoke(path, args.which)
            if not removed:
                raise Stop(f"Tidak ada token '{args.which}' di {path}.", ExitCode.FAILED)
            print(f"Dicabut: {len(removed)} token. Penerima memakai berkas baru dengan sendirinya.")
            return ExitCode.OK
        return _add_token(args, paths, path)
    except TokensFileError as exc:
        where = f" baris {exc.line}" if exc.line else ""
        raise Stop(
            f"Berkas token {path}{where}: {TOKEN_PROBLEMS[exc.problem]}.", ExitCode.USAGE
        ) from exc
    except ExportWriteFailed:
        raise Stop(
            f"Berkas token {path} tidak dapat ditulis. Tidak ada yang berubah.", ExitCode.FAILED
        ) from None


def _add_token(args: argparse.Namespace, paths: DataPaths, path: Path) -> int:
    from desktop.exchange import upload_tokens

    try:
        code = upload_tokens.village_code_of(args.code)
    except ValueError:
        raise Stop(
            f"'{args.code}' bukan kode desa/kelurahan (contoh: 15.02.02.2004).", ExitCode.USAGE
        ) from None
    with area_index(paths) as index:
        chain = index.chain(code)
    if len(chain) != 4:
        raise Stop(f"Kode {code} tidak ada dalam daftar resmi Kemendagri.", ExitCode.USAGE)
    slip_path = Path(args.slip).expanduser() if args.slip else None
    if slip_path is not None and not slip_path.parent.is_dir():
        raise Stop(f"Folder {slip_path.parent} tidak ada. Tidak ada yang ditulis.", ExitCode.USAGE)
    office_name = _office_name(paths) if slip_path is not None else ""
    now = datetime.now()
    issued = upload_tokens.add_token(path, code, now)
    _province, regency, district, village = chain
    print(f"Token untuk {village.name} ({code}): {issued.token}")
    print(f"ID {issued.line.short_id}, di {path}. Token ini tidak ditampilkan lagi.")
    if slip_path is not None:
        from desktop.printing.token_slip import TokenSlip, build_token_slip

        where = f"{village.name}, Kec. {district.name}, {regency.name}"
        slip = TokenSlip(office_name, where, code, issued.token, now, args.address.strip())
        slip_path.write_bytes(build_token_slip(slip))
        print(f"Lembar token: {slip_path} (cetak, serahkan ke desa, lalu hapus berkas ini).")
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
