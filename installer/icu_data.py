"""A smaller ICU data library for the Linux bundle (libicudata.so.NN: 32 MB, the largest file).

PySide6's Linux wheels carry ICU, and Qt Core links it. Qt uses ICU for a few services
(collation in QCollator and file dialogs, locale-aware case mapping, time-zone names, legacy
text codecs); the app shows Indonesian and English only. This module keeps the data those two
languages and the root locale need, plus every non-locale table (likely subtags, plural rules,
time zones, normalisation, character properties, code-page aliases), and leaves out:

- locale bundles of other languages and of regional English (about 850 locales in each of
  the 10 trees);
- the legacy code-page tables (``*.cnv``) and the Unicode character names (``unames.icu``);
- the word-break dictionaries for Chinese, Japanese, Thai, Lao, Khmer and Burmese
  (``brkitr/*.dict``: Qt breaks text with its own tables, not with ICU);
- the transliteration rules (``translit/``: Qt never transliterates).

The data is an ICU "common data" package (format "CmnD": a header, a table of contents sorted
by name, then the items, each 16-byte aligned). It is rewritten without the dropped items and
linked into a new shared library exporting the same symbol (``icudtNN_dat``) under the same
soname, with GNU ``as`` and ``ld`` (binutils, like the ``strip`` the build already uses).

Run as a script to see what would be kept:
``python installer/icu_data.py PATH/TO/libicudata.so.73``.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# The locales kept: root, Indonesian ("in" is ICU's alias of its old code) and the English the
# app's English UI uses (not the hundred regional variants such as en_AU).
KEPT_LOCALES = frozenset(
    ("root", "id", "id_ID", "in", "in_ID", "en", "en_US", "en_US_POSIX", "en_001")
)
DROPPED_TREES = ("translit",)
# Character names (u_charName) and legacy code pages: Qt decodes UTF-8/16/32 and Latin-1 itself
# and needs ICU's converters only for other encodings, which the app never reads.
DROPPED_FILES = re.compile(r"^(unames\.icu|.*\.cnv)$")

_LOCALE = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9_]*)?\.res$")
_LIBRARY = re.compile(r"^libicudata\.so\.(?P<version>\d+)")
_ALIGN = 16


class IcuDataError(Exception):
    """The library is not an ICU data library this module understands."""


@dataclass(frozen=True)
class Item:
    name: str  # e.g. "icudt73l/coll/id.res"
    data: bytes


def keep_item(name: str) -> bool:
    """Whether the bundle keeps this item of the package."""
    parts = name.split("/")[1:]  # drop the package prefix "icudtNNl"
    base = parts[-1]
    if len(parts) > 1 and parts[0] in DROPPED_TREES:
        return False
    if len(parts) > 1 and parts[0] == "brkitr" and base.endswith(".dict"):
        return False
    if len(parts) == 1 and DROPPED_FILES.match(base):
        return False
    if _LOCALE.match(base) and base not in ("res_index.res", "pool.res"):
        return base.removesuffix(".res") in KEPT_LOCALES
    return True  # res_index.res, pool.res and all non-locale tables


def select_items(items: list[Item]) -> list[Item]:
    return [item for item in items if keep_item(item.name)]


def read_package(blob: bytes) -> tuple[bytes, list[Item]]:
    """The header and the items of a common data package (little-endian)."""
    if len(blob) < 32 or blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise IcuDataError("not an ICU common data package")
    header_size = struct.unpack_from("<H", blob, 0)[0]
    count = struct.unpack_from("<I", blob, header_size)[0]
    toc = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in toc[1:]] + [len(blob) - header_size]
    items = []
    for (name_offset, data_offset), end in zip(toc, ends, strict=True):
        start = header_size + name_offset
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        items.append(Item(name, blob[header_size + data_offset : header_size + end]))
    return blob[:header_size], items


def _pad(length: int) -> int:
    return -length % _ALIGN


def write_package(header: bytes, items: list[Item]) -> bytes:
    """A package with these items, in the given (sorted) order, as ICU lays it out."""
    if len(header) % _ALIGN:
        raise IcuDataError("header not 16-byte aligned")
    names = b"".join(item.name.encode("ascii") + b"\0" for item in items)
    toc_size = 4 + 8 * len(items)
    data_start = toc_size + len(names)
    data_start += _pad(data_start)
    entries, chunks, offset, name_offset = [], [], data_start, toc_size
    for item in items:
        entries.append(struct.pack("<II", name_offset, offset))
        name_offset += len(item.name) + 1
        chunk = item.data + b"\0" * _pad(len(item.data))
        chunks.append(chunk)
        offset += len(chunk)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    toc += b"\0" * _pad(len(toc))
    return header + toc + b"".join(chunks)


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the data blob, read with binutils' readelf."""
    match = _LIBRARY.match(library.name)
    if not match:
        raise IcuDataError(f"unexpected ICU data library name: {library.name}")
    symbol = f"icudt{match.group('version')}_dat"
    symbols = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True
    ).stdout
    sections = subprocess.run(
        ["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        rf"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+"
        rf"{symbol}$",
        symbols,
        re.MULTILINE,
    )
    if not found:
        raise IcuDataError(f"{symbol} not found in {library}")
    address, size, section_index = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    section = re.search(
        rf"^\s*\[\s*{section_index}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections, re.M
    )
    if not section:
        raise IcuDataError(f"section {section_index} not found in {library}")
    section_address, section_offset = int(section.group(1), 16), int(section.group(2), 16)
    return symbol, section_offset + address - section_address, size


def trimmed_library(library: Path, workdir: Path) -> tuple[Path, int, int]:
    """Write the smaller library into workdir; returns (its path, items kept, items before)."""
    symbol, offset, size = _data_symbol(library)
    blob = library.read_bytes()[offset : offset + size]
    header, items = read_package(blob)
    kept = select_items(items)
    workdir.mkdir(parents=True, exist_ok=True)
    data_file = workdir / f"{symbol}.dat"
    data_file.write_bytes(write_package(header, kept))
    source = workdir / f"{symbol}.s"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{data_file.name}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    out = workdir / library.name
    subprocess.run(["as", "-o", f"{symbol}.o", source.name], cwd=workdir, check=True)
    subprocess.run(
        ["ld", "-shared", "-soname", library.name, "-o", out.name, f"{symbol}.o"],
        cwd=workdir,
        check=True,
    )
    return out, len(kept), len(items)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path, kept, total = trimmed_library(Path(sys.argv[1]), Path(tmp))
        print(f"{path.name}: {kept} of {total} items kept, {path.stat().st_size / 1e6:.1f} MB")
