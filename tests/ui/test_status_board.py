"""Status desa (office): which villages of the area have reported, which are overdue, which
never reported; filtered by kecamatan and standing, in words and colour."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.storage import exchange_settings
from desktop.storage.db import transaction
from desktop.ui.exchange.status_board import (
    DAYS,
    STANDING,
    VILLAGE,
    BoardSources,
    Show,
    StatusBoardPage,
)
from desktop.ui.i18n import Language, Translations
from tests.exchange.conftest import KERINCI_OFFICE
from tests.office import heard_from
from tests.ui.helpers import english_giveaways, visible_texts

TODAY = date(2026, 12, 1)
# Kungkai and Mudo (kecamatan Bangko, Merangin), kelurahan Siulak Deras (Gunung Kerinci), and
# "Pulau Tengah", a code the official list does not hold (an area changed since it reported).
HEARD = [
    ("15.02.02.2004", "Kungkai", "Bangko", "Kabupaten Merangin", 10),
    ("15.02.02.2008", "Mudo", "Bangko", "Kabupaten Merangin", 50),
    ("15.01.06.1009", "Siulak Deras", "Gunung Kerinci", "Kabupaten Kerinci", 3),
    ("15.02.02.2009", "Pulau Tengah", "Bangko", "Kabupaten Merangin", 20),
]


@pytest.fixture
def office(installation, qapp: QApplication) -> None:
    Translations(qapp).install(Language.INDONESIAN)
    exchange_settings.save_office(KERINCI_OFFICE)
    noon = datetime(2026, 12, 1, 5, tzinfo=UTC)
    with transaction():
        for sequence, (code, name, district, regency, days_ago) in enumerate(HEARD, start=3):
            made = noon - timedelta(days=days_ago)
            heard_from(
                code,
                name,
                made=made,
                imported=made + timedelta(days=1),
                sequence=sequence,
                district=district,
                regency=regency,
            )


@pytest.fixture
def board(qtbot, office, area_index) -> StatusBoardPage:
    page = StatusBoardPage(
        BoardSources(exchange_settings.load_office, lambda: area_index, lambda: TODAY)
    )
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    return page


def listed(page: StatusBoardPage) -> list[tuple[str, str, str]]:
    """(village, standing, days silent) of each row, as the table shows them."""
    return [
        tuple(page.proxy.index(row, column).data() for column in (VILLAGE, STANDING, DAYS))
        for row in range(page.proxy.rowCount())
    ]


def rows(page: StatusBoardPage) -> dict[str, tuple[str, str]]:
    """Village name -> (standing, days silent), for the names the table shows once."""
    shown = listed(page)
    names = [name for name, _, _ in shown]
    return {name: (standing, days) for name, standing, days in shown if names.count(name) == 1}


def test_every_village_of_the_area_is_listed_with_its_standing_in_words(board, area_index):
    covered = sum(len(area_index.villages_in(r)) for r in KERINCI_OFFICE.covers)
    assert len(listed(board)) == board.model.rowCount() == covered + 1  # and one outside it
    shown = rows(board)
    assert shown["Desa Kungkai"] == ("Tepat waktu", "10")
    assert shown["Desa Mudo"] == ("Terlambat", "50")
    assert shown["Kelurahan Siulak Deras"] == ("Tepat waktu", "3")
    assert ("Desa Pulau Tengah", "Tepat waktu", "20") in listed(board)
    never = [name for name, standing, _ in listed(board) if standing == "Belum pernah melapor"]
    assert len(never) == covered - 3
    summary = board.summary.text()
    assert f"{covered - 3} belum pernah melapor" in summary
    assert "1 terlambat (lebih dari 35 hari" in summary
    assert english_giveaways(visible_texts(board)) == []


def test_words_come_with_a_colour_of_their_own(board):
    colours = {}
    for row in range(board.proxy.rowCount()):
        index = board.proxy.index(row, STANDING)
        colours.setdefault(index.data(), set()).add(
            index.data(Qt.ItemDataRole.BackgroundRole).color().name()
        )
    assert set(colours) == {"Tepat waktu", "Terlambat", "Belum pernah melapor"}
    assert all(len(c) == 1 for c in colours.values())
    assert len(set().union(*colours.values())) == 3


def test_villages_silent_for_over_a_month_are_found_by_standing_and_kecamatan(board):
    """The question an officer asks: which villages have not reported for over a month."""
    board.standing_filter.setCurrentIndex(board.standing_filter.findData(Show.OVERDUE))
    assert rows(board) == {"Desa Mudo": ("Terlambat", "50")}
    board.overdue_days.setValue(30)  # kept for the next time too
    assert exchange_settings.overdue_days() == 30
    board.overdue_days.setValue(7)
    assert {name for name, _, _ in listed(board)} == {
        "Desa Mudo",
        "Desa Kungkai",
        "Desa Pulau Tengah",
    }

    board.standing_filter.setCurrentIndex(board.standing_filter.findData(Show.LATE_OR_NEVER))
    bangko = board.district_filter.findData("15.02.02")
    assert board.district_filter.itemText(bangko) == "Bangko (Kabupaten Merangin)"
    board.district_filter.setCurrentIndex(bangko)
    shown = rows(board)
    assert shown["Desa Kungkai"] == ("Terlambat", "10")
    assert "Kelurahan Siulak Deras" not in shown
    assert all(name.startswith(("Desa ", "Kelurahan ")) for name, _, _ in listed(board))


def test_the_list_is_by_kecamatan_and_sorts_by_days_silent_with_the_never_reported_last(board):
    districts = [board.proxy.index(r, 0).data() for r in range(board.proxy.rowCount())]
    regencies_then_districts = [  # Kerinci's kecamatan first, then Merangin's
        board.model.status(board.proxy.mapToSource(board.proxy.index(r, 0)).row())
        for r in range(board.proxy.rowCount())
    ]
    keys = [(s.village.regency_name, s.village.district_name) for s in regencies_then_districts]
    assert keys == sorted(keys) and len(set(districts)) > 10
    board.table.sortByColumn(DAYS, Qt.SortOrder.AscendingOrder)
    firsts = [board.proxy.index(r, VILLAGE).data() for r in range(4)]
    assert firsts == ["Kelurahan Siulak Deras", "Desa Kungkai", "Desa Pulau Tengah", "Desa Mudo"]
    last = board.proxy.index(board.proxy.rowCount() - 1, STANDING).data()
    assert last == "Belum pernah melapor"


def test_the_order_follows_what_was_heard_after_a_refresh(board):
    # The model keeps each column's order keys until its rows change: a new export from Mudo
    # must move it to the top at the next refresh, not leave it where the old keys put it.
    board.table.sortByColumn(DAYS, Qt.SortOrder.AscendingOrder)
    assert board.proxy.index(3, VILLAGE).data() == "Desa Mudo"
    made = datetime(2026, 12, 1, 4, tzinfo=UTC)
    with transaction():
        heard_from(
            "15.02.02.2008",
            "Mudo",
            made=made,
            imported=made,
            sequence=9,
            district="Bangko",
            regency="Kabupaten Merangin",
        )
    board.refresh()
    assert board.proxy.index(0, VILLAGE).data() == "Desa Mudo"


def test_a_village_leads_to_its_records_in_the_register(board, qtbot):
    board.table.sortByColumn(DAYS, Qt.SortOrder.AscendingOrder)
    board.table.selectRow(1)
    assert board.records_button.isEnabled()
    with qtbot.waitSignal(board.show_records) as shown:
        board.records_button.click()
    assert shown.args == ["15.02.02.2004"]
    assert not board.confirm_button.isVisible()  # no village waits for its key
    board.table.selectRow(board.proxy.rowCount() - 1)  # never reported: nothing to see
    assert not board.records_button.isEnabled()


def test_the_office_window_has_the_board_and_it_leads_to_the_register(make_shell, office):
    from desktop.ui.shell.office import OfficeWindow

    window = make_shell().window
    assert isinstance(window, OfficeWindow)
    window.show_page("status")
    board = window.page("status")
    board.table.sortByColumn(DAYS, Qt.SortOrder.AscendingOrder)
    board.table.selectRow(1)  # Kungkai
    board.records_button.click()
    assert window.current_page_key() == "daftar"
    register = window.page("daftar")
    assert register.village_filter.currentData() == "15.02.02.2004"
    assert register.model.query.village == "15.02.02.2004"


def test_a_waiting_village_opens_the_page_desa_with_it_ticked(make_shell, office, monkeypatch):
    from desktop.storage.exchange_keys import HeldVillage
    from desktop.ui.exchange import status_board, villages

    held = HeldVillage("15.02.02.2004", b"k" * 32, True, 1, "2026-11-30", "2026-11-30")
    monkeypatch.setattr(status_board, "held_villages", lambda: [held])
    monkeypatch.setattr(villages, "held_villages", lambda: [held])
    window = make_shell().window
    window.show_page("status")
    board = window.page("status")
    assert not board.records_button.isEnabled()
    board.standing_filter.setCurrentIndex(board.standing_filter.findData(Show.WAITING))
    board.table.selectRow(0)
    assert board.proxy.rowCount() == 1
    board.confirm_button.click()
    assert window.current_page_key() == "desa"
    assert [h.village_code for h in window.page("desa").ticked()] == ["15.02.02.2004"]
