"""Start-up at any size: an encrypted village with 100 and with 100,000 records (issue 14).

    .venv/bin/python tests/benchmarks/bench_start_size.py [--runs 7] [--large 100000]

Two encrypted villages are made and filled with fictional records (storage.incidents). Each
run starts the app's real entry point in a fresh process (offscreen), types the passphrase into
the passphrase window as soon as it shows, and stops the clock when the main window has been
shown (tests/startup_probe.py). Runs alternate between the two villages, after one warm-up run
each (warm disk cache and bytecode, today's backup taken). Printed, as medians:

* start: process start to main window shown;
* after the passphrase: the passphrase window accepted to main window shown, the time nothing
  is on screen (issue 14: up to 6 s before, while the integrity check ran on the GUI thread);
* the ratio of the large village's start to the small one's: target at most 1.2.

With ``--cold``, the disk cache is dropped before each run (needs root and a writable
/proc/sys/vm/drop_caches; skipped with a note otherwise).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "kebun kopi di bukit"

CHILD = """
import sys
from tests.startup_probe import on_main_window_shown, when_imported
on_main_window_shown(lambda: print("SHOWN", flush=True))

def type_passphrase(module):
    shown, done = module.UnlockDialog.showEvent, module.UnlockDialog._done
    def on_show(self, event):
        shown(self, event)
        print("UNLOCK", flush=True)
        self.panel.passphrase.setText(sys.argv[2])
        self.panel.try_passphrase()
    def on_done(self, result):
        print("ACCEPTED", flush=True)
        done(self, result)
    module.UnlockDialog.showEvent = on_show
    module.UnlockDialog._done = on_done

when_imported("desktop.ui.security.unlock", type_passphrase)
from desktop.cli.run import main
main(["--data-dir", sys.argv[1]])
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run cached bytecode
    return env


MAKE = """
import sys
from desktop.domain.profile import VillageProfile
from desktop.paths import DataPaths
from desktop.storage import incidents, keystore, profile_store
from desktop.storage.installation import Installation
paths = DataPaths.resolve(sys.argv[1])
made = keystore.new_protection(paths, sys.argv[2])
inst = Installation(paths, made.key, new=True)
inst.open(take_daily_backup=False)
profile_store.save_profile(
    VillageProfile("15.02.02.2004", "Kungkai", "Bangko", "Kabupaten Merangin", "Jambi", "Hasan")
)
incidents.add_demo_records(int(sys.argv[3]))
inst.close()
"""


def make_village(folder: Path, records: int) -> None:
    """A real (encrypted) village with ``records`` fictional incidents: demo-data refuses a
    protected folder, so the storage layer fills it directly."""
    subprocess.run(
        [sys.executable, "-c", MAKE, str(folder), PASSPHRASE, str(records)],
        check=True,
        cwd=ROOT,
        env=_env(),
    )


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def start(folder: Path) -> dict[str, float]:
    began = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(),
        cwd=ROOT,
    )
    marks: dict[str, float] = {}
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - began
        if line.strip() == "SHOWN":
            break
    proc.kill()
    proc.wait(timeout=60)
    if "SHOWN" not in marks:
        raise SystemExit(f"no main window for {folder}")
    return marks


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:6.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--cold", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folders = {100: Path(tmp) / "kecil", args.large: Path(tmp) / "besar"}
        for records, folder in folders.items():
            make_village(folder, records)
        for folder in folders.values():
            start(folder)  # warm-up: bytecode, disk cache, today's backup
            time.sleep(15 if folder.name == "besar" else 2)  # let its background work end
        cold = args.cold and drop_caches()
        if args.cold and not cold:
            print("note: cannot drop the disk cache here; the runs are warm")
        results: dict[int, list[dict[str, float]]] = {n: [] for n in folders}
        for _ in range(args.runs):
            for records, folder in folders.items():
                if cold:
                    drop_caches()
                results[records].append(start(folder))
    print(f"{args.runs} runs each, {'cold' if cold else 'warm'} disk cache, medians")
    shown = {}
    for records, marks in results.items():
        shown[records] = statistics.median(m["SHOWN"] for m in marks)
        blank = [m["SHOWN"] - m["ACCEPTED"] for m in marks]
        print(
            f"{records:>7} records: start {_ms([m['SHOWN'] for m in marks])}, passphrase window "
            f"{_ms([m['UNLOCK'] for m in marks])}, after the passphrase {_ms(blank)}"
        )
    ratio = shown[args.large] / shown[100]
    print(f"ratio {args.large} / 100 records: {ratio:.2f} (target <= 1.2)")
    return 0 if ratio <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
