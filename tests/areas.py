"""The official area list as the office's import looks codes up in it, opened once per run
(tests/conftest.py opens it)."""

from __future__ import annotations

from desktop.domain.area import Area
from desktop.storage.area_index import AreaIndex

OPENED: list[AreaIndex] = []


def areas(code: str) -> list[Area]:
    """A code's official chain, province first ([] for a code not in the list)."""
    return OPENED[0].chain(code)
