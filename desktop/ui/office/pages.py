"""The office's daily tools in its window: the checks from the villages, the recap and the
patterns across villages as pages, and the views of one record, check or pattern, opened from
any of them and from the register. One call from the office window's composition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.exchange.office_checklists import OfficeChecklists
from desktop.storage import exchange_settings
from desktop.storage.area_index import AreaIndex
from desktop.storage.incidents import country_names
from desktop.ui.exchange.register import RegisterPage
from desktop.ui.office.check_view import CheckView
from desktop.ui.office.checks_page import ChecksPage
from desktop.ui.office.opener import ViewOpener
from desktop.ui.office.pattern_view import PatternView
from desktop.ui.office.patterns_page import PatternsPage
from desktop.ui.office.recap_page import RecapPage
from desktop.ui.office.record_view import RecordView
from desktop.ui.shell.window import MainWindow


@dataclass(frozen=True)
class OfficeViews:
    records: ViewOpener  # a record's view, by record id
    checks: ViewOpener  # a check's view, by its record id
    patterns: ViewOpener  # a pattern's view, by the pattern


def add_office_pages(
    window: MainWindow,
    register: RegisterPage,
    language: str,
    index_factory: Callable[[], AreaIndex],
) -> OfficeViews:
    """Add the office's pages after the register, and open records and checks from them."""
    checklists = OfficeChecklists()  # with the versions the office's own packs delivered
    countries = country_names()
    records = ViewOpener(
        window,
        lambda record_id: RecordView(
            record_id,
            countries=countries,
            checklists=checklists.shelf(),
            language=language,
            parent=window,
        ),
    )
    records.opened.connect(lambda view: view.changed.connect(register.refresh))
    register.record_opened.connect(records.open)
    checks = ViewOpener(
        window,
        lambda record_id: CheckView(
            record_id, checklists=checklists.shelf(), language=language, parent=window
        ),
    )
    checks.opened.connect(lambda view: view.record_requested.connect(records.open))

    def build_checks() -> ChecksPage:
        page = ChecksPage(checklists.shelf(), language)
        page.check_opened.connect(checks.open)
        return page

    window.add_lazy_page(
        "cek", QCoreApplication.translate("ChecksPage", "Village checks"), build_checks
    )

    def regencies() -> list[str]:
        """The kabupaten and kota the office covers, by name (the recap's kop)."""
        office = exchange_settings.load_office()
        index = index_factory()
        return [getattr(index.get(code), "name", code) for code in office.covers] if office else []

    window.add_lazy_page(
        "rekap",
        QCoreApplication.translate("RecapPage", "Recap"),
        lambda: RecapPage(regencies, countries),
    )
    patterns = ViewOpener(
        window,
        lambda pattern: PatternView(pattern, parent=window),
        key=lambda pattern: (pattern.kind, pattern.key),
    )

    def opened_pattern(view: PatternView) -> None:
        view.record_requested.connect(records.open)
        view.check_requested.connect(checks.open)

    patterns.opened.connect(opened_pattern)

    def build_patterns() -> PatternsPage:
        page = PatternsPage()
        page.pattern_opened.connect(patterns.open)
        return page

    window.add_lazy_page(
        "pola",
        QCoreApplication.translate("PatternsPage", "Patterns"),
        build_patterns,
    )
    return OfficeViews(records, checks, patterns)
