"""siaga-tppo leaflet: a village's leaflet as a PDF file, without opening a window."""

import os
import subprocess
import sys

from pypdf import PdfReader


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SIAGA_PASSPHRASE": "kebun-kopi-di-bukit-7",  # init sets it, leaflet unlocks with it
        },
    )


def test_leaflet_is_made_for_the_village_in_the_data_folder(tmp_path):
    data = tmp_path / "pc"
    made = run("init", "--data-dir", str(data), "--village", "15.02.02.2004", "--head", "NAMA")
    assert made.returncode == 0, made.stderr
    out = tmp_path / "poster.pdf"

    result = run(
        "leaflet", "--data-dir", str(data), "--kind", "poster", "--paper", "f4", "--out", str(out)
    )

    assert result.returncode == 0, result.stderr
    assert "Kungkai" in result.stdout
    page = PdfReader(out).pages[0]
    assert [round(float(v) / 72 * 25.4) for v in page.mediabox[2:]] == [215, 330]
    text = " ".join(page.extract_text().split())
    assert "desa kungkai" in text.casefold() and "0800-1000" in text
    assert not list(tmp_path.glob("*.tmp"))


def test_leaflet_without_a_village_writes_nothing_and_exits_2(tmp_path):
    out = tmp_path / "x.pdf"
    result = run(
        "leaflet", "--data-dir", str(tmp_path / "none"), "--kind", "card", "--out", str(out)
    )
    assert result.returncode == 2
    assert "siaga-tppo init" in result.stderr
    assert not out.exists() and not (tmp_path / "none").exists()


def test_leaflet_into_a_missing_folder_exits_2(tmp_path):
    data = tmp_path / "pc"
    run("init", "--data-dir", str(data), "--village", "15.02.02.2004", "--head", "NAMA")
    out = tmp_path / "no-such-folder" / "x.pdf"
    result = run("leaflet", "--data-dir", str(data), "--kind", "trifold", "--out", str(out))
    assert result.returncode == 2
    assert "tidak ada" in result.stderr


def test_leaflet_rejects_an_unknown_kind(tmp_path):
    result = run("leaflet", "--kind", "brochure", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "trifold" in result.stderr
