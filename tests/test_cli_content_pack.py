"""siaga-tppo content-pack build FOLDER --out FILE, as an office scripts it."""

from __future__ import annotations

import json
import shutil

from desktop.exchange import keys
from desktop.exchange.wire import content_pack as wire
from desktop.resources import resource_path
from tests.test_cli_exchange import run


def test_an_office_builds_a_signed_pack_from_a_folder_its_villages_can_check(tmp_path):
    office = tmp_path / "kantor"
    made = run(
        "init",
        "--data-dir",
        str(office),
        "--office",
        "Kantor Imigrasi Kerinci",
        "--covers",
        "15.02",
    )
    assert made.returncode == 0, made.stderr
    key_file = tmp_path / "kunci.siagakunci"
    assert run("keys", "--data-dir", str(office), "export-public", str(key_file)).returncode == 0
    folder = tmp_path / "isi"
    shutil.copytree(resource_path("contacts"), folder / "contacts")
    shutil.copytree(resource_path("content"), folder / "content")
    (folder / "kantor.json").write_text(
        json.dumps({"office_contact": {"name": "Kantor Imigrasi Kerinci", "phone": "0748-21234"}}),
        encoding="utf-8",
    )
    warning = {"companies": ["PT Maju Jaya"], "known": "Meminta paspor dikirim lebih dulu."}
    (folder / "peringatan.json").write_text(json.dumps({"warnings": [warning]}), "utf-8")
    out = tmp_path / "paket.siagapaket"
    built = run("content-pack", "build", str(folder), "--out", str(out), "--data-dir", str(office))
    assert built.returncode == 0, built.stderr
    assert "nomor 1" in built.stdout
    pack = wire.verify(out.read_bytes(), keys.read_office_key_file(key_file).public_key)
    assert pack.number == 1 and pack.hotlines is not None and pack.material is not None
    assert pack.checklist is None  # no checklists/ folder: villages keep theirs
    again = run("content-pack", "build", str(folder), "--out", str(out), "--data-dir", str(office))
    assert again.returncode == 0 and "nomor 2" in again.stdout

    (folder / "peringatan.json").write_text(json.dumps({"warnings": [{"known": "x"}]}), "utf-8")
    refused = run(
        "content-pack",
        "build",
        str(folder),
        "--out",
        str(tmp_path / "x.siagapaket"),
        "--data-dir",
        str(office),
    )
    assert refused.returncode == 1 and "peringatan" in refused.stderr
    assert not (tmp_path / "x.siagapaket").exists()


def test_a_village_folder_cannot_build_a_pack(tmp_path):
    village = tmp_path / "desa"
    made = run("init", "--data-dir", str(village), "--village", "15.02.02.2004", "--head", "N")
    assert made.returncode == 0, made.stderr
    (tmp_path / "isi").mkdir()
    out = tmp_path / "paket.siagapaket"
    refused = run(
        "content-pack",
        "build",
        str(tmp_path / "isi"),
        "--out",
        str(out),
        "--data-dir",
        str(village),
    )
    assert refused.returncode == 2 and "bukan data kantor" in refused.stderr
    assert not out.exists()
