"""The one place that knows where the shipped resources live.

Works the same from a source checkout (``resources/`` beside ``desktop/``), an installed wheel
(``desktop/_resources``) and a PyInstaller bundle (``resources/`` inside the bundle).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    override = os.environ.get("SIAGA_RESOURCES")
    candidates = [Path(override)] if override else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "_resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "wilayah").is_dir():
            return candidate
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


REQUIRED_RESOURCES = (
    ("wilayah", "provinces.csv"),
    ("wilayah", "regencies.csv"),
    ("wilayah", "districts.csv"),
    ("wilayah", "villages.csv"),
    ("wilayah", "LICENSE-ODbL.md"),
    ("wilayah", "SOURCE.md"),
    ("i18n", "siaga_id.qm"),
    ("i18n", "qtbase_id.qm"),
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("fonts", "DejaVuSans-Oblique.ttf"),
    ("fonts", "LICENSE-DejaVu.txt"),
    ("icons", "siaga-tppo.png"),
    ("countries", "countries_id.csv"),
    ("countries", "SOURCE.md"),
    ("countries", "LICENSE-LGPL-2.1.txt"),
    ("checklists", "cek-tawaran-kerja-v1.json"),
    ("checklists", "cek-tawaran-kerja-v2.json"),
    ("checklists", "checklist.schema.json"),
    ("contacts", "hotlines.json"),
    ("content", "reviewed.json"),
    ("schema", "export-v1.schema.json"),
    ("schema", "export-v2.schema.json"),
    ("schema", "content-pack-v1.schema.json"),
    *(
        ("content", language, name)
        for language in ("id", "en")
        for name in (
            "01-apa-itu-tppo.md",
            "02-modus.md",
            "03-tanda-bahaya.md",
            "04-kerja-aman.md",
            "05-peran-kepala-desa.md",
            "06-jika-terjadi.md",
            "07-hak-korban.md",
            "08-sanksi-pidana.md",
            "leaflet.json",
        )
    ),
    *(
        ("manual", "id", name)
        for name in (
            "01-memulai.md",
            "02-beranda.md",
            "03-materi-dan-leaflet.md",
            "04-cek-tawaran-kerja.md",
            "05-catatan-kejadian.md",
            "06-sosialisasi.md",
            "07-kirim-dan-ekspor.md",
            "08-pengaturan-keamanan-cadangan.md",
            "09-kantor-imigrasi.md",
            "10-perintah-teknis.md",
            "11-masalah-umum.md",
        )
    ),
)
