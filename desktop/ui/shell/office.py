"""The window of an immigration office (Kantor Imigrasi): its pages and its settings.

Composed like the village's (``ui/shell/village.py``) from the composition root's
``WindowContext``. A page is one line in ``build_office_window``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import APP_NAME
from desktop.domain.area import Area
from desktop.domain.exchange import OfficeProfile
from desktop.exchange.upload_tokens import default_tokens_file
from desktop.storage import exchange_settings
from desktop.ui.exchange.import_page import ImportPage
from desktop.ui.exchange.office import OfficeTab
from desktop.ui.exchange.receiver_settings import ReceiverSettingsTab
from desktop.ui.exchange.register import RegisterPage
from desktop.ui.exchange.status_board import BoardSources, StatusBoardPage
from desktop.ui.exchange.tokens_tab import TokensTab
from desktop.ui.exchange.villages import VillagesPage
from desktop.ui.office.pages import OfficeViews, add_office_pages
from desktop.ui.shell.settings import SettingsPageBase
from desktop.ui.shell.window import MainWindow, WindowContext


class OfficeSettingsPage(SettingsPageBase):
    """Pengaturan of an office: the office's name and area first, then the shared sections
    and Penerima (the receiver of uploads)."""

    def __init__(
        self, context: WindowContext, office: OfficeProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.office_tab = OfficeTab(context.area_index(), office)
        self.put_first(self.office_tab, self.tr("Office"))
        self.receiver_tab = ReceiverSettingsTab()
        self.add_section(self.receiver_tab, self.tr("Receiver"))
        tokens_file = default_tokens_file(context.installation.paths)
        self.tokens_tab = TokensTab(tokens_file, context.area_index(), office.name)
        self.add_section(self.tokens_tab, self.tr("Village tokens"))
        self.about_tab.add_note(
            self.tr(
                "To receive uploads from villages, run (on this computer or a server): "
                "siaga-tppo receive --store RECEIVER_FOLDER --tokens {tokens} --office-token "
                "OFFICE_TOKEN_FILE. The receiver keeps uploads locked and never holds this "
                "office's key. Enter its address and the office token in the Receiver tab."
            ).format(tokens=tokens_file)
        )


class OfficeWindow(MainWindow):
    """The main window of an office."""

    views: OfficeViews | None = None  # opens a record's or a check's view from any page

    def set_profile(self, office: OfficeProfile) -> None:  # type: ignore[override]
        self.setWindowTitle(f"{APP_NAME} — {office.name}")


def _show_village(window: OfficeWindow, register: RegisterPage, code: str) -> None:
    window.show_page("daftar")
    register.show_village(code)


def _confirm_key(window: OfficeWindow, villages: VillagesPage, code: str) -> None:
    window.show_page("desa")
    villages.refresh()
    if code:
        villages.tick(code)


def build_office_window(context: WindowContext, office: OfficeProfile) -> OfficeWindow:
    """The office's window: the register of all villages, the villages' status, the checks
    from the villages, the recap, the patterns across villages, the import, the villages
    waiting for their key to be confirmed, the content for its villages, the settings."""
    window = OfficeWindow(office, context.ui_settings)  # type: ignore[arg-type]

    def areas(code: str) -> list[Area]:
        return context.area_index().chain(code)

    imports = ImportPage(areas)
    imports.imported.connect(window.data_changed)
    villages = VillagesPage(areas)
    villages.imported.connect(window.data_changed)
    villages.imported.connect(imports.refresh_history)
    register = RegisterPage()
    window.add_page("daftar", register)

    def build_board() -> QWidget:
        board = StatusBoardPage(BoardSources(exchange_settings.load_office, context.area_index))
        board.show_records.connect(lambda code: _show_village(window, register, code))
        board.confirm_key.connect(lambda code: _confirm_key(window, villages, code))
        return board

    window.add_lazy_page(
        "status", QCoreApplication.translate("StatusBoardPage", "Village status"), build_board
    )
    window.views = add_office_pages(window, register, context.language.value, context.area_index)
    window.add_lazy_page(
        "sosialisasi",
        QCoreApplication.translate("SocialisationPage", "Socialisation"),
        lambda: _socialisation_page(context),
    )
    window.add_page("impor", imports)
    window.add_page("desa", villages)
    window.add_lazy_page(
        "isi_desa",
        QCoreApplication.translate("OfficePackPage", "For the villages"),
        lambda: _content_page(context),
    )

    def build_settings() -> QWidget:
        page = OfficeSettingsPage(context, exchange_settings.load_office() or office)
        page.office_tab.saved.connect(window.set_profile)
        page.receiver_tab.saved.connect(imports.receiver_changed)
        page.restored.connect(context.rebuild)
        context.extend_settings(page)
        return page

    window.add_lazy_page(
        "pengaturan", QCoreApplication.translate("OfficeSettingsPage", "Settings"), build_settings
    )
    return window


def _socialisation_page(context: WindowContext) -> QWidget:
    """Kegiatan sosialisasi: the office's events in the regencies it covers, and those its
    villages sent."""
    from desktop.ui.socialisation.page import SocialisationPage
    from desktop.ui.socialisation.reach import materials_in_force, office_reach

    reach = office_reach(exchange_settings.load_office, context.area_index)
    return SocialisationPage(reach, materials_in_force(context.language.value), office=True)


def _content_page(context: WindowContext) -> QWidget:
    """Isi untuk desa: the office's contacts and warnings, built into a signed content pack."""
    from desktop.ui.packs.office_page import OfficePackPage

    return OfficePackPage(context.area_index)
