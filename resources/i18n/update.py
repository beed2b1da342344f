"""Keep the Qt Linguist translations in step with the code.

    python resources/i18n/update.py           # extract strings (lupdate), build .qm (lrelease)
    python resources/i18n/update.py --fill F  # also apply JSON {context: {source: translation}}
    python resources/i18n/update.py --list    # print the strings still untranslated

Source strings are English; ``siaga_id.ts`` holds the Indonesian and is edited with Qt Linguist
(pyside6-linguist) or with --fill. ``qtbase_id.ts`` holds the Indonesian of Qt's own words the
app shows (context menus of text fields, standard buttons, wizard buttons, the file dialog):
Qt ships no Indonesian, so the app brings its own. Its source strings are Qt's, exactly as in
Qt's sources (and in qttranslations' qtbase_*.ts); lupdate does not touch it, --fill and --list
do. The tests fail when a string is untranslated or a .qm is stale.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("id",)
QT_CATALOGUES = ("qtbase",)  # Qt's own words: translated here, not extracted from our code


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project with its test extra")
    return found


def sources() -> list[str]:
    desktop = ROOT / "desktop"
    files = [
        desktop / "app.py",
        desktop / "passphrase_strength.py",
        *sorted((desktop / "ui").rglob("*.py")),
        # The command line speaks from the same catalogue (desktop/catalogue.py).
        *sorted((desktop / "cli").rglob("*.py")),
        # The sentences the window and the command line share (Qt-free, desktop/words/).
        *sorted((desktop / "words").rglob("*.py")),
    ]
    return [str(f) for f in files]


def ts_path(language: str) -> Path:
    return HERE / f"siaga_{language}.ts"


def qt_ts_path(catalogue: str, language: str) -> Path:
    return HERE / f"{catalogue}_{language}.ts"


def lupdate(ts: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            ts.stem.split("_")[-1],
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def messages(ts: Path):
    """Yield (context, source, translation element) for every message."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def untranslated(ts: Path) -> list[tuple[str, str]]:
    return [
        (ctx, src)
        for ctx, src, tr in messages(ts)
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not tr.text
    ]


def fill(ts: Path, table: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = table.get(context.findtext("name"), {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source"))
            translation = message.find("translation")
            if text and translation is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                count += 1
    if count:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", type=Path)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    table = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    for language in LANGUAGES:
        ts = ts_path(language)
        lupdate(ts)
        catalogues = [ts, *(qt_ts_path(c, language) for c in QT_CATALOGUES)]
        for catalogue in catalogues:
            if table:
                print(f"{catalogue.name}: filled {fill(catalogue, table)} messages")
        if table:
            lupdate(ts)  # normalise the file layout after editing
        for catalogue in catalogues:
            missing = untranslated(catalogue)
            if args.list:
                for ctx, src in missing:
                    print(json.dumps([ctx, src], ensure_ascii=False))
            lrelease(catalogue, catalogue.with_suffix(".qm"))
            print(f"{catalogue.name}: {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
