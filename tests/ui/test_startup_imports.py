"""What the first window loads: start-up time (issue 2) depends on leaving the rest for later."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
from tests.startup_probe import on_main_window_shown
on_main_window_shown(lambda: print(json.dumps(list(sys.modules)), flush=True))
from desktop.cli.run import main
main(["--data-dir", sys.argv[1], "--demo"])
"""

NOT_AT_START = [
    "nacl",  # libsodium: only when a key is unwrapped or an export sealed
    "reportlab",  # PDFs
    "desktop.exchange",
    "desktop.cli.exchange",
    "desktop.cli.unlock",
    "desktop.cli.parser",
    "desktop.ui.about",
    "desktop.ui.help_window",  # the staff manual: when F1 is pressed
    "desktop.domain.manual",
    "desktop.ui.crash_dialog",
    "desktop.ui.wizard",
    "desktop.ui.security.setup_wizard",
    "desktop.ui.incidents",
    "desktop.ui.materi",
    "desktop.ui.checklist",
    "desktop.ui.settings_page",
    "desktop.ui.shell.settings",
    "desktop.ui.shell.office",
]


def test_the_first_window_loads_only_what_it_shows(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    import json

    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    early = [m for m in loaded if any(m == n or m.startswith(n + ".") for n in NOT_AT_START)]
    assert early == []
    # The data layer before PySide6: PySide6's import hook reads the source of every module
    # imported after it.
    assert loaded.index("peewee") < loaded.index("PySide6")
    assert loaded.index("desktop.storage.installation") < loaded.index("PySide6")
