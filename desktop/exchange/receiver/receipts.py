"""The office's receipts waiting for their villages (``exchange/wire/receipt.py``):
``<village code>/<export id>.json``, the newest ``keep`` per village, one per export (a later
receipt for the same export replaces it). The office posts them with its token; a village gets
its own with its token. The receiver checks only their shape: it cannot check their MAC (only
the office and the village hold its key), and the village does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.exchange.wire import receipt as wire
from desktop.exchange.wire.files import remove_quietly, write_verified
from desktop.leftovers import is_partial, remove_leftovers


class ReceiptStore:
    def __init__(self, folder: Path, keep: int = 100) -> None:
        self.folder = folder
        self.keep = keep

    def start(self) -> None:
        """Half-written receipts a killed receiver left are removed."""
        if self.folder.is_dir():
            for village in self.folder.iterdir():
                if village.is_dir():
                    remove_leftovers(village, is_partial)

    def put(self, receipt: wire.Receipt) -> None:
        folder = self.folder / receipt.village_code  # both names checked by wire.parse
        folder.mkdir(parents=True, exist_ok=True)
        write_verified(folder, f"{receipt.export_id}.json", wire.encode(receipt))
        kept = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[self.keep :]:
            remove_quietly(old)

    def of(self, village_code: str) -> list[dict[str, Any]]:
        folder = self.folder / village_code
        if not folder.is_dir():
            return []
        found = []
        for path in sorted(folder.glob("*.json"))[: self.keep]:
            try:
                found.append(json.loads(path.read_bytes()[: wire.MAX_BYTES]))
            except (OSError, ValueError):
                continue
        return found
