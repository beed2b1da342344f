"""The office's merged register: the village log's filters and order, with where each record
came from and its conflicts joined."""

from __future__ import annotations

import pytest

from desktop.storage import incidents, register
from desktop.storage.db import database
from desktop.storage.incidents import SortKey
from desktop.storage.register import RegisterQuery


def _plans(monkeypatch, read) -> list[str]:
    """The query plan of each statement ``read()`` runs on the incident list."""
    statements = []
    real = incidents.execute

    def spy(sql, params=()):
        statements.append((sql, params))
        return real(sql, params)

    monkeypatch.setattr(incidents, "execute", spy)
    read()
    plans = []
    for sql, params in statements:
        rows = database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        plans.append(" ".join(row[-1] for row in rows))
    return plans


@pytest.mark.parametrize("key", list(SortKey))
def test_every_sort_order_of_the_register_reads_an_index_not_a_sort(installation, monkeypatch, key):
    """An office holds hundreds of thousands of records: the register sorts like the village
    log, through the log's indexes."""
    (details,) = _plans(
        monkeypatch, lambda: register.fetch_register(RegisterQuery(sort=key), 0, 10)
    )
    assert "USE TEMP B-TREE" not in details, details


def test_counting_the_register_looks_up_sources_only_for_a_village(installation, monkeypatch):
    """Counting every record reads one index; looking up each record's village cost 0.5 s at
    200,000 records."""
    everything, one_village = _plans(
        monkeypatch,
        lambda: (
            register.count_register(RegisterQuery()),
            register.count_register(RegisterQuery(village="15.02.02.2004")),
        ),
    )
    assert "exchange_source" not in everything, everything
    assert "exchange_source" in one_village
