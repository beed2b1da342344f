"""What one village's leaflet says: its profile, the content in force and the leaflets'
fixed words, with the phrases every product prints (who issues it, where, whom to call)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.content import Block
from desktop.domain.hotlines import Hotlines
from desktop.domain.materials import Materials
from desktop.domain.profile import ContactRole, VillageProfile


@dataclass(frozen=True)
class LeafletData:
    """Everything a leaflet prints: the village's profile and the material in force, handed in
    by the caller (no files are read here)."""

    profile: VillageProfile
    materials: Materials

    @property
    def language(self) -> str:
        return self.materials.language

    @property
    def hotlines(self) -> Hotlines:
        return self.materials.hotlines

    def t(self, key: str, **values: str) -> str:
        text = self.materials.leaflet_text[key]
        return text.format(**values) if values else text

    @property
    def kind(self) -> str:
        return self.t("kind_kelurahan" if self.profile.is_kelurahan else "kind_desa")

    @property
    def issued_by(self) -> str:
        return self.t("issued_by", kind=self.kind, village=self.profile.village_name)

    @property
    def place(self) -> str:
        p = self.profile
        return self.t(
            "place", district=p.district_name, regency=p.regency_name, province=p.province_name
        )

    def section_blocks(self, ref: str) -> tuple[str, list[Block]]:
        section = self.materials.library.section(ref)
        return section.title, section.blocks

    def local_contacts(self, *, compact: bool = False) -> list[tuple[str, str]]:
        """(label, value) lines: head of the village, office phone, then the profile contacts.

        ``compact`` (pocket card) keeps what one dials: phone numbers rather than names.
        """
        p = self.profile
        head = self.t("head_kelurahan" if p.is_kelurahan else "head_desa")
        lines = [] if compact else [(head, p.head_name)]
        if p.office_phone:
            lines.append((self.t("office_phone", kind=self.kind), p.office_phone))
        for role in ContactRole:
            contact = p.contact(role)
            if contact.is_empty:
                continue
            value = " — ".join(v for v in (contact.name, contact.phone) if v)
            if compact and contact.phone:
                value = contact.phone
            lines.append((self.t(f"role_{role.value}"), value))
        return lines
