"""At the largest text size every page still fits the common 1366 x 768 laptop screen."""

from PySide6.QtWidgets import QTabWidget

from desktop.storage import profile_store
from desktop.ui.style import TextSize
from tests.ui.helpers import KUNGKAI

SCREEN = (1366, 768 - 40)  # minus a Windows taskbar


def test_every_page_fits_a_1366_by_768_screen_at_the_largest_text(make_shell, qapp):
    profile_store.save_profile(KUNGKAI)
    shell = make_shell()
    shell.set_text_size(TextSize.EXTRA_LARGE)
    window = shell.window
    too_big = []
    for key in window.page_keys():
        window.show_page(key)
        page = window.page(key)
        tabs = page.findChildren(QTabWidget)
        for tab_widget in tabs or [None]:
            for index in range(tab_widget.count() if tab_widget else 1):
                if tab_widget:
                    tab_widget.setCurrentIndex(index)
                qapp.processEvents()
                hint = window.minimumSizeHint()
                if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
                    where = f"{key}/{tab_widget.tabText(index)}" if tab_widget else key
                    too_big.append(f"{where}: {hint.width()}x{hint.height()}")
    assert not too_big, too_big
