"""The awareness material in force in one language, as Materi shows it and the leaflets print it.

One value per window, made by the one loader (``exchange.active_content``:
``current_content().materials(language, village_code)``) from the shipped files or the office's
content pack, and handed to Materi, its print dialog and the command line's ``leaflet``.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.content import ContentReviews, Library
from desktop.domain.content_pack import LocalContact, OfficeContact, RecruiterWarning
from desktop.domain.hotlines import Hotlines


@dataclass(frozen=True)
class Materials:
    """The topics, the leaflets' fixed words (``leaflet.json``), the verified hotlines and when
    the content was last checked; from the office's content pack, when one is installed, its
    name and contact block, the contacts for this village's area and its warnings about
    recruiters."""

    library: Library
    leaflet_text: dict[str, str]
    hotlines: Hotlines
    reviews: ContentReviews
    office_name: str = ""
    office_contact: OfficeContact | None = None
    local_contacts: tuple[LocalContact, ...] = ()
    warnings: tuple[RecruiterWarning, ...] = ()

    @property
    def language(self) -> str:
        return self.library.language
