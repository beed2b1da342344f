"""The job-offer checklist ("Cek Tawaran Kerja"): versioned indicators and the scoring rule.

The indicators, their weights, the score thresholds and the next steps are data, in
``resources/checklists/cek-tawaran-kerja-vN.json`` (one file per released version, never edited
after release; ``load_checklist`` reads them). A version a content pack from the office
delivered is read by the same parser; ``ChecklistShelf`` holds both kinds and says which version
new checks use. This module reads a version and scores a set of answers with it:

0. from version 2 on, a check starts with the stage the person has reached (just offered, the
   family letter, documents in progress, about to leave, already gone); only the questions due by
   that stage are asked, so a lawful applicant is never asked about a document the lawful process
   has not produced yet;
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
from dataclasses import dataclass, field
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
class UnknownStage(SiagaError):
    """A check names a stage this checklist version does not have (or omits a required one)."""

    stage: str
    version: int

    def __str__(self) -> str:
        return f"stage {self.stage!r} is not in checklist version {self.version}"


@dataclass
class QuestionNotAsked(SiagaError):
    """An answer to a question that is not asked at the stage the check is made for."""

    key: str
    stage: str

    def __str__(self) -> str:
        return f"indicator {self.key!r} is not asked at stage {self.stage!r}"


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


class Audience(Enum):
    """Whom a next step speaks to. The village head sees every step on screen; the printed sheet
    for the family carries the family's steps only (and, in versions without audiences, all)."""

    VILLAGE = "desa"
    FAMILY = "keluarga"


@dataclass(frozen=True)
class Group:
    key: str
    title: Text


@dataclass(frozen=True)
class Stage:
    """How far the person has gone, asked before the questions (version 2 on)."""

    key: str
    title: Text
    hint: Text


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
    stages: frozenset[str] = frozenset()  # asked at these stages; empty: at every stage
    finding: Text | None = None  # said plainly to the family when answered Ya
    to_check: Text | None = None  # said plainly when answered Tidak tahu

    def asked_at(self, stage: str | None) -> bool:
        """Whether the question is asked at ``stage`` (``None``: regardless of the stage)."""
        return stage is None or not self.stages or stage in self.stages


@dataclass(frozen=True)
class Clause:
    """Holds when every condition given holds (an empty clause always holds)."""

    levels: frozenset[RiskLevel] | None = None
    yes: frozenset[str] | None = None
    unknown: frozenset[str] | None = None
    no_unknowns: bool = False
    stages: frozenset[str] | None = None

    def holds(
        self, level: RiskLevel, yes: set[str], unknown: set[str], stage: str | None = None
    ) -> bool:
        if self.levels is not None and level not in self.levels:
            return False
        if self.stages is not None and stage not in self.stages:
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
    audience: Audience | None = None  # None (version 1): shown and printed alike

    def applies(
        self, level: RiskLevel, yes: set[str], unknown: set[str], stage: str | None = None
    ) -> bool:
        return any(clause.holds(level, yes, unknown, stage) for clause in self.when)

    @property
    def printed(self) -> bool:
        """Whether the step is printed on the family's sheet."""
        return self.audience is not Audience.VILLAGE


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
    stages: tuple[Stage, ...] = ()  # empty in version 1: every question is always asked

    def stage(self, key: str) -> Stage:
        for stage in self.stages:
            if stage.key == key:
                return stage
        raise UnknownStage(key, self.version)

    def asked(self, stage: str | None = None) -> tuple[Indicator, ...]:
        """The questions asked at ``stage``; every question when ``stage`` is None."""
        return tuple(i for i in self.indicators if i.asked_at(stage))

    def groups_at(self, stage: str | None = None) -> tuple[Group, ...]:
        """The groups that have a question at ``stage``, in the checklist's order."""
        used = {i.group for i in self.asked(stage)}
        return tuple(g for g in self.groups if g.key in used)

    def check_stage(self, stage: str | None) -> str | None:
        """``stage`` if this version expects it (one of its stages, or none when it has none)."""
        if not self.stages:
            if stage:
                raise UnknownStage(stage, self.version)
            return None
        if stage is None:
            raise UnknownStage("", self.version)
        self.stage(stage)
        return stage

    def indicator(self, key: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.key == key:
                return indicator
        raise UnknownIndicator(key, self.version)

    def in_group(self, group: str, stage: str | None = None) -> tuple[Indicator, ...]:
        return tuple(i for i in self.asked(stage) if i.group == group)

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
    stage: str = ""  # the stage the check was made for ("" in version 1)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "checklist_version": self.checklist_version,
            "level": self.level.value,
            "score": self.score,
            "red_flags": list(self.red_flags),
            "drivers": list(self.drivers),
            "unknowns": list(self.unknowns),
            "unanswered": list(self.unanswered),
            "next_steps": list(self.next_steps),
        }
        if self.stage:  # a version-1 result keeps exactly the form it was saved and sent in
            data["stage"] = self.stage
        return data

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
            stage=str(data.get("stage", "")),
        )


def _seriousness(checklist: Checklist, keys: Iterable[str]) -> tuple[str, ...]:
    """Red flags first, then by weight, then in the order the checklist asks them."""
    order = {indicator.key: n for n, indicator in enumerate(checklist.indicators)}

    def rank(key: str) -> tuple[int, int, int]:
        indicator = checklist.indicator(key)
        return (0 if indicator.red_flag else 1, indicator.weight.rank, order[key])

    return tuple(sorted(keys, key=rank))


def assess(checklist: Checklist, answers: Mapping[str, Answer], stage: str | None = None) -> Result:
    """Score ``answers`` (indicator key -> Answer) with ``checklist`` at ``stage`` (required from
    version 2 on); questions asked at that stage but missing from ``answers`` are unknown."""
    stage = checklist.check_stage(stage)
    for key in answers:
        if not checklist.indicator(key).asked_at(stage):  # raises UnknownIndicator
            raise QuestionNotAsked(key, stage or "")
    yes = {k for k, a in answers.items() if a is Answer.YES}
    unanswered = {i.key for i in checklist.asked(stage) if i.key not in answers}
    unknown = {k for k, a in answers.items() if a is Answer.UNKNOWN} | unanswered
    red_flags = {k for k in yes if checklist.indicator(k).red_flag}
    score = sum(checklist.scoring.points[checklist.indicator(k).weight] for k in yes)
    level = RiskLevel.VERY_HIGH if red_flags else checklist.scoring.level_for(score)
    steps = tuple(s.key for s in checklist.next_steps if s.applies(level, yes, unknown, stage))
    return Result(
        checklist_version=checklist.version,
        level=level,
        score=score,
        red_flags=_seriousness(checklist, red_flags),
        drivers=_seriousness(checklist, yes),
        unknowns=_seriousness(checklist, unknown),
        unanswered=_seriousness(checklist, unanswered),
        next_steps=steps,
        stage=stage or "",
    )


def _text(raw: Mapping[str, str]) -> Text:
    return Text(raw["id"], raw["en"])


def _optional_text(raw: Mapping[str, str] | None) -> Text | None:
    return _text(raw) if raw is not None else None


def _keys(raw: Any) -> frozenset[str] | None:
    return frozenset(raw) if raw is not None else None


def _clause(raw: Mapping[str, Any]) -> Clause:
    levels = raw.get("levels")
    return Clause(
        levels=frozenset(RiskLevel(v) for v in levels) if levels is not None else None,
        yes=_keys(raw.get("yes")),
        unknown=_keys(raw.get("unknown")),
        no_unknowns=bool(raw.get("no_unknowns", False)),
        stages=_keys(raw.get("stages")),
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
    unique("stage", [s.key for s in checklist.stages])
    groups = {g.key for g in checklist.groups}
    sources = {s.key for s in checklist.sources}
    stages = {s.key for s in checklist.stages}
    for indicator in checklist.indicators:
        if indicator.group not in groups:
            raise ValueError(f"{indicator.key}: unknown group {indicator.group!r}")
        missing = set(indicator.sources) - sources
        if missing:
            raise ValueError(f"{indicator.key}: unknown sources {sorted(missing)}")
        if indicator.stages - stages:
            raise ValueError(f"{indicator.key}: unknown stages {sorted(indicator.stages - stages)}")
    empty = groups - {i.group for i in checklist.indicators}
    if empty:
        raise ValueError(f"groups without questions: {sorted(empty)}")
    silent = [s.key for s in checklist.stages if not checklist.asked(s.key)]
    if silent:
        raise ValueError(f"stages without questions: {silent}")
    known = set(indicator_keys)
    for step in checklist.next_steps:
        for clause in step.when:
            named = (clause.yes or frozenset()) | ((clause.unknown or frozenset()) - {ANY})
            if named - known:
                raise ValueError(f"next step {step.key}: unknown {sorted(named - known)}")
            if (clause.stages or frozenset()) - stages:
                raise ValueError(f"next step {step.key}: unknown stages")
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
                    stages=frozenset(i.get("stages", ())),
                    finding=_optional_text(i.get("finding")),
                    to_check=_optional_text(i.get("to_check")),
                )
                for i in data["indicators"]
            ),
            next_steps=tuple(
                NextStep(
                    s["id"],
                    _text(s["text"]),
                    tuple(_clause(c) for c in s["when"]),
                    Audience(s["for"]) if "for" in s else None,
                )
                for s in data["next_steps"]
            ),
            sources=tuple(
                SourceRef(s["id"], s["kind"], s["title"], s["url"]) for s in data["sources"]
            ),
            stages=tuple(
                Stage(s["id"], _text(s["title"]), _text(s["hint"])) for s in data.get("stages", ())
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


@dataclass(frozen=True)
class ChecklistShelf:
    """Every version this installation can read: the shipped files in ``folder``, and the
    versions content packs from the office delivered (``delivered``: version -> the data of
    its file, kept for good so that a check made with it can always be shown). New checks use
    ``current_version``: the newest shipped version, or the installed pack's when it is newer.
    A delivered version never replaces a shipped one of the same number."""

    folder: Path
    delivered: Mapping[int, Mapping[str, Any]] = field(default_factory=dict, hash=False)
    pack_version: int | None = None

    def versions(self) -> list[int]:
        return sorted(set(available_versions(self.folder)) | set(self.delivered))

    @property
    def current_version(self) -> int:
        shipped = available_versions(self.folder)
        newest = max([*shipped[-1:], self.pack_version or 0])
        if not newest:
            raise ChecklistInvalid(str(self.folder), "no checklist version found")
        return newest

    def load(self, version: int) -> Checklist:
        if checklist_file(self.folder, version).is_file() or version not in self.delivered:
            return load_checklist(self.folder, version)
        checklist = parse_checklist(self.delivered[version], f"paket v{version}")
        if checklist.version != version:
            raise ChecklistInvalid(f"paket v{version}", f"says version {checklist.version}")
        return checklist

    def latest(self) -> Checklist:
        """The version every new assessment uses."""
        return self.load(self.current_version)


def load_latest(folder: Path) -> Checklist:
    """The newest version: the one every new assessment uses."""
    versions = available_versions(folder)
    if not versions:
        raise ChecklistInvalid(str(folder), "no checklist version found")
    return load_checklist(folder, versions[-1])
