"""An office's data for the benchmarks: many villages' fictional records, as an import leaves them.

    .venv/bin/python tests/benchmarks/office_data.py FOLDER --villages 1000 --records 300000

Makes an encrypted office (``siaga-tppo init --office``, locked with PASSPHRASE) covering the
regencies of Jambi but Kota Jambi and Kota Sungai Penuh (1,448 villages and kelurahan), then
fills it the way imports would: ``--records`` fictional records (``siaga-tppo demo-data``'s)
spread over ``--villages`` of the covered villages, one to three exports from each (the last
imported between today and 120 days ago, so that some are overdue), each record's source, and
a conflict on one record in 500. The records go in with the log's bulk insert; filling through
real exports would take hours at this size and leave the same rows.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "kopi-sawah-merah-27"
COVERS = ("15.01", "15.02", "15.03", "15.04", "15.05", "15.06", "15.07", "15.08", "15.09")
TODAY = date(2026, 12, 1)


def env() -> dict[str, str]:
    values = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SIAGA_PASSPHRASE": PASSPHRASE}
    values.pop("PYTHONDONTWRITEBYTECODE", None)
    return values


def open_office(folder: Path):
    """The office's installation, unlocked with PASSPHRASE and open."""
    from desktop.paths import DataPaths
    from desktop.storage import keystore
    from desktop.storage.installation import Installation

    paths = DataPaths.resolve(folder)
    installation = Installation(paths, keystore.unlock(paths, PASSPHRASE))
    installation.open(take_daily_backup=False)
    return installation


def covered_villages() -> list[tuple[str, str, str, str]]:
    """(code, name, district name, regency name) of every covered village."""
    import tempfile

    from desktop.resources import resource_path
    from desktop.storage.area_index import open_area_index

    index = open_area_index(resource_path("wilayah"), Path(tempfile.gettempdir()) / "siaga-area")
    try:
        found = []
        for regency in COVERS:
            regency_name = index.get(regency).name
            for district in index.children(regency):
                for village in index.children(district.code):
                    found.append((village.code, village.name, district.name, regency_name))
        return found
    finally:
        index.close()


def fill(folder: Path, villages: int, records: int, seed: int = 15) -> None:
    from desktop.domain.demo_incidents import demo_chains
    from desktop.storage import incidents, office_imports
    from desktop.storage.db import transaction
    from desktop.storage.office_imports import ConflictNote
    from tests.office import heard_from

    rng = random.Random(seed)
    chosen = sorted(rng.sample(covered_villages(), villages))
    sources: dict[str, list[str]] = {code: [] for code, *_ in chosen}
    codes = [code for code, *_ in chosen]

    def chains():
        for n, chain in enumerate(demo_chains(records, today=TODAY, seed=seed)):
            # Villages differ in size: a few report much more than most.
            code = codes[n % len(codes)] if rng.random() < 0.7 else rng.choice(codes[:20])
            sources[code].append(chain[0].record_id)
            yield chain

    installation = open_office(folder)
    try:
        start = time.perf_counter()
        incidents.add_new_records(chains(), many=records >= 10_000)
        now = datetime.combine(TODAY, datetime.min.time(), UTC)
        with transaction():
            for code, name, district, regency in chosen:
                ids = sources[code]
                last = now - timedelta(days=rng.choice((1, 3, 8, 15, 20, 28, 33, 40, 60, 120)))
                exports = rng.randint(1, 3)
                for sequence in range(1, exports + 1):
                    made = last - timedelta(days=14 * (exports - sequence))
                    share = len(ids) // exports
                    end = sequence * share if sequence < exports else None
                    part = ids[(sequence - 1) * share : end]
                    export_id = heard_from(
                        code,
                        name,
                        made=made,
                        imported=made + timedelta(hours=5),
                        sequence=sequence,
                        district=district,
                        regency=regency,
                        record_ids=part,
                    )
                    notes = [ConflictNote(r, f"konflik-{r}", "cabang", "") for r in part[::500]]
                    office_imports.record_conflicts(export_id, notes, made)
        print(f"filled {folder}: {records} records, {villages} villages, "
              f"{time.perf_counter() - start:.0f} s", flush=True)  # fmt: skip
    finally:
        installation.close()


def make_office(folder: Path, villages: int, records: int) -> None:
    """An encrypted office in ``folder`` (new), filled (see the module's docstring)."""
    covers = ",".join(COVERS)
    subprocess.run(
        [sys.executable, "-m", "desktop", "init", "--data-dir", str(folder), "--office",
         "Kantor Imigrasi (uji)", "--covers", covers],
        check=True, env=env(), cwd=ROOT, timeout=600, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [sys.executable, __file__, str(folder), "--villages", str(villages), "--records",
         str(records), "--fill-only"],
        check=True, env=env(), cwd=ROOT, timeout=7200,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--villages", type=int, default=1000)
    parser.add_argument("--records", type=int, default=300_000)
    parser.add_argument("--fill-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill_only:
        sys.path.insert(0, str(ROOT))
        fill(args.folder, args.villages, args.records)
    else:
        make_office(args.folder, args.villages, args.records)


if __name__ == "__main__":
    main()
