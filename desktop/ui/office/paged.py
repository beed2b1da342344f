"""The rows of a long list, read a page at a time when they are looked at, a few pages kept:
SQL filters, orders and counts, and only what is on screen comes into Python."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class PagedRows(Generic[T]):
    PAGE_SIZE = 64
    MAX_PAGES = 16

    def __init__(self, count: Callable[[], int], fetch: Callable[[int, int], list[T]]) -> None:
        self._count = count
        self._fetch = fetch
        self._pages: OrderedDict[int, list[T]] = OrderedDict()
        self.total = count()

    def reset(self, count: Callable[[], int], fetch: Callable[[int, int], list[T]]) -> None:
        """Read another list (other filters or order) from now on."""
        self._count = count
        self._fetch = fetch
        self._pages.clear()
        self.total = count()

    def row(self, n: int) -> T | None:
        if not 0 <= n < self.total:
            return None
        page, offset = divmod(n, self.PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(page * self.PAGE_SIZE, self.PAGE_SIZE)
            self._pages[page] = rows
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None
