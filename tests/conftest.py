"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.storage.installation import Installation


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths.resolve(tmp_path / "data")


@pytest.fixture
def installation(paths: DataPaths):
    """An opened, migrated database bound to the storage proxy; closed after the test."""
    inst = Installation(paths)
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
