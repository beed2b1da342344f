"""A new passphrase is judged with zxcvbn, offline, told the village's and its head's names
and the passwords common in Indonesia; what makes one weak is said in Indonesian."""

from __future__ import annotations

import socket

import pytest

from desktop.cli.unlock import strength_problem
from desktop.domain.security import Strength, StrengthHint
from desktop.passphrase_strength import judge, personal_words
from tests.ui.helpers import KUNGKAI

NAMES = personal_words(KUNGKAI)  # Kungkai, Siti Aminah, Bangko


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    """Judging never reaches for the network (a village office usually has none)."""

    def refuse(*args, **kwargs):
        raise AssertionError("the strength estimate tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize(
    ("passphrase", "hint"),
    [
        ("12345678", StrengthHint.COMMON),
        ("qwertyuiop", StrengthHint.COMMON),
        ("bismillah123", StrengthHint.COMMON),
        ("katasandi1", StrengthHint.COMMON),
        ("aaaaaaaaaa", StrengthHint.REPEAT),
        ("abcdefghij", StrengthHint.SEQUENCE),
        ("22/08/1980", StrengthHint.DATE),
        ("Kungkai2026", StrengthHint.PERSONAL),
        ("siti aminah 1980", StrengthHint.PERSONAL),
    ],
)
def test_easy_guesses_are_refused_with_the_reason(passphrase, hint):
    judged = judge(passphrase, NAMES)
    assert not judged.strength.acceptable
    assert judged.hint is hint


def test_the_village_and_head_names_count_against_a_passphrase():
    assert judge("Sukamaju1945").strength.acceptable
    assert not judge("Sukamaju1945", ["Sukamaju", "Budi Santoso"]).strength.acceptable
    weaker = judge("Siti-Aminah-2026", NAMES)
    assert weaker.strength is Strength.WEAK and weaker.hint is StrengthHint.PERSONAL


@pytest.mark.parametrize(
    "passphrase", ["kebun kopi di bukit", "kopi-sawah-merah-27", "pagi cerah di sawah"]
)
def test_a_few_words_and_a_number_are_strong(passphrase):
    assert judge(passphrase, NAMES).strength is Strength.STRONG


def test_too_short_is_refused_before_anything_else():
    assert judge("Ab3$x", NAMES).strength is Strength.TOO_SHORT


def test_the_command_line_says_why_in_indonesian():
    assert "terlalu pendek" in strength_problem("pendek")
    said = strength_problem("kungkai1980", NAMES)
    assert "mudah ditebak" in said and "nama desa" in said
    assert strength_problem("kebun kopi di bukit", NAMES) is None
