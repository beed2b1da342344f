"""Countries by ISO 3166-1 alpha-2 code, with the Indonesian names shipped as data.

Records store the code; the name is for people. The list file is
``resources/countries/countries_id.csv`` (see its SOURCE.md); callers pass its path.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

_CODE = re.compile(r"^[A-Z]{2}$")


def is_country_code(code: str) -> bool:
    """True for a well-formed alpha-2 code (two capital letters)."""
    return bool(_CODE.match(code))


@cache
def load_countries(path: Path) -> dict[str, str]:
    """Code -> Indonesian name, in the file's order (sorted by name). Read once per path."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return {row["code"]: row["name"] for row in reader if is_country_code(row["code"])}
