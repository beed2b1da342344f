"""How hard a new passphrase is to guess: zxcvbn's estimate (offline: its word lists ship inside
the package), told the words a guesser near the office would try first (the village's name,
its head's name) and the passwords common in Indonesia. This gives a Strength and what makes the
passphrase weak (domain.security), and the one sentence for each such weakness (HINTS, in the
app's catalogue) that the window and the command line both show."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from desktop.catalogue import QT_TRANSLATE_NOOP
from desktop.domain.profile import VillageProfile
from desktop.domain.security import (
    COMMON_IN_INDONESIA,
    MIN_PASSPHRASE,
    PassphraseJudgement,
    Strength,
    StrengthHint,
)

# zxcvbn's matching grows with the square of the length; beyond this the estimate is "strong"
# anyway.
JUDGED_CHARS = 100

HINTS_CONTEXT = "Security"
# What makes a passphrase weak, told to whoever chooses it (window and command line alike).
HINTS = {
    StrengthHint.PERSONAL: QT_TRANSLATE_NOOP(
        "Security", "It contains the name of the village or of its head, which anyone nearby knows."
    ),
    StrengthHint.COMMON: QT_TRANSLATE_NOOP(
        "Security", "It is one of the passphrases that guessing programs try first."
    ),
    StrengthHint.KEYBOARD: QT_TRANSLATE_NOOP(
        "Security", "Keys side by side on the keyboard (like qwerty) are easy to guess."
    ),
    StrengthHint.REPEAT: QT_TRANSLATE_NOOP(
        "Security", "Repeated letters or words (like aaa) are easy to guess."
    ),
    StrengthHint.SEQUENCE: QT_TRANSLATE_NOOP(
        "Security", "Runs like abc or 1234 are easy to guess."
    ),
    StrengthHint.DATE: QT_TRANSLATE_NOOP(
        "Security", "Years and dates (a birthday, for example) are easy to guess."
    ),
    StrengthHint.NAME: QT_TRANSLATE_NOOP("Security", "A name on its own is easy to guess."),
    StrengthHint.WORD: QT_TRANSLATE_NOOP(
        "Security", "One common word on its own is easy to guess."
    ),
}


_STRENGTH_OF_SCORE = {
    0: Strength.TOO_COMMON,
    1: Strength.TOO_COMMON,
    2: Strength.WEAK,
    3: Strength.FAIR,
    4: Strength.STRONG,
}
_NAME_LISTS = {"female_names", "male_names", "surnames"}


def personal_words(profile: VillageProfile | None) -> tuple[str, ...]:
    """The words of a village profile a guesser near the office knows."""
    if profile is None:
        return ()
    return (profile.village_name, profile.head_name, profile.district_name)


def _words(texts: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        lowered = text.lower().strip()
        found.add(lowered)
        found.add(re.sub(r"\W+", "", lowered))
        found.update(w for w in re.split(r"\W+", lowered) if len(w) >= 3)
    found.discard("")
    return found


def _hint(matches: Sequence[dict[str, Any]], personal: set[str]) -> StrengthHint | None:
    kinds: set[StrengthHint] = set()
    for match in matches:
        pattern = match.get("pattern")
        source = match.get("dictionary_name")
        if pattern == "dictionary" and source == "user_inputs":
            word = str(match.get("matched_word", ""))
            kinds.add(StrengthHint.PERSONAL if word in personal else StrengthHint.COMMON)
        elif pattern == "dictionary" and source == "passwords":
            kinds.add(StrengthHint.COMMON)
        elif pattern == "dictionary" and source in _NAME_LISTS:
            kinds.add(StrengthHint.NAME)
        elif pattern == "dictionary":
            kinds.add(StrengthHint.WORD)
        elif pattern == "spatial":
            kinds.add(StrengthHint.KEYBOARD)
        elif pattern == "repeat":
            kinds.add(StrengthHint.REPEAT)
        elif pattern == "sequence":
            kinds.add(StrengthHint.SEQUENCE)
        elif pattern == "date" or match.get("regex_name") == "recent_year":
            kinds.add(StrengthHint.DATE)
    return next((hint for hint in StrengthHint if hint in kinds), None)


def judge(passphrase: str, personal: Iterable[str] = ()) -> PassphraseJudgement:
    """The strength of ``passphrase``; ``personal``: names a guesser would try (see
    personal_words). Too short or too easy to guess is refused (Strength.acceptable)."""
    if len(passphrase) < MIN_PASSPHRASE:
        return PassphraseJudgement(Strength.TOO_SHORT)
    from zxcvbn import zxcvbn  # about 20 ms to load: only where a passphrase is chosen

    own = _words(personal)
    known = [*sorted(own), *COMMON_IN_INDONESIA]
    # Judged as typed and without its spaces and punctuation, the weaker counting: zxcvbn
    # takes "Siti-Aminah-2026" for random characters between two known words.
    judged = passphrase[:JUDGED_CHARS]
    squeezed = re.sub(r"[\W_]+", "", judged)
    results = [zxcvbn(text, user_inputs=known) for text in {judged, squeezed} if text]
    result = min(results, key=lambda r: r["guesses"])
    strength = _STRENGTH_OF_SCORE[int(result["score"])]
    if strength is Strength.STRONG:
        return PassphraseJudgement(strength)
    return PassphraseJudgement(strength, _hint(result["sequence"], own))
