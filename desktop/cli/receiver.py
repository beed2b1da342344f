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
import sys
from datetime import datetime
from pathlib import Path

from desktop.domain.exchange import MAX_EXPORT_BYTES, ExportWriteFailed
from desktop.paths import DataPaths

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
COMMANDS = ("receive", "tokens")

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
        from desktop.exchange.receiver.app import ReceiverConfig, create_app, read_village_keys
        from desktop.exchange.receiver.certificate import TlsFiles, make_certificate
        from desktop.exchange.receiver.guard import Limits
        from desktop.exchange.receiver.receipts import ReceiptStore
        from desktop.exchange.receiver.serve import is_loopback, serve
        from desktop.exchange.receiver.store import Quota, ReceivedStore
        from desktop.exchange.receiver.tokens import OfficeToken, TokenBook
        from desktop.exchange.wire.pins import grouped
        from desktop.exchange.wire.tokens_file import TokensFileError
    except ImportError as exc:  # the installed app leaves the server out (a village never runs it)
        print(RECEIVER_MISSING.format(module=exc.name or exc), file=sys.stderr)
        return EXIT_FAILED

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    store = Path(args.store).expanduser().absolute()
    if (store / "siaga.sqlite3").exists() or (store / "siaga.kunci").exists():
        print(
            f"Folder {store} berisi data Siaga TPPO. Penerima memakai folder sendiri: kiriman "
            "disimpan terkunci di sana sampai diambil kantor (siaga-tppo fetch).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    own = TlsFiles.in_store(store)
    if args.make_certificate:
        names = args.name or _default_names(args.host)
        try:
            pin = make_certificate(own, names)
        except ExportWriteFailed as exc:
            print(f"Sertifikat tidak dapat ditulis di {exc.folder}.", file=sys.stderr)
            return EXIT_FAILED
        print(f"Sertifikat dibuat: {own.certificate} (untuk {', '.join(names)}).")
        print(f"Sidik sertifikat: {grouped(pin)}")
        return EXIT_OK
    if not args.tokens:
        print("Sebutkan berkas token desa dengan --tokens BERKAS.", file=sys.stderr)
        return EXIT_USAGE
    try:
        tokens = TokenBook(Path(args.tokens).expanduser())
    except TokensFileError as exc:
        where = f" baris {exc.line}" if exc.line else ""
        print(f"Berkas token {args.tokens}{where}: {TOKEN_PROBLEMS[exc.problem]}.", file=sys.stderr)
        return EXIT_USAGE
    if min(args.max_mb, args.quota_files, args.quota_mb) < 1:
        print("--max-mb, --quota-files dan --quota-mb harus 1 atau lebih.", file=sys.stderr)
        return EXIT_USAGE
    village_keys: dict[str, bytes] = {}
    if args.keys:
        try:
            village_keys = read_village_keys(Path(args.keys))
        except (OSError, ValueError, KeyError, TypeError):
            print(f"Berkas kunci desa {args.keys} tidak dapat dibaca.", file=sys.stderr)
            return EXIT_USAGE
    office_token = None
    if args.office_token:
        office_token = OfficeToken.from_file(Path(args.office_token).expanduser())
        if office_token is None:
            print(
                f"Berkas token kantor {args.office_token}: satu token (paling sedikit 16 huruf) "
                "atau sha256:SIDIK.",
                file=sys.stderr,
            )
            return EXIT_USAGE
    tls = None
    if args.certificate or args.private_key:
        if not (args.certificate and args.private_key):
            print("--certificate dan --private-key dipakai bersama.", file=sys.stderr)
            return EXIT_USAGE
        tls = TlsFiles(Path(args.certificate).expanduser(), Path(args.private_key).expanduser())
    elif args.tls or not is_loopback(args.host):
        # Tokens never travel in clear over a network: any other address is HTTPS.
        tls = own
        if not own.exist():
            try:
                make_certificate(own, args.name or _default_names(args.host))
            except ExportWriteFailed as exc:
                print(f"Sertifikat tidak dapat ditulis di {exc.folder}.", file=sys.stderr)
                return EXIT_FAILED
            print(f"Sertifikat baru dibuat: {own.certificate}")
    pin = ""
    if tls is not None:
        try:
            pin = tls.fingerprint()
        except (OSError, ValueError):
            print(f"Sertifikat {tls.certificate} tidak dapat dibaca.", file=sys.stderr)
            return EXIT_USAGE
    limits = Limits(proxies=frozenset(args.behind_proxy))
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
    serve(app, args.host, args.port, tls, limits)
    return EXIT_OK


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
            return EXIT_OK
        if args.action == "revoke":
            removed = upload_tokens.revoke(path, args.which)
            if not removed:
                print(f"Tidak ada token '{args.which}' di {path}.", file=sys.stderr)
                return EXIT_FAILED
            print(f"Dicabut: {len(removed)} token. Penerima memakai berkas baru dengan sendirinya.")
            return EXIT_OK
        return _add_token(args, paths, path)
    except TokensFileError as exc:
        where = f" baris {exc.line}" if exc.line else ""
        print(f"Berkas token {path}{where}: {TOKEN_PROBLEMS[exc.problem]}.", file=sys.stderr)
        return EXIT_USAGE
    except ExportWriteFailed:
        print(f"Berkas token {path} tidak dapat ditulis. Tidak ada yang berubah.", file=sys.stderr)
        return EXIT_FAILED


def _add_token(args: argparse.Namespace, paths: DataPaths, path: Path) -> int:
    from desktop.exchange import upload_tokens
    from desktop.storage.area_index import open_area_index

    try:
        code = upload_tokens.village_code_of(args.code)
    except ValueError:
        print(f"'{args.code}' bukan kode desa/kelurahan (contoh: 15.02.02.2004).", file=sys.stderr)
        return EXIT_USAGE
    from desktop.resources import resource_path

    index = open_area_index(resource_path("wilayah"), paths.shared_cache)
    try:
        chain = index.chain(code)
    finally:
        index.close()
    if len(chain) != 4:
        print(f"Kode {code} tidak ada dalam daftar resmi Kemendagri.", file=sys.stderr)
        return EXIT_USAGE
    slip_path = Path(args.slip).expanduser() if args.slip else None
    if slip_path is not None and not slip_path.parent.is_dir():
        print(f"Folder {slip_path.parent} tidak ada. Tidak ada yang ditulis.", file=sys.stderr)
        return EXIT_USAGE
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
    return EXIT_OK


def _office_name(paths: DataPaths) -> str:
    from desktop.cli.unlock import open_installation
    from desktop.storage import exchange_settings

    installation = open_installation(paths, "tokens")
    try:
        office = exchange_settings.load_office()
    finally:
        installation.close()
    return office.name if office else ""
