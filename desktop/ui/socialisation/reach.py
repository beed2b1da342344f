"""Where the events recorded here are held, whom they reach and what they can have used: a
village's own kecamatan and itself; the office's kecamatan and villages of the regencies it
covers, from the official area list; the Materi topics in force and the leaflets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.area import parent_code
from desktop.domain.exchange import OfficeProfile
from desktop.domain.profile import VillageProfile
from desktop.domain.socialisation import Material, ReachedVillage
from desktop.exchange.active_content import current_content
from desktop.storage.area_index import AreaIndex
from desktop.ui.socialisation.words import material_choices


@dataclass(frozen=True)
class District:
    """A kecamatan an event can be held in."""

    code: str
    name: str
    regency_name: str

    def label(self) -> str:
        return f"{self.name} ({self.regency_name})" if self.regency_name else self.name


@dataclass(frozen=True)
class Reach:
    """``own``: a village's (its kecamatan and itself, shown, not chosen); otherwise the
    office's choice among ``districts`` and their villages."""

    districts: Callable[[], list[District]]
    villages_of: Callable[[str], list[ReachedVillage]]  # the villages of a kecamatan
    own: bool


def village_reach(profile: Callable[[], VillageProfile]) -> Reach:
    """A village's events: held in its kecamatan, reaching itself."""

    def districts() -> list[District]:
        p = profile()
        return [District(parent_code(p.village_code), p.district_name, p.regency_name)]

    def villages(_district: str) -> list[ReachedVillage]:
        p = profile()
        return [ReachedVillage(p.village_code, p.village_name)]

    return Reach(districts, villages, own=True)


def office_reach(
    office: Callable[[], OfficeProfile | None], index: Callable[[], AreaIndex]
) -> Reach:
    """The office's events: in any kecamatan of the regencies it covers (as it covers them
    when the form opens), reaching the villages of it the officer ticks."""

    def districts() -> list[District]:
        covers = office()
        found: list[District] = []
        for code in covers.covers if covers is not None else ():
            regency = index().get(code)
            name = regency.name if regency is not None else code
            found += [District(d.code, d.name, name) for d in index().children(code)]
        return found

    def villages(district: str) -> list[ReachedVillage]:
        return [ReachedVillage(v.code, v.name) for v in index().children(district)]

    return Reach(districts, villages, own=False)


def materials_in_force(language: str) -> Callable[[], list[Material]]:
    """The material an event can have used, read when the form opens: the Materi topics in
    force (the office's content pack where there is one) in ``language``, then the leaflets."""
    return lambda: material_choices(
        [(t.id, t.title) for t in current_content().library(language).topics]
    )
