"""Where Beranda's buttons take the village window, each to its page in the state the button
promises: a new check, a new incident record, the leaflets' print dialog, Kirim & Ekspor, a
record by its number, this month's checks, the backups.

Work in progress is never pushed aside: a check being answered stays on screen rather than
make way for a new one, and a new record that was being written comes back as it was (the
incident form keeps its draft). The pages are reached through the window, so that none of
their modules is loaded before its page is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.ui.home_page import HomePage
    from desktop.ui.shell.window import MainWindow


def route_desk(home: HomePage, window: MainWindow) -> None:
    home.new_check.connect(lambda: new_check(window))
    home.open_checks.connect(lambda: open_checks(window))
    home.new_incident.connect(lambda: new_incident(window))
    home.open_incidents.connect(lambda: window.show_page("kejadian"))
    home.open_record.connect(lambda record_id: open_record(window, record_id))
    home.print_leaflets.connect(lambda: print_leaflets(window))
    home.send_to_office.connect(lambda: window.show_page("kirim"))
    home.open_backups.connect(lambda: open_backups(window))


def _checklist(window: MainWindow) -> Any:
    window.show_page("cek_tawaran")
    return window.page("cek_tawaran")


def _check_in_progress(page: Any) -> bool:
    """A check is being made: its stage, details or questions are on screen, or its result
    before it was saved."""
    view = page.current_view()
    if view is page.history:
        return False
    return view is not page.result or page.assessment is None or page.assessment.id is None


def new_check(window: MainWindow) -> None:
    page = _checklist(window)
    if not _check_in_progress(page):
        page.start_new()


def open_checks(window: MainWindow) -> None:
    page = _checklist(window)
    if not _check_in_progress(page):
        page.show_history()


def new_incident(window: MainWindow) -> None:
    window.show_page("kejadian")
    window.page("kejadian").new_record()


def open_record(window: MainWindow, record_id: str) -> None:
    window.show_page("kejadian")
    window.page("kejadian").open_record(record_id)


def print_leaflets(window: MainWindow) -> None:
    """The print dialog over Beranda: the village head comes back to the desk afterwards."""
    window.page("materi").open_print_dialog()


def open_backups(window: MainWindow) -> None:
    window.show_page("pengaturan")
    settings = window.page("pengaturan")
    settings.tabs.setCurrentWidget(settings.backup_tab)
