"""Checking a document against a JSON Schema (the export's, a content pack's, the checklist's),
fast enough for a large office import.

Each schema file in ``resources/`` is the one definition of its format. This module compiles
it into plain Python checks for the part of JSON Schema the files use (draft-07, and draft
2020-12's ``$defs`` and ``anyOf`` for the checklist's). A
keyword it does not know makes compiling fail, so nothing in the schema is ever silently
ignored. The tests compare its verdicts with the reference ``jsonschema`` package on valid and
broken documents; it exists because that package needs minutes for 100,000 records, where
this takes seconds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from desktop.resources import resource_path

Check = Callable[[Any], None]

_ANNOTATIONS = {"$schema", "$id", "title", "description", "definitions", "$defs", "$comment"}
_DEFINITIONS = ("definitions", "$defs")  # draft-07's name and draft 2020-12's
_SUPPORTED = _ANNOTATIONS | {
    "type",
    "enum",
    "const",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "required",
    "properties",
    "additionalProperties",
    "maxProperties",
    "items",
    "minItems",
    "maxItems",
    "uniqueItems",
    "$ref",
    "if",
    "then",
    "else",
    "not",
    "anyOf",
}


class SchemaViolation(Exception):
    """The document breaks a rule of the schema. ``where`` is the path, outermost first."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule
        self.path: list[str | int] = []

    @property
    def where(self) -> str:
        text = ""
        for part in reversed(self.path):
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text or "(dokumen)"

    def __str__(self) -> str:
        return f"{self.where}: {self.rule}"


def _violation(rule: str, key: str) -> SchemaViolation:
    violation = SchemaViolation(rule)
    violation.path.append(key)
    return violation


class UnsupportedSchema(Exception):
    """The schema uses a keyword this checker does not implement."""


_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: type(v) is dict,
    "array": lambda v: type(v) is list,
    "string": lambda v: type(v) is str,
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) in (int, float),
    "boolean": lambda v: type(v) is bool,
    "null": lambda v: v is None,
}


def _same(a: Any, b: Any) -> bool:
    """JSON equality: unlike Python, true is not 1."""
    if type(a) is bool or type(b) is bool:
        return type(a) is type(b) and a == b
    return a == b


class _Compiler:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.compiled: dict[str, Check] = {}

    def ref(self, pointer: str) -> Check:
        place, _, name = pointer.removeprefix("#/").partition("/")
        if not pointer.startswith("#/") or place not in _DEFINITIONS or "/" in name:
            raise UnsupportedSchema(f"$ref {pointer}")
        if name not in self.root.get(place, {}):
            raise UnsupportedSchema(f"$ref to missing {pointer}")
        if pointer not in self.compiled:
            self.compiled[pointer] = _pending  # a recursive reference resolves on first use
            self.compiled[pointer] = self.compile(self.root[place][name])
        if self.compiled[pointer] is not _pending:
            return self.compiled[pointer]  # compiled: called directly (millions of times)
        compiled = self.compiled

        def check(value: Any) -> None:
            compiled[pointer](value)

        return check

    def compile(self, node: dict[str, Any]) -> Check:
        if not isinstance(node, dict):
            raise UnsupportedSchema(f"schema node {node!r}")
        unknown = set(node) - _SUPPORTED
        if unknown:
            raise UnsupportedSchema(f"keywords {sorted(unknown)}")
        if "$ref" in node:
            if set(node) - _ANNOTATIONS - {"$ref"}:
                raise UnsupportedSchema("$ref beside other keywords")
            return self.ref(node["$ref"])
        checks: list[Check] = []
        kinds = node.get("type")
        kinds = [kinds] if isinstance(kinds, str) else kinds
        single = kinds[0] if kinds and len(kinds) == 1 else None
        if kinds is not None and single not in ("object", "string", "array"):
            tests = [_TYPES[k] for k in kinds]

            def check_type(value: Any) -> None:
                if not any(test(value) for test in tests):
                    raise SchemaViolation("type")

            checks.append(check_type)
        if "enum" in node or "const" in node:
            checks.append(_choice(node))
        if single == "string" or any(k in node for k in ("pattern", "minLength", "maxLength")):
            checks.append(_string(node, typed=single == "string"))
        if "minimum" in node or "maximum" in node:
            checks.append(_number(node))
        object_words = ("properties", "required", "additionalProperties", "maxProperties")
        if single == "object" or any(k in node for k in object_words):
            checks.append(self._object(node, typed=single == "object"))
        if single == "array" or any(k in node for k in ("items", "minItems", "maxItems")):
            checks.append(self._array(node, typed=single == "array"))
        if "if" in node:
            checks.append(self._condition(node))
        if "not" in node:
            inner = self.compile(node["not"])

            def check_not(value: Any) -> None:
                try:
                    inner(value)
                except SchemaViolation:
                    return
                raise SchemaViolation("not")

            checks.append(check_not)
        if "anyOf" in node:
            options = [self.compile(option) for option in node["anyOf"]]

            def check_any(value: Any) -> None:
                for option in options:
                    try:
                        option(value)
                    except SchemaViolation:
                        continue
                    return
                raise SchemaViolation("anyOf")

            checks.append(check_any)
        if not checks:
            return _accept
        if len(checks) == 1:
            return checks[0]

        def check_all(value: Any) -> None:
            for check in checks:
                check(value)

        return check_all

    def _object(self, node: dict[str, Any], *, typed: bool) -> Check:
        props = {k: self.compile(v) for k, v in node.get("properties", {}).items()}
        required = frozenset(node.get("required", ()))
        extra = node.get("additionalProperties", True)
        closed = extra is False
        others = self.compile(extra) if isinstance(extra, dict) else None
        allowed = frozenset(props)
        most = node.get("maxProperties")

        # One lookup per member: how to check it. A string choice and a typed string are
        # checked inline (the same rules as _choice and _string, see _SIMPLE); the rest by a call.
        plan: dict[str, tuple] = {}
        for key, sub in props.items():
            simple = _SIMPLE.get(sub, ())
            if len(simple) == 2:
                plan[key] = (_INLINE_CHOICE, *simple)
            elif len(simple) == 3:
                plan[key] = (_INLINE_STRING, *simple)
            else:
                plan[key] = (_CALL, sub)
        default = (_CALL, others) if others is not None else None

        def check(value: Any) -> None:
            if type(value) is not dict:
                if typed:
                    raise SchemaViolation("type")
                return
            keys = value.keys()
            if not required <= keys:
                raise SchemaViolation(f"required {sorted(required - keys)}")
            if closed and not keys <= allowed:
                raise SchemaViolation(f"additionalProperties {sorted(keys - allowed)}")
            if most is not None and len(value) > most:
                raise SchemaViolation("maxProperties")
            for key, item in value.items():
                step = plan.get(key, default)
                if step is None:
                    continue
                kind = step[0]
                if kind is _INLINE_CHOICE:
                    if type(item) is str and item in step[1]:
                        continue
                    raise _violation(step[2], key)
                if kind is _INLINE_STRING and type(item) is str:
                    if len(item) < step[1]:
                        raise _violation("minLength", key)
                    if step[2] is not None and len(item) > step[2]:
                        raise _violation("maxLength", key)
                    if step[3] is not None and step[3](item) is None:
                        raise _violation("pattern", key)
                    continue
                sub = step[1] if kind is _CALL else props[key]
                try:
                    sub(item)
                except SchemaViolation as exc:
                    exc.path.append(key)
                    raise

        return check

    def _array(self, node: dict[str, Any], *, typed: bool) -> Check:
        items = self.compile(node["items"]) if "items" in node else None
        least, most = node.get("minItems", 0), node.get("maxItems")
        unique = node.get("uniqueItems", False)

        def check(value: Any) -> None:
            if type(value) is not list:
                if typed:
                    raise SchemaViolation("type")
                return
            if len(value) < least:
                raise SchemaViolation("minItems")
            if most is not None and len(value) > most:
                raise SchemaViolation("maxItems")
            if unique and len({json.dumps(v, sort_keys=True) for v in value}) != len(value):
                raise SchemaViolation("uniqueItems")
            if items is not None:
                for n, item in enumerate(value):
                    try:
                        items(item)
                    except SchemaViolation as exc:
                        exc.path.append(n)
                        raise

        return check

    def _condition(self, node: dict[str, Any]) -> Check:
        test = self.compile(node["if"])
        then = self.compile(node["then"]) if "then" in node else _accept
        otherwise = self.compile(node["else"]) if "else" in node else _accept

        def check(value: Any) -> None:
            try:
                test(value)
            except SchemaViolation:
                otherwise(value)
            else:
                then(value)

        return check


# Checks that an object's loop runs inline, without a call per member (an export has millions
# of members): a typed string's (minLength, maxLength, pattern search) and a string choice's
# (allowed strings, rule). Keyed by the check function.
_SIMPLE: dict[Check, tuple] = {}
_INLINE_CHOICE, _INLINE_STRING, _CALL = "choice", "string", "call"


def _pending(value: Any) -> None:
    raise UnsupportedSchema("reference used while it is being compiled")


def _accept(value: Any) -> None:
    return None


def _choice(node: dict[str, Any]) -> Check:
    options = node["enum"] if "enum" in node else [node["const"]]
    rule = "enum" if "enum" in node else "const"
    if all(type(o) is str for o in options):
        strings = frozenset(options)

        def check_strings(value: Any) -> None:
            if type(value) is not str or value not in strings:
                raise SchemaViolation(rule)

        _SIMPLE[check_strings] = (strings, rule)
        return check_strings

    def check(value: Any) -> None:
        if not any(_same(value, o) for o in options):
            raise SchemaViolation(rule)

    return check


def _string(node: dict[str, Any], *, typed: bool) -> Check:
    least, most = node.get("minLength", 0), node.get("maxLength")
    # JSON Schema patterns are unanchored ECMA 262 regexes; ours are anchored and use only
    # syntax that means the same in Python. ASCII makes [0-9] and \d agree.
    search = re.compile(node["pattern"], re.ASCII).search if "pattern" in node else None

    def check(value: Any) -> None:
        if type(value) is not str:
            if typed:
                raise SchemaViolation("type")
            return
        if len(value) < least:
            raise SchemaViolation("minLength")
        if most is not None and len(value) > most:
            raise SchemaViolation("maxLength")
        if search is not None and search(value) is None:
            raise SchemaViolation("pattern")

    if typed:
        _SIMPLE[check] = (least, most, search)
    return check


def _number(node: dict[str, Any]) -> Check:
    low, high = node.get("minimum"), node.get("maximum")

    def check(value: Any) -> None:
        if type(value) not in (int, float):
            return
        if low is not None and value < low:
            raise SchemaViolation("minimum")
        if high is not None and value > high:
            raise SchemaViolation("maximum")

    return check


def compile_schema(schema: dict[str, Any]) -> Check:
    """A function that returns None for a valid document and raises SchemaViolation."""
    compiler = _Compiler(schema)
    root = compiler.compile({k: v for k, v in schema.items() if k not in _DEFINITIONS})
    for place in _DEFINITIONS:  # compile every definition now, used or not
        for name in schema.get(place, {}):
            compiler.ref(f"#/{place}/{name}")
    return root


@cache
def compiled_schema(path: Path) -> Check:
    """The compiled check of the schema file at ``path`` (read once per run)."""
    with open(path, encoding="utf-8") as handle:
        return compile_schema(json.load(handle))


def schema_file(version: int) -> Path:
    return resource_path("schema", f"export-v{version}.schema.json")


def export_checker(version: int) -> Check:
    """The compiled check for export format ``version`` (read once per run)."""
    return compiled_schema(schema_file(version))


@cache
def item_checkers(version: int) -> tuple[Check, Check]:
    """The checks of one record and of one saved check of export format ``version``: a large
    document is checked item by item as it is read (``wire/reader.py``)."""
    with open(schema_file(version), encoding="utf-8") as handle:
        compiler = _Compiler(json.load(handle))
    return compiler.ref("#/definitions/record"), compiler.ref("#/definitions/assessment")
