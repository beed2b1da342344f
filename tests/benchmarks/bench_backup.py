"""The daily backup at 100 and 100,000 encrypted records: a full copy (the backup API, as every
daily backup was before issue 14, and as a backup made by hand still is) against a page
snapshot (storage/snapshots.py, the daily backup now).

    .venv/bin/python tests/benchmarks/bench_backup.py [--runs 5] [--large 100000] [--days 14]

For each size, in this process: the database is made and filled, then

* copy: ``create_backup`` (a copy through the backup API, checked, renamed), ``--runs`` times;
* first snapshot: the first daily snapshot (every page is new);
* daily snapshot: after a day's work (``--changes`` new records and as many edited ones), the
  next day's snapshot, ``--runs`` times;
* fourteen days: the backups folder after ``--days`` days of such work, each with its
  snapshot; the copies' figure is one copy's size times the days (fourteen copies of a
  100,000-record database are not written just to be measured).

Measured: wall time, CPU time of the process (user + system), bytes read and written through
the system (``rchar``/``wchar`` of /proc/self/io: the disk cache included). Medians.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

MB = 1024 * 1024


@dataclass
class Cost:
    wall: float
    cpu: float
    read: int
    written: int


def _io() -> tuple[int, int]:
    fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    return int(fields["rchar"]), int(fields["wchar"])


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(work) -> Cost:
    read, written = _io()
    cpu, wall = _cpu(), time.perf_counter()
    work()
    after_read, after_written = _io()
    return Cost(
        time.perf_counter() - wall, _cpu() - cpu, after_read - read, after_written - written
    )


def _median(costs: list[Cost]) -> Cost:
    return Cost(
        statistics.median(c.wall for c in costs),
        statistics.median(c.cpu for c in costs),
        int(statistics.median(c.read for c in costs)),
        int(statistics.median(c.written for c in costs)),
    )


def _line(name: str, cost: Cost) -> str:
    return (
        f"  {name:<18} {cost.wall:7.2f} s wall {cost.cpu:7.2f} s CPU "
        f"{cost.read / MB:8.1f} MB read {cost.written / MB:8.1f} MB written"
    )


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def a_days_work(changes: int) -> None:
    """New records and edits of existing ones, as a busy office day has them."""
    from desktop.storage import incidents

    incidents.add_demo_records(changes)
    rows = incidents.fetch_incidents(incidents.IncidentQuery(), 0, changes)
    for row in rows:
        stored = incidents.load_incident(row.record_id)
        edited = replace(stored.incident, summary=(stored.incident.summary + " (diperbarui)")[:200])
        incidents.save_incident(edited, author_name="Sekdes", base_version=stored.meta.version_id)


def bench(records: int, args: argparse.Namespace, tmp: Path) -> None:
    from desktop.paths import DataPaths
    from desktop.storage import backup, incidents, keystore, profile_store
    from desktop.storage.db import connect
    from desktop.storage.installation import Installation
    from tests.profiles import kungkai

    paths = DataPaths.resolve(tmp / f"desa-{records}")
    made = keystore.new_protection(paths, "kebun kopi di bukit")
    inst = Installation(paths, made.key, new=True)
    inst.open(take_daily_backup=False)
    profile_store.save_profile(kungkai(head_name="H"))
    incidents.add_demo_records(records)
    size = paths.database.stat().st_size
    print(f"{records} records, database {size / MB:.1f} MB")

    copies = tmp / f"salinan-{records}"
    copy_costs = []
    for _ in range(args.runs):
        source = connect(paths.database, made.key)
        try:
            copy_costs.append(
                measure(lambda s=source: backup.create_backup(s, copies, "manual", key=made.key))
            )
        finally:
            source.close()
    one_copy = max(p.stat().st_size for p in copies.glob("*.sqlite3"))
    shutil.rmtree(copies)
    print(_line("copy", _median(copy_costs)))

    folder = paths.backups
    day = datetime(2026, 3, 1, 17, 0)
    first = measure(lambda: backup.take_daily(paths.database, folder, key=made.key, now=day))
    print(_line("first snapshot", first))
    daily = []
    for n in range(1, args.days):
        a_days_work(args.changes)
        moment = day + timedelta(days=n)
        cost = measure(
            lambda m=moment: backup.take_daily(paths.database, folder, key=made.key, now=m)
        )
        if n <= args.runs:
            daily.append(cost)
    print(_line("daily snapshot", _median(daily)))
    kept = len([b for b in backup.list_backups(folder) if b.reason == backup.DAILY])
    print(
        f"  {args.days} days: snapshots {_folder_size(folder) / MB:.1f} MB for {kept} daily "
        f"backups; copies {args.days * one_copy / MB:.1f} MB ({args.days} x {one_copy / MB:.1f})"
    )
    inst.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=14)
    parser.add_argument("--changes", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for records in (100, args.large):
            bench(records, args, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
