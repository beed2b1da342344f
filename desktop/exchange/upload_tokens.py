"""At the office: the villages' upload tokens, kept in the receiver's tokens file.

A new token is made here, shown once (on screen and on its slip for the village) and only its
SHA-256 is written to the file (``desktop/exchange/wire/tokens_file.py``), so the file can be
copied to the receiver's server without giving a token away. The receiver notices every change
of the file by itself. Every change rewrites the file whole (temporary name, flushed, renamed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.access_token import new_token
from desktop.domain.area import Level, level_of, normalize_code
from desktop.domain.errors import FieldError
from desktop.exchange.wire.files import write_verified
from desktop.exchange.wire.tokens_file import (
    TokenLine,
    TokensFileError,
    made_note,
    parse_tokens,
    render_tokens,
    token_digest,
)
from desktop.paths import DataPaths

FOLDER = "penerima"
FILE_NAME = "token-desa.txt"


def default_tokens_file(paths: DataPaths) -> Path:
    """Where the office keeps its tokens file unless told otherwise."""
    return paths.root / FOLDER / FILE_NAME


def list_tokens(path: Path) -> list[TokenLine]:
    """The tokens in the file (none when it does not exist yet). Raises TokensFileError."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise TokensFileError(0, "unreadable") from exc
    try:
        return parse_tokens(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise TokensFileError(0, "unreadable") from exc


@dataclass(frozen=True)
class IssuedToken:
    village_code: str
    token: str  # in clear: shown once, never stored
    line: TokenLine


def village_code_of(typed: str) -> str:
    """A village's kode wilayah as typed. Raises ValueError when it is not one."""
    code = normalize_code(typed)
    try:
        if level_of(code) is Level.VILLAGE:
            return code
    except FieldError:
        pass
    raise ValueError(code)


def add_token(path: Path, village_code: str, now: datetime) -> IssuedToken:
    """A new token for ``village_code`` (checked by the caller against the official list).
    Raises TokensFileError (the file is not usable) or ExportWriteFailed."""
    lines = list_tokens(path)
    token = new_token()
    line = TokenLine(village_code, token_digest(token), made_note(now))
    _write(path, [*lines, line])
    return IssuedToken(village_code, token, line)


def revoke(path: Path, which: str) -> list[TokenLine]:
    """Remove the tokens of a village (its kode wilayah) or one token (its short id, as
    listed). Returns what was removed. Raises TokensFileError or ExportWriteFailed."""
    lines = list_tokens(path)
    wanted = which.strip().lower()
    removed = [t for t in lines if t.village_code == wanted or t.short_id == wanted]
    if removed:
        _write(path, [t for t in lines if t not in removed])
    return removed


def _write(path: Path, lines: list[TokenLine]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_verified(path.parent, path.name, render_tokens(lines))
