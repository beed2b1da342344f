"""Kirim & Ekspor at scale: 100,000 incidents with demo-data's fictional contents.

    .venv/bin/python tests/benchmarks/bench_exchange.py [--incidents 100000] [--runs 3]

Each measurement runs in a fresh child process, so that its peak memory (ru_maxrss) is its
own; the runs alternate between the app and the baseline and the medians are printed.

* export: ``export_to_folder`` (read every version, leave out identities, build the canonical
  document and its SHA-256, write to a temporary name, fsync, rename, read back and check)
  against a plain ``SELECT`` of the same rows plus ``json.dumps``. Target (issue 6): at most 2x.
* import: ``import_paths`` into an empty office (read, parse, check the schema and the hash,
  merge in one transaction) against a plain ``executemany`` insert of the same rows. Two
  baselines are measured: the version rows alone, and every row the import writes (versions,
  current state, people, referrals, the search index, the sources), with the page cache the
  import's bulk insert uses. Target (issue 6): at most 3x; the ratio against every row written
  is the like-for-like one (the import must also build the list and search tables).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

OPEN = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from desktop.paths import DataPaths
from desktop.storage.installation import Installation
def open_data(folder):
    import os
    from desktop.storage import keystore
    paths = DataPaths.resolve(folder)
    inst = Installation(paths, keystore.unlock(paths, os.environ["SIAGA_PASSPHRASE"]))
    inst.open()
    return inst
def report(seconds):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({{"seconds": seconds, "peak_mb": peak}}))
"""

EXPORT = """
from desktop.exchange.export import export_to_folder
inst = open_data(sys.argv[1])
start = time.perf_counter()
result = export_to_folder(__import__("pathlib").Path(sys.argv[2]))
report(time.perf_counter() - start)
"""

EXPORT_BASELINE = """
from desktop.storage.db import database
inst = open_data(sys.argv[1])
start = time.perf_counter()
rows = database.execute_sql(
    "SELECT record_id, version_id, prev_version_id, saved_at, author, state, reason, payload "
    "FROM incident_version").fetchall()
text = json.dumps(rows)
report(time.perf_counter() - start)
"""

IMPORT = """
from pathlib import Path
from desktop.cli.areas import area_index
from desktop.exchange.merge import import_paths
inst = open_data(sys.argv[1])
with area_index(inst.paths) as index:
    areas = index.chain
    start = time.perf_counter()
    result = import_paths([Path(sys.argv[2])], areas=areas, max_bytes=2 * 1024**3)
    seconds = time.perf_counter() - start
assert result.all_ok and result.totals.new > 0, result.files
report(seconds)
"""

# The rows, read (untimed) from a database that holds them, then inserted (timed) into an empty
# office database opened exactly like the app's.
INSERT_BASELINE = """
from desktop.storage.db import database
tables = json.loads(sys.argv[3])
source = open_data(sys.argv[2])
data = {{}}
for table in tables:
    if table in ("incident_fts", "deleted_incident_fts"):
        cols = ["rowid", "summary", "notes", "recruiter", "company", "destination"]
    else:
        cols = [r[1] for r in database.execute_sql(f"PRAGMA table_info({{table}})").fetchall()]
    query = f"SELECT {{', '.join(cols)}} FROM {{table}}"
    data[table] = (cols, database.execute_sql(query).fetchall())
source.close()
inst = open_data(sys.argv[1])
# The same page cache as the app's bulk insert (incidents.add_new_records), for a fair match.
from desktop.storage.incidents import BULK_CACHE_SIZE
database.execute_sql(f"PRAGMA cache_size = {{BULK_CACHE_SIZE}}")
start = time.perf_counter()
with database.atomic():
    conn = database.connection()
    for table, (cols, rows) in data.items():
        marks = ", ".join("?" * len(cols))
        conn.executemany(f"INSERT INTO {{table}} ({{', '.join(cols)}}) VALUES ({{marks}})", rows)
report(time.perf_counter() - start)
"""

# Fictional records (demo-data's contents) under ordinary random ids: a real village's folder
# never holds made-up records, and an office refuses them, so the benchmark's village gets the
# same contents without the made-up mark.
FILL = """
import uuid
from dataclasses import replace
from desktop.domain.demo_incidents import demo_chains
from desktop.storage import incidents
inst = open_data(sys.argv[1])
def real(chain):
    rid = str(uuid.uuid4())
    return [replace(v, record_id=rid, payload={{**v.payload, "record_id": rid}}) for v in chain]
import datetime
chains = (real(c) for c in demo_chains(int(sys.argv[2]), today=datetime.date.today()))
incidents.add_new_records(chains, many=True)
report(0)
"""

# The office confirms the village's key, as an officer does after comparing the fingerprint,
# so that the import measured is not held.
CONFIRM = """
from desktop.cli.areas import area_index
from desktop.exchange.keys import signing_key
from desktop.storage import office_imports, profile_store
village = open_data(sys.argv[2])
key = bytes(signing_key().verify_key)
code = profile_store.load_profile().village_code
village.close()
office = open_data(sys.argv[1])
with area_index(office.paths) as index:
    office_imports.register_key(code, key, index.chain(code), "")
report(0)
"""

ALL_TABLES = [
    "incident_version",
    "incident",
    "incident_person",
    "incident_person_identity",
    "incident_referral",
    "incident_fts",
    "deleted_incident_fts",
    "exchange_source",
]


PASSPHRASE = "kopi-sawah-merah-27"  # the benchmark's folders are locked with it


def env() -> dict[str, str]:
    values = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SIAGA_PASSPHRASE": PASSPHRASE}
    values.pop("PYTHONDONTWRITEBYTECODE", None)
    return values


def cli(*args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "desktop", *args], check=True, env=env(), cwd=ROOT, timeout=3600
    )


def cli_output(*args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        check=True,
        env=env(),
        cwd=ROOT,
        timeout=600,
        capture_output=True,
        text=True,
    ).stdout


def child(code: str, *args: str) -> dict:
    source = OPEN.format(root=str(ROOT)) + code.format()
    result = subprocess.run(
        [sys.executable, "-c", source, *args],
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=3600,
    )
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


def fresh_office(template: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template, target)
    return target


def median(values: list[dict], key: str) -> float:
    return statistics.median(v[key] for v in values)


def make_folders(work: Path, incidents: int) -> tuple[Path, Path]:
    """(village, office) in ``work``, made unless they are there: an encrypted village of
    ``incidents`` fictional records (``FILL``) with the office's key installed, and an empty
    office that confirmed the village's key (``CONFIRM``)."""
    village, office = work / "desa", work / "kantor-kosong"
    if not (village / "siaga.sqlite3").exists():
        print(f"{incidents} fictional incidents …", flush=True)
        cli("init", "--data-dir", str(village), "--village", "15.02.02.2004", "--head", "Bench")
        child(FILL, str(village), str(incidents))
    if not (office / "siaga.sqlite3").exists():
        cli("init", "--data-dir", str(office), "--office", "Bench", "--covers", "15.02")
        child(CONFIRM, str(office), str(village))
    key_file = work / "kantor.siagakunci"
    if not key_file.exists():
        # Every export is sealed to the office's key (issue 7): the village installs it first,
        # confirming the fingerprint as it would over the phone.
        cli("keys", "--data-dir", str(office), "export-public", str(key_file))
        shown = cli_output("keys", "--data-dir", str(office), "show")
        fingerprint = shown.split("Sidik kunci kantor:")[1].splitlines()[0].strip()
        cli(
            "keys",
            "--data-dir",
            str(village),
            "import-office",
            str(key_file),
            "--fingerprint",
            fingerprint,
        )
    return village, office


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", metavar="FOLDER", help="work here and keep it")
    parser.add_argument("--only", choices=["export", "import"], help="measure only this")
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="siaga-bench-exchange-"))
    village, office = make_folders(work, args.incidents)
    usb = work / "usb"

    exports, export_base = [], []
    for run in range(0 if args.only == "import" else args.runs):
        shutil.rmtree(usb, ignore_errors=True)
        usb.mkdir(parents=True)
        exports.append(child(EXPORT, str(village), str(usb)))
        export_base.append(child(EXPORT_BASELINE, str(village)))
        print(f"export run {run + 1}: {exports[-1]} baseline {export_base[-1]}", flush=True)
    if not list(usb.glob("*.siaga")):
        usb.mkdir(parents=True, exist_ok=True)
        child(EXPORT, str(village), str(usb))
    (exported,) = list(usb.glob("*.siaga"))
    size = exported.stat().st_size

    imports, versions_base, all_base = [], [], []
    merged = work / "kantor-hasil"
    for run in range(0 if args.only == "export" else args.runs):
        target = fresh_office(office, merged)
        imports.append(child(IMPORT, str(target), str(exported)))
        empty = fresh_office(office, work / "kantor-dasar")
        versions_base.append(
            child(INSERT_BASELINE, str(empty), str(village), json.dumps(["incident_version"]))
        )
        empty = fresh_office(office, work / "kantor-dasar")
        all_base.append(child(INSERT_BASELINE, str(empty), str(merged), json.dumps(ALL_TABLES)))
        print(
            f"import run {run + 1}: {imports[-1]} versions {versions_base[-1]} "
            f"all rows {all_base[-1]}",
            flush=True,
        )

    print()
    print(f"{args.incidents} incidents, export file {size / 1e6:.0f} MB, medians of {args.runs}")
    if exports:
        ex, ex_b = median(exports, "seconds"), median(export_base, "seconds")
        print(
            f"export        {ex:7.2f} s  peak {median(exports, 'peak_mb'):6.0f} MB   "
            f"SELECT+json.dumps {ex_b:6.2f} s (peak {median(export_base, 'peak_mb'):.0f} MB)   "
            f"ratio {ex / ex_b:.2f} (target <= 2)"
        )
    if imports:
        im, v_b, a_b = (median(x, "seconds") for x in (imports, versions_base, all_base))
        print(
            f"import+merge  {im:7.2f} s  peak {median(imports, 'peak_mb'):6.0f} MB   "
            f"executemany, every row written {a_b:6.2f} s   ratio {im / a_b:.2f} (target <= 3)"
        )
        print(f"{'':28}executemany, version rows only {v_b:6.2f} s   ratio {im / v_b:.2f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
