"""Opening the view of one item (a record, a check) from any list of the office: one view per
item, opened again it comes to the front; closed, it is deleted safely."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.lifetime import retire


class ViewOpener(QObject):
    opened = Signal(object)  # a view just made, for the caller to connect

    def __init__(self, parent: QWidget, make: Callable[[str], QDialog]) -> None:
        super().__init__(parent)
        self._make = make
        self.open_views: dict[str, QDialog] = {}

    @Slot(str)
    def open(self, key: str) -> QDialog:
        view = self.open_views.get(key)
        if view is None:
            view = self._make(key)
            view.finished.connect(lambda _result, k=key: self._closed(k))
            self.open_views[key] = view
            self.opened.emit(view)
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _closed(self, key: str) -> None:
        view = self.open_views.pop(key, None)
        if view is not None:
            retire(view)
