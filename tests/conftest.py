"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import tests.village_screen  # noqa: F401  (chooses Qt's platform: before Qt is imported)
from desktop.paths import DataPaths
from desktop.storage.installation import Installation
from tests.keys import TEST_KEY


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread():
    """As in the app (desktop/ui/garbage.py): no automatic collection, which could run in a
    background thread and destroy Qt objects there; collect between tests instead."""
    gc.disable()
    yield
    gc.collect()


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths.resolve(tmp_path / "data")


@pytest.fixture
def installation(paths: DataPaths):
    """An opened, migrated, encrypted database bound to the storage proxy; closed after."""
    inst = Installation(paths, TEST_KEY)
    inst.open()
    yield inst
    inst.close()


@pytest.fixture(scope="session")
def area_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One converted area index for the whole run (conversion takes about half a second)."""
    return tmp_path_factory.mktemp("area-cache")


@pytest.fixture
def area_index(area_cache: Path):
    from desktop.resources import resource_path
    from desktop.storage.area_index import open_area_index

    index = open_area_index(resource_path("wilayah"), area_cache)
    yield index
    index.close()
