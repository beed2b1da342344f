"""The office's views at scale: an encrypted office holding 1,000 villages' records (300 each:
300,000 records), against one holding 1,000 records.

    .venv/bin/python tests/benchmarks/bench_office_views.py [--runs 5] [--villages 1000]
        [--per-village 300] [--work FOLDER]

The offices are built once in FOLDER (default: a folder in the system's temporary folder,
kept for the next run): every village's fictional records (``domain/demo_incidents.py``,
three years up to 31 December 2026) inserted with the bulk path the import uses, and each
village's import recorded, as merging its export would. Then each run, in a fresh process
(a cold page cache of the database file's connection, as after the office opens):

* **recap of a year** (2026, about a third of the records): every figure of the recap;
* **recap of a quarter** and **of a month** (2026-Q4, 2026-11);
* **patterns**: every recruiter phone, company and name seen in two or more villages (the
  fictional data repeats ten recruiter names and a few dozen company names in every village,
  far more than real data would: a worst case), and the newest 200 records behind the
  largest one;
* **checks**: the office's list of checks (20 per village) counted by risk level,
  destination and stage, and its first page.

Target (issue 15): a year's recap over 300,000 records in at most 2 s. Medians are reported,
with the first run apart (a fresh process reads the file from the disk cache into SQLite's).
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEY = bytes(range(100, 132))  # a real SQLCipher key: the office's data is encrypted
TODAY = date(2026, 12, 31)
CHECKS_PER_VILLAGE = 20

CHILD = r"""
import json, sys, time
from desktop.domain.recap import Period
from desktop.paths import DataPaths
from desktop.storage.installation import Installation
from desktop.storage.keystore import DatabaseKey
from desktop.storage import patterns, recap
from desktop.storage.assessments import CheckTally
from desktop.storage.office_checks import OfficeCheckQuery, fetch_office_checks, tally_office_checks

folder, key, periods = sys.argv[1], bytes.fromhex(sys.argv[2]), sys.argv[3].split(",")
inst = Installation(DataPaths.resolve(folder), DatabaseKey(key))
inst.open(take_daily_backup=False, check_now=False)
times = {}
for text in periods:
    start = time.perf_counter()
    figures = recap.recap_of(Period.parse(text))
    times[text] = time.perf_counter() - start
    times[text + " records"] = figures.records
start = time.perf_counter()
found = patterns.find_patterns()
times["patterns"] = time.perf_counter() - start
times["patterns found"] = len(found)
start = time.perf_counter()
if found:
    patterns.sightings(found[0].kind, found[0].key)
times["sightings"] = time.perf_counter() - start
start = time.perf_counter()
query = OfficeCheckQuery()
for tally in CheckTally:
    tally_office_checks(query, tally)
fetch_office_checks(query, 0, 64)
times["checks"] = time.perf_counter() - start
inst.close()
print(json.dumps(times))
"""


def jambi_villages(count: int) -> list[tuple[str, str, str, str]]:
    """(code, village, kecamatan, kabupaten) of the first ``count`` villages of Jambi."""
    folder = ROOT / "resources" / "wilayah"

    def table(name: str) -> dict[str, list[str]]:
        with (folder / name).open(encoding="utf-8") as f:
            return {row[0]: row for row in csv.reader(f)}

    districts = table("districts.csv")
    regencies = table("regencies.csv")
    found = []
    for code, district, name in table("villages.csv").values():
        if code.startswith("15."):
            regency = districts[district][1]
            found.append((code, name, districts[district][2], regencies[regency][2]))
    if len(found) < count:
        raise SystemExit(f"Jambi has {len(found)} villages, fewer than {count}")
    return found[:count]


def build(folder: Path, villages: int, per_village: int) -> None:
    import random

    from desktop.domain.assessment import Assessment, Offer
    from desktop.domain.checklist import Result, RiskLevel
    from desktop.domain.demo_incidents import demo_chains
    from desktop.domain.exchange import OfficeProfile
    from desktop.paths import DataPaths
    from desktop.storage import assessments, exchange_settings, incidents
    from desktop.storage.db import transaction
    from desktop.storage.installation import Installation
    from desktop.storage.keystore import DatabaseKey
    from tests.office import heard_from

    chosen = jambi_villages(villages)
    paths = DataPaths.resolve(folder)
    paths.root.mkdir(parents=True, exist_ok=True)
    inst = Installation(paths, DatabaseKey(KEY))
    inst.open(take_daily_backup=False, check_now=False)
    try:
        regencies = sorted({code[:5] for code, *_ in chosen})
        exchange_settings.save_office(OfficeProfile("Kantor Imigrasi (uji)", tuple(regencies)))
        owners: list[list[str]] = [[] for _ in chosen]

        def chains():
            for n in range(len(chosen)):
                for chain in demo_chains(per_village, today=TODAY, seed=50_000 + n):
                    owners[n].append(chain[0].record_id)
                    yield chain

        incidents.add_new_records(chains(), many=True)
        now = datetime.combine(TODAY, datetime.min.time(), UTC)
        rng = random.Random(7)
        phones = [
            f"0812-{rng.randrange(10000):04d}-{rng.randrange(10000):04d}" for _ in range(3000)
        ]
        checks: list[list[str]] = [[] for _ in chosen]
        with transaction():
            for n in range(len(chosen)):
                for _ in range(CHECKS_PER_VILLAGE):
                    level = rng.choice(list(RiskLevel))
                    saved = assessments.save_assessment(
                        Assessment(
                            assessed_on=TODAY - timedelta(days=rng.randrange(365)),
                            initials="X",
                            offer=Offer(
                                f"PT Contoh {rng.randrange(200)} (fiktif)",
                                rng.choice(("Malaysia", "Kamboja", "Arab Saudi", "Taiwan")),
                                "pekerja kebun",
                                rng.choice(phones),
                            ),
                            answers={},
                            result=Result(2, level, 1, (), (), (), (), (), "proses"),
                        ),
                        now=now,
                    )
                    checks[n].append(saved.record_id)
        with transaction():
            for n, (code, name, district, regency) in enumerate(chosen):
                heard_from(
                    code,
                    name,
                    made=now,
                    district=district,
                    regency=regency,
                    record_ids=owners[n],
                    check_ids=checks[n],
                )
    finally:
        inst.close()


def office(work: Path, villages: int, per_village: int) -> Path:
    folder = work / f"kantor-{villages}x{per_village}"
    if not (folder / "siaga.sqlite3").exists():
        started = time.perf_counter()
        build(folder, villages, per_village)
        print(f"built {folder} in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def child(folder: Path, periods: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), KEY.hex(), ",".join(periods)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--villages", type=int, default=1000)
    parser.add_argument("--per-village", type=int, default=300)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "siaga-bench")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    periods = ["2026", "2026-Q4", "2026-11"]
    small = office(args.work, 10, 100)
    large = office(args.work, args.villages, args.per_village)
    for folder in (small, large):
        runs = [child(folder, periods) for _ in range(args.runs)]
        print(f"{folder.name}:")
        for text in periods:
            seconds = [r[text] for r in runs]
            print(
                f"  recap {text:8} ({runs[0][text + ' records']:>6} records): first "
                f"{seconds[0] * 1000:7.0f} ms, median {statistics.median(seconds) * 1000:7.0f} ms"
            )
        for name, what in (
            ("patterns", f"{runs[0]['patterns found']} found"),
            ("sightings", "newest 200 of the first"),
            ("checks", "3 counts and a page"),
        ):
            seconds = [r[name] for r in runs]
            print(
                f"  {name:9} ({what}): first {seconds[0] * 1000:7.0f} ms, "
                f"median {statistics.median(seconds) * 1000:7.0f} ms"
            )


if __name__ == "__main__":
    main()
