"""Kegiatan sosialisasi at an office's scale: an encrypted office holding the events of 1,000
villages (20 each over two years: 20,000) and 2,000 of its own, each reaching five villages.

    .venv/bin/python tests/benchmarks/bench_socialisation.py [--runs 5] [--villages 1000]

Measured (medians, the first run apart):

* **recap**: a year's events counted (every figure of the recap's socialisation part);
* **list**: the office's list counted, its first page and its last page (the paged model's
  windows from each end);
* **merge**: one village's export section of 200 events merged as new, then the same again
  (all unchanged), each in one transaction as an import runs it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.domain.socialisation import ReachedVillage  # noqa: E402
from desktop.exchange.socialisation import merge_events  # noqa: E402
from desktop.exchange.wire.format import ExportSource  # noqa: E402
from desktop.exchange.wire.socialisation import IncomingEvents  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.storage import socialisation as store  # noqa: E402
from desktop.storage.db import transaction  # noqa: E402
from desktop.storage.incidents import Window  # noqa: E402
from desktop.storage.installation import Installation  # noqa: E402
from desktop.storage.socialisation import EventQuery  # noqa: E402
from tests.keys import TEST_KEY  # noqa: E402
from tests.socialisation_data import as_saved, event  # noqa: E402

START = date(2025, 1, 1)


def village(n: int) -> ReachedVillage:
    return ReachedVillage(f"15.{n // 100:02d}.{n % 100:02d}.2001", f"Desa {n:04d}")


def fill(villages: int) -> None:
    with transaction():
        for n in range(villages):
            code = village(n)
            district = (code.code.rpartition(".")[0], f"Kecamatan {n % 100:02d}", "Kabupaten")
            for k in range(20):
                sent = as_saved(
                    event(f"Balai {code.name} {k}", START + timedelta(days=(n + 37 * k) % 730)),
                    record_id=str(uuid.uuid4()),
                )
                store.put_copy(
                    replace(
                        sent,
                        district_code=district[0],
                        district_name=district[1],
                        villages=(code,),
                        owner=code.code,
                        owner_name=code.name,
                    )
                )
        for k in range(2000):
            reached = tuple(village((k + j) % villages) for j in range(5))
            district = (reached[0].code.rpartition(".")[0], "Kecamatan", "Kabupaten")
            store.save_event(
                event(
                    f"Aula {k}",
                    START + timedelta(days=k % 730),
                    villages=reached,
                    district=district,
                    warga=30,
                    kepala_desa=2,
                )
            )


def timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--villages", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        paths = DataPaths.resolve(Path(work))
        inst = Installation(paths, TEST_KEY, new=True)
        inst.open()
        try:
            made = timed(lambda: fill(args.villages))
            print(f"built: {store.count_events(EventQuery())} events in {made:.1f} s")
            source = ExportSource(
                "desa", "15.99.99.2001", "Desa Baru", "K", "Kabupaten", "Jambi", "i", 1
            )
            results: dict[str, list[float]] = {}
            for run in range(args.runs + 1):
                sent = IncomingEvents(
                    tuple(
                        as_saved(event(f"Baru {k}", date(2026, 3, 1)), record_id=str(uuid.uuid4()))
                        for k in range(200)
                    )
                )
                total = store.count_events(EventQuery())
                figures = {
                    "recap of 2026": lambda: store.recap(date(2026, 1, 1), date(2026, 12, 31)),
                    "list: count": lambda: store.count_events(EventQuery()),
                    "list: first page": lambda: store.events_window(EventQuery(), Window(64)),
                    "list: last page": lambda t=total: store.events_window(
                        EventQuery(), Window(64, 0, from_end=True, listed=t)
                    ),
                    "merge 200 new": lambda s=sent: _merge(s, source),
                    "merge 200 again": lambda s=sent: _merge(s, source),
                }
                for name, action in figures.items():
                    seconds = timed(action)
                    if run:  # the first run apart: caches are cold
                        results.setdefault(name, []).append(seconds)
            for name, seconds in results.items():
                print(f"{name}: median {1000 * statistics.median(seconds):.1f} ms")
        finally:
            inst.close()


def _merge(sent: IncomingEvents, source: ExportSource) -> None:
    with transaction():
        merge_events(sent, source)


if __name__ == "__main__":
    main()
