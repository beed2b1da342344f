"""Unexpected errors: every one is logged; each distinct one is shown to the user once."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.ui.crash_dialog import CrashDialog
from desktop.ui.errors import CrashHandler
from desktop.ui.i18n import Language, Translations


def fail_here(message: str) -> None:
    raise ValueError(message)


def fail_there(message: str) -> None:
    raise KeyError(message)


def caught(fail, message: str):
    try:
        fail(message)
    except Exception as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("did not fail")


@pytest.fixture
def indonesian(qapp) -> None:
    Translations(qapp).install(Language.INDONESIAN)


def crash_log(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "desktop.crash"]


def test_each_distinct_error_is_logged_every_time_and_shown_once(qapp, caplog, monkeypatch):
    handler = CrashHandler(None)
    shown: list[str] = []
    monkeypatch.setattr(handler, "show", shown.append)

    with caplog.at_level(logging.ERROR, logger="desktop.crash"):
        handler(*caught(fail_here, "pertama"))
        handler(*caught(fail_here, "kedua"))
        handler(*caught(fail_there, "ketiga"))

    assert len(shown) == 2
    assert "ValueError: pertama" in shown[0]
    assert "KeyError: 'ketiga'" in shown[1]
    logged = crash_log(caplog)
    assert len(logged) == 3
    # The log file says what failed and where, not the message: a message may quote personal
    # data that was typed, and the log file is not encrypted (issue 7).
    assert "ValueError" in logged[1] and "fail_here" in logged[1]
    assert "kedua" not in logged[1]


def test_an_error_while_the_dialog_is_open_is_logged_but_not_shown_on_top(
    qapp, caplog, monkeypatch
):
    handler = CrashHandler(None)
    shown: list[str] = []

    def show(details: str) -> None:
        shown.append(details)
        handler(*caught(fail_there, "di dalam dialog"))

    monkeypatch.setattr(handler, "show", show)

    with caplog.at_level(logging.ERROR, logger="desktop.crash"):
        handler(*caught(fail_here, "pertama"))

    assert len(shown) == 1
    assert len(crash_log(caplog)) == 2


def test_install_makes_it_the_handler_of_uncaught_errors(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = CrashHandler(None)

    handler.install()

    assert sys.excepthook is handler


def test_the_dialog_reassures_first_and_folds_the_details_away(
    indonesian, qtbot, monkeypatch, tmp_path
):
    opened: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    log_file = tmp_path / "log" / "siaga.log"

    CrashHandler(log_file)(*caught(fail_here, "rusak"))

    assert len(opened) == 1
    dialog = opened[0]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Terjadi kesalahan"
    assert not dialog.details.isVisible()
    assert "ValueError: rusak" in dialog.details.toPlainText()
    toggle = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Tampilkan rincian")

    toggle.click()

    assert dialog.details.isVisible()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Berkas catatan (log): {log_file}" in texts
