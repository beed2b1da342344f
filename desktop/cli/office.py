"""Command line for an immigration office's side of the exchange: import exports (from files,
or fetched from the receiver) and build content packs for its villages. Exit codes:
desktop/cli/outcome.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.cli.areas import area_index
from desktop.cli.exchange import data_as, need_role, write_problem
from desktop.cli.outcome import ExitCode, Stop
from desktop.domain.dates import long_datetime
from desktop.domain.exchange import (
    ExportRejected,
    ExportWriteFailed,
    FileResult,
    ImportReport,
    RejectReason,
    Role,
    SourceVillage,
)
from desktop.paths import DataPaths
from desktop.words import exchange as words

# Where the window points to a page or to Settings, a terminal is told the command.
COMMAND_HINTS = {
    RejectReason.FIRST_CONTACT: QT_TRANSLATE_NOOP(
        "CommandLine", "On the command line: siaga-tppo keys accept KODE --fingerprint ANGKA."
    ),
    RejectReason.KEY_CHANGED: QT_TRANSLATE_NOOP(
        "CommandLine", "On the command line: siaga-tppo keys accept KODE --fingerprint ANGKA."
    ),
    RejectReason.NO_OFFICE_KEY: QT_TRANSLATE_NOOP(
        "CommandLine", "On the command line: siaga-tppo keys export-public."
    ),
}
# Not refused for good: kept, unread, until an officer confirms the village's key.
HELD = (RejectReason.FIRST_CONTACT, RejectReason.KEY_CHANGED)


def add_import(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    imp = sub.add_parser(
        "import", parents=[common], help=translate("CommandLine", "import export files (office)")
    )
    imp.set_defaults(func=run_import)
    imp.add_argument("paths", nargs="+", metavar=translate("CommandLine", "FILE_OR_FOLDER"))


def add_fetch_and_content_pack(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> None:
    fetch = sub.add_parser(
        "fetch",
        parents=[common],
        help=translate("CommandLine", "(office) fetch and import what waits at the receiver"),
    )
    fetch.set_defaults(func=run_fetch)
    fetch.add_argument(
        "--endpoint",
        metavar=translate("CommandLine", "URL"),
        help=translate("CommandLine", "the receiver's address (kept)"),
    )
    fetch.add_argument(
        "--token-file",
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "a file holding the office's token (kept)"),
    )

    pack = sub.add_parser(
        "content-pack",
        parents=[common],
        help=translate(
            "CommandLine", "(office) make a signed content pack for the villages from a folder"
        ),
        description=translate(
            "CommandLine",
            "Make a content pack for the villages from FOLDER (its layout: "
            "docs/dev/content-pack.md): kantor.json, peringatan.json, "
            "contacts/hotlines.json, checklists/, content/. The pack is signed "
            "with the office's key and given the next number.",
        ),
    )
    pack.set_defaults(func=run_content_pack)
    pack.add_argument(
        "action", choices=["build"], help=translate("CommandLine", "build = make the pack")
    )
    pack.add_argument(
        "folder",
        metavar=translate("CommandLine", "FOLDER"),
        help=translate("CommandLine", "the folder of the pack's contents"),
    )
    pack.add_argument(
        "--out",
        required=True,
        metavar=translate("CommandLine", "FILE.siagapaket"),
        help=translate("CommandLine", "the pack to make"),
    )
    pack.add_argument(
        "--to-receiver",
        action="store_true",
        help=translate(
            "CommandLine",
            "also give it to the receiver (the office's address and token from the command fetch)",
        ),
    )


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


def reject_words(refused: ExportRejected) -> str:
    """The window's sentence for a refused file (desktop/words/exchange.py), with the command
    where the window names a page."""
    said = translate(words.CONTEXT, words.REASONS[refused.reason])
    if refused.reason is RejectReason.OTHER_VILLAGE:
        said = said.format(
            sender=_village_words(refused.sender), owner=_village_words(refused.owner)
        )
    if refused.reason in COMMAND_HINTS:
        said += " " + translate("CommandLine", COMMAND_HINTS[refused.reason])
    return said


def _refused_line(name: str, refused: ExportRejected) -> str:
    why = reject_words(refused)
    if refused.reason in HELD:
        return f"{name}: {why}"
    detail = f" ({refused.detail})" if refused.detail else ""
    line = translate("CommandLine", "{file}: REFUSED. {why}{detail}")
    return line.format(file=name, why=why, detail=detail)


def file_line(result: FileResult) -> str:
    if result.rejected is not None:
        return _refused_line(result.name, result.rejected)
    where = _village_words(result.village) if result.village else ""
    if result.already_imported_at is not None:
        when = long_datetime(result.already_imported_at.astimezone())
        line = translate(
            "CommandLine", "{file}: {village}, export {number}: imported already {when}"
        )
        return line.format(file=result.name, village=where, number=result.sequence, when=when)
    line = translate("CommandLine", "{file}: {village}, export {number}: {counts}")
    return line.format(
        file=result.name, village=where, number=result.sequence, counts=_counts(result.counts)
    )


def _counts(c) -> str:
    return translate(
        "ExchangeWords", "{new} new, {updated} updated, {same} unchanged, {conflicts} conflicts"
    ).format(new=c.new, updated=c.updated, same=c.unchanged, conflicts=c.conflicts)


def report_lines(report: ImportReport) -> list[str]:
    lines = [file_line(f) for f in report.files]
    total = translate("CommandLine", "Total: {counts}, {refused} files refused")
    lines.append(total.format(counts=_counts(report.totals), refused=report.rejected))
    return lines


def run_import(args: argparse.Namespace) -> int:
    from desktop.exchange.receipts import import_and_acknowledge

    with data_as(args, Role.OFFICE, "import") as paths, area_index(paths) as index:
        found = (Path(p).expanduser() for p in args.paths)
        report = import_and_acknowledge(found, areas=index.chain)
    for line in report_lines(report):
        print(line)
    if report.receipts_written:
        beside = translate("CommandLine", "Receipts written beside {count} files.")
        print(beside.format(count=report.receipts_written))
    if report.receipts_not_written:
        print(
            translate(
                "CommandLine",
                "Receipts could NOT be written beside {count} files (flash drive locked?).",
            ).format(count=report.receipts_not_written),
            file=sys.stderr,
        )
    if not report.files:
        none = translate("CommandLine", "No export files (*.siaga or *.json) were found.")
        raise Stop(none, ExitCode.FAILED)
    return ExitCode.OK if report.all_ok else ExitCode.FAILED


def _read_token_file(path: str) -> str | None:
    try:
        token = Path(path).expanduser().read_text(encoding="utf-8-sig").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if len(token) < 16 or any(c.isspace() for c in token):
        return None
    return token


FETCH_PROBLEMS = {
    "tidak_terjangkau": QT_TRANSLATE_NOOP("CommandLine", "the receiver cannot be reached"),
    "token_ditolak": QT_TRANSLATE_NOOP("CommandLine", "the receiver refused the office's token"),
    "jawaban_aneh": QT_TRANSLATE_NOOP(
        "CommandLine", "that address answers, but it is not a receiver of Siaga TPPO"
    ),
}


def _fetch_problem(problem: str) -> str:
    return translate("CommandLine", FETCH_PROBLEMS[problem])


PACK_PARTS = {
    "hotlines": QT_TRANSLATE_NOOP("CommandLine", "the important numbers (contacts/hotlines.json)"),
    "checklist": QT_TRANSLATE_NOOP(
        "CommandLine", "the questions of Cek Tawaran Kerja (checklists/)"
    ),
    "material": QT_TRANSLATE_NOOP("CommandLine", "the topics of Materi (content/)"),
    "warnings": QT_TRANSLATE_NOOP("CommandLine", "the warnings (peringatan.json)"),
    "contacts": QT_TRANSLATE_NOOP("CommandLine", "the local contacts (kantor.json)"),
    "peringatan": QT_TRANSLATE_NOOP("CommandLine", "the warnings (peringatan.json)"),
    "kantor": QT_TRANSLATE_NOOP("CommandLine", "the office's contact (kantor.json)"),
}


def _no_folder(folder: Path) -> str:
    missing = translate("CommandLine", "The folder {folder} does not exist. Nothing was made.")
    return missing.format(folder=folder)


def _part(part: str, otherwise: str) -> str:
    return translate("CommandLine", PACK_PARTS[part]) if part in PACK_PARTS else otherwise


def run_content_pack(args: argparse.Namespace) -> int:
    from desktop.exchange import pack_build
    from desktop.exchange.fetch import FetchFailed, load_access, put_content_pack
    from desktop.exchange.wire.content_pack import PackRejected, PackTrouble

    folder, out = Path(args.folder).expanduser(), Path(args.out).expanduser()
    if not folder.is_dir():
        raise Stop(_no_folder(folder), ExitCode.USAGE)
    if not out.parent.is_dir():
        raise Stop(_no_folder(out.parent), ExitCode.USAGE)
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
                translate(
                    "CommandLine",
                    "The file {file} for {part} is missing or cannot be read ({detail}). Nothing "
                    "was made.",
                ).format(file=exc.path, part=_part(exc.part, exc.part), detail=exc.detail),
                ExitCode.FAILED,
            ) from exc
        except pack_build.PackCannotBeMade:
            raise Stop(
                translate(
                    "CommandLine",
                    "This office has no key yet (run: siaga-tppo keys export-public). Nothing was "
                    "made.",
                ),
                ExitCode.FAILED,
            ) from None
        except PackRejected as exc:
            what = (
                translate("CommandLine", "The pack is too large")
                if exc.trouble is PackTrouble.TOO_LARGE
                else translate(
                    "CommandLine", "The villages would not be able to use {part}"
                ).format(part=_part(exc.part, translate("CommandLine", "the pack's contents")))
            )
            raise Stop(
                translate("CommandLine", "{what} (details: {detail}). Nothing was made.").format(
                    what=what, detail=exc.detail
                ),
                ExitCode.FAILED,
            ) from exc
        access = load_access() if args.to_receiver else None
        if args.to_receiver and access is None:
            print(
                translate(
                    "CommandLine",
                    "The receiver is not set yet (command fetch --endpoint --token-file).",
                ),
                file=sys.stderr,
            )
    try:
        path = pack_build.write_pack(out.parent, out.name, data)
    except ExportWriteFailed as exc:
        raise Stop(
            translate(
                "CommandLine",
                "Pack number {number} was made but cannot be written to {file}. {why} Write it "
                "again from the office's window (Isi untuk desa).",
            ).format(number=made.number, file=out, why=write_problem(exc.problem)),
            ExitCode.FAILED,
        ) from exc
    done = translate("CommandLine", "Content pack number {number} made, signed and checked: {file}")
    print(done.format(number=made.number, file=path))
    if access is not None:
        try:
            kept = put_content_pack(access, data)
        except FetchFailed as exc:
            said = translate("CommandLine", "The receiver: {why}.").format(
                why=_fetch_problem(exc.problem)
            )
            raise Stop(said, ExitCode.FAILED) from exc
        print(
            translate(
                "CommandLine", "The receiver keeps pack number {number} for the villages."
            ).format(number=kept)
        )
    return ExitCode.OK


def run_fetch(args: argparse.Namespace) -> int:
    from desktop.exchange.fetch import FetchFailed, fetch_waiting, load_access, save_access

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    if not paths.database.exists():
        unset = translate("CommandLine", "The folder {folder} is not set up yet (command {setup}).")
        raise Stop(unset.format(folder=paths.root, setup="init --office"), ExitCode.USAGE)
    token = None
    if args.token_file:
        token = _read_token_file(args.token_file)
        if token is None:
            raise Stop(
                translate("CommandLine", "The token file {file} holds no valid token.").format(
                    file=args.token_file
                ),
                ExitCode.USAGE,
            )
    from desktop.cli.unlock import open_installation

    installation = open_installation(paths, "fetch")
    try:
        problem = need_role(Role.OFFICE, paths)
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
                invalid = translate(
                    "CommandLine", "The receiver's address or the token is not valid."
                )
                raise Stop(invalid, ExitCode.USAGE) from None
        if access is None:
            raise Stop(
                translate(
                    "CommandLine", "Give --endpoint URL and --token-file BERKAS (once only)."
                ),
                ExitCode.USAGE,
            )
        try:
            with area_index(paths) as index:
                outcome = fetch_waiting(access, areas=index.chain)
        except FetchFailed as exc:
            raise Stop(
                translate("CommandLine", "What was sent cannot be fetched: {why}.").format(
                    why=_fetch_problem(exc.problem)
                ),
                ExitCode.FAILED,
            ) from exc
    finally:
        installation.close()
    for line in report_lines(outcome.report):
        print(line)
    if outcome.left:
        left = translate(
            "CommandLine", "Still waiting at the receiver: {count} (tried again later)."
        )
        print(left.format(count=outcome.left))
    if outcome.receipts_posted:
        posted = translate(
            "CommandLine", "Receipts left at the receiver for the villages: {count}."
        )
        print(posted.format(count=outcome.receipts_posted))
    return ExitCode.OK if outcome.report.all_ok and not outcome.left else ExitCode.FAILED
