"""The query plans of what a storage function runs: how tests check that a list is read from
indexes."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from desktop.storage.db import database


def query_plans(
    monkeypatch: pytest.MonkeyPatch, module: ModuleType, read: Callable[[], object]
) -> list[str]:
    """The plan of each statement ``read()`` runs through ``module.execute``, its steps joined
    by " | "."""
    statements = []
    real = module.execute

    def spy(sql, params=()):
        statements.append((sql, params))
        return real(sql, params)

    monkeypatch.setattr(module, "execute", spy)
    read()
    monkeypatch.undo()
    # Nothing seen: the reads run through another module's ``execute`` than the one spied on.
    assert statements, f"no statement ran through {module.__name__}.execute"
    return [
        " | ".join(r[-1] for r in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", p).fetchall())
        for sql, p in statements
    ]
