"""Reading and writing the village profile and form drafts. Every write is atomic.

Owner of the tables ``village_profile``, ``contact`` and ``draft`` (through their models in
``storage.models``). Settings are declared, read and written in ``storage.settings``.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from desktop.domain.errors import DatabaseDamaged, DiskError
from desktop.domain.exchange import CodeChange
from desktop.domain.profile import Contact, ContactRole, IdentityFixed, VillageProfile
from desktop.domain.security import AuditKind
from desktop.storage import audit, settings
from desktop.storage.db import database, stamp, writes_held
from desktop.storage.models import ContactRow, Draft, VillageProfileRow

log = logging.getLogger(__name__)


def _now() -> str:
    return stamp(datetime.now(UTC))


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
    """Store a validated profile, replacing the previous one and its contacts. The village it
    names is fixed once set: another area code, or a training village becoming a real one (or
    the other way round), raises IdentityFixed and nothing is written (see ``change_code``)."""
    with database.atomic():
        held = load_profile()
        if held is not None and (
            held.village_code != profile.village_code or held.training != profile.training
        ):
            raise IdentityFixed(held, profile)
        _write_profile(profile)


def _write_profile(profile: VillageProfile) -> None:
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


def change_code(profile: VillageProfile, change: CodeChange) -> None:
    """The village's area code changes (pemekaran, a Kemendagri recode): the profile takes the
    new code and names, the signed change is kept for every later export to carry, and the
    audit trail records it, all in one transaction. The caller (exchange/identity.py) checked
    and signed ``change``; a training village never changes its code."""
    with database.atomic():
        held = load_profile()
        if (
            held is None
            or held.training
            or profile.training
            or (held.village_code, profile.village_code) != (change.old_code, change.new_code)
        ):
            raise IdentityFixed(held or profile, profile)
        _write_profile(profile)
        settings.CODE_CHANGES.set([*(c.as_json() for c in code_changes()), change.as_json()])
        audit.record_event(
            AuditKind.VILLAGE_CODE_CHANGED,
            {"from": change.old_code, "to": change.new_code, "reason": change.reason},
        )


def code_changes() -> tuple[CodeChange, ...]:
    """Every change of this village's area code, oldest first."""
    return tuple(CodeChange.from_json(item) for item in settings.CODE_CHANGES.get())


def ensure_installation_id() -> str:
    """A random id that names this installation in exports; created once, never changed."""
    import uuid  # imported here: it costs start-up time and is needed once per installation

    with database.atomic():
        current = settings.INSTALLATION_ID.get()
        if not current:
            current = str(uuid.uuid4())
            settings.INSTALLATION_ID.set(current)
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
