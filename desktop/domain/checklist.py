"""The job-offer checklist ("Cek Tawaran Kerja"): versioned indicators and the scoring rule.

The indicators, their weights, the score thresholds and the next steps are data, in
``resources/checklists/cek-tawaran-kerja-vN.json`` (one file per released version, never edited
after release). This module reads a version and scores a set of answers with it:

1. any red-flag indicator answered Ya gives ``RiskLevel.VERY_HIGH``, whatever else was answered;
2. otherwise each Ya adds the points of its weight, and the total is compared with the version's
   thresholds: below ``sedang`` is LOW, from ``sedang`` MEDIUM, from ``tinggi`` HIGH;
3. Tidak tahu (and an unanswered question) adds nothing and is listed among ``unknowns``: it is
   something to verify, never read as Tidak.

Plain Python: no Qt, no database. The UI owns the wording of levels and answers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from desktop.domain.errors import SiagaError
from desktop.domain.modus import Modus

CHECKLIST_NAME = "cek-tawaran-kerja"
ANY = "*"  # in a next-step clause: any indicator answered Tidak tahu
_FILE = re.compile(rf"{CHECKLIST_NAME}-v(\d+)\.json")


class Answer(Enum):
    YES = "ya"
    NO = "tidak"
    UNKNOWN = "tidak_tahu"


class Weight(Enum):
    HIGH = "tinggi"
    MEDIUM = "sedang"
    LOW = "rendah"

    @property
    def rank(self) -> int:
        return {Weight.HIGH: 0, Weight.MEDIUM: 1, Weight.LOW: 2}[self]


class RiskLevel(Enum):
    LOW = "rendah"
    MEDIUM = "sedang"
    HIGH = "tinggi"
    VERY_HIGH = "sangat_tinggi"

    @property
    def severity(self) -> int:
        return list(RiskLevel).index(self)


@dataclass
class ChecklistInvalid(SiagaError):
    """A checklist file is missing, unreadable or inconsistent (a packaging mistake)."""

    source: str
    detail: str

    def __str__(self) -> str:
        return f"checklist {self.source} invalid: {self.detail}"


@dataclass
class ChecklistVersionMissing(SiagaError):
    """The checklist version a saved assessment was made with is not shipped."""

    version: int

    def __str__(self) -> str:
        return f"checklist version {self.version} is not available"


@dataclass
class UnknownIndicator(SiagaError):
    """An answer names an indicator that this checklist version does not have."""

    key: str
    version: int

    def __str__(self) -> str:
        return f"indicator {self.key!r} is not in checklist version {self.version}"


@dataclass(frozen=True)
class Text:
    """A text in Indonesian (``id``) and English (``en``)."""

    id: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.id


@dataclass(frozen=True)
class Group:
    key: str
    title: Text


@dataclass(frozen=True)
class Indicator:
    key: str
    group: str
    question: Text
    why: Text
    weight: Weight
    red_flag: bool
    modus: Modus
    legal_reference: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Clause:
    """Holds when every condition given holds (an empty clause always holds)."""

    levels: frozenset[RiskLevel] | None = None
    yes: frozenset[str] | None = None
    unknown: frozenset[str] | None = None
    no_unknowns: bool = False

    def holds(self, level: RiskLevel, yes: set[str], unknown: set[str]) -> bool:
        if self.levels is not None and level not in self.levels:
            return False
        if self.yes is not None and not (self.yes & yes):
            return False
        if self.unknown is not None:
            if ANY in self.unknown:
                if not unknown:
                    return False
            elif not (self.unknown & unknown):
                return False
        return not (self.no_unknowns and unknown)


@dataclass(frozen=True)
class NextStep:
    key: str
    text: Text
    when: tuple[Clause, ...]

    def applies(self, level: RiskLevel, yes: set[str], unknown: set[str]) -> bool:
        return any(clause.holds(level, yes, unknown) for clause in self.when)


@dataclass(frozen=True)
class SourceRef:
    key: str
    kind: str  # "V" read in the source; "S" secondary only
    title: str
    url: str


@dataclass(frozen=True)
class Scoring:
    points: Mapping[Weight, int]
    medium_from: int
    high_from: int
    rule: Text

    def level_for(self, score: int) -> RiskLevel:
        if score >= self.high_from:
            return RiskLevel.HIGH
        if score >= self.medium_from:
            return RiskLevel.MEDIUM
        return RiskLevel.LOW


@dataclass(frozen=True)
class Checklist:
    version: int
    released: date
    title: Text
    about: Text
    scoring: Scoring
    groups: tuple[Group, ...]
    indicators: tuple[Indicator, ...]
    next_steps: tuple[NextStep, ...]
    sources: tuple[SourceRef, ...]

    def indicator(self, key: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.key == key:
                return indicator
        raise UnknownIndicator(key, self.version)

    def in_group(self, group: str) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.group == group)

    def next_step(self, key: str) -> NextStep:
        for step in self.next_steps:
            if step.key == key:
                return step
        raise KeyError(key)

    def source(self, key: str) -> SourceRef:
        for source in self.sources:
            if source.key == key:
                return source
        raise KeyError(key)


@dataclass(frozen=True)
class Result:
    """The outcome of one assessment, stored as made: it is never recomputed later."""

    checklist_version: int
    level: RiskLevel
    score: int
    red_flags: tuple[str, ...]  # red-flag indicators answered Ya
    drivers: tuple[str, ...]  # every indicator answered Ya, most serious first
    unknowns: tuple[str, ...]  # answered Tidak tahu or not answered, most serious first
    unanswered: tuple[str, ...]  # the part of ``unknowns`` that was never answered
    next_steps: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "checklist_version": self.checklist_version,
            "level": self.level.value,
            "score": self.score,
            "red_flags": list(self.red_flags),
            "drivers": list(self.drivers),
            "unknowns": list(self.unknowns),
            "unanswered": list(self.unanswered),
            "next_steps": list(self.next_steps),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Result:
        return cls(
            checklist_version=int(data["checklist_version"]),
            level=RiskLevel(data["level"]),
            score=int(data["score"]),
            red_flags=tuple(data["red_flags"]),
            drivers=tuple(data["drivers"]),
            unknowns=tuple(data["unknowns"]),
            unanswered=tuple(data.get("unanswered", ())),
            next_steps=tuple(data["next_steps"]),
        )


def _seriousness(checklist: Checklist, keys: Iterable[str]) -> tuple[str, ...]:
    """Red flags first, then by weight, then in the order the checklist asks them."""
    order = {indicator.key: n for n, indicator in enumerate(checklist.indicators)}

    def rank(key: str) -> tuple[int, int, int]:
        indicator = checklist.indicator(key)
        return (0 if indicator.red_flag else 1, indicator.weight.rank, order[key])

    return tuple(sorted(keys, key=rank))


def assess(checklist: Checklist, answers: Mapping[str, Answer]) -> Result:
    """Score ``answers`` (indicator key -> Answer) with ``checklist``; missing keys are unknown."""
    for key in answers:
        checklist.indicator(key)  # raises UnknownIndicator
    yes = {k for k, a in answers.items() if a is Answer.YES}
    unanswered = {i.key for i in checklist.indicators if i.key not in answers}
    unknown = {k for k, a in answers.items() if a is Answer.UNKNOWN} | unanswered
    red_flags = {k for k in yes if checklist.indicator(k).red_flag}
    score = sum(checklist.scoring.points[checklist.indicator(k).weight] for k in yes)
    level = RiskLevel.VERY_HIGH if red_flags else checklist.scoring.level_for(score)
    steps = tuple(s.key for s in checklist.next_steps if s.applies(level, yes, unknown))
    return Result(
        checklist_version=checklist.version,
        level=level,
        score=score,
        red_flags=_seriousness(checklist, red_flags),
        drivers=_seriousness(checklist, yes),
        unknowns=_seriousness(checklist, unknown),
        unanswered=_seriousness(checklist, unanswered),
        next_steps=steps,
    )


def _text(raw: Mapping[str, str]) -> Text:
    return Text(raw["id"], raw["en"])


def _clause(raw: Mapping[str, Any]) -> Clause:
    levels = raw.get("levels")
    yes = raw.get("yes")
    unknown = raw.get("unknown")
    return Clause(
        levels=frozenset(RiskLevel(v) for v in levels) if levels is not None else None,
        yes=frozenset(yes) if yes is not None else None,
        unknown=frozenset(unknown) if unknown is not None else None,
        no_unknowns=bool(raw.get("no_unknowns", False)),
    )


def _check_references(checklist: Checklist) -> None:
    """Cross-references a JSON Schema cannot express: unique keys, known groups and sources."""

    def unique(kind: str, keys: list[str]) -> None:
        seen = {k for k in keys if keys.count(k) > 1}
        if seen:
            raise ValueError(f"duplicate {kind}: {sorted(seen)}")

    indicator_keys = [i.key for i in checklist.indicators]
    unique("indicator", indicator_keys)
    unique("group", [g.key for g in checklist.groups])
    unique("next step", [s.key for s in checklist.next_steps])
    unique("source", [s.key for s in checklist.sources])
    groups = {g.key for g in checklist.groups}
    sources = {s.key for s in checklist.sources}
    for indicator in checklist.indicators:
        if indicator.group not in groups:
            raise ValueError(f"{indicator.key}: unknown group {indicator.group!r}")
        missing = set(indicator.sources) - sources
        if missing:
            raise ValueError(f"{indicator.key}: unknown sources {sorted(missing)}")
    empty = groups - {i.group for i in checklist.indicators}
    if empty:
        raise ValueError(f"groups without questions: {sorted(empty)}")
    known = set(indicator_keys)
    for step in checklist.next_steps:
        for clause in step.when:
            named = (clause.yes or frozenset()) | ((clause.unknown or frozenset()) - {ANY})
            if named - known:
                raise ValueError(f"next step {step.key}: unknown {sorted(named - known)}")
    if checklist.scoring.medium_from >= checklist.scoring.high_from:
        raise ValueError("threshold 'sedang' must be below 'tinggi'")


def parse_checklist(data: Mapping[str, Any], source: str = "<data>") -> Checklist:
    """Build a Checklist from its JSON data; raise ChecklistInvalid when it is inconsistent."""
    try:
        if data["checklist"] != CHECKLIST_NAME:
            raise ValueError(f"not a {CHECKLIST_NAME} file")
        scoring = data["scoring"]
        checklist = Checklist(
            version=int(data["version"]),
            released=date.fromisoformat(data["released"]),
            title=_text(data["title"]),
            about=_text(data["about"]),
            scoring=Scoring(
                points={Weight(k): int(v) for k, v in scoring["points"].items()},
                medium_from=int(scoring["thresholds"]["sedang"]),
                high_from=int(scoring["thresholds"]["tinggi"]),
                rule=_text(scoring["rule"]),
            ),
            groups=tuple(Group(g["id"], _text(g["title"])) for g in data["groups"]),
            indicators=tuple(
                Indicator(
                    key=i["id"],
                    group=i["group"],
                    question=_text(i["question"]),
                    why=_text(i["why"]),
                    weight=Weight(i["weight"]),
                    red_flag=bool(i["red_flag"]),
                    modus=Modus(i["modus"]),
                    legal_reference=i.get("legal_reference", ""),
                    sources=tuple(i["sources"]),
                )
                for i in data["indicators"]
            ),
            next_steps=tuple(
                NextStep(s["id"], _text(s["text"]), tuple(_clause(c) for c in s["when"]))
                for s in data["next_steps"]
            ),
            sources=tuple(
                SourceRef(s["id"], s["kind"], s["title"], s["url"]) for s in data["sources"]
            ),
        )
        if set(checklist.scoring.points) != set(Weight):
            raise ValueError("points must be given for every weight")
        _check_references(checklist)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ChecklistInvalid(source, f"{type(exc).__name__}: {exc}") from exc
    return checklist


def checklist_file(folder: Path, version: int) -> Path:
    return folder / f"{CHECKLIST_NAME}-v{version}.json"


def available_versions(folder: Path) -> list[int]:
    """Every version shipped in ``folder``, oldest first."""
    try:
        names = [p.name for p in folder.iterdir()]
    except OSError:
        return []
    return sorted(int(m.group(1)) for n in names if (m := _FILE.fullmatch(n)))


@cache
def load_checklist(folder: Path, version: int) -> Checklist:
    """Read one released version (cached: shipped files do not change while the app runs)."""
    path = checklist_file(folder, version)
    if not path.is_file():
        raise ChecklistVersionMissing(version)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ChecklistInvalid(path.name, f"{type(exc).__name__}: {exc}") from exc
    checklist = parse_checklist(data, path.name)
    if checklist.version != version:
        raise ChecklistInvalid(path.name, f"file says version {checklist.version}")
    return checklist


def load_latest(folder: Path) -> Checklist:
    """The newest version: the one every new assessment uses."""
    versions = available_versions(folder)
    if not versions:
        raise ChecklistInvalid(str(folder), "no checklist version found")
    return load_checklist(folder, versions[-1])
