"""An office's imports written straight to its tables, for tests and benchmarks that need
villages heard from without going through exports (``storage.office_imports``: the village
becomes an owner with a key of its own, owns the records and checks, and its import is
logged)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from desktop.domain.area import Area
from desktop.domain.exchange import MergeCounts
from desktop.storage import office_imports
from desktop.storage.office_imports import Kind


def village_chain(code: str, name: str, district: str, regency: str) -> list[Area]:
    """The official chain of a village, province first, as the area list gives it."""
    province, regency_code, district_code = code[:2], code[:5], code[:8]
    return [
        Area(province, "", "Jambi"),
        Area(regency_code, province, regency),
        Area(district_code, regency_code, district),
        Area(code, district_code, name),
    ]


def heard_from(
    code: str,
    name: str,
    *,
    made: datetime,
    imported: datetime | None = None,
    sequence: int = 1,
    district: str = "Bangko",
    regency: str = "Kabupaten Merangin",
    record_ids: Sequence[str] = (),
    check_ids: Sequence[str] = (),
) -> str:
    """Record export number ``sequence`` of village ``code``, made at ``made`` and imported at
    ``imported`` (the same moment if not given), as the source of ``record_ids`` and
    ``check_ids``; returns the export's id. The village's key is confirmed on its first
    export."""
    export_id = f"ekspor-{code}-{sequence}"
    installation = f"pasang-{code}"
    owner = office_imports.owner_by_code(code) or office_imports.register_key(
        code,
        hashlib.sha256(code.encode()).digest(),
        village_chain(code, name, district, regency),
        export_id,
    )
    office_imports.claim(Kind.INCIDENT, record_ids, owner, export_id, installation)
    office_imports.claim(Kind.CHECK, check_ids, owner, export_id, installation)
    office_imports.record_import(
        office_imports.ImportRecord(
            export_id=export_id,
            sha256=f"{sequence:064x}",
            owner_id=owner.id,
            village_code=code,
            installation_id=installation,
            sequence=sequence,
            created_at=made,
            imported_at=imported or made,
            via="berkas",
            file_name=f"{export_id}.siaga",
            counts=MergeCounts(new=len(record_ids)),
            receipt={},
        )
    )
    return export_id
