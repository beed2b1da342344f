"""Start-up time: process start to main window shown, as a ratio to a bare PySide6 window.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 9]

Both are measured the same way in the same run, alternating: the parent starts a fresh Python
process and stops the clock when the child prints that its window's first show event has been
handled. The app runs with a configured, encrypted village (made with ``siaga-tppo init``),
unlocked with its passphrase as if typed at once. Target
(issue 2): median ratio at most 2.0. Bytecode caching is on for both (see time_child).
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

BARE = """
import os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), os._exit(0)))
app = QApplication([])
w = W()
w.resize(1100, 720)
w.show()
app.exec()
"""

APP = """
import os, sys
from PySide6.QtCore import QTimer
from desktop.ui import main_window
original = main_window.MainWindow.showEvent
def shown(self, event):
    original(self, event)
    QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), os._exit(0)))
main_window.MainWindow.showEvent = shown
# The passphrase is typed at once: the unlock window is replaced by what pressing "Buka" does
# (the key derivation and opening the encrypted database are measured; a person's typing is not).
from desktop.paths import DataPaths
from desktop.storage import keystore
from desktop.storage.installation import Protection
from desktop.ui.security import startup
def typed(paths, **kwargs):
    return startup.StartKey(keystore.unlock(paths, sys.argv[2]), Protection.LOCKED)
startup.obtain_key = typed
from desktop.cli import main
main(["--data-dir", sys.argv[1]])
"""

PASSPHRASE = "kebun kopi di bukit"


def time_child(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # Users run compiled bytecode (the frozen bundle ships it; a normal Python caches it), so
    # the app must not be measured recompiling its sources at every start: this sandbox sets
    # PYTHONDONTWRITEBYTECODE. The warm-up run below writes the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "SHOWN":
        raise SystemExit(f"child did not show its window (exit {proc.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "init",
                "--data-dir",
                str(data),
                "--village",
                "15.02.02.2004",
                "--head",
                "Hasan Basri",
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "SIAGA_PASSPHRASE": PASSPHRASE},
        )
        time_child(BARE)
        time_child(APP, str(data), PASSPHRASE)  # warm the disk cache, take today's backup
        bare, app, ratios = [], [], []
        for _ in range(args.runs):
            b = time_child(BARE)
            a = time_child(APP, str(data), PASSPHRASE)
            bare.append(b)
            app.append(a)
            ratios.append(a / b)
    print(f"bare PySide6 window: median {statistics.median(bare) * 1000:.0f} ms")
    print(f"Siaga TPPO main window: median {statistics.median(app) * 1000:.0f} ms")
    print(
        f"ratio: median {statistics.median(ratios):.2f} (min {min(ratios):.2f}, "
        f"max {max(ratios):.2f}, {args.runs} runs) — target <= 2.0"
    )
    return 0 if statistics.median(ratios) <= 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
