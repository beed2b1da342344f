"""The window of a village or kelurahan: its pages and its settings.

Composed like the office's (``ui/shell/office.py``) from the composition root's
``WindowContext``. A page is one line in ``build_village_window``; every page but Beranda is
built when first shown, and its modules imported then, to keep start-up quick.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.profile import VillageProfile
from desktop.storage import profile_store
from desktop.ui.desk_routes import route_desk
from desktop.ui.home_page import HomePage
from desktop.ui.shell.window import MainWindow, WindowContext

if TYPE_CHECKING:
    from desktop.domain.materials import Materials
    from desktop.exchange.active_content import ActiveContent
    from desktop.ui.exchange.scheduler import SyncScheduler

# Beranda's items about the office come this long after the window: their modules (the outbox,
# the packs) are not needed to show it.
OFFICE_ITEMS_MS = 500


def build_village_window(
    context: WindowContext,
    profile: VillageProfile,
    outbox: Path,
    make_sender: Callable[[QWidget], SyncScheduler | None],
) -> MainWindow:
    """The village's window. ``make_sender(window)`` gives the outbox sender the window owns
    (None when nothing is sent, as in training)."""
    window = MainWindow(profile, context.ui_settings, training=context.training)
    if context.training:
        from desktop.ui.training import TrainingMarks

        # Every window and dialog says MODE LATIHAN while this window is there; the marker
        # belongs to the window, so it goes with it.
        QApplication.instance().installEventFilter(TrainingMarks(window))
    sender = make_sender(window)
    home = HomePage(context.installation)
    home.show_profile(profile)

    def current_profile() -> VillageProfile:
        return profile_store.load_profile() or profile

    # The content in force is read once for this window, when a page first needs it (a pack
    # installed or undone builds the window again).
    @cache
    def content() -> ActiveContent:
        from desktop.exchange.active_content import current_content

        return current_content()

    @cache
    def materials() -> Materials:
        return content().materials(context.language.value, current_profile().village_code)

    def build_settings() -> QWidget:
        settings = _settings_page(context, current_profile(), sender)

        def profile_saved(saved: VillageProfile) -> None:
            window.set_profile(saved)
            home.show_profile(saved)

        settings.profile_saved.connect(profile_saved)
        return settings

    def edit_profile() -> None:
        window.show_page("pengaturan")
        window.page("pengaturan").show_profile_tab()

    home.edit_profile.connect(edit_profile)
    route_desk(home, window)
    if sender is not None:
        QTimer.singleShot(OFFICE_ITEMS_MS, home, lambda: _office_items(home, sender))
    window.add_page("beranda", home)
    window.add_lazy_page(
        "materi",
        QCoreApplication.translate("MateriPage", "Material"),
        lambda: _materi_page(materials(), current_profile),
    )
    window.add_lazy_page(
        "cek_tawaran",
        QCoreApplication.translate("ChecklistPage", "Check a job offer"),
        lambda: _checklist_page(context, content(), current_profile, window),
    )
    window.add_lazy_page(
        "kejadian", QCoreApplication.translate("IncidentsPage", "Incident log"), _incidents_page
    )
    window.add_lazy_page(
        "sosialisasi",
        QCoreApplication.translate("SocialisationPage", "Socialisation"),
        lambda: _socialisation_page(context, current_profile),
    )
    window.add_lazy_page(
        "kirim",
        QCoreApplication.translate("SendPage", "Send and export"),
        lambda: _send_page(context, outbox, sender),
    )
    window.add_lazy_page(
        "pengaturan", QCoreApplication.translate("SettingsPage", "Settings"), build_settings
    )
    return window


def _office_items(home: HomePage, sender: SyncScheduler) -> None:
    """Beranda's items on what reaches the office, read again when a round of sending ends."""
    from desktop.ui.desk_sending import add_office_items

    add_office_items(home)

    def again() -> None:
        if home.isVisible():
            home.refresh()

    for signal in (sender.finished, sender.failed, sender.log_changed):
        signal.connect(again)


def _settings_page(
    context: WindowContext, profile: VillageProfile, sender: SyncScheduler | None
) -> QWidget:
    """Pengaturan: the profile, the shared sections, Catatan Kejadian and Pengiriman."""
    from desktop.ui.incidents.settings_tab import IncidentSettingsTab
    from desktop.ui.settings_page import SettingsPage

    settings = SettingsPage(context, profile)
    settings.restored.connect(context.rebuild)
    settings.add_section(
        IncidentSettingsTab(), QCoreApplication.translate("IncidentsPage", "Incident log")
    )
    if sender is not None:
        from desktop.ui.exchange.send_settings import SendSettingsTab

        sending = SendSettingsTab()
        sending.saved.connect(sender.export_and_send)
        settings.add_section(sending, QCoreApplication.translate("SendSettingsTab", "Sending"))
    context.extend_settings(settings)
    return settings


def _materi_page(materials: Materials, profile: Callable[[], VillageProfile]) -> QWidget:
    """Materi, with the content in the app's language (the office's content pack where it has
    one) and the profile as it is now."""
    from desktop.ui.materi import MateriPage

    return MateriPage(materials, profile)


def _checklist_page(
    context: WindowContext,
    content: ActiveContent,
    profile: Callable[[], VillageProfile],
    window: MainWindow,
) -> QWidget:
    """Cek Tawaran Kerja, with the questions in the app's language; a check can become a
    record in Catatan Kejadian."""
    from desktop.ui.checklist.page import ChecklistPage

    language = context.language.value

    def record_incident(assessment, checklist, parent: QWidget) -> str | None:
        from desktop.ui.checklist.incident_link import record_from_check

        return record_from_check(
            assessment,
            checklist,
            parent,
            language=language,
            incidents_page=lambda: window.page("kejadian"),
        )

    return ChecklistPage(
        content.checklists(),
        language,
        profile,
        content.hotlines,
        record_incident=record_incident,
    )


def _incidents_page() -> QWidget:
    """Catatan Kejadian, the village's incident log."""
    from desktop.ui.incidents.page import IncidentsPage

    return IncidentsPage(profile_store.load_profile)


def _socialisation_page(context: WindowContext, profile: Callable[[], VillageProfile]) -> QWidget:
    """Kegiatan sosialisasi: the village's own events."""
    from desktop.ui.socialisation.page import SocialisationPage
    from desktop.ui.socialisation.reach import materials_in_force, village_reach

    materials = materials_in_force(context.language.value)
    return SocialisationPage(village_reach(profile), materials, office=False)


def _send_page(context: WindowContext, outbox: Path, sender: SyncScheduler | None) -> QWidget:
    """Kirim & Ekspor: export to a flash drive, and the outbox."""
    from PySide6.QtCore import Qt

    from desktop.ui.exchange.send_page import SendPage

    page = SendPage(outbox, profile_store.load_profile, sender)
    # Content from the office installed or undone: every page is built again with it.
    page.packs.content_changed.connect(context.rebuild, Qt.ConnectionType.QueuedConnection)
    return page
