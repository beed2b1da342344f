"""The office's daily tools in its window: the checks from the villages (and later the recap
and the patterns) as pages, and the views of one record or one check, opened from any of them
and from the register. One call from the office window's composition."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.resources import resource_path
from desktop.storage.incidents import country_names
from desktop.ui.exchange.register import RegisterPage
from desktop.ui.main_window import MainWindow
from desktop.ui.office.check_view import CheckView
from desktop.ui.office.checks_page import ChecksPage
from desktop.ui.office.opener import ViewOpener
from desktop.ui.office.record_view import RecordView


@dataclass(frozen=True)
class OfficeViews:
    records: ViewOpener  # a record's view, by record id
    checks: ViewOpener  # a check's view, by its record id


def add_office_pages(window: MainWindow, register: RegisterPage, language: str) -> OfficeViews:
    """Add the office's pages after the register, and open records and checks from them."""
    checklists = resource_path("checklists")
    countries = country_names()
    records = ViewOpener(
        window,
        lambda record_id: RecordView(
            record_id,
            countries=countries,
            checklists=checklists,
            language=language,
            parent=window,
        ),
    )
    records.opened.connect(lambda view: view.changed.connect(register.refresh))
    register.record_opened.connect(records.open)
    checks = ViewOpener(
        window,
        lambda record_id: CheckView(
            record_id, checklists=checklists, language=language, parent=window
        ),
    )
    checks.opened.connect(lambda view: view.record_requested.connect(records.open))

    def build_checks() -> ChecksPage:
        page = ChecksPage(checklists, language)
        page.check_opened.connect(checks.open)
        return page

    window.add_lazy_page(
        "cek", QCoreApplication.translate("ChecksPage", "Village checks"), build_checks
    )
    return OfficeViews(records, checks)
