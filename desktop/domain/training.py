"""MODE LATIHAN's fictional village: the profile a new training installation starts with, and
how many fictional incident records it gets (``demo_incidents`` makes them).

Here, beside the demo data, so that the command line's ``demo-data`` needs no window code.
"""

from __future__ import annotations

from desktop.domain.profile import Contact, ContactRole, VillageProfile

TRAINING_INCIDENTS = 300  # fictional incident records in a new training installation

TRAINING_PROFILE = VillageProfile(
    village_code="15.02.02.0000",
    village_name="Sukamaju (fiktif)",
    district_name="Bangko",
    regency_name="Kabupaten Merangin",
    province_name="Jambi",
    head_name="Budi Santoso (fiktif)",
    office_phone="0000-0000-0000",
    office_address="Jalan Contoh No. 1 (fiktif)",
    contacts={
        ContactRole.BHABINKAMTIBMAS: Contact("Bripka Contoh (fiktif)", "0000-0000-0001"),
        ContactRole.BABINSA: Contact("Serka Contoh (fiktif)", "0000-0000-0002"),
        ContactRole.IMMIGRATION_OFFICE: Contact("Kantor Imigrasi (fiktif)", "0000-0000-0003"),
        ContactRole.MANPOWER_OFFICE: Contact("Dinas Tenaga Kerja (fiktif)", "0000-0000-0004"),
    },
    training=True,
)
