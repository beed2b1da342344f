"""``siaga-tppo recap``: the office's recap of a month, a quarter or a year as PDF or XLSX,
without opening a window: the same file as the Rekap page's, in the same words (the window's
catalogue, in the office's language)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.catalogue import translate
from desktop.cli.areas import area_index
from desktop.cli.outcome import ExitCode, Stop
from desktop.paths import DataPaths


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    recap = sub.add_parser(
        "recap",
        parents=[common],
        help=translate(
            "CommandLine",
            "(office) recap of the villages' records for a month, quarter or year, to PDF or XLSX",
        ),
    )
    recap.set_defaults(func=run_recap)
    recap.add_argument(
        "--period",
        required=True,
        metavar=translate("CommandLine", "PERIOD"),
        help=translate("CommandLine", "month 2026-11, quarter 2026-Q4, or year 2026"),
    )
    recap.add_argument(
        "--out",
        required=True,
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "a .pdf or .xlsx file"),
    )
    recap.add_argument(
        "--paper",
        choices=("a4", "f4"),
        default="a4",
        help=translate("CommandLine", "PDF paper size (default: a4)"),
    )


def run_recap(args: argparse.Namespace) -> int:
    """The office's recap of a month (2026-11), a quarter (2026-Q4) or a year (2026) as PDF or
    XLSX, without opening a window: the same file as the Rekap page's, in the same words (the
    window's catalogue, in the office's language)."""
    from desktop.cli.unlock import open_installation
    from desktop.domain.recap import Period, PeriodInvalid

    try:
        period = Period.parse(args.period)
    except PeriodInvalid:
        raise Stop(
            translate(
                "CommandLine",
                "'{period}' is not a period. For example: 2026-11 (a month), 2026-Q4 (a quarter), "
                "2026 (a year). Nothing was written.",
            ).format(period=args.period),
            ExitCode.USAGE,
        ) from None
    out = Path(args.out).expanduser().absolute()
    kind = out.suffix.lower()
    if kind not in (".pdf", ".xlsx"):
        raise Stop(
            translate(
                "CommandLine", "The file {file} must end in .pdf or .xlsx. Nothing was written."
            ).format(file=out.name),
            ExitCode.USAGE,
        )
    if not out.parent.is_dir():
        missing = translate(
            "CommandLine", "The folder {folder} does not exist. Nothing was written."
        )
        raise Stop(missing.format(folder=out.parent), ExitCode.USAGE)
    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    if not paths.database.exists():
        raise Stop(
            translate(
                "CommandLine",
                'The folder {folder} is not set up yet (command init --office "NAMA" --covers '
                "KODE).",
            ).format(folder=paths.root),
            ExitCode.USAGE,
        )
    installation = open_installation(paths, "recap")
    try:
        made = _recap_file(paths, period, kind, args.paper)
    finally:
        installation.close()
    if made is None:
        raise Stop(
            translate(
                "CommandLine",
                "The folder {folder} is not an immigration office's data: a recap is made at the "
                "office. Nothing was written.",
            ).format(folder=paths.root),
            ExitCode.USAGE,
        )
    data, figures = made
    temporary = out.with_name(f".{out.name}.sementara")
    try:
        temporary.write_bytes(data)
        temporary.replace(out)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise Stop(
            translate(
                "CommandLine",
                "The recap cannot be saved in {folder} ({reason}). Choose another folder. The "
                "office's data is unchanged.",
            ).format(folder=out.parent, reason=exc.strerror or exc),
            ExitCode.FAILED,
        ) from exc
    done = translate(
        "CommandLine",
        "Recap {period}: {records} records from {villages} villages, {events} awareness "
        "events. Saved: {file}",
    )
    print(
        done.format(
            period=period.text(),
            records=figures.records,
            villages=figures.villages,
            events=figures.socialisation.events,
            file=out,
        )
    )
    return ExitCode.OK


def _recap_file(paths: DataPaths, period, kind: str, paper: str):
    """The file's bytes and the figures, or None when the folder is not an office's."""
    from desktop.domain.exchange import Role
    from desktop.printing.paper import Paper
    from desktop.storage import exchange_settings, recap, settings
    from desktop.ui.i18n import Language, install_without_window
    from desktop.ui.office import recap_words

    office = exchange_settings.load_office()
    if exchange_settings.role() is not Role.OFFICE or office is None:
        return None
    install_without_window(Language.from_setting(settings.LANGUAGE.get()))
    figures = recap.recap_of(period)
    if kind == ".xlsx":
        return recap_words.recap_xlsx(figures, office), figures
    with area_index(paths) as index:
        regencies = [getattr(index.get(code), "name", code) for code in office.covers]
    return recap_words.recap_pdf(figures, office, regencies, Paper(paper)), figures
