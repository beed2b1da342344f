"""A long working day must not wear out the interpreter.

PySide6 6.12.0's ``Signal.emit()`` hands back ``True`` without owning a reference to it, so every
signal the app emits from Python takes one reference away from ``True``. Before Python 3.12
(where ``True`` is immortal) the interpreter aborts once they run out — "Fatal Python error:
bool_dealloc" — after some hundreds of choices in the area lists, or at exit. PySide6 6.11.3 is
not affected.
"""

from __future__ import annotations

import sys

from desktop.domain.area import Level
from desktop.ui.area_picker import AreaPicker

ROUNDS = 200


def test_choosing_villages_again_and_again_takes_nothing_from_the_interpreter(qtbot, area_index):
    picker = AreaPicker(area_index)
    qtbot.addWidget(picker)
    assert picker.set_code("15.02.02.2004")
    village = picker.combos[Level.VILLAGE]
    before = sys.getrefcount(True)

    for round_ in range(ROUNDS):
        village.select_code("15.02.02.2004" if round_ % 2 else "15.02.02.2012")

    lost = before - sys.getrefcount(True)
    assert picker.village_code() == "15.02.02.2004"
    assert lost < ROUNDS // 10, (
        f"{ROUNDS} choices took {lost} references from True: this PySide6 "
        "(6.12.0?) build makes a long session end in 'Fatal Python error: bool_dealloc'"
    )


def test_calls_that_return_nothing_take_nothing_from_the_interpreter(qtbot):
    """PySide6 6.12.0 also dropped a reference to None for every method returning nothing."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(2000):
        label.setText(str(n))
    assert before - sys.getrefcount(None) < 200
