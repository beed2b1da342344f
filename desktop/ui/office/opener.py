"""Opening the view of one item (a record, a check, a pattern) from any list of the office: one
view per item, opened again it comes to the front; closed, it is deleted safely."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.lifetime import retire


class ViewOpener(QObject):
    opened = Signal(object)  # a view just made, for the caller to connect

    def __init__(
        self,
        parent: QWidget,
        make: Callable[[Any], QDialog],
        key: Callable[[Any], Hashable] = lambda item: item,
    ) -> None:
        super().__init__(parent)
        self._make = make
        self._key = key
        self.open_views: dict[Hashable, QDialog] = {}

    @Slot(object)
    def open(self, item: Any) -> QDialog:
        """The view of ``item`` (a record id, a check's record id, a pattern)."""
        key = self._key(item)
        view = self.open_views.get(key)
        if view is None:
            view = self._make(item)
            view.finished.connect(lambda _result, k=key: self._closed(k))
            self.open_views[key] = view
            self.opened.emit(view)
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _closed(self, key: Hashable) -> None:
        view = self.open_views.pop(key, None)
        if view is not None:
            retire(view)
