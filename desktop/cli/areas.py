"""The official list of area codes (Kemendagri's), opened for a command that looks codes up."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from desktop.paths import DataPaths
from desktop.resources import resource_path


@contextlib.contextmanager
def area_index(paths: DataPaths, *, write_nothing: bool = False) -> Iterator:  # -> AreaIndex
    """The index of the official list, closed afterwards. ``write_nothing`` (init, before every
    code is known to be good): a data folder that does not exist yet is not made for the index's
    cache; the cache goes to a scratch folder, removed afterwards."""
    from desktop.storage.area_index import open_area_index

    with contextlib.ExitStack() as stack:
        cache = paths.shared_cache
        if write_nothing and not paths.root.exists():
            cache = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        index = open_area_index(resource_path("wilayah"), cache)
        stack.callback(index.close)
        yield index
