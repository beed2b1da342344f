"""Reading and writing the village profile, settings and form drafts. Every write is atomic."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from desktop.domain.errors import DatabaseDamaged, DiskError
from desktop.domain.profile import Contact, ContactRole, VillageProfile
from desktop.storage.db import database, writes_held
from desktop.storage.models import ContactRow, Draft, Setting, VillageProfileRow

INSTALLATION_ID = "installation_id"

log = logging.getLogger(__name__)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def load_profile() -> VillageProfile | None:
    row = VillageProfileRow.get_or_none(VillageProfileRow.id == 1)
    if row is None:
        return None
    contacts = {}
    for c in ContactRow.select():
        try:
            contacts[ContactRole(c.role)] = Contact(c.name, c.phone)
        except ValueError:
            continue
    return VillageProfile(
        village_code=row.village_code,
        village_name=row.village_name,
        district_name=row.district_name,
        regency_name=row.regency_name,
        province_name=row.province_name,
        head_name=row.head_name,
        office_phone=row.office_phone,
        office_address=row.office_address,
        contacts=contacts,
        training=bool(row.training),
    )


def save_profile(profile: VillageProfile) -> None:
    """Store a validated profile, replacing the previous one and its contacts."""
    with database.atomic():
        VillageProfileRow.replace(
            id=1,
            village_code=profile.village_code,
            village_name=profile.village_name,
            district_name=profile.district_name,
            regency_name=profile.regency_name,
            province_name=profile.province_name,
            head_name=profile.head_name,
            office_phone=profile.office_phone,
            office_address=profile.office_address,
            training=int(profile.training),
            updated_at=_now(),
        ).execute()
        ContactRow.delete().execute()
        for role, contact in profile.contacts.items():
            if not contact.is_empty:
                ContactRow.create(role=role.value, name=contact.name, phone=contact.phone)
        ensure_installation_id()


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_setting(key: str, value: Any) -> None:
    with database.atomic():
        Setting.replace(key=key, value=json.dumps(value, ensure_ascii=False)).execute()


def ensure_installation_id() -> str:
    """A random id that names this installation in exports; created once, never changed."""
    import uuid  # imported here: it costs start-up time and is needed once per installation

    with database.atomic():
        current = get_setting(INSTALLATION_ID)
        if not current:
            current = str(uuid.uuid4())
            set_setting(INSTALLATION_ID, current)
    return current


def save_draft(key: str, payload: dict[str, Any]) -> bool:
    """Keep what is being typed. False when the disk keeps it from being written (full, gone,
    failing) or the data failed its check: a draft is kept at every change, so the next one
    tries again, and the form itself still holds everything. While the start-up integrity
    check runs it is not kept either, rather than make the typing wait for the check."""
    if writes_held():
        return False
    try:
        with database.atomic():
            Draft.replace(
                key=key, payload=json.dumps(payload, ensure_ascii=False), updated_at=_now()
            ).execute()
    except (DiskError, DatabaseDamaged) as exc:
        log.warning("draft %s not kept: %s", key, type(exc).__name__)
        return False
    return True


def load_draft(key: str) -> dict[str, Any] | None:
    row = Draft.get_or_none(Draft.key == key)
    if row is None:
        return None
    try:
        value = json.loads(row.payload)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def discard_draft(key: str) -> bool:
    """Forget a draft (it was saved or thrown away). False when it could not be removed now:
    it is offered again next time, which loses nothing."""
    try:
        with database.atomic():
            Draft.delete().where(Draft.key == key).execute()
    except (DiskError, DatabaseDamaged) as exc:
        log.warning("draft %s not discarded: %s", key, type(exc).__name__)
        return False
    return True
