"""Indonesian telephone numbers as typed on a village office form."""

from __future__ import annotations

import re

from desktop.domain.errors import FieldError

_ALLOWED = re.compile(r"^[0-9+()\-. ]+$")
MIN_DIGITS = 9
MAX_DIGITS = 13


def normalize_phone(text: str) -> str:
    """Digits only, in national form (``+62 812...`` and ``62 812...`` become ``0812...``)."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("62"):
        # National numbers start with 0, so a leading 62 is always the country code.
        digits = "0" + digits[2:]
    return digits


def validate_phone(field: str, text: str, *, required: bool = False) -> str:
    """Return the number tidied for display, or raise FieldError.

    Accepts mobile numbers (08xx...), landlines with an area code ((0746) 21234) and the
    international form (+62 ...). Codes: ``required``, ``phone_chars``, ``phone_prefix``,
    ``phone_length``.
    """
    tidy = " ".join(text.split())
    if not tidy:
        if required:
            raise FieldError(field, "required", text)
        return ""
    if (
        not _ALLOWED.match(tidy)
        or tidy.count("+") > 1
        or ("+" in tidy and not tidy.startswith("+"))
    ):
        raise FieldError(field, "phone_chars", text)
    national = normalize_phone(tidy)
    if not national.startswith("0"):
        raise FieldError(field, "phone_prefix", text)
    if not MIN_DIGITS <= len(national) <= MAX_DIGITS:
        raise FieldError(field, "phone_length", text)
    return tidy
