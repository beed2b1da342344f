"""A widget removed by its own button is deleted after the click, never during it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop.domain.incident import Person, PersonRole
from desktop.ui.lifetime import retire


def _deferred_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_a_window_retired_from_its_own_button_lives_until_the_click_is_over(qtbot):
    held: list[QWidget] = []
    window = QWidget()  # no parent: Python owns it
    button = QPushButton("Tutup", window)
    QVBoxLayout(window).addWidget(button)
    alive_after_handler: list[bool] = []

    def close_me() -> None:
        retire(held.pop())  # the last reference goes, inside the button's own signal
        alive_after_handler.append(shiboken6.isValid(button))

    button.clicked.connect(close_me)
    held.append(window)
    window.show()
    del window
    button.click()
    assert alive_after_handler == [True] and shiboken6.isValid(button)
    _deferred_deletes()
    qtbot.waitUntil(lambda: not shiboken6.isValid(button))


def test_removing_a_person_with_its_own_button_deletes_the_editor_afterwards(qtbot):
    from desktop.ui.incidents.form import IncidentForm

    form = IncidentForm({"MY": "Malaysia"})
    qtbot.addWidget(form)
    editor = form.add_person(Person(role=PersonRole.VICTIM))
    remove = next(b for b in editor.findChildren(QPushButton) if b.text() == "Hapus orang ini")
    del editor  # only the form knew it, as in the app
    during_click: list[bool] = []
    remove.clicked.connect(lambda: during_click.append(shiboken6.isValid(remove)))
    remove.click()
    assert form.people == [] and during_click == [True]  # not deleted during its own click
    _deferred_deletes()
    qtbot.waitUntil(lambda: not shiboken6.isValid(remove))
