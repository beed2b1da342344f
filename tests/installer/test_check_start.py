"""The hidden --check-start option the frozen tests rely on fails when a page cannot be built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BROKEN_PAGE = """
import sys
from desktop.cli import run as cli
from desktop.ui.shell import village

def broken():
    raise ModuleNotFoundError("No module named 'hilang_dari_bundel'")

village._incidents_page = broken
sys.exit(cli.main(sys.argv[1:]))
"""


def test_a_page_that_cannot_be_built_fails_the_start_check(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = ["--demo", "--data-dir", str(tmp_path / "data"), "--check-start"]
    result = subprocess.run(
        [sys.executable, "-c", BROKEN_PAGE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 4, result.stdout + result.stderr
    assert "Pesan kesalahan tampil" in result.stdout
    assert "Jendela tampil" not in result.stdout
