"""How hard a new passphrase is to guess: zxcvbn's estimate (offline: its word lists ship inside
the package), told the words a guesser near the office would try first (the village's name,
its head's name) and the passwords common in Indonesia. The wording is the UI's and the
command line's; this gives a Strength and what makes the passphrase weak (domain.security)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

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
