"""argparse's own words in Indonesian (the command line's headings, its -h and --version help
and its error messages), so that ``siaga-tppo --help`` and a mistyped command speak the same
language as the rest of the app.

argparse looks its words up through ``gettext`` when a parser is built and when it reports; the
app ships no gettext catalogues, so ``speak_indonesian()`` gives argparse a lookup of its own,
before any parser is built. A word argparse has that is not listed here stays as argparse wrote
it (tests/test_cli_words.py fails when one a user can meet is missing).
"""

from __future__ import annotations

import argparse

WORDS = {
    "usage: ": "cara pakai: ",
    "positional arguments": "perintah dan argumen",
    "options": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak dikenal: %(value)r (pilih salah satu: %(choices)s)"
    ),
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "paling sedikit satu nilai",
    "ambiguous option: %(option)s could match %(matches)s": (
        "pilihan %(option)s kurang jelas: bisa berarti %(matches)s"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "nilai %r diabaikan",
}

# "expected %s argument" / "expected %s arguments": the one plural argparse speaks.
_EXPECTED = "perlu %s nilai"


def _word(text: str) -> str:
    return WORDS.get(text, text)


def _words(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return _EXPECTED
    return _word(singular if count == 1 else plural)


def speak_indonesian() -> None:
    """argparse's words in Indonesian from now on (for the parsers built after this call)."""
    argparse._ = _word  # type: ignore[attr-defined]
    argparse.ngettext = _words  # type: ignore[attr-defined]
