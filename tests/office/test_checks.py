"""The job-offer checks every village sent, at the office: where each came from, filtered and
counted in SQL, listed and opened as an officer does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.checklist import ChecklistShelf, RiskLevel
from desktop.resources import resource_path
from desktop.storage.assessments import CheckQuery, CheckSort, CheckTally
from desktop.storage.office_checks import (
    OfficeCheckQuery,
    count_office_checks,
    fetch_office_checks,
    tally_office_checks,
)
from desktop.ui.i18n import Language, Translations
from desktop.ui.office.check_view import CheckView
from desktop.ui.office.checks_page import ChecksPage, CheckTableModel
from tests.exchange.conftest import version
from tests.office.conftest import DAY, PASAR_ATAS, SELAM_PAUNG, arrive, check_item
from tests.ui.helpers import english_giveaways, visible_texts

R1 = "11111111-1111-4111-8111-111111111111"


@pytest.fixture
def indonesian(qapp: QApplication) -> None:
    Translations(qapp).install(Language.INDONESIAN)


@pytest.fixture
def checks(office):
    """Kungkai (Bangko): 3 checks; Pasar Atas (Bangko): 2; Selam Paung (Gunung Raya): 1."""
    arrive(
        [[version(R1, None, "Tawaran kerja", when=DAY)]],
        checks=[
            check_item(
                level=RiskLevel.VERY_HIGH,
                destination="Malaysia",
                day="2026-11-03",
                incident_record_id=R1,
            ),
            check_item(
                level=RiskLevel.HIGH, destination=" malaysia", stage="ditawari", day="2026-10-20"
            ),
            check_item(level=RiskLevel.LOW, destination="Kamboja", day="2026-09-01"),
        ],
    )
    arrive(
        [],
        source=PASAR_ATAS,
        checks=[
            check_item(level=RiskLevel.HIGH, destination="Arab Saudi", day="2026-11-15"),
            check_item(
                level=RiskLevel.MEDIUM,
                destination="Malaysia (Johor)",
                stage="akan-berangkat",
                day="2026-11-20",
            ),
        ],
    )
    arrive([], source=SELAM_PAUNG, checks=[check_item(destination="Kamboja", day="2026-08-08")])


def listed(query: OfficeCheckQuery) -> list[tuple[str, str]]:
    return [(r.village_name, r.check.destination) for r in fetch_office_checks(query, 0, 100)]


def test_each_check_keeps_its_village_and_filters_by_village_and_kecamatan(checks):
    assert count_office_checks(OfficeCheckQuery()) == 6
    assert count_office_checks(OfficeCheckQuery(village=PASAR_ATAS.village_code)) == 2
    bangko = OfficeCheckQuery(district="15.02.02")
    assert count_office_checks(bangko) == 5
    assert {v for v, _ in listed(bangko)} == {"Kungkai", "Pasar Atas"}
    assert listed(OfficeCheckQuery(district="15.01.01")) == [("Selam Paung", "Kamboja")]


def test_checks_filter_by_period_level_destination_and_stage(checks):
    def q(**kw) -> OfficeCheckQuery:
        return OfficeCheckQuery(checks=CheckQuery(**kw))

    november = q(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    assert count_office_checks(november) == 3
    assert count_office_checks(q(level=RiskLevel.HIGH)) == 3
    assert sorted(d for _, d in listed(q(destination="malaysia"))) == [
        " malaysia",
        "Malaysia",
        "Malaysia (Johor)",
    ]
    assert count_office_checks(q(destination="50%")) == 0  # typed text, not a pattern
    assert [d for _, d in listed(q(stage="akan-berangkat"))] == ["Malaysia (Johor)"]
    assert count_office_checks(q(stage="proses")) == 4


def test_checks_are_counted_by_level_destination_and_stage(checks):
    everything = OfficeCheckQuery()
    assert dict(tally_office_checks(everything, CheckTally.LEVEL)) == {
        "sangat_tinggi": 1,
        "tinggi": 3,
        "sedang": 1,
        "rendah": 1,
    }
    destinations = tally_office_checks(everything, CheckTally.DESTINATION)
    assert destinations[:2] == [("Kamboja", 2), ("Malaysia", 2)]  # " malaysia" counted in
    assert dict(tally_office_checks(everything, CheckTally.STAGE)) == {
        "proses": 4,
        "ditawari": 1,
        "akan-berangkat": 1,
    }
    bangko_high = OfficeCheckQuery(checks=CheckQuery(level=RiskLevel.HIGH), district="15.02.02")
    assert dict(tally_office_checks(bangko_high, CheckTally.DESTINATION)) == {
        "malaysia": 1,
        "Arab Saudi": 1,
    }


def test_checks_sort_by_day_level_and_destination(checks):
    def first(sort: CheckSort, descending: bool = True) -> str:
        query = OfficeCheckQuery(checks=CheckQuery(sort=sort, descending=descending))
        return fetch_office_checks(query, 0, 1)[0].check.destination

    assert first(CheckSort.DAY) == "Malaysia (Johor)"  # 20 November
    assert first(CheckSort.LEVEL) == "Malaysia"  # the only very high one
    assert first(CheckSort.DESTINATION, descending=False) == " malaysia"


def test_the_checks_table_model_is_well_behaved(qtmodeltester, checks):
    model = CheckTableModel({})
    qtmodeltester.check(model)
    model.sort(3)  # by risk level
    assert model.rowCount() == 6


def test_the_checks_page_filters_counts_and_opens_a_check(qtbot, checks, indonesian):
    page = ChecksPage(ChecklistShelf(resource_path("checklists")), "id")
    qtbot.addWidget(page)
    opened = []
    page.check_opened.connect(opened.append)
    page.show()

    assert page.count_label.text() == "6 cek."
    assert page.village_filter.count() == 4  # all, and the three villages heard from
    page.district_filter.setCurrentIndex(page.district_filter.findData("15.02.02"))
    assert page.model.rowCount() == 5
    page.level_filter.setCurrentIndex(page.level_filter.findData(RiskLevel.HIGH))
    assert page.count_label.text() == "2 dari 6 cek ditampilkan."
    levels = page.charts[CheckTally.LEVEL].bars()
    assert [(b.label, b.count) for b in levels] == [("Risiko tinggi", 2)]
    stages = [(b.label, b.count) for b in page.charts[CheckTally.STAGE].bars()]
    assert ("Baru ditawari kerja", 1) in stages
    assert page.model.data(page.model.index(0, 3)) == "Risiko tinggi"  # words beside colour
    page.table.activated.emit(page.model.index(0, 0))
    assert len(opened) == 1
    page.clear_filters()
    assert page.model.rowCount() == 6
    assert english_giveaways(visible_texts(page)) == []


def test_a_check_view_shows_its_village_and_opens_its_record(qtbot, checks, indonesian):
    (linked,) = [
        r for r in fetch_office_checks(OfficeCheckQuery(), 0, 10) if r.check.incident_record_id
    ]
    view = CheckView(
        linked.check.record_id,
        checklists=ChecklistShelf(resource_path("checklists")),
        language="id",
    )
    qtbot.addWidget(view)
    requested = []
    view.record_requested.connect(requested.append)
    view.show()

    assert view.heading.text() == "Cek tawaran kerja — Desa Kungkai, Kec. Bangko"
    assert "RISIKO SANGAT TINGGI" in view.body.toPlainText()
    assert view.incident_label.text() == "Dicatat sebagai kejadian no. 1."
    view.incident_button.click()
    assert requested == [R1]


def test_a_check_made_with_the_question_list_the_office_delivered_shows_its_findings(
    qtbot, office, indonesian
):
    """A village keeps the question list version its office delivered in a content pack; the
    office reads the checks made with it with that version's questions, not only with the
    versions the app ships."""
    from desktop.exchange import pack_build
    from desktop.exchange.office_checklists import OfficeChecklists
    from tests.exchange.test_content_packs import checklist_v3

    delivered = checklist_v3()
    first = delivered["indicators"][0]
    first["finding"]["id"] = "Keberangkatan diurus calo tanpa perusahaan (versi kantor)."
    office_checklists = OfficeChecklists()
    assert 3 not in office_checklists.shelf().versions()
    pack_build.make_pack(
        office_contact=None,
        local_contacts=(),
        warnings=(),
        parts=pack_build.PackParts(checklist=delivered),
    )
    item = check_item(level=RiskLevel.VERY_HIGH, stage="ditawari")
    item["result"] |= {"checklist_version": 3, "drivers": [first["id"]]}
    arrive([], checks=[item])

    view = CheckView(item["record_id"], checklists=office_checklists.shelf(), language="id")
    qtbot.addWidget(view)
    view.show()

    said = view.body.toPlainText()
    assert "versi 3" in said and "Yang ditemukan (dijawab Ya)" in said
    assert "Keberangkatan diurus calo tanpa perusahaan (versi kantor)." in said
    shipped_only = CheckView(
        item["record_id"], checklists=ChecklistShelf(resource_path("checklists")), language="id"
    )
    qtbot.addWidget(shipped_only)
    assert "Yang ditemukan" not in shipped_only.body.toPlainText()  # what the office saw before
