"""The command line speaks Indonesian, argparse's own words included: the headings and -h of
every command's help, and what it says about a mistyped command."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from desktop.cli import parser as cli

ENGLISH = re.compile(
    r"usage:|\boptions\b|positional arguments|show this help|version number|\berror:|"
    r"invalid choice|are required|unrecognized arguments|expected (one|at|\d)|ambiguous option"
)


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """Every command's parser, with the words that call it."""
    yield path, parser
    for action in parser._actions:  # argparse keeps its subcommands here, with no public way
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _said(capsys, words: list[str]) -> str:
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(words)
    out, err = capsys.readouterr()
    return out + err


def test_every_commands_help_is_in_indonesian(capsys):
    commands = [command for command, _ in _parsers(cli.build_parser())]
    assert len(commands) > 15  # init, leaflet, tokens add, keys show, …
    for command in commands:
        said = _said(capsys, [*command, "--help"])
        assert "cara pakai:" in said and "tampilkan bantuan ini lalu keluar" in said, command
        assert not ENGLISH.search(said), (command, ENGLISH.search(said).group(0))


@pytest.mark.parametrize(
    "words",
    [
        ["frobnicate"],  # no such command
        ["leaflet", "--kind", "x", "--out", "a.pdf"],  # no such choice
        ["leaflet", "--kind", "poster"],  # --out missing
        ["tokens"],  # its action missing
        ["init", "--village"],  # a value missing
        ["self-test", "--tidak-ada"],  # no such option
    ],
)
def test_a_mistyped_command_is_told_in_indonesian(capsys, words):
    said = _said(capsys, words)
    assert "kesalahan:" in said and not ENGLISH.search(said), said


def test_every_value_a_command_takes_is_named_in_indonesian():
    """Left unnamed, argparse names a value after its option in English (``--host HOST``,
    ``--max-mb MAX_MB``)."""
    unnamed = []
    for command, parser in _parsers(cli.build_parser()):
        for action in parser._actions:
            hidden = action.help == argparse.SUPPRESS
            flag = action.option_strings and action.nargs == 0
            if not (hidden or flag or action.choices or action.metavar):
                unnamed.append((" ".join(command), action.dest))
    assert unnamed == []


def _from_the_catalogue(value: ast.expr) -> bool:
    """translate(...), translate(...).format(...), a name (a constant marked for the catalogue),
    a tuple of those (the values of one option) or argparse.SUPPRESS."""
    if isinstance(value, ast.Tuple):
        return all(_from_the_catalogue(v) for v in value.elts)
    formatted = isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
    if formatted and value.func.attr == "format":
        return _from_the_catalogue(value.func.value)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        return value.func.id == "translate"
    if isinstance(value, ast.Attribute):
        return value.attr == "SUPPRESS"
    return isinstance(value, ast.Name)


def _hidden(call: ast.Call) -> bool:
    """An option argparse never shows (help=argparse.SUPPRESS): its words are never read."""
    return any(
        k.arg == "help" and isinstance(k.value, ast.Attribute) and k.value.attr == "SUPPRESS"
        for k in call.keywords
    )


def test_every_help_text_and_value_name_comes_from_the_catalogue():
    """The .ts is the one source of the command line's words: no help text, and no name of a
    value (``metavar``: FOLDER, BERKAS, KODE, …), written in place."""
    written_in_place = []
    for path in sorted((Path(cli.__file__).parent).glob("*.py")):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call) or _hidden(call):
                continue
            for keyword in call.keywords:
                words = keyword.arg in ("help", "description", "metavar")
                if words and not _from_the_catalogue(keyword.value):
                    written_in_place.append(f"{path.name}:{keyword.value.lineno}")
    assert written_in_place == []
