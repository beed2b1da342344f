"""The village profile: who and where the installation serves, and its local contacts."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from desktop.domain.area import Level, is_kelurahan, level_of
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.phone import validate_phone

NAME_MAX = 120


class ContactRole(Enum):
    """Local contacts printed on leaflets and reports. Values are stable storage keys."""

    BHABINKAMTIBMAS = "bhabinkamtibmas"
    BABINSA = "babinsa"
    IMMIGRATION_OFFICE = "kantor_imigrasi"
    MANPOWER_OFFICE = "disnaker"  # the district's manpower office (Dinas tenaga kerja)
    # Not every province has a BP3MI: Jambi's applicants go to BP3MI Riau or to P4MI Jambi.
    MIGRANT_WORKER_OFFICE = "bp3mi_p4mi"

    @classmethod
    def _missing_(cls, value: object) -> ContactRole | None:
        # Profiles saved before issue 13 had one role for "Dinas Tenaga Kerja / BP3MI"; it
        # still reads, as the manpower office, which is what village offices entered there.
        return cls.MANPOWER_OFFICE if value == "disnaker_bp3mi" else None


@dataclass(frozen=True)
class Contact:
    name: str = ""
    phone: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.phone)


@dataclass(frozen=True)
class VillageProfile:
    """Everything the app knows about the village it serves."""

    village_code: str
    village_name: str
    district_name: str
    regency_name: str
    province_name: str
    head_name: str
    office_phone: str = ""
    office_address: str = ""
    contacts: dict[ContactRole, Contact] = field(default_factory=dict)
    training: bool = False

    @property
    def is_kelurahan(self) -> bool:
        return is_kelurahan(self.village_code)

    def contact(self, role: ContactRole) -> Contact:
        return self.contacts.get(role, Contact())


def validate_profile(profile: VillageProfile) -> VillageProfile:
    """Check every field and return a tidied copy; raise ValidationFailed listing all problems."""
    errors: list[FieldError] = []

    def text(name: str, value: str, *, required: bool) -> str:
        tidy = " ".join(value.split())
        if required and not tidy:
            errors.append(FieldError(name, "required", value))
        elif len(tidy) > NAME_MAX:
            errors.append(FieldError(name, "too_long", value))
        return tidy

    def phone(name: str, value: str) -> str:
        try:
            return validate_phone(name, value)
        except FieldError as exc:
            errors.append(exc)
            return value

    try:
        if level_of(profile.village_code) is not Level.VILLAGE:
            errors.append(FieldError("village_code", "not_village", profile.village_code))
    except FieldError as exc:
        errors.append(FieldError("village_code", exc.code, exc.value))
    contacts = {}
    for role, contact in profile.contacts.items():
        tidy = Contact(
            text(f"contact.{role.value}.name", contact.name, required=False),
            phone(f"contact.{role.value}.phone", contact.phone),
        )
        if not tidy.is_empty:
            contacts[role] = tidy
    tidied = replace(
        profile,
        village_name=text("village_name", profile.village_name, required=True),
        district_name=text("district_name", profile.district_name, required=True),
        regency_name=text("regency_name", profile.regency_name, required=True),
        province_name=text("province_name", profile.province_name, required=True),
        head_name=text("head_name", profile.head_name, required=True),
        office_phone=phone("office_phone", profile.office_phone),
        office_address=text("office_address", profile.office_address, required=False),
        contacts=contacts,
    )
    if errors:
        raise ValidationFailed(errors)
    return tidied
