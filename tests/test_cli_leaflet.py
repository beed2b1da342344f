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


def test_a_leaflet_printed_right_after_a_scripted_setup_carries_its_local_contacts(tmp_path):
    data = tmp_path / "pc"
    made = run(
        "init",
        "--data-dir",
        str(data),
        "--village",
        "15.02.02.2004",
        "--head",
        "NAMA",
        "--kontak",
        "babinsa",
        "Serka Hadi",
        "0812-3456-7890",
        "--kontak",
        "imigrasi",
        "Kantor Imigrasi Kerinci",
        "",
        "--kontak",
        "bp3mi",
        "BP3MI Riau",
        "",
    )
    assert made.returncode == 0, made.stderr
    assert "Babinsa, Kantor Imigrasi, BP3MI/P4MI" in made.stdout
    out = tmp_path / "leaflet.pdf"
    result = run("leaflet", "--data-dir", str(data), "--kind", "trifold", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    for shown in ("Serka Hadi", "0812-3456-7890", "Kantor Imigrasi Kerinci", "BP3MI Riau"):
        assert shown in text
    assert "BP3MI / P4MI" in text and "BP3MI Jambi" not in text


def test_init_refuses_an_unknown_contact_role_or_a_bad_contact_phone(tmp_path):
    data = tmp_path / "pc"
    wrong_role = run(
        "init", "--data-dir", str(data), "--village", "15.02.02.2004", "--head", "NAMA",
        "--kontak", "camat", "Pak Camat", "",
    )  # fmt: skip
    assert wrong_role.returncode == 2 and "bhabinkamtibmas" in wrong_role.stderr
    bad_phone = run(
        "init", "--data-dir", str(data), "--village", "15.02.02.2004", "--head", "NAMA",
        "--kontak", "babinsa", "Serka Hadi", "12",
    )  # fmt: skip
    assert bad_phone.returncode == 2 and "telepon kontak Babinsa" in bad_phone.stderr
    assert not data.exists()


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
