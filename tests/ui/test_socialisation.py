"""Kegiatan sosialisasi on screen: a village records, changes and deletes its events; the
office records its own over the villages it ticks and reads its villages' events without
changing them; every field says what is wrong under it; a hostile events section in an export
is refused in words; the list is a well-behaved table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from desktop.domain.errors import DiskProblem, FieldError, StorageFailed, ValidationFailed
from desktop.domain.socialisation import AudienceRole, EventDraft, validate_event
from desktop.exchange.wire.format import ExportHeader, build_document
from desktop.paths import DataPaths
from desktop.storage import exchange_settings, profile_store
from desktop.storage import socialisation as store
from desktop.storage.incidents import Window
from desktop.storage.socialisation import EventQuery, EventSource
from desktop.ui.exchange.import_page import ImportPage
from desktop.ui.i18n import Language, Translations
from desktop.ui.socialisation.dialog import EventDialog
from desktop.ui.socialisation.page import SocialisationPage
from desktop.ui.socialisation.reach import office_reach, village_reach
from desktop.ui.socialisation.table_model import EventTableModel
from desktop.ui.socialisation.words import error_words, material_choices
from tests.areas import areas
from tests.exchange.conftest import (
    DAY,
    KERINCI_OFFICE,
    SOURCE,
    confirm_village,
    give_office_key,
    opened,
    sealed,
)
from tests.office.conftest import arrive
from tests.socialisation_data import as_saved, event, section
from tests.ui.helpers import KUNGKAI, english_giveaways, visible_texts

TODAY = date(2026, 12, 4)
MATERIALS = material_choices([("apa-itu-tppo", "Apa itu perdagangan orang (TPPO)?")])


@pytest.fixture
def indonesian(qapp) -> None:
    Translations(qapp).install(Language.INDONESIAN)


@pytest.fixture
def village(installation, indonesian):
    profile_store.save_profile(KUNGKAI)
    return installation


@pytest.fixture
def office(installation, indonesian):
    exchange_settings.save_office(KERINCI_OFFICE)
    give_office_key()
    return installation


def village_page(qtbot) -> SocialisationPage:
    page = SocialisationPage(
        village_reach(profile_store.load_profile),
        lambda: MATERIALS,
        office=False,
        today=lambda: TODAY,
    )
    qtbot.addWidget(page)
    page.show()
    return page


def office_page(qtbot, area_index) -> SocialisationPage:
    page = SocialisationPage(
        office_reach(exchange_settings.load_office, lambda: area_index),
        lambda: MATERIALS,
        office=True,
        today=lambda: TODAY,
    )
    qtbot.addWidget(page)
    page.show()
    return page


def fill_in(dialog: EventDialog, place: str = "Balai Desa Kungkai", **people: str) -> None:
    dialog.day.setDate(QDate(2026, 11, 18))
    dialog.place.setText(place)
    for role, count in (people or {"warga": "40"}).items():
        dialog.counts[AudienceRole(role)].setText(count)
    dialog.materials.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.officers.setText("Sekretaris Desa")


def places(page: SocialisationPage) -> list[str]:
    return [page.model.row(n).place for n in range(page.model.rowCount())]


def test_a_village_records_changes_and_deletes_an_event(village, qtbot, message_boxes):
    page = village_page(qtbot)
    assert page.count_label.text().startswith("Belum ada kegiatan.")
    assert not page.source.isVisible()
    page.new_button.click()
    dialog = page.dialog
    assert dialog.district_text.text() == "Bangko (Kabupaten Merangin)"
    assert dialog.villages_text.text() == "Kungkai"
    fill_in(dialog, kepala_desa="1", warga="1.200")
    assert dialog.total.text() == "Seluruhnya: 1201 orang"
    dialog.accept()
    assert places(page) == ["Balai Desa Kungkai"]
    assert page.count_label.text() == "1 kegiatan."
    assert page.selected_row() == 0  # the saved event is selected
    (saved,) = store.own_events()
    assert saved.audience.total == 1201 and saved.materials == (MATERIALS[0],)
    assert saved.villages[0].code == "15.02.02.2004" and saved.district_code == "15.02.02"

    page.open_selected()
    page.dialog.place.setText("Aula kantor desa")
    page.dialog.accept()
    assert places(page) == ["Aula kantor desa"]
    assert store.load_event(saved.record_id).revision == 2
    assert english_giveaways(visible_texts(page)) == []

    message_boxes.answer = "Hapus"
    page.table.selectRow(0)
    page.delete_selected()
    assert "Kantor imigrasi juga menghapus salinannya" in message_boxes.shown[-1].text
    assert places(page) == [] and [r.revision for r in store.own_removed()] == [3]


def test_each_wrong_field_says_what_is_wrong_and_nothing_is_saved(village, qtbot):
    page = village_page(qtbot)
    page.new_button.click()
    dialog = page.dialog
    dialog.counts[AudienceRole.BPD].setText("lima")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.boxes["place"].error.text() == "Tulis tempat kegiatan diadakan."
    assert dialog.boxes["audience.bpd"].error.text() == (
        "Tulis angka, misalnya 25, atau biarkan kosong."
    )
    assert dialog.boxes["audience.bpd"].marked is dialog.counts[AudienceRole.BPD]
    assert dialog.counts[AudienceRole.BPD].property("invalid") is True
    dialog.counts[AudienceRole.BPD].clear()
    dialog.place.setText("Balai Desa")
    dialog.accept()
    assert dialog.boxes["audience"].error.text() == (
        "Tulis jumlah orang yang hadir, paling sedikit untuk satu kelompok."
    )
    assert dialog.boxes["place"].error.isHidden()
    assert store.count_events(EventQuery()) == 0


def test_a_full_disk_keeps_the_form_and_says_so(village, qtbot, monkeypatch):
    page = village_page(qtbot)
    page.new_button.click()
    dialog = page.dialog
    fill_in(dialog)

    def full(_event):
        raise StorageFailed(village.paths.database, DiskProblem.FULL, "disk full")

    monkeypatch.setattr(store, "save_event", full)
    dialog.accept()
    assert dialog.isVisible() and dialog.place.text() == "Balai Desa Kungkai"
    assert "masih ada di sini" in dialog.error.text()


def test_every_rule_the_form_can_break_has_indonesian_words(indonesian):
    draft = EventDraft(
        held_on=date(2026, 12, 31),
        place="x" * 200,
        district_code="",
        district_name="",
        regency_name="",
        villages=(),
        audience={AudienceRole.BPD: "lima", AudienceRole.RESIDENTS: "9" * 7},
        materials=tuple(replace(MATERIALS[0], ref=f"t-{n}") for n in range(41)),
        officers="x" * 301,
        notes="x" * 1001,
    )
    with pytest.raises(ValidationFailed) as caught:
        validate_event(draft, TODAY)
    others = [
        FieldError("held_on", "too_early"),
        FieldError("place", "required"),
        FieldError("villages", "too_many"),
        FieldError("audience", "required"),
    ]
    texts = [error_words(e) for e in [*caught.value.errors, *others]]
    assert len(set(texts)) == len(texts) == 13
    assert english_giveaways(texts) == []
    assert "100.000" in error_words(FieldError("audience.warga", "too_large"))


def test_the_office_records_its_own_event_over_the_villages_it_ticks(office, qtbot, area_index):
    page = office_page(qtbot, area_index)
    page.new_button.click()
    dialog = page.dialog
    fill_in(dialog, "Aula Kantor Camat Bangko")
    dialog.accept()
    assert dialog.boxes["district"].error.text() == "Pilih kecamatan tempat kegiatan diadakan."
    bangko = dialog.district.findText("Bangko (Kabupaten Merangin)")
    dialog.district.setCurrentIndex(bangko)
    dialog.accept()
    assert dialog.boxes["villages"].error.text() == (
        "Centang paling sedikit satu desa atau kelurahan yang dijangkau."
    )
    names = [dialog.villages.item(n).text() for n in range(dialog.villages.count())]
    assert "Kungkai" in names and "Pasar Atas" in names
    for name in ("Kungkai", "Pasar Atas"):
        dialog.villages.item(names.index(name)).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    (row,) = [page.model.row(n) for n in range(page.model.rowCount())]
    assert (row.district_name, row.village_names) == ("Bangko", "Kungkai, Pasar Atas")
    assert page.model.texts(row)[-1] == "Kantor ini"
    assert page.delete_button.isEnabled()


def test_the_office_reads_a_villages_event_and_cannot_change_it(office, qtbot, area_index):
    arrive([], events=section(as_saved(event("Balai Desa Kungkai", calon_pmi=9))))
    store.save_event(event("Aula Kantor Camat Bangko"))
    page = office_page(qtbot, area_index)
    assert sorted(places(page)) == ["Aula Kantor Camat Bangko", "Balai Desa Kungkai"]
    page.source.setCurrentIndex(page.source.findData(EventSource.VILLAGES))
    assert places(page) == ["Balai Desa Kungkai"]
    page.table.selectRow(0)
    assert page.open_button.isEnabled() and not page.delete_button.isEnabled()
    page.open_selected()
    dialog = page.dialog
    assert dialog.note.text().startswith("Dicatat oleh Kungkai")
    assert dialog.place.isReadOnly() and dialog.district_text.text().startswith("Bangko")
    assert [dialog.villages.item(n).text() for n in range(dialog.villages.count())] == ["Kungkai"]
    assert dialog.counts[AudienceRole.PROSPECTIVE_MIGRANTS].text() == "9"
    dialog.accept()  # Tutup: nothing is saved
    assert store.events_window(EventQuery(EventSource.VILLAGES), Window(5))[0][0].place == (
        "Balai Desa Kungkai"
    )
    assert english_giveaways(visible_texts(page)) == []


def test_an_import_refuses_a_hostile_events_section_in_words(
    tmp_path, indonesian, qtbot, monkeypatch
):
    hostile = section(as_saved(event()))
    hostile["events"][0]["audience"]["warga"] = 10**9
    header = ExportHeader(
        "0b6f8c3e-0000-4000-8000-00000000e0e1", DAY, "0.1.0", SOURCE, None, events=hostile
    )
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    (folder / "kungkai.siaga").write_bytes(sealed(build_document(header, [], []).data))
    paths = DataPaths.resolve(tmp_path / "kantor")
    with opened(paths):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        confirm_village()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
        page = ImportPage(areas)
        qtbot.addWidget(page)
        page.show()
        with qtbot.waitSignal(page.imported, timeout=10000):
            page.folder_button.click()
        result = page.files.item(0).text().split("\n")[1]
        assert result == (
            "Ditolak: Isi berkas tidak sesuai dengan format ekspor. "
            "(bagian: socialisation.events[0].audience.warga: maximum)"
        )
        assert store.count_events(EventQuery()) == 0


def test_the_list_model_is_a_well_behaved_table(qtmodeltester, village):
    for n in range(70):  # more than a page
        store.save_event(event(f"Tempat {n}", date(2026, 1, 1 + n % 28)))
    for office in (False, True):
        model = EventTableModel(EventQuery(), office=office)
        assert model.rowCount() == 70
        qtmodeltester.check(model)
