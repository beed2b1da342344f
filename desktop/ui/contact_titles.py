"""How each kind of local contact is named on screen (shared by the form and the home page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.profile import ContactRole


def contact_title(role: ContactRole) -> str:
    return {
        ContactRole.BHABINKAMTIBMAS: QCoreApplication.translate(
            "ProfileForm", "Bhabinkamtibmas (village police officer)"
        ),
        ContactRole.BABINSA: QCoreApplication.translate(
            "ProfileForm", "Babinsa (village army officer)"
        ),
        ContactRole.IMMIGRATION_OFFICE: QCoreApplication.translate(
            "ProfileForm", "Nearest immigration office (Kantor Imigrasi)"
        ),
        ContactRole.MANPOWER_OFFICE: QCoreApplication.translate(
            "ProfileForm", "District manpower office (Dinas tenaga kerja kabupaten)"
        ),
        ContactRole.MIGRANT_WORKER_OFFICE: QCoreApplication.translate(
            "ProfileForm", "Migrant-worker protection office (BP3MI / P4MI)"
        ),
    }[role]
