"""Desa Kungkai (Kec. Bangko, Kabupaten Merangin, Jambi), the village the tests keep: one factory
for its profile, so every test module starts from the same code and names."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desktop.domain.profile import Contact, ContactRole, VillageProfile
from desktop.exchange.wire.format import ExportSource

KUNGKAI_CODE = "15.02.02.2004"
BABINSA = Contact("Serka Hadi", "0812-3456-7890")


def kungkai(**changes: Any) -> VillageProfile:
    """Kungkai with its code, its names as the area files have them and its head; ``changes``
    replace any field (another head, a telephone, contacts)."""
    profile = VillageProfile(
        village_code=KUNGKAI_CODE,
        village_name="Kungkai",
        district_name="Bangko",
        regency_name="Kabupaten Merangin",
        province_name="Jambi",
        head_name="Siti Aminah",
    )
    return replace(profile, **changes)


def kungkai_with_contacts(**changes: Any) -> VillageProfile:
    """Kungkai as a village that filled in its office telephone, its address and its Babinsa."""
    filled: dict[str, Any] = {
        "office_phone": "0746-21234",
        "office_address": "Jalan Lintas Sumatera Km 3",
        "contacts": {ContactRole.BABINSA: BABINSA},
    }
    return kungkai(**{**filled, **changes})


def kungkai_source(installation_id: str, sequence: int) -> ExportSource:
    """Kungkai as its exports name their source."""
    profile = kungkai()
    return ExportSource(
        role="desa",
        village_code=profile.village_code,
        village_name=profile.village_name,
        district_name=profile.district_name,
        regency_name=profile.regency_name,
        province_name=profile.province_name,
        installation_id=installation_id,
        sequence=sequence,
    )
