"""One owner per table: a table is named in SQL only by the storage module whose docstring says
it owns it (and by the migrations, which create the tables). Every other module asks the owner.
An owner that is a package (``storage.incidents``) owns through its modules too: its tables may
be named by ``desktop.storage.incidents.*``, and the sentence that declares them is its
``__init__``'s.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop.storage import models
from desktop.storage.db import database

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
MIGRATIONS = DESKTOP / "storage" / "migrations.py"
AREA_TABLE = "area"  # in the converted area index file, not in the app's database

_OWNS = re.compile(r"Owner of the tables? (.+?)[.:;]", re.S)
_MENTION = re.compile(r"\b(?:FROM|INTO|UPDATE|JOIN|TABLE)\s+\"?(\w+)")
_INSERT_WITHOUT_COLUMNS = re.compile(r"\bINTO\s+\"?\w+\"?\s+(?:VALUES|SELECT)\b")


def _module_name(path: Path) -> str:
    parts = path.relative_to(DESKTOP.parent).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__")


def _sources() -> dict[str, str]:
    return {
        _module_name(p): p.read_text(encoding="utf-8")
        for p in sorted(DESKTOP.rglob("*.py"))
        if p != MIGRATIONS
    }


def declared_owners() -> dict[str, list[str]]:
    """Table -> the modules whose docstring says they own it."""
    owners: dict[str, list[str]] = {}
    for module, text in _sources().items():
        docstring = ast.get_docstring(ast.parse(text)) or ""
        for sentence in _OWNS.findall(docstring):
            for table in re.findall(r"``(\w+)``", sentence):
                owners.setdefault(table, []).append(module)
    return owners


def schema_tables() -> set[str]:
    """The tables a migrated database has (the search index's own shadow tables left out)."""
    rows = database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    return {name for name, _ in rows if not any(name.startswith(f"{v}_") for v in virtual)} | {
        AREA_TABLE
    }


def mentions(text: str, tables: set[str]) -> set[str]:
    """The tables ``text`` names in SQL (after FROM, INTO, UPDATE, JOIN or TABLE)."""
    return {name for name in _MENTION.findall(text) if name in tables}


def test_every_table_has_exactly_one_owner(installation):
    owners = declared_owners()
    tables = schema_tables()
    assert {t: o for t, o in owners.items() if len(o) != 1} == {}
    assert sorted(tables - owners.keys()) == []  # a table nobody owns
    assert sorted(owners.keys() - tables) == []  # an owner of a table that does not exist


def belongs_to(module: str, owner: str | None) -> bool:
    """``module`` is the owner, or one of the modules of the owner's package."""
    return owner is not None and (module == owner or module.startswith(f"{owner}."))


def test_only_its_owner_names_a_table_in_sql(installation):
    owner = {table: modules[0] for table, modules in declared_owners().items()}
    tables = schema_tables()
    offenders = {
        module: sorted(t for t in mentions(text, tables) if not belongs_to(module, owner.get(t)))
        for module, text in _sources().items()
    }
    assert {m: t for m, t in offenders.items() if t} == {}


def test_a_package_owns_through_its_modules_only():
    assert belongs_to("desktop.storage.incidents.listing", "desktop.storage.incidents")
    assert belongs_to("desktop.storage.incidents", "desktop.storage.incidents")
    assert not belongs_to("desktop.storage.incidents_extra", "desktop.storage.incidents")
    assert not belongs_to("desktop.storage.register", "desktop.storage.incidents")
    assert not belongs_to("desktop.storage.register", None)


def test_the_check_sees_a_table_named_outside_its_owner():
    sql = (
        "SELECT i.id FROM incident i LEFT JOIN exchange_source s ON s.record_id = i.record_id "
        'WHERE x; UPDATE assessment SET a = 1; INSERT OR IGNORE INTO "exchange_conflict" (a)'
    )
    found = mentions(sql, {"incident", "exchange_source", "assessment", "exchange_conflict"})
    assert found == {"incident", "exchange_source", "assessment", "exchange_conflict"}
    assert mentions("from desktop.storage import incidents", {"incidents"}) == set()


def test_every_insert_names_its_columns():
    offenders = [m for m, text in _sources().items() if _INSERT_WITHOUT_COLUMNS.search(text)]
    assert offenders == []
    assert _INSERT_WITHOUT_COLUMNS.search("INSERT INTO incident_person VALUES (?, ?)")


def test_the_models_of_a_table_are_used_only_by_its_owner():
    owner = {table: modules[0] for table, modules in declared_owners().items()}
    offenders = []
    for module, text in _sources().items():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ImportFrom) and node.module == models.__name__:
                for alias in node.names:
                    model = getattr(models, alias.name)
                    if model is models.BaseModel:
                        continue
                    if not belongs_to(module, owner.get(model._meta.table_name)):
                        offenders.append((module, alias.name))
    assert offenders == []
