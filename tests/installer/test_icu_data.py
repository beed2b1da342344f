"""The smaller ICU data library of the Linux bundle keeps what Indonesian and English need."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installer.installer_modules import load

icu = load("icu_data")

HEADER = bytes(
    [32, 0, 0xDA, 0x27, 20, 0, 0, 0, 0, 0, 2, 0]
    + list(b"CmnD")
    + [1, 0, 0, 0, 0, 0, 0, 0]
    + [0] * 8
)


def package(names: list[str]) -> bytes:
    return icu.write_package(
        HEADER, [icu.Item(f"icudt73l/{name}", name.encode() * 3) for name in names]
    )


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("root.res", True),
        ("id.res", True),
        ("id_ID.res", True),
        ("in.res", True),
        ("en.res", True),
        ("en_US.res", True),
        ("en_AU.res", False),
        ("de.res", False),
        ("zh_Hant_TW.res", False),
        ("coll/id.res", True),
        ("coll/ja.res", False),
        ("coll/de_.res", False),
        ("coll/ucadata.icu", True),
        ("coll/res_index.res", True),
        ("zone/pool.res", True),
        ("pool.res", True),
        ("res_index.res", True),
        ("likelySubtags.res", True),
        ("supplementalData.res", True),
        ("zoneinfo64.res", True),
        ("uts46.nrm", True),
        ("cnvalias.icu", True),
        ("ibm-5348_P100-1997.cnv", False),
        ("unames.icu", False),
        ("brkitr/word.brk", True),
        ("brkitr/cjdict.dict", False),
        ("translit/Latin_ASCII.res", False),
    ],
)
def test_items_kept(name, kept):
    assert icu.keep_item(f"icudt73l/{name}") is kept


def test_package_written_back_reads_the_same():
    names = ["coll/id.res", "en.res", "id.res", "root.res", "zoneinfo64.res"]
    blob = package(names)
    header, items = icu.read_package(blob)
    assert header == HEADER
    assert [i.name for i in items] == [f"icudt73l/{n}" for n in names]
    # The table of contents holds offsets only: an item reads back with its alignment padding.
    assert [i.data.rstrip(b"\0") for i in items] == [n.encode() * 3 for n in names]
    assert icu.write_package(header, items) == blob
    count = struct.unpack_from("<I", blob, len(HEADER))[0]
    offsets = [struct.unpack_from("<II", blob, len(HEADER) + 4 + 8 * n)[1] for n in range(count)]
    assert all((len(HEADER) + offset) % 16 == 0 for offset in offsets)  # ICU's alignment


def test_not_an_icu_package_is_refused():
    with pytest.raises(icu.IcuDataError):
        icu.read_package(b"\0" * 64)


def _wheel_icu_library() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ld") is None, reason="Linux, binutils"
)
def test_trimmed_library_still_sorts_and_names_time_zones_in_indonesian(tmp_path):
    """The same checks run with the wheel's library and the trimmed one preloaded instead."""
    library = _wheel_icu_library()
    if library is None:
        pytest.skip("this PySide6 wheel has no ICU of its own")
    trimmed, kept, total = icu.trimmed_library(library, tmp_path)
    assert trimmed.stat().st_size < library.stat().st_size / 4
    assert 100 < kept < total
    probe = (
        "from PySide6.QtCore import QCollator, QLocale, QTimeZone, QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "c = QCollator(QLocale('id'))\n"
        "print(sorted(['zebra', 'Ember', 'bola', 'Apel'], key=c.sortKey))\n"
        "tz = QTimeZone(b'Asia/Jakarta')\n"
        "print(tz.displayName(QTimeZone.TimeType.StandardTime,"
        " QTimeZone.NameType.LongName, QLocale('id')))\n"
    )
    outputs = []
    for preload in ("", str(trimmed)):
        env = {"LD_PRELOAD": preload, "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
        result = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert "['Apel', 'bola', 'Ember', 'zebra']" in outputs[1]
    assert "Waktu Indonesia Barat" in outputs[1]
