"""An office's imports written straight to its tables, for tests and benchmarks that need
villages heard from without going through exports (storage.office_imports.record_import)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from desktop.domain.area import is_kelurahan
from desktop.domain.exchange import MergeCounts
from desktop.storage import office_imports


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
) -> str:
    """Record export number ``sequence`` of village ``code``, made at ``made`` and imported at
    ``imported`` (the same moment if not given), as the source of ``record_ids``; returns the
    export's id."""
    export_id = f"ekspor-{code}-{sequence}"
    office_imports.record_import(
        office_imports.ImportRecord(
            export_id=export_id,
            sha256=f"{sequence:064x}",
            village_code=code,
            village_name=name,
            district_name=district,
            regency_name=regency,
            province_name="Jambi",
            role="kelurahan" if is_kelurahan(code) else "desa",
            installation_id=f"pasang-{code}",
            sequence=sequence,
            created_at=made,
            imported_at=imported or made,
            via="berkas",
            file_name=f"{export_id}.siaga",
            counts=MergeCounts(new=len(record_ids)),
            receipt={},
            record_ids=record_ids,
        )
    )
    return export_id
