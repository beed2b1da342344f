"""What this installation is in the exchange, and where a village sends: the office's profile
(name and the areas it covers) and how many silent days make a village overdue, the role
(village or office) and the village's upload settings (the office receiver's address and
access token, and the fingerprints of its certificate).

Owns no table: these are settings (``storage.settings``). Every write is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.exchange import OfficeProfile, Role
from desktop.domain.village_status import OVERDUE_DAYS_RANGE, overdue_days_allowed
from desktop.storage import outbox_store, settings
from desktop.storage.db import database
from desktop.storage.profile_store import load_profile


def load_office() -> OfficeProfile | None:
    value = settings.OFFICE_PROFILE.get()
    if value is None:
        return None
    try:
        return OfficeProfile(str(value["name"]), tuple(str(c) for c in value["covers"]))
    except (KeyError, TypeError):
        return None


def save_office(office: OfficeProfile) -> None:
    """Make this installation the office ``office`` (a validated profile)."""
    settings.OFFICE_PROFILE.set({"name": office.name, "covers": list(office.covers)})


def overdue_days() -> int:
    """After how many days without an export a village is overdue (the status board)."""
    return overdue_days_allowed(settings.OVERDUE_DAYS.get())


def save_overdue_days(days: int) -> None:
    """Keep ``days`` (within OVERDUE_DAYS_RANGE: the board's field allows nothing else)."""
    low, high = OVERDUE_DAYS_RANGE
    if not low <= days <= high:
        raise ValueError(days)
    settings.OVERDUE_DAYS.set(days)


def role() -> Role | None:
    """VILLAGE once a village profile is saved, OFFICE once an office profile is; else None."""
    if load_profile() is not None:
        return Role.VILLAGE
    if load_office() is not None:
        return Role.OFFICE
    return None


@dataclass(frozen=True)
class Endpoint:
    url: str
    token: str
    pins: tuple[str, ...] = ()  # the receiver's certificate must be one of these (if any)


def load_pins() -> tuple[str, ...]:
    return tuple(str(p) for p in settings.RECEIVER_PINS.get())


def save_pins(pins: tuple[str, ...]) -> None:
    """The receiver certificate fingerprints the office key file carried (replacing any)."""
    settings.RECEIVER_PINS.set(list(pins))


def load_endpoint() -> Endpoint | None:
    url, token = settings.SYNC_ENDPOINT.get(), settings.SYNC_TOKEN.get()
    if not (url and token):
        return None
    return Endpoint(url, token, load_pins())


def save_endpoint(url: str, token: str) -> int:
    """Store the office's address and access token. Exports that stopped because of the old
    settings wait again; returns how many."""
    with database.atomic():
        settings.SYNC_ENDPOINT.set(url)
        settings.SYNC_TOKEN.set(token)
        return outbox_store.retry_failed()
