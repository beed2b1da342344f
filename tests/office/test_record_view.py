"""The record view at the office, driven as an officer does: opened from the register, names
hidden until asked for with a reason, versions in conflict compared and chosen, reviewed."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.checklist import ChecklistShelf
from desktop.domain.incident import Person, PersonIdentity, PersonRole, to_payload
from desktop.domain.review import ReviewState
from desktop.domain.security import AuditKind
from desktop.resources import resource_path
from desktop.storage import audit, incidents, office_review
from desktop.ui.exchange.register import RegisterPage
from desktop.ui.i18n import Language, Translations
from desktop.ui.office.opener import ViewOpener
from desktop.ui.office.record_view import RecordView
from desktop.ui.security.audit_view import entry_text
from tests.exchange.conftest import incident, version
from tests.office.conftest import DAY, arrive, check_item
from tests.ui.helpers import english_giveaways, visible_texts

R1 = "11111111-1111-4111-8111-111111111111"


@pytest.fixture
def indonesian(qapp: QApplication) -> None:
    Translations(qapp).install(Language.INDONESIAN)


def with_victim(v, name: str = "Siti Rahma (fiktif)"):
    person = Person(
        person_id="p-1",
        role=PersonRole.VICTIM,
        identity=PersonIdentity(name=name, nik="0000123412341234"),
    )
    payload = to_payload(incident(v.payload["summary"], record_id=v.record_id, people=(person,)))
    return replace(v, payload=payload | {"legal_basis": "kepentingan_vital"})


def open_view(qtbot, record_id: str = R1) -> RecordView:
    view = RecordView(
        record_id,
        countries=incidents.country_names(),
        checklists=ChecklistShelf(resource_path("checklists")),
        language="id",
    )
    qtbot.addWidget(view)
    view.show()
    return view


def test_enter_on_a_register_row_opens_the_record(qtbot, office, indonesian):
    arrive([[version(R1, None, "Tawaran kerja ke Malaysia", when=DAY)]])
    page = RegisterPage()
    qtbot.addWidget(page)
    views = ViewOpener(
        page,
        lambda record_id: RecordView(
            record_id,
            countries={},
            checklists=ChecklistShelf(resource_path("checklists")),
            language="id",
        ),
    )
    page.record_opened.connect(views.open)
    page.show()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    (view,) = views.open_views.values()
    assert view.windowTitle() == "Catatan no. 1"
    assert "Tawaran kerja ke Malaysia" in view.content.toPlainText()
    assert views.open(R1) is view  # opened again: the same view comes to the front
    view.reject()


def test_names_are_hidden_until_asked_for_with_a_reason(qtbot, office, indonesian):
    arrive(
        [[with_victim(version(R1, None, "Korban pulang", when=DAY))]],
        identities="Diminta Polres untuk penyidikan",
    )
    view = open_view(qtbot)

    assert "Siti Rahma" not in view.content.toPlainText()
    assert view.identity_button.isVisibleTo(view)
    assert not view.show_identities("ok", "Rahmat")  # a reason is a few words
    assert "Siti Rahma" not in view.content.toPlainText()

    assert view.show_identities("Polres meminta kontak korban", "Rahmat")
    assert "Siti Rahma (fiktif)" in view.content.toPlainText()
    assert "0000123412341234" in view.content.toPlainText()
    assert not view.identity_button.isVisibleTo(view)
    (event,) = [e for e in audit.list_events() if e.kind == AuditKind.IDENTITIES_SHOWN.value]
    assert entry_text(event).startswith(
        f"{entry_text(event).split(' — ')[0]} — Nama, NIK dan nomor telepon sebuah catatan "
        "ditampilkan\ncatatan no. 1; petugas: Rahmat; alasan: Polres meminta kontak korban"
    )

    again = open_view(qtbot)  # a new view starts with the names hidden again
    assert "Siti Rahma" not in again.content.toPlainText()


def test_history_says_who_changed_what_and_which_export_brought_it(qtbot, office, indonesian):
    v1 = version(R1, None, "Tawaran kerja", when=DAY)
    v2 = version(R1, v1.version_id, "Tawaran kerja, dirujuk", when=DAY + timedelta(days=2))
    arrive([[v1]], sequence=1, made=DAY + timedelta(hours=1), name="kungkai-1.siaga")
    arrive([[v1, v2]], sequence=2, made=DAY + timedelta(days=2, hours=1), name="kungkai-2.siaga")
    view = open_view(qtbot)

    text = view.history.toPlainText()
    assert "Ringkasan singkat: Tawaran kerja → Tawaran kerja, dirujuk" in text
    assert "ekspor ke-2" in text and "kungkai-2.siaga" in text
    assert "ekspor ke-1" in text and "kungkai-1.siaga" in text
    assert text.index("ekspor ke-2") < text.index("ekspor ke-1")  # newest first
    assert not view.tabs.isTabVisible(view.tabs.indexOf(view.conflict_tab))


def test_the_check_a_record_was_made_from_is_shown(qtbot, office, indonesian):
    v1 = version(R1, None, "Tawaran kerja", when=DAY)
    arrive([[v1]], checks=[check_item(incident_record_id=R1, company="PT Contoh (fiktif)")])
    view = open_view(qtbot)

    text = view.checks.toPlainText()
    assert "RISIKO TINGGI" in text
    assert "PT Contoh (fiktif)" in text
    assert "Perusahaan dan dokumen sedang diurus" in text  # the stage, in words


def test_versions_in_conflict_side_by_side_and_the_choice_undone(qtbot, office, indonesian):
    v1 = version(R1, None, "Awal", when=DAY)
    ours = version(R1, v1.version_id, "Versi A", when=DAY + timedelta(days=1))
    theirs = version(R1, v1.version_id, "Versi B", when=DAY + timedelta(days=2))
    arrive([[v1, ours]], sequence=1, made=DAY + timedelta(days=1, hours=1))
    arrive([[v1, theirs]], sequence=2, made=DAY + timedelta(days=2, hours=1))  # followed
    view = open_view(qtbot)
    changed = []
    view.changed.connect(lambda: changed.append(True))

    tab = view.tabs.indexOf(view.conflict_tab)
    assert view.tabs.isTabVisible(tab) and view.tabs.tabText(tab) == "Konflik (1)"
    view.tabs.setCurrentIndex(tab)
    compared = view.compare.toPlainText()
    assert "Versi A" in compared and "Versi B" in compared and "berbeda" in compared
    assert "ekspor ke-1" in view.alternative_note.text()
    assert not view.undo_button.isVisibleTo(view)

    view.choice_officer.clear()
    view.use_button.click()
    assert "nama" in view.choice_status.text()
    assert incidents.load_incident(R1).incident.summary == "Versi B"

    view.choice_officer.setText("Rahmat")
    view.use_button.click()
    assert incidents.load_incident(R1).incident.summary == "Versi A"
    assert changed == [True]
    assert "Versi A" in view.content.toPlainText()
    assert view.undo_button.isVisibleTo(view)
    assert view.choice_status.text().startswith("Kantor sekarang memakai versi yang dipilih")

    view.undo_button.click()
    assert incidents.load_incident(R1).incident.summary == "Versi B"
    assert not view.undo_button.isVisibleTo(view)
    kinds = [e.kind for e in audit.list_events()]
    assert AuditKind.VERSION_CHOSEN.value in kinds
    assert AuditKind.VERSION_CHOICE_UNDONE.value in kinds


def test_a_review_is_saved_with_a_note_and_shown(qtbot, office, indonesian):
    arrive([[version(R1, None, "Tawaran kerja", when=DAY)]])
    view = open_view(qtbot)
    assert "Baru" in view.review_badge.text()

    view.review_buttons[ReviewState.ACTED_ON].setChecked(True)
    view.review_note.setPlainText("Diteruskan ke Polres Merangin")
    view.review_officer.setText("Dewi")
    view.review_save.click()

    assert office_review.review_of(R1).state is ReviewState.ACTED_ON
    assert "Ditindaklanjuti" in view.review_badge.text()
    assert "Diteruskan ke Polres Merangin" in view.review_badge.text()
    assert "Dewi" in view.review_history.toPlainText()
    assert english_giveaways(visible_texts(view)) == []
