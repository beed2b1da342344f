"""Pola lintas desa as an officer uses it: which recruiter number appears in more than one
village, sorted and filtered, opened on its villages and on the records and checks behind it."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.patterns import PatternKind
from desktop.storage.patterns import find_patterns
from desktop.ui.i18n import Language, Translations
from desktop.ui.office.pattern_view import PatternView
from desktop.ui.office.patterns_page import PatternsPage
from tests.exchange.conftest import version
from tests.office.conftest import DAY, PASAR_ATAS, SELAM_PAUNG, arrive, check_item
from tests.ui.helpers import english_giveaways, visible_texts


@pytest.fixture
def indonesian(qapp: QApplication) -> None:
    Translations(qapp).install(Language.INDONESIAN)


def record(day: date, **kw):
    return [
        version(
            str(uuid.uuid4()),
            None,
            kw.pop("summary", "Tawaran kerja"),
            when=DAY,
            reported_on=day,
            **kw,
        )
    ]


@pytest.fixture
def seen(office):
    arrive(
        [
            record(
                date(2026, 10, 1),
                recruiter_phone="0812-3456-7890",
                company="PT. Maju Jaya",
                summary="Tawaran kerja sawit",
            ),
            record(date(2026, 10, 5), company="CV Sendiri"),
        ]
    )
    arrive(
        [record(date(2026, 11, 20), recruiter_phone="+62 812 3456 7890", company="pt maju jaya")],
        source=PASAR_ATAS,
    )
    arrive(
        [],
        source=SELAM_PAUNG,
        checks=[check_item(contact="62812.3456.7890", destination="Kamboja", day="2026-11-25")],
    )


def test_the_page_lists_what_several_villages_saw_and_filters_it(qtbot, seen, indonesian):
    page = PatternsPage()
    qtbot.addWidget(page)
    opened = []
    page.pattern_opened.connect(opened.append)
    with qtbot.waitSignal(page.work_done, timeout=10000):
        page.show()

    assert page.count_label.text() == (
        "2 terlihat di dua desa atau lebih. Buka salah satunya untuk melihat di mana."
    )
    first = [page.model.data(page.model.index(0, c)) for c in range(7)]
    assert first[0] == "Nomor telepon" and first[2:5] == ["3", "2", "1"]
    assert first[5:] == ["1 Oktober 2026", "25 November 2026"]

    page.kind_filter.setCurrentIndex(page.kind_filter.findData(PatternKind.COMPANY))
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 dari 2 ditampilkan."
    page.kind_filter.setCurrentIndex(0)
    page.search.setText("MAJU  jaya.")
    page.apply_filter()
    assert page.model.rowCount() == 1 and page.model.pattern(0).kind is PatternKind.COMPANY

    page.search.clear()
    page.apply_filter()
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by kind: perusahaan, telepon
    assert page.model.pattern(0).kind is PatternKind.COMPANY
    page.table.activated.emit(page.model.index(1, 0))
    assert [p.kind for p in opened] == [PatternKind.PHONE]
    assert english_giveaways(visible_texts(page)) == []


def test_a_pattern_opens_on_its_villages_and_the_records_and_checks_behind_it(
    qtbot, seen, indonesian
):
    phone = next(p for p in find_patterns() if p.kind is PatternKind.PHONE)
    view = PatternView(phone)
    qtbot.addWidget(view)
    records, checks = [], []
    view.record_requested.connect(records.append)
    view.check_requested.connect(checks.append)
    view.show()

    villages = [
        [view.villages.item(r, c).text() for c in range(4)] for r in range(view.villages.rowCount())
    ]
    assert villages == [
        ["Kungkai", "Bangko", "1", "0"],
        ["Pasar Atas", "Bangko", "1", "0"],
        ["Selam Paung", "Gunung Raya", "0", "1"],
    ]
    behind = [
        [view.sightings.item(r, c).text() for c in (0, 1, 2, 4)]
        for r in range(view.sightings.rowCount())
    ]
    assert behind == [
        ["Cek", "25 November 2026", "Selam Paung", "Kamboja · pekerja kebun"],
        ["Catatan", "20 November 2026", "Pasar Atas", "Tawaran kerja"],
        ["Catatan", "1 Oktober 2026", "Kungkai", "Tawaran kerja sawit"],
    ]
    view.open_row(0)
    view.open_row(2)
    assert len(checks) == 1 and len(records) == 1
    assert english_giveaways(visible_texts(view)) == []


def test_the_office_warns_its_villages_from_a_pattern(qtbot, seen, indonesian, monkeypatch):
    from desktop.storage import office_packs
    from desktop.ui.packs import warning_composer

    phone = next(p for p in find_patterns() if p.kind is PatternKind.PHONE)
    view = PatternView(phone)
    qtbot.addWidget(view)
    assert view.warn_button.text().replace("&", "") == "Peringatkan desa…"

    def exec_(dialog: warning_composer.WarningComposer) -> int:
        # Filled in from the pattern: the number as a village wrote it, the villages it was
        # seen in, since when.
        assert dialog.phones.toPlainText() == phone.shown
        assert [p.name for p in dialog.chosen_villages()] == [
            "Kungkai",
            "Pasar Atas",
            "Selam Paung",
        ]
        dialog.known.setPlainText("Menawarkan kerja di Kamboja lewat nomor ini.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(warning_composer.WarningComposer, "exec", exec_)
    view.warn_button.click()
    [kept] = office_packs.warnings()
    assert kept.phones == (phone.shown,) and kept.since == date(2026, 10, 1)
