"""Upload tokens a clerk can type from a slip: every single typo, neighbour swap and group
swap is caught, and the group at fault is named."""

from __future__ import annotations

import random

from desktop.domain.access_token import (
    ALPHABET,
    TokenProblem,
    check_token,
    new_token,
)


def test_tokens_are_five_groups_of_unambiguous_characters():
    token = new_token()
    groups = token.split("-")
    assert [len(g) for g in groups] == [5] * 5
    assert not set("".join(groups)) & set("01OIL")
    assert check_token(token).token == token
    assert new_token() != token


def test_any_single_typo_or_swap_is_caught_and_its_group_named():
    rng = random.Random(7)
    for _ in range(40):
        token = new_token()
        raw = token.replace("-", "")
        for at in range(len(raw)):
            wrong = rng.choice([c for c in ALPHABET if c != raw[at]])
            judged = check_token(raw[:at] + wrong + raw[at + 1 :])
            assert judged.token is None and judged.group == at // 5 + 1
            if at + 1 < len(raw) and raw[at] != raw[at + 1]:
                swapped = raw[:at] + raw[at + 1] + raw[at] + raw[at + 2 :]
                assert check_token(swapped).token is None
        groups = token.split("-")
        if groups[0] != groups[1]:
            assert check_token("-".join([groups[1], groups[0], *groups[2:]])).token is None


def test_what_a_clerk_types_is_forgiven_where_it_is_safe():
    token = new_token()
    assert check_token(token.lower()).token == token
    assert check_token(token.replace("-", " ")).token == token
    assert check_token(token.replace("-", "")).token == token
    assert check_token(f"  {token}  ").token == token


def test_what_cannot_be_a_token_says_why():
    token = new_token()
    groups = token.split("-")
    zero = "-".join([groups[0], "0" + groups[1][1:], *groups[2:]])
    judged = check_token(zero)
    assert (judged.problem, judged.group) == (TokenProblem.CHARACTER, 2)
    short = "-".join([*groups[:3], groups[3][:4], groups[4]])
    assert (check_token(short).problem, check_token(short).group) == (
        TokenProblem.GROUP_LENGTH,
        4,
    )
    assert check_token("-".join(groups[:4])).problem is TokenProblem.GROUP_COUNT
    assert check_token("".join(groups[:4])).problem is TokenProblem.GROUP_COUNT
    assert check_token("").problem is TokenProblem.EMPTY
    assert check_token("token kungkai 0123456789").problem is TokenProblem.SPACES
    assert check_token("pendek").problem is TokenProblem.TOO_SHORT


def test_tokens_handed_out_before_are_still_accepted():
    assert check_token("token-kungkai-0123456789").token == "token-kungkai-0123456789"
