"""The office's page Desa: every village waiting for its key to be confirmed, accepted or refused
together, and the villages known with their old codes and whether they went back to a backup."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import nacl.signing
import pytest

from desktop.domain.exchange import CodeChange, RejectReason
from desktop.paths import DataPaths
from desktop.storage import exchange_settings, incidents, office_imports
from desktop.ui.exchange.status_board import STANDING, VILLAGE, BoardSources, Show, StatusBoardPage
from desktop.ui.exchange.villages import VillagesPage
from desktop.ui.i18n import Language, Translations
from tests.areas import areas
from tests.exchange.conftest import (
    KERINCI_OFFICE,
    MUDO_KEY,
    SOURCE,
    confirm_village,
    export_bytes,
    give_office_key,
    merge,
    opened,
    version,
)
from tests.ui.helpers import english_giveaways, visible_texts

R1 = "11111111-1111-4111-8111-111111111111"
R2 = "22222222-2222-4222-8222-222222222222"
MUDO = replace(SOURCE, village_code="15.02.02.2008", village_name="Mudo")


@pytest.fixture
def office(tmp_path, qapp):
    """Kungkai's first export waits; Mudo, known, sent one signed with a new key."""
    Translations(qapp).install(Language.INDONESIAN)
    paths = DataPaths.resolve(tmp_path / "kantor")
    with opened(paths):
        exchange_settings.save_office(KERINCI_OFFICE)
        give_office_key()
        confirm_village(MUDO_KEY, "15.02.02.2008")
        assert merge(export_bytes([[version(R2, None, "Mudo")]], source=MUDO), signing=MUDO_KEY).ok
        first = merge(export_bytes([[version(R1, None, "Kungkai")]]))
        reinstalled = nacl.signing.SigningKey.generate()
        changed = merge(
            export_bytes([[version(R2, None, "Mudo")]], source=MUDO, sequence=2),
            signing=reinstalled,
        )
        assert first.rejected.reason is RejectReason.FIRST_CONTACT
        assert changed.rejected.reason is RejectReason.KEY_CHANGED
        yield paths


def rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_waiting_villages_are_listed_and_accepted_or_refused_together(qtbot, office, message_boxes):
    page = VillagesPage(areas)
    qtbot.addWidget(page)
    page.show()
    listed = rows(page.held_table)
    assert [r[0] for r in listed] == [
        "Desa Kungkai, Kec. Bangko (15.02.02.2004)\nEkspor pertama: kuncinya belum terdaftar",
        "Desa Mudo, Kec. Bangko (15.02.02.2008)\n"
        "Ditandatangani kunci lain daripada kunci yang terdaftar",
    ]
    assert all(len(r[1].split()) == 5 for r in listed)  # the fingerprint, in its five groups

    page.accept_ticked()  # nothing ticked: says so, asks nothing
    assert "Centang dulu" in page.held_status.text() and message_boxes.shown == []

    page.tick("15.02.02.2004")
    page.accept_ticked()  # answered Batal
    assert page.held_table.rowCount() == 2 and incidents.record_total() == 1
    message_boxes.answer = "Terima dan impor"
    with qtbot.waitSignal(page.imported, timeout=10000):
        page.accept_ticked()
    assert listed[0][1] in message_boxes.shown[-1].text  # the fingerprint, to compare once more
    assert page.held_status.text().startswith("1 desa diterima; 1 dari 1 ekspor")
    assert [r[0].split("\n")[0] for r in rows(page.held_table)] == [
        "Desa Mudo, Kec. Bangko (15.02.02.2008)"
    ]
    assert incidents.known_records([R1]) == {R1}

    page.tick("15.02.02.2008")
    message_boxes.answer = "Tolak"
    page.refuse_ticked()
    assert page.held_status.text() == "1 desa ditolak; 1 ekspor dihapus tanpa dibaca."
    assert page.held_table.isHidden() and page.nothing_held.isVisibleTo(page)
    mudo = office_imports.owner_by_code("15.02.02.2008")
    assert mudo.public_key == bytes(MUDO_KEY.verify_key)  # the registered key stays
    assert english_giveaways(visible_texts(page)) == []


def test_the_villages_known_show_their_old_codes_and_a_restore(qtbot, office):
    mudo = office_imports.owner_by_code("15.02.02.2008")
    change = CodeChange("15.02.02.2099", "15.02.02.2008", datetime(2026, 6, 1, tzinfo=UTC), "x")
    now = datetime(2026, 12, 1, 8, tzinfo=UTC)
    office_imports.record_code_changes(
        mudo, [change], mudo.village_code, areas(mudo.village_code), "e", now
    )
    office_imports.note_restored(mudo.id, "e", 3, 1, now)
    page = VillagesPage(areas)
    qtbot.addWidget(page)
    page.show()
    (known,) = rows(page.known_table)
    assert known[0] == "Desa Mudo, Kec. Bangko (15.02.02.2008)"
    assert known[1].startswith("No. 1, dibuat") and known[2] == "1"
    assert "Kode wilayah sebelumnya: 15.02.02.2099." in known[3]
    assert "Memulihkan cadangan" in known[3] and "3 perubahan" in known[3]
    assert "1 catatan berlanjut dari versi yang lebih lama" in known[3]


def test_the_status_board_lists_the_villages_waiting_and_leads_to_their_confirmation(
    qtbot, office, area_index
):
    """Issue 15.2: the first contacts (and changed keys) live on the status board too."""
    board = StatusBoardPage(BoardSources(exchange_settings.load_office, lambda: area_index))
    qtbot.addWidget(board)
    board.resize(1300, 700)
    board.show()
    board.standing_filter.setCurrentIndex(board.standing_filter.findData(Show.WAITING))
    shown = [
        (board.proxy.index(r, VILLAGE).data(), board.proxy.index(r, STANDING).data())
        for r in range(board.proxy.rowCount())
    ]
    assert shown == [
        ("Desa Kungkai", "Menunggu: konfirmasi kuncinya"),
        ("Desa Mudo", "Menunggu: konfirmasi kuncinya"),
    ]
    assert "2 menunggu Anda mengonfirmasi kuncinya" in board.summary.text()
    assert board.confirm_button.isVisible()
    with qtbot.waitSignal(board.confirm_key) as asked:
        board.confirm_button.click()  # none chosen: the page Desa lists them all
    assert asked.args == [""]
    board.table.selectRow(0)
    assert not board.records_button.isEnabled()
    with qtbot.waitSignal(board.confirm_key) as asked:
        board.table.doubleClicked.emit(board.proxy.index(0, VILLAGE))
    assert asked.args == ["15.02.02.2004"]
    assert english_giveaways(visible_texts(board)) == []


@pytest.mark.parametrize("reason", [RejectReason.FIRST_CONTACT, RejectReason.KEY_CHANGED])
def test_a_held_export_sends_the_officer_to_the_page_that_confirms_it(qtbot, office, reason):
    """Both kinds of held export are confirmed on the page Desa (the key-change message
    once sent officers to Pengaturan, Keamanan, which confirms nothing)."""
    from desktop.domain.exchange import ExportRejected
    from desktop.ui.exchange.wording import exchange_error

    page = VillagesPage(areas)
    qtbot.addWidget(page)
    said = exchange_error(ExportRejected(reason))
    assert page.windowTitle() == "Desa" and "di halaman Desa" in said
    assert "Pengaturan" not in said
