"""The app's Indonesian words without Qt: the command line speaks from the window's catalogue.

Every user-facing sentence has one entry in Qt Linguist's source (``resources/i18n/siaga_id.ts``,
English source strings in a context, Indonesian translations), compiled to ``siaga_id.qm``. The
window reads the .qm through QTranslator (desktop/ui/i18n.py). The command line reads the same
.qm here, so that it runs without loading Qt (quick to start, and ``domain``, ``storage`` and
``exchange`` stay free of Qt) and says the same situation in the same words as the window.

The .qm is read as Qt's own QTranslator reads it (qtbase src/corelib/kernel/qtranslator.cpp):
a hash table from the ELF hash of the source text to the message, whose context and source text
are compared when present. A sentence is marked for lupdate (resources/i18n/update.py scans
desktop/cli/) with ``QT_TRANSLATE_NOOP(context, source)`` for a constant, or by calling
``translate(context, source)``; tests/test_translations.py fails on one left untranslated.
"""

from __future__ import annotations

import functools
import struct

from desktop.resources import resource_path

CATALOGUE = "siaga_id.qm"  # the command line speaks Indonesian, like the staff who use it

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES = 0x42, 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; it is translated where it is shown."""
    return source


def translate(context: str, source: str) -> str:
    """The Indonesian of ``source`` (English) in ``context``, or ``source`` when none."""
    catalogue = _catalogue()
    return (catalogue.lookup(context, source) if catalogue else None) or source


@functools.cache
def _catalogue() -> Catalogue | None:
    """The shipped catalogue, or None when it is missing or damaged: the command line then
    speaks its English source words, so that ``self-test`` can still say what is broken."""
    try:
        return Catalogue(resource_path("i18n", CATALOGUE).read_bytes())
    except (OSError, ValueError):
        return None


def _elf_hash(text: bytes) -> int:
    h = 0
    for byte in text:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


class Catalogue:
    """A compiled Qt Linguist catalogue (.qm), looked up by context and source text."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(_MAGIC):
            raise ValueError("not a Qt translation file")
        blocks: dict[int, bytes] = {}
        at = len(_MAGIC)
        while at + 5 <= len(data):
            tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
            blocks[tag] = data[at + 5 : at + 5 + length]
            at += 5 + length
        hashes = blocks.get(_HASHES, b"")
        self._offsets: dict[int, list[int]] = {}
        for hashed, offset in struct.iter_unpack(">II", hashes):
            self._offsets.setdefault(hashed, []).append(offset)
        self._messages = blocks.get(_MESSAGES, b"")

    def lookup(self, context: str, source: str, comment: str = "") -> str | None:
        key = source.encode() + comment.encode()
        for offset in self._offsets.get(_elf_hash(key), ()):
            found = self._message(offset, context.encode(), source.encode(), comment.encode())
            if found is not None:
                return found
        return None

    def _message(self, at: int, context: bytes, source: bytes, comment: bytes) -> str | None:
        """The translation of the message at ``at`` if it is this one (None: another one)."""
        data = self._messages
        translation = None
        while at < len(data):
            tag = data[at]
            at += 1
            if tag == _END:
                return translation
            if tag == _OBSOLETE1:
                at += 4
                continue
            (length,) = struct.unpack_from(">I", data, at)
            at += 4
            if tag == _TRANSLATION:
                if length == 0xFFFFFFFF:
                    continue
                if translation is None:  # the first of a plural's forms
                    translation = data[at : at + length].decode("utf-16-be")
            elif tag in (_SOURCE, _CONTEXT, _COMMENT):
                wanted = {_SOURCE: source, _CONTEXT: context, _COMMENT: comment}[tag]
                if data[at : at + length] != wanted:
                    return None
            else:
                return None
            at += length
        return translation
