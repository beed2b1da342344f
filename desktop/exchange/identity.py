"""A village's identity: the area code it was set up with, changed only by one explicit act.

When a village's kode wilayah really changes (pemekaran, a Kemendagri recode), the change is
checked against the official area list, signed with the village's own key (the key the office
registered), kept, audited, and carried in every later export (format 3, ``code_changes``), so
that the office keeps the village as the same one under its new code and remembers the old.
At the office, ``signed_by`` checks such a change against the key it registered.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import nacl.exceptions
import nacl.signing

from desktop.domain.area import Area, Level
from desktop.domain.exchange import CODE_CHANGE_REASON_MAX, CodeChange
from desktop.domain.profile import (
    CodeChangeProblem,
    CodeChangeRefused,
    VillageProfile,
    validate_profile,
)
from desktop.exchange import keys
from desktop.storage import profile_store


def change_village_code(
    chain: list[Area], reason: str, *, now: datetime | None = None
) -> VillageProfile:
    """Give this village the code at the end of ``chain`` (province first, the village last,
    from the official area list). Raises CodeChangeRefused, with nothing written."""
    profile = profile_store.load_profile()
    if profile is None:
        raise CodeChangeRefused(CodeChangeProblem.NOT_SET_UP)
    if profile.training:
        raise CodeChangeRefused(CodeChangeProblem.TRAINING)
    if len(chain) != 4 or chain[-1].level is not Level.VILLAGE:
        raise CodeChangeRefused(CodeChangeProblem.UNKNOWN_CODE)
    new_code = chain[-1].code
    if new_code == profile.village_code:
        raise CodeChangeRefused(CodeChangeProblem.SAME_CODE)
    tidy = " ".join(reason.split())
    if not tidy:
        raise CodeChangeRefused(CodeChangeProblem.REASON_REQUIRED)
    if len(tidy) > CODE_CHANGE_REASON_MAX:
        raise CodeChangeRefused(CodeChangeProblem.REASON_TOO_LONG)
    province, regency, district, village = chain
    changed = validate_profile(
        replace(
            profile,
            village_code=new_code,
            village_name=village.name,
            district_name=district.name,
            regency_name=regency.name,
            province_name=province.name,
        )
    )
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    change = CodeChange(profile.village_code, new_code, moment, tidy)
    signature = keys.signing_key().sign(change.signed_bytes()).signature
    profile_store.change_code(changed, replace(change, signature=signature))
    return changed


def signed_by(change: CodeChange, public_key: bytes) -> bool:
    """True when ``change`` carries a valid signature of the village key ``public_key``."""
    try:
        nacl.signing.VerifyKey(public_key).verify(change.signed_bytes(), change.signature)
    except (nacl.exceptions.BadSignatureError, ValueError, TypeError):
        return False
    return True
