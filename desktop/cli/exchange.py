"""Command line for Kirim & Ekspor: the upload target, export and sync (a village), import,
fetch and content packs (an office). Exit codes: desktop/cli/outcome.py."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop.catalogue import translate
from desktop.cli.areas import area_index
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.access_token import TokenProblem, check_token
from desktop.domain.dates import long_datetime
from desktop.domain.exchange import (
    ExportWriteFailed,
    FileResult,
    ImportReport,
    RejectReason,
    Role,
    SendProblem,
    SourceVillage,
    WriteProblem,
)
from desktop.paths import DataPaths

TOKEN_ENV = "SIAGA_TOKEN"  # the upload token for configure, removed from the environment once read

REASONS = {
    RejectReason.TOO_LARGE: "berkas terlalu besar",
    RejectReason.UNREADABLE: "berkas tidak dapat dibaca (flashdisk dicabut?)",
    RejectReason.NOT_TEXT: "berkas rusak (bukan teks)",
    RejectReason.DAMAGED: "berkas rusak atau terpotong (tidak utuh)",
    RejectReason.TOO_DEEP: "berkas rusak (susunannya tidak wajar)",
    RejectReason.NOT_AN_EXPORT: "bukan berkas ekspor Siaga TPPO",
    RejectReason.NEWER_VERSION: "dibuat aplikasi versi lebih baru; perbarui Siaga TPPO dulu",
    RejectReason.INVALID: "isi berkas tidak sesuai format",
    RejectReason.HASH_MISMATCH: "isi berkas berubah setelah dibuat (kode pemeriksa tidak cocok)",
    RejectReason.DUPLICATE_ID: "ada catatan ganda di dalam berkas",
    RejectReason.BROKEN_HISTORY: "riwayat perubahan di dalam berkas tidak utuh",
    RejectReason.OUTSIDE_AREA: "desa/kelurahan di luar wilayah kerja kantor ini",
    RejectReason.WRONG_VILLAGE: "token bukan untuk desa/kelurahan ini",
    RejectReason.EXPORT_ID_REUSED: "nomor ekspor sama dengan berkas lain yang isinya berbeda",
    RejectReason.TRAINING_DATA: "data MODE LATIHAN (fiktif), tidak dimasukkan",
    RejectReason.NOT_AN_OFFICE: "folder ini bukan data kantor imigrasi",
    RejectReason.NOT_SIGNED: "bukan ekspor yang dilindungi (tidak bertanda tangan); minta desa "
    "mengekspor ulang dengan Siaga TPPO terbaru",
    RejectReason.BAD_SIGNATURE: "tanda tangan tidak cocok: berkas berubah, rusak, atau bukan "
    "dari desa itu",
    RejectReason.KEY_CHANGED: "DITAHAN: ditandatangani kunci lain daripada kunci desa yang "
    "terdaftar. Telepon desa dan cocokkan sidik kunci, lalu terima di halaman Desa atau dengan: "
    "siaga-tppo keys accept KODE --fingerprint ANGKA",
    RejectReason.NOT_FOR_THIS_OFFICE: "dikunci untuk kantor lain; kantor ini tidak dapat "
    "membukanya",
    RejectReason.NO_OFFICE_KEY: "kantor ini belum mempunyai kunci (jalankan: siaga-tppo keys "
    "export-public)",
    RejectReason.FIRST_CONTACT: "DITAHAN: ekspor pertama desa ini. Cocokkan sidik kunci desa "
    "(lewat telepon atau lembar pendaftaran), lalu terima di halaman Desa atau dengan: "
    "siaga-tppo keys accept KODE --fingerprint ANGKA",
    RejectReason.OTHER_VILLAGE: "berkas ini akan mengubah catatan milik desa lain; tidak ada "
    "yang dimasukkan (dicatat di jejak audit)",
    RejectReason.CODE_MISMATCH: "kode wilayah di berkas bukan kode desa pemilik kunci ini, dan "
    "tidak ada perubahan kode yang ditandatangani",
    RejectReason.UNKNOWN_AREA: "kode wilayah desa tidak ada dalam daftar resmi di aplikasi "
    "kantor ini; perbarui Siaga TPPO",
    RejectReason.IMPOSSIBLE_TIME: "berisi waktu yang tidak mungkin (sebelum 2000 atau sesudah "
    "besok); tanggal komputer desa mungkin salah",
    RejectReason.UNDECLARED_IDENTITIES: "berisi nama, NIK atau telepon padahal menyatakan tidak "
    "menyertakan identitas",
}
# Not refused for good: kept, unread, until an officer confirms the village's key.
HELD = (RejectReason.FIRST_CONTACT, RejectReason.KEY_CHANGED)
WRITE_PROBLEMS = {
    WriteProblem.FULL: "tempat penyimpanan penuh",
    WriteProblem.READ_ONLY: "folder tidak dapat ditulisi (hanya baca atau terkunci)",
    WriteProblem.VANISHED: "folder atau flashdisk tidak ada lagi (dicabut?)",
    WriteProblem.NOT_VERIFIED: "isi yang terbaca kembali tidak sama dengan yang ditulis",
    WriteProblem.OTHER: "gagal menulis",
}
SEND_PROBLEMS = {
    SendProblem.NOT_CONFIGURED: "alamat kantor dan token belum diatur (perintah configure)",
    SendProblem.UNREACHABLE: "kantor belum terjangkau (tidak ada sambungan)",
    SendProblem.NOT_RECEIVER: "alamat itu menjawab, tetapi bukan penerima Siaga TPPO",
    SendProblem.TIMEOUT: "kantor terlalu lama menjawab",
    SendProblem.SERVER_ERROR: "ada gangguan di kantor; dicoba lagi nanti",
    SendProblem.BAD_RECEIPT: "jawaban kantor tidak memuat tanda terima; dicoba lagi nanti",
    SendProblem.TOKEN_REFUSED: "token ditolak kantor; periksa token (perintah configure)",
    SendProblem.FORBIDDEN: "token bukan untuk desa/kelurahan ini",
    SendProblem.REJECTED: "kantor menolak isi ekspor",
    SendProblem.NOT_FOUND: "alamat kantor salah; periksa alamat (perintah configure)",
    SendProblem.CONFLICT: "kantor sudah menerima ekspor bernomor sama dengan isi lain",
    SendProblem.TOO_LARGE: "ekspor terlalu besar untuk kantor",
    SendProblem.CLIENT_ERROR: "kantor menolak permintaan",
    SendProblem.FILE_MISSING: "salinan ekspor di kotak keluar hilang",
}


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    configure = sub.add_parser(
        "configure", parents=[common], help="atur alamat kantor imigrasi dan token pengiriman"
    )
    configure.set_defaults(func=run_configure)
    configure.add_argument("--endpoint", required=True, metavar="URL", help="alamat penerima")
    configure.add_argument(
        "--token-file",
        metavar="BERKAS",
        help=f"berkas berisi token dari kantor (atau variabel {TOKEN_ENV}, atau diketik)",
    )
    # Refused with an explanation: a token in the arguments is seen by every user of the
    # computer (process list) and stays in the shell history.
    configure.add_argument("--token", help=argparse.SUPPRESS)

    export = sub.add_parser("export", parents=[common], help="ekspor catatan ke sebuah folder")
    export.set_defaults(func=run_export)
    export.add_argument("--out", required=True, metavar="FOLDER", help="folder tujuan")
    export.add_argument(
        "--with-identities",
        metavar="ALASAN",
        help="sertakan nama, NIK dan telepon orang yang terlibat, dengan alasan ini",
    )
    export.add_argument(
        "--unencrypted",
        action="store_true",
        help="TANPA enkripsi (hanya bila kunci kantor belum ada): siapa pun yang menemukan "
        "flashdisk dapat membacanya; dicatat di jejak audit",
    )

    imp = sub.add_parser("import", parents=[common], help="impor berkas ekspor (kantor)")
    imp.set_defaults(func=run_import)
    imp.add_argument("paths", nargs="+", metavar="BERKAS_ATAU_FOLDER")

    sync = sub.add_parser("sync", parents=[common], help="kirim ekspor yang menunggu ke kantor")
    sync.set_defaults(func=run_sync)

    fetch = sub.add_parser(
        "fetch", parents=[common], help="(kantor) ambil dan impor kiriman yang menunggu di penerima"
    )
    fetch.set_defaults(func=run_fetch)
    fetch.add_argument("--endpoint", metavar="URL", help="alamat penerima (disimpan)")
    fetch.add_argument(
        "--token-file", metavar="BERKAS", help="berkas berisi token kantor (disimpan)"
    )

    pack = sub.add_parser(
        "content-pack",
        parents=[common],
        help="(kantor) buat paket isi bertanda tangan untuk desa dari sebuah folder",
        description="Buat paket isi untuk desa dari FOLDER (susunannya: docs/dev/content-pack.md): "
        "kantor.json, peringatan.json, contacts/hotlines.json, checklists/, content/. Paket "
        "ditandatangani dengan kunci kantor dan diberi nomor berikutnya.",
    )
    pack.set_defaults(func=run_content_pack)
    pack.add_argument("action", choices=["build"], help="build = buat paket")
    pack.add_argument("folder", metavar="FOLDER", help="folder isi paket")
    pack.add_argument("--out", required=True, metavar="BERKAS.siagapaket", help="paket yang dibuat")
    pack.add_argument(
        "--to-receiver",
        action="store_true",
        help="berikan juga ke penerima (alamat dan token kantor dari perintah fetch)",
    )


@contextlib.contextmanager
def data_as(args: argparse.Namespace, role: Role, command: str) -> Iterator[DataPaths]:
    """The folder's data, unlocked and open for ``command``, if it is set up for ``role``."""
    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    if not paths.database.exists():
        setup = "init --office" if role is Role.OFFICE else "init"
        raise Stop(f"Folder {paths.root} belum disiapkan (perintah {setup}).", ExitCode.USAGE)
    from desktop.cli.unlock import open_installation

    installation = open_installation(paths, command)
    try:
        problem = _need_role(role, paths)
        if problem:
            raise Stop(problem, ExitCode.USAGE)
        yield paths
    finally:
        installation.close()


def _need_role(role: Role, paths: DataPaths) -> str | None:
    from desktop.storage import exchange_settings

    found = exchange_settings.role()
    if found is role:
        return None
    if role is Role.VILLAGE:
        return (
            f"Folder {paths.root} belum berisi data desa/kelurahan. "
            "Siapkan dulu dengan: siaga-tppo init --village KODE --head NAMA"
        )
    return (
        f"Folder {paths.root} bukan data kantor imigrasi. "
        'Siapkan dulu dengan: siaga-tppo init --office "NAMA KANTOR" --covers KODE'
    )


TOKEN_PROBLEMS = {
    TokenProblem.EMPTY: "Token kosong.",
    TokenProblem.SPACES: "Token tidak boleh berisi spasi.",
    TokenProblem.TOO_SHORT: "Token terlalu pendek.",
    TokenProblem.GROUP_COUNT: "Token terdiri atas 5 kelompok berisi 5 huruf/angka.",
    TokenProblem.GROUP_LENGTH: "Kelompok ke-{group} harus berisi 5 huruf/angka.",
    TokenProblem.CHARACTER: "Kelompok ke-{group} memuat huruf yang tidak pernah dipakai token "
    "(0, O, 1, I, L).",
    TokenProblem.CHECK: "Ada salah ketik di kelompok ke-{group}: periksa lagi dengan lembar token.",
}


def _token_given(args: argparse.Namespace) -> str:
    """The upload token from a file, the environment (removed once read) or the terminal,
    never from the arguments. Raises Stop."""
    if args.token is not None:
        raise Stop(
            "--token tidak dipakai lagi: token yang diketik di baris perintah terlihat oleh "
            "pengguna lain komputer ini dan tersimpan di riwayat perintah. Pakai --token-file "
            f"BERKAS, variabel lingkungan {TOKEN_ENV}, atau jalankan tanpa keduanya lalu ketik "
            "token saat diminta.",
            ExitCode.USAGE,
        )
    if args.token_file:
        try:
            return Path(args.token_file).expanduser().read_text(encoding="utf-8-sig").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise Stop(
                f"Berkas token {args.token_file} tidak dapat dibaca.", ExitCode.USAGE
            ) from exc
    given = os.environ.pop(TOKEN_ENV, "")
    if given:
        return given.strip()
    if sys.stdin is None or not sys.stdin.isatty():
        raise Stop(
            f"Token diperlukan: --token-file BERKAS, variabel lingkungan {TOKEN_ENV}, atau "
            "jalankan di terminal agar token dapat diketik.",
            ExitCode.USAGE,
        )
    return getpass.getpass("Token akses dari kantor: ").strip()


def run_configure(args: argparse.Namespace) -> int:
    from desktop.exchange.sync import endpoint_problem
    from desktop.storage import exchange_settings, outbox_store

    url = args.endpoint.strip().rstrip("/")
    problem = endpoint_problem(url)
    if problem == "insecure":
        raise Stop(
            f"Alamat '{url}' harus diawali https:// agar token tidak terbaca di jaringan "
            "(http:// hanya untuk penerima di komputer ini sendiri).",
            ExitCode.USAGE,
        )
    if problem:
        raise Stop(
            f"Alamat '{url}' tidak sah. Contoh: https://imigrasi.example/siaga", ExitCode.USAGE
        )
    checked = check_token(_token_given(args))
    if checked.token is None:
        assert checked.problem is not None
        raise Stop(TOKEN_PROBLEMS[checked.problem].format(group=checked.group), ExitCode.USAGE)
    with data_as(args, Role.VILLAGE, "configure"):
        again = exchange_settings.save_endpoint(url, checked.token)
        waiting = len(outbox_store.waiting_exports())
    note = f" {again} ekspor yang tadinya gagal akan dicoba lagi." if again else ""
    print(f"Tersimpan: kiriman ke {url}. Menunggu dikirim: {waiting} ekspor.{note}")
    return ExitCode.OK


def run_export(args: argparse.Namespace) -> int:
    from desktop.exchange.export import export_to_folder, tidy_reason
    from desktop.exchange.protection import OfficeKeyMissing
    from desktop.storage import exchange_settings

    folder = Path(args.out).expanduser().absolute()
    reason = None
    if args.with_identities is not None:
        reason = tidy_reason(args.with_identities)
        if reason is None:
            raise Stop("Alasan menyertakan identitas wajib diisi.", ExitCode.USAGE)
    with data_as(args, Role.VILLAGE, "export") as paths:
        outbox = paths.outbox if exchange_settings.load_endpoint() else None
        try:
            result = export_to_folder(
                folder, identities_reason=reason, outbox=outbox, unencrypted=args.unencrypted
            )
        except OfficeKeyMissing:
            raise Stop(
                "Kunci kantor imigrasi belum dipasang, jadi ekspor tidak dapat dikunci. Pasang "
                "dulu: siaga-tppo keys import-office BERKAS. (Dengan --unencrypted ekspor ditulis "
                "tanpa enkripsi: siapa pun yang menemukan flashdisk dapat membacanya.)",
                ExitCode.USAGE,
            ) from None
        except ExportWriteFailed as exc:
            left = (
                "Data tidak berubah; sisa berkas yang mungkin tertinggal di sana tersembunyi dan "
                "terhapus pada ekspor berikutnya ke tempat itu."
                if exc.problem is WriteProblem.VANISHED
                else "Tidak ada berkas yang tertinggal dan data tidak berubah."
            )
            raise Stop(
                f"Ekspor gagal ditulis ke {folder}: {WRITE_PROBLEMS[exc.problem]}. {left}",
                ExitCode.FAILED,
            ) from exc
    entry = result.entry
    extra = " Identitas disertakan." if entry.identities_reason else ""
    if args.unencrypted:
        extra += " PERINGATAN: TANPA enkripsi, siapa pun yang memegang berkas dapat membacanya."
    queued = " Salinan menunggu dikirim." if entry.body_path else ""
    print(
        f"Ekspor ke-{entry.sequence}: {entry.records} catatan, {entry.versions} versi, "
        f"{entry.assessments} penilaian.{extra}{queued}",
        file=sys.stderr,
    )
    print(result.path)
    return ExitCode.OK


def _village_words(village: SourceVillage | None) -> str:
    """The window's words (desktop/ui/exchange/wording.py, village_text)."""
    if village is None:
        return translate("ExchangeWords", "another village")
    kind = (
        translate("ExchangeWords", "Kelurahan")
        if village.kelurahan
        else translate("ExchangeWords", "Desa")
    )
    return f"{kind} {village.name} ({village.code})"


def file_line(result: FileResult) -> str:
    if result.rejected is not None:
        refused = result.rejected
        detail = f" ({refused.detail})" if refused.detail else ""
        if refused.reason is RejectReason.OTHER_VILLAGE:
            detail = (
                f" (dari {_village_words(refused.sender)}; milik {_village_words(refused.owner)})"
            )
        if refused.reason in HELD:
            return f"{result.name}: {REASONS[refused.reason]}"
        return f"{result.name}: DITOLAK — {REASONS[refused.reason]}{detail}"
    village = result.village
    kind = "Kelurahan" if village and village.kelurahan else "Desa"
    where = f"{kind} {village.name} ({village.code})" if village else ""
    c = result.counts
    counts = f"{c.new} baru, {c.updated} diperbarui, {c.unchanged} sama, {c.conflicts} konflik"
    if result.already_imported_at is not None:
        when = long_datetime(result.already_imported_at.astimezone())
        return f"{result.name}: {where}, ekspor ke-{result.sequence}: sudah diimpor {when}"
    return f"{result.name}: {where}, ekspor ke-{result.sequence}: {counts}"


def report_lines(report: ImportReport) -> list[str]:
    lines = [file_line(f) for f in report.files]
    t = report.totals
    lines.append(
        f"Jumlah: {t.new} baru, {t.updated} diperbarui, {t.unchanged} sama, "
        f"{t.conflicts} konflik, {report.rejected} berkas ditolak"
    )
    return lines


def run_import(args: argparse.Namespace) -> int:
    from desktop.exchange.receipts import import_and_acknowledge

    with data_as(args, Role.OFFICE, "import") as paths, area_index(paths) as index:
        found = (Path(p).expanduser() for p in args.paths)
        report = import_and_acknowledge(found, areas=index.chain)
    for line in report_lines(report):
        print(line)
    if report.receipts_written:
        print(f"Tanda terima ditulis di samping {report.receipts_written} berkas.")
    if report.receipts_not_written:
        print(
            f"Tanda terima TIDAK dapat ditulis di samping {report.receipts_not_written} berkas "
            "(flashdisk terkunci?).",
            file=sys.stderr,
        )
    if not report.files:
        raise Stop("Tidak ada berkas ekspor (*.siaga atau *.json) yang ditemukan.", ExitCode.FAILED)
    return ExitCode.OK if report.all_ok else ExitCode.FAILED


def run_sync(args: argparse.Namespace) -> int:
    from desktop.exchange.protection import OfficeKeyMissing
    from desktop.exchange.sync import send_outbox

    try:
        with data_as(args, Role.VILLAGE, "sync") as paths:
            outcome = send_outbox(paths.outbox, manual=True)
    except OfficeKeyMissing:
        raise Stop(
            "Kunci kantor imigrasi belum dipasang: ekspor hanya dikirim terkunci untuk kantor. "
            "Pasang dulu: siaga-tppo keys import-office BERKAS.",
            ExitCode.USAGE,
        ) from None
    except ExportWriteFailed as exc:
        raise Stop(
            f"Ekspor baru tidak dapat dibuat: {WRITE_PROBLEMS[exc.problem]}.", ExitCode.FAILED
        ) from exc
    if not outcome.configured:
        raise Stop(SEND_PROBLEMS[SendProblem.NOT_CONFIGURED].capitalize() + ".", ExitCode.USAGE)
    if outcome.office_key_missing:
        print(
            "Ekspor baru tidak dibuat: kunci kantor imigrasi belum dipasang "
            "(siaga-tppo keys import-office BERKAS).",
            file=sys.stderr,
        )
    if outcome.queued is not None:
        print(f"Ekspor baru ke-{outcome.queued.sequence} dibuat untuk dikirim.")
    if outcome.probe_problem is not None:
        print(f"Belum terkirim: {SEND_PROBLEMS[outcome.probe_problem]}.")
    for attempt in outcome.attempts:
        if attempt.problem is None:
            print(f"Ekspor ke-{attempt.sequence}: diterima penerima.")
        else:
            detail = f" ({attempt.detail})" if attempt.detail else ""
            print(f"Ekspor ke-{attempt.sequence}: {SEND_PROBLEMS[attempt.problem]}{detail}.")
    if outcome.receipts:
        print(f"Tanda terima kantor yang baru: {outcome.receipts}.")
    print(f"Menunggu: {outcome.waiting}; gagal (perlu diperbaiki): {outcome.failed}.")
    if outcome.content_pack:
        print(
            "Paket isi baru dari kantor diterima. Lihat perubahannya dan pasang di aplikasi: "
            "Kirim & Ekspor, Isi dari kantor imigrasi."
        )
    return ExitCode.OK if outcome.all_delivered else ExitCode.FAILED


def _read_token_file(path: str) -> str | None:
    try:
        token = Path(path).expanduser().read_text(encoding="utf-8-sig").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if len(token) < 16 or any(c.isspace() for c in token):
        return None
    return token


FETCH_PROBLEMS = {
    "tidak_terjangkau": "penerima tidak terjangkau",
    "token_ditolak": "token kantor ditolak penerima",
    "jawaban_aneh": "alamat itu menjawab, tetapi bukan penerima Siaga TPPO",
}


PACK_PARTS = {
    "hotlines": "nomor penting (contacts/hotlines.json)",
    "checklist": "pertanyaan Cek Tawaran Kerja (checklists/)",
    "material": "topik Materi (content/)",
    "warnings": "peringatan (peringatan.json)",
    "contacts": "kontak setempat (kantor.json)",
    "peringatan": "peringatan (peringatan.json)",
    "kantor": "kontak kantor (kantor.json)",
}


def run_content_pack(args: argparse.Namespace) -> int:
    from desktop.exchange import pack_build
    from desktop.exchange.fetch import FetchFailed, load_access, put_content_pack
    from desktop.exchange.wire.content_pack import PackRejected, PackTrouble

    folder, out = Path(args.folder).expanduser(), Path(args.out).expanduser()
    if not folder.is_dir():
        raise Stop(f"Folder {folder} tidak ada. Tidak ada yang dibuat.", ExitCode.USAGE)
    if not out.parent.is_dir():
        raise Stop(f"Folder {out.parent} tidak ada. Tidak ada yang dibuat.", ExitCode.USAGE)
    with data_as(args, Role.OFFICE, "content-pack"):
        try:
            read = pack_build.read_folder(folder)
            made, data = pack_build.make_pack(
                office_contact=read.office_contact,
                local_contacts=read.local_contacts,
                warnings=read.warnings,
                parts=read.parts,
            )
        except pack_build.PackFolderError as exc:
            raise Stop(
                f"Berkas {exc.path} untuk {PACK_PARTS.get(exc.part, exc.part)} tidak ada atau "
                f"tidak terbaca ({exc.detail}). Tidak ada yang dibuat.",
                ExitCode.FAILED,
            ) from exc
        except pack_build.PackCannotBeMade:
            raise Stop(
                "Kantor ini belum mempunyai kunci (jalankan: siaga-tppo keys export-public). "
                "Tidak ada yang dibuat.",
                ExitCode.FAILED,
            ) from None
        except PackRejected as exc:
            what = (
                "Paket terlalu besar"
                if exc.trouble is PackTrouble.TOO_LARGE
                else f"Desa tidak akan dapat memakai {PACK_PARTS.get(exc.part, 'isi paket')}"
            )
            raise Stop(
                f"{what} (rincian: {exc.detail}). Tidak ada yang dibuat.", ExitCode.FAILED
            ) from exc
        access = load_access() if args.to_receiver else None
        if args.to_receiver and access is None:
            print(
                "Penerima belum diatur (perintah fetch --endpoint --token-file).", file=sys.stderr
            )
    try:
        path = pack_build.write_pack(out.parent, out.name, data)
    except ExportWriteFailed as exc:
        raise Stop(
            f"Paket nomor {made.number} dibuat tetapi tidak dapat ditulis ke {out}: "
            f"{WRITE_PROBLEMS[exc.problem]}. Tulis lagi dari jendela kantor (Isi untuk desa).",
            ExitCode.FAILED,
        ) from exc
    print(f"Paket isi nomor {made.number} dibuat, ditandatangani dan diperiksa: {path}")
    if access is not None:
        try:
            kept = put_content_pack(access, data)
        except FetchFailed as exc:
            raise Stop(f"Penerima: {FETCH_PROBLEMS[exc.problem]}.", ExitCode.FAILED) from exc
        print(f"Penerima menyimpan paket nomor {kept} untuk desa.")
    return ExitCode.OK


def run_fetch(args: argparse.Namespace) -> int:
    from desktop.exchange.fetch import FetchFailed, fetch_waiting, load_access, save_access

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    if not paths.database.exists():
        raise Stop(f"Folder {paths.root} belum disiapkan (perintah init --office).", ExitCode.USAGE)
    token = None
    if args.token_file:
        token = _read_token_file(args.token_file)
        if token is None:
            raise Stop(
                f"Berkas token {args.token_file} tidak berisi token yang sah.", ExitCode.USAGE
            )
    from desktop.cli.unlock import open_installation

    installation = open_installation(paths, "fetch")
    try:
        problem = _need_role(Role.OFFICE, paths)
        if problem:
            raise Stop(problem, ExitCode.USAGE)
        access = load_access()
        if args.endpoint or token:
            try:
                access = save_access(
                    args.endpoint or (access.url if access else ""),
                    token or (access.token if access else ""),
                )
            except ValueError:
                raise Stop("Alamat penerima atau token tidak sah.", ExitCode.USAGE) from None
        if access is None:
            raise Stop(
                "Sebutkan --endpoint URL dan --token-file BERKAS (sekali saja).", ExitCode.USAGE
            )
        try:
            with area_index(paths) as index:
                outcome = fetch_waiting(access, areas=index.chain)
        except FetchFailed as exc:
            raise Stop(
                f"Kiriman tidak dapat diambil: {FETCH_PROBLEMS[exc.problem]}.", ExitCode.FAILED
            ) from exc
    finally:
        installation.close()
    for line in report_lines(outcome.report):
        print(line)
    if outcome.left:
        print(f"Masih menunggu di penerima: {outcome.left} (dicoba lagi nanti).")
    if outcome.receipts_posted:
        print(f"Tanda terima dititipkan di penerima untuk desa: {outcome.receipts_posted}.")
    return ExitCode.OK if outcome.report.all_ok and not outcome.left else ExitCode.FAILED
