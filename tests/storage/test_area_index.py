"""The area codes: converted once into an index, looked up instantly."""

import shutil
import time

import pytest

from desktop.domain.errors import AreaDataUnavailable
from desktop.resources import resource_path
from desktop.storage.area_index import open_area_index


def test_official_counts_and_the_first_users_villages(area_index):
    provinces = area_index.children("")
    assert len(provinces) == 38
    assert area_index.count() == 38 + 514 + 7285 + 83762
    chain = area_index.chain("15.02.10")
    assert [a.name for a in chain] == ["Jambi", "Kabupaten Merangin", "Bangko Barat"]
    villages = area_index.children("15.02.02")
    assert "Kungkai" in [v.name for v in villages]
    assert [v.name for v in villages] == sorted(v.name for v in villages)


def test_unknown_code_gives_no_chain(area_index):
    assert area_index.chain("15.02.02.9999") == []
    assert area_index.get("99") is None


def test_lookups_are_instant_after_conversion(area_index):
    start = time.perf_counter()
    for _ in range(100):
        area_index.children("15.02.02")
        area_index.chain("15.02.02.2004")
    assert (time.perf_counter() - start) / 100 < 0.005


def test_conversion_happens_once_and_again_only_when_data_changes(tmp_path):
    csv_dir = tmp_path / "wilayah"
    shutil.copytree(resource_path("wilayah"), csv_dir)
    cache = tmp_path / "cache"
    open_area_index(csv_dir, cache).close()
    first = list(cache.iterdir())
    open_area_index(csv_dir, cache).close()
    assert list(cache.iterdir()) == first
    with open(csv_dir / "villages.csv", "a", encoding="utf-8") as handle:
        handle.write("15.02.02.2999,15.02.02,Desa Baru\n")
    index = open_area_index(csv_dir, cache)
    assert index.get("15.02.02.2999").name == "Desa Baru"
    index.close()


def test_corrupt_area_file_is_a_clear_error_and_leaves_no_partial_index(tmp_path):
    csv_dir = tmp_path / "wilayah"
    shutil.copytree(resource_path("wilayah"), csv_dir)
    (csv_dir / "districts.csv").write_text("code,regency_code,name\n15.02.x,15.02,Rusak\n")
    cache = tmp_path / "cache"
    with pytest.raises(AreaDataUnavailable):
        open_area_index(csv_dir, cache)
    assert list(cache.iterdir()) == []


def test_the_villages_of_a_regency_come_with_their_kecamatan(area_index):
    merangin = area_index.villages_in("15.02")
    assert len(merangin) == 215
    assert all(d.code == v.parent and d.parent == "15.02" for v, d in merangin)
    districts = [d.name for _, d in merangin]
    assert districts == sorted(districts)
    assert ("Kungkai", "Bangko") in {(v.name, d.name) for v, d in merangin}
