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


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path
    for action in parser._actions:  # argparse keeps its subcommands here, with no public way
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


def _said(capsys, words: list[str]) -> str:
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(words)
    out, err = capsys.readouterr()
    return out + err


def test_every_commands_help_is_in_indonesian(capsys):
    commands = list(_commands(cli.build_parser()))
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


def _from_the_catalogue(value: ast.expr) -> bool:
    """translate(...), translate(...).format(...), a name (a constant marked for the catalogue)
    or argparse.SUPPRESS."""
    formatted = isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
    if formatted and value.func.attr == "format":
        return _from_the_catalogue(value.func.value)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        return value.func.id == "translate"
    if isinstance(value, ast.Attribute):
        return value.attr == "SUPPRESS"
    return isinstance(value, ast.Name)


def test_every_help_text_comes_from_the_catalogue():
    """The .ts is the one source of the command line's words: no help text written in place."""
    written_in_place = []
    for path in sorted((Path(cli.__file__).parent).glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            words = isinstance(node, ast.keyword) and node.arg in ("help", "description")
            if words and not _from_the_catalogue(node.value):
                written_in_place.append(f"{path.name}:{node.value.lineno}")
    assert written_in_place == []
