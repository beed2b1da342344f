"""Who may upload: the tokens file (``desktop/exchange/wire/tokens_file.py``), read again as
soon as it changes, so that a token added or revoked at the office counts without a restart.

Each request costs one ``stat`` of the file; it is read again only when its time, size or
identity changed. A file that cannot be read or parsed after a change leaves the tokens as
they were (logged), so a half-edited file never locks every village out.
"""

from __future__ import annotations

import hmac
import logging
import os
import threading
from pathlib import Path

from desktop.exchange.wire.tokens_file import (
    TokensFileError,
    office_token_digest,
    parse_tokens,
    read_tokens_text,
    token_digest,
)

log = logging.getLogger(__name__)


class TokenBook:
    """Token -> kode wilayah, from the tokens file. Raises TokensFileError at first reading."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._stamp = self._stat()
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise TokensFileError(0, "unreadable") from exc
        self._villages = {line.digest: line.village_code for line in read_tokens_text(raw)}

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            found = os.stat(self.path)
        except OSError:
            return None
        return found.st_mtime_ns, found.st_size, found.st_ino

    def __len__(self) -> int:
        return len(self._villages)

    def _refresh(self) -> None:
        stamp = self._stat()
        if stamp is None or stamp == self._stamp:
            return
        with self._lock:
            if stamp == self._stamp:
                return
            self._stamp = stamp
            try:
                raw = self.path.read_bytes()
                lines = parse_tokens(raw.decode("utf-8-sig"))
            except (OSError, UnicodeDecodeError, TokensFileError) as exc:
                log.warning("tokens file %s changed but cannot be used (%s); kept", self.path, exc)
                return
            self._villages = {line.digest: line.village_code for line in lines}
            log.info("tokens file read again: %d token(s)", len(self._villages))

    def village_for(self, token: str) -> str | None:
        if not token:
            return None
        self._refresh()
        return self._villages.get(token_digest(token))


class OfficeToken:
    """The office app's token for fetching (its file holds it in clear or hashed)."""

    def __init__(self, digest: str) -> None:
        self._digest = digest

    @classmethod
    def from_file(cls, path: Path) -> OfficeToken | None:
        try:
            digest = office_token_digest(path.read_bytes())
        except OSError:
            return None
        return cls(digest) if digest else None

    def matches(self, given: str) -> bool:
        return bool(given) and hmac.compare_digest(token_digest(given), self._digest)
