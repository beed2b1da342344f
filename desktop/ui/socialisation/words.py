"""Kegiatan sosialisasi in words: the audience's roles, the leaflets as material, what a field
of the form says when it is wrong; the one catalogue for the page, the form and the recap."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.errors import FieldError
from desktop.domain.socialisation import (
    COUNT_MAX,
    MATERIALS_MAX,
    NOTES_MAX,
    OFFICERS_MAX,
    PLACE_MAX,
    AudienceRole,
    Material,
    MaterialKind,
    material_of,
)

_ROLES = {
    AudienceRole.VILLAGE_HEAD: QT_TRANSLATE_NOOP("Socialisation", "Village head or lurah"),
    AudienceRole.VILLAGE_STAFF: QT_TRANSLATE_NOOP("Socialisation", "Village officials"),
    AudienceRole.BPD: QT_TRANSLATE_NOOP("Socialisation", "BPD (village council)"),
    AudienceRole.RESIDENTS: QT_TRANSLATE_NOOP("Socialisation", "Residents"),
    AudienceRole.PROSPECTIVE_MIGRANTS: QT_TRANSLATE_NOOP(
        "Socialisation", "Prospective migrant workers"
    ),
}

# The printed material of Materi (printing/leaflets.py), by the name an event keeps.
_LEAFLETS = (
    ("lipat-tiga", QT_TRANSLATE_NOOP("Socialisation", "Tri-fold leaflet")),
    ("poster", QT_TRANSLATE_NOOP("Socialisation", "Poster for the notice board")),
    ("kartu-saku", QT_TRANSLATE_NOOP("Socialisation", "Pocket cards")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Socialisation", text)


def role_words(role: AudienceRole) -> str:
    return _tr(_ROLES[role])


def material_choices(topics: list[tuple[str, str]]) -> list[Material]:
    """What an event can have used: the Materi topics in force (id, title) and the leaflets."""
    found = [material_of(MaterialKind.TOPIC, ref, title) for ref, title in topics]
    found += [material_of(MaterialKind.LEAFLET, ref, _tr(title)) for ref, title in _LEAFLETS]
    return [m for m in found if m is not None]


_ERRORS = {
    ("held_on", "in_future"): QT_TRANSLATE_NOOP(
        "Socialisation", "The date cannot be after today: record an event once it was held."
    ),
    ("held_on", "too_early"): QT_TRANSLATE_NOOP(
        "Socialisation", "The date cannot be before 1 January 2000."
    ),
    ("place", "required"): QT_TRANSLATE_NOOP("Socialisation", "Write where the event was held."),
    ("place", "too_long"): QT_TRANSLATE_NOOP(
        "Socialisation", "Shorten the place to at most {n} characters."
    ),
    ("district", "required"): QT_TRANSLATE_NOOP(
        "Socialisation", "Choose the kecamatan where the event was held."
    ),
    ("villages", "required"): QT_TRANSLATE_NOOP(
        "Socialisation", "Tick at least one village or kelurahan the event reached."
    ),
    ("villages", "too_many"): QT_TRANSLATE_NOOP("Socialisation", "Tick fewer villages."),
    ("audience", "required"): QT_TRANSLATE_NOOP(
        "Socialisation", "Write how many people came, for at least one group."
    ),
    ("audience.*", "not_number"): QT_TRANSLATE_NOOP(
        "Socialisation", "Write a number, for example 25, or leave it empty."
    ),
    ("audience.*", "too_large"): QT_TRANSLATE_NOOP("Socialisation", "At most {n} people."),
    ("materials", "too_many"): QT_TRANSLATE_NOOP("Socialisation", "Choose at most {n} materials."),
    ("officers", "too_long"): QT_TRANSLATE_NOOP(
        "Socialisation", "Shorten this to at most {n} characters."
    ),
    ("notes", "too_long"): QT_TRANSLATE_NOOP(
        "Socialisation", "Shorten the notes to at most {n} characters."
    ),
}
_LIMITS = {
    "place": PLACE_MAX,
    "audience.*": f"{COUNT_MAX:,}".replace(",", "."),
    "materials": MATERIALS_MAX,
    "officers": OFFICERS_MAX,
    "notes": NOTES_MAX,
}


def error_words(error: FieldError) -> str:
    """What is wrong with a field of the form, and how to put it right."""
    field = "audience.*" if error.field.startswith("audience.") else error.field
    return _tr(_ERRORS[(field, error.code)]).format(n=_LIMITS.get(field, ""))
