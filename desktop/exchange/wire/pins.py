"""Receiver certificate fingerprints: the SHA-256 of the certificate (DER), which villages and
the office pin instead of trusting a public certificate authority. Written as 64 hex digits;
shown in groups of four so that two people can compare them aloud."""

from __future__ import annotations

import hashlib
import re
import ssl

_HEX = re.compile(r"[0-9a-f]{64}")


def fingerprint_of_der(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def fingerprint_of_pem(pem: str) -> str:
    """Of the first certificate in a PEM text. Raises ValueError."""
    start = pem.find("-----BEGIN CERTIFICATE-----")
    end = pem.find("-----END CERTIFICATE-----", start)
    if start < 0 or end < 0:
        raise ValueError("no certificate")
    return fingerprint_of_der(ssl.PEM_cert_to_DER_cert(pem[start : end + 25]))


def normalize_pin(text: str) -> str | None:
    """A fingerprint as typed or pasted (any case; colons, spaces or dashes between), or
    None when it is not 64 hex digits."""
    cleaned = re.sub(r"[\s:\-]", "", text.strip().lower())
    if cleaned.startswith("sha256"):
        cleaned = cleaned[len("sha256") :].lstrip("/=")
    return cleaned if _HEX.fullmatch(cleaned) else None


def grouped(pin: str) -> str:
    """``ab12cd34...`` -> ``AB12 CD34 ...``."""
    upper = pin.upper()
    return " ".join(upper[n : n + 4] for n in range(0, len(upper), 4))
