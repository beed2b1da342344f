"""An immigration office holding exports of several villages, for the office's views: the
record view, the imported checks, the recap and the patterns."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import nacl.signing
import pytest

from desktop.domain.checklist import Result, RiskLevel
from desktop.exchange.wire.format import ExportHeader, ExportSource, build_document
from desktop.storage import exchange_keys, exchange_settings, office_imports
from tests.exchange.conftest import (
    KERINCI_OFFICE,
    SOURCE,
    VILLAGE_KEY,
    confirm_village,
    give_office_key,
    merge,
    rows,
)

# The window tests' guards and helpers here too: no modal dialog may block a test, language and
# text size are put back, message boxes are answered like a user.
from tests.ui.conftest import (  # noqa: F401
    indonesian_normal_size,
    message_boxes,
    no_modal_dialogs,
    widget_application,
)

DAY = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)

KUNGKAI = SOURCE  # Desa Kungkai, Kec. Bangko, Kabupaten Merangin
PASAR_ATAS = replace(
    SOURCE,
    role="kelurahan",
    village_code="15.02.02.1009",
    village_name="Pasar Atas",
    installation_id="9a1c6f4e-2b1a-4c59-9a57-3f0e8e0c1a22",
)
SELAM_PAUNG = replace(
    SOURCE,
    village_code="15.01.01.2001",
    village_name="Selam Paung",
    district_name="Gunung Raya",
    regency_name="Kabupaten Kerinci",
    installation_id="5b2c6f4e-2b1a-4c59-9a57-3f0e8e0c1a33",
)


# Each village signs its exports with its own key.
KEYS = {
    KUNGKAI.village_code: VILLAGE_KEY,
    PASAR_ATAS.village_code: nacl.signing.SigningKey.generate(),
    SELAM_PAUNG.village_code: nacl.signing.SigningKey.generate(),
}


@pytest.fixture
def office(installation):
    """An open office installation (Kerinci, covering Kerinci and Merangin)."""
    exchange_settings.save_office(KERINCI_OFFICE)
    give_office_key()
    return installation


def arrive(
    chains,
    *,
    source: ExportSource = KUNGKAI,
    sequence: int = 1,
    made: datetime = DAY,
    imported: datetime | None = None,
    checks: list[dict] | None = None,
    name: str = "",
    identities: str | None = None,
    events: dict | None = None,
):
    """Merge an export that ``source`` made at ``made`` holding ``chains`` (and ``checks``, in
    export form; names, NIK and phones with the reason ``identities``; the socialisation
    section ``events``), imported from a file at ``imported``. The village's key is confirmed
    before its first export."""
    header = ExportHeader(
        str(uuid.uuid4()),
        made,
        "0.1.0",
        replace(source, sequence=sequence),
        identities,
        events=events,
    )
    data = build_document(header, rows(chains), checks or []).data
    if exchange_keys.office_private_key() is None:
        give_office_key()  # the key the test villages seal their exports to
    signing = KEYS[source.village_code]
    if office_imports.owner_by_code(source.village_code) is None:
        confirm_village(signing, source.village_code)
    result = merge(
        data,
        name or f"ekspor-{source.village_code}-no{sequence}.siaga",
        signing=signing,
        now=imported or _after(made, checks or [], events),
    )
    assert result.ok, result.rejected
    return result


def _after(made: datetime, checks: list[dict], events: dict | None) -> datetime:
    """When an export is imported unless the test says: two hours after it was made, and
    after the checks and events it holds were saved or held (the office refuses a time after
    tomorrow)."""
    times = [made, *(datetime.fromisoformat(c["created_at"]) for c in checks)]
    for event in (events or {}).get("events", []):
        held = datetime.fromisoformat(event["held_on"]).replace(tzinfo=UTC)
        times += [held, datetime.fromisoformat(event["updated_at"])]
    times += [datetime.fromisoformat(r["removed_at"]) for r in (events or {}).get("removed", [])]
    return max(times) + timedelta(hours=2)


def check_item(
    *,
    company: str = "",
    destination: str = "Malaysia",
    contact: str = "",
    level: RiskLevel = RiskLevel.HIGH,
    stage: str = "proses",
    day: str = "2026-11-10",
    incident_record_id: str | None = None,
) -> dict:
    """A saved job-offer check in export form."""
    result = Result(
        checklist_version=2,
        level=level,
        score=7,
        red_flags=(),
        drivers=(),
        unknowns=(),
        unanswered=(),
        next_steps=(),
        stage=stage,
    )
    return {
        "record_id": str(uuid.uuid4()),
        "created_at": f"{day}T03:00:00+00:00",
        "assessed_on": day,
        "initials": "S.A.",
        "offer": {
            "company": company,
            "destination": destination,
            "job": "pekerja kebun",
            "recruiter_contact": contact,
        },
        "answers": {},
        "result": result.to_dict(),
        "incident_record_id": incident_record_id,
    }
