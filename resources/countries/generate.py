"""Regenerate countries_id.csv: ISO 3166-1 codes with Indonesian country names.

    python -m venv /tmp/gen && /tmp/gen/bin/pip install pycountry
    /tmp/gen/bin/python resources/countries/generate.py

Names come from the Debian iso-codes translations shipped in pycountry (LGPL-2.1-or-later),
with the few overrides below where everyday Indonesian usage (and the government's) differs.
pycountry is needed only here, never by the app.
"""

from __future__ import annotations

import csv
import gettext
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent

# Everyday or official Indonesian names where the iso-codes translation is formal, dated or
# awkward in a village office: short names for Bolivia, Iran, Laos, Moldova, Russia, Syria,
# Tanzania, Venezuela; "Tiongkok" (Keppres 12/2014); "Timor Leste" (the country's own name);
# "Taiwan" as Indonesians and BP2MI write it; KBBI spellings Prancis, Ceko, Kongo.
OVERRIDES = {
    "BO": "Bolivia",
    "CD": "Republik Demokratik Kongo",
    "CG": "Kongo",
    "CN": "Tiongkok",
    "CV": "Tanjung Verde",
    "CZ": "Ceko",
    "FR": "Prancis",
    "GF": "Guyana Prancis",
    "IR": "Iran",
    "LA": "Laos",
    "MD": "Moldova",
    "MO": "Makau",
    "PF": "Polinesia Prancis",
    "PS": "Palestina",
    "RU": "Rusia",
    "SY": "Suriah",
    "TF": "Wilayah Selatan Prancis",
    "TL": "Timor Leste",
    "TW": "Taiwan",
    "VA": "Vatikan",
    "VE": "Venezuela",
}


def main() -> None:
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    rows = []
    for country in pycountry.countries:
        name = OVERRIDES.get(country.alpha_2) or translation.gettext(country.name)
        rows.append((country.alpha_2, name))
    rows.sort(key=lambda r: r[1].casefold())
    with open(HERE / "countries_id.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["code", "name"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()
