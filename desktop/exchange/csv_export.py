"""The incident log as a spreadsheet for office staff: CSV, UTF-8 with a byte-order mark so that
Excel reads the letters right, semicolons between cells as Excel expects with Indonesian
regional settings. One row per record in the log (Terhapus left out), its current state.

The column headings and value words come from the caller (the UI owns wording); personal
identifiers are written only when the user chose to include them, as for the JSON export.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.storage import incidents

COLUMNS = (
    "number",
    "village_code",
    "village_name",
    "reported_on",
    "happened",
    "report_type",
    "modus",
    "summary",
    "destination_country",
    "destination_city",
    "departure_point",
    "recruiter_name",
    "recruiter_phone",
    "company",
    "licence",
    "money_asked",
    "debt",
    "people_count",
    "children",
    "status",
    "referrals",
    "updated_at",
)
IDENTITY_COLUMNS = ("names", "niks", "phones")
DELIMITER = ";"
# A cell starting with one of these is run as a formula by spreadsheet programs; text from a
# village must never be (CSV injection), so such cells get a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvWording:
    """``headers`` maps each column key to its heading; ``value(column, raw)`` gives the words
    for a stored value (an enum key such as ``kerja_nonprosedural``)."""

    headers: Mapping[str, str]
    value: Callable[[str, str], str]


def safe_cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _row(
    number: int,
    updated: str,
    payload: dict[str, Any],
    village: tuple[str, str],
    wording: CsvWording,
    with_identities: bool,
) -> list[str]:
    word = wording.value
    people = payload.get("people", [])
    values: dict[str, str] = {
        "number": str(number),
        "village_code": village[0],
        "village_name": village[1],
        "reported_on": payload.get("reported_on", ""),
        "happened": payload.get("happened", ""),
        "report_type": word("report_type", payload.get("report_type", "")),
        "modus": word("modus", payload.get("modus", "")),
        "summary": payload.get("summary", ""),
        "destination_country": word("destination_country", payload.get("destination_country", "")),
        "destination_city": payload.get("destination_city", ""),
        "departure_point": word("departure_point", payload.get("departure_point", "")),
        "recruiter_name": payload.get("recruiter_name", ""),
        "recruiter_phone": payload.get("recruiter_phone", ""),
        "company": payload.get("company", ""),
        "licence": word("licence", payload.get("licence", "")),
        "money_asked": str(payload.get("money_asked", "")),
        "debt": str(payload.get("debt", "")),
        "people_count": str(len(people)),
        "children": str(
            sum(1 for p in people if p.get("under_18") or p.get("age_band") in ("0-8", "9-17"))
        ),
        "status": word("status", payload.get("status", "")),
        "referrals": ", ".join(
            word("referral_target", r.get("target", "")) for r in payload.get("referrals", [])
        ),
        "updated_at": updated[:10],
    }
    row = [values[c] for c in COLUMNS]
    if with_identities:
        identities = [p.get("identity", {}) for p in people]
        row += [
            "; ".join(i.get("name", "") for i in identities if i.get("name")),
            "; ".join(i.get("nik", "") for i in identities if i.get("nik")),
            "; ".join(i.get("phone", "") for i in identities if i.get("phone")),
        ]
    return [safe_cell(v) for v in row]


def incident_csv(wording: CsvWording, village: tuple[str, str], *, with_identities: bool) -> bytes:
    """The CSV file's bytes. ``village`` is (kode wilayah, name), repeated on every row so that
    sheets from several villages can be put together."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    columns = COLUMNS + (IDENTITY_COLUMNS if with_identities else ())
    writer.writerow([safe_cell(wording.headers[c]) for c in columns])
    for number, updated, text in incidents.current_payloads():
        writer.writerow(_row(number, updated, json.loads(text), village, wording, with_identities))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
