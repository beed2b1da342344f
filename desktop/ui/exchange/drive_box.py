"""The list of places to save to (flash drives, disks, a folder chosen), shared by every page
that writes a file for another computer: the village's export, the office's content pack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.ui.exchange.drives import Drive, offered
from desktop.ui.formatting import format_size


def new_drive_box(placeholder: str) -> QComboBox:
    """An empty box, wide enough for a drive's name, kind and free space; ``placeholder``
    (the page's own words) shows until a place is chosen."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(20)
    box.setPlaceholderText(placeholder)
    return box


def chosen_place(box: QComboBox) -> Path | None:
    """The folder chosen in ``box`` (None: none)."""
    data = box.currentData()
    return Path(data) if data else None


def fill_drive_box(box: QComboBox, listed: list[Drive], other_folder: Path | None) -> Drive | None:
    """Put ``listed`` and ``other_folder`` in ``box``. What the user chose stays chosen;
    otherwise a writable flash drive, never a disk (it would be the system disk, and the file
    would not reach the other computer). Returns the flash drive offered (None: none)."""
    chosen = box.currentData()
    box.clear()
    for drive in listed:
        kind = (
            QCoreApplication.translate("SendPage", "flash drive")
            if drive.removable
            else QCoreApplication.translate("SendPage", "disk")
        )
        text = QCoreApplication.translate(
            "SendPage", "{name} ({kind}, {root}) — {free} free"
        ).format(name=drive.name, kind=kind, root=drive.root, free=format_size(drive.free))
        if drive.read_only:
            text += " — " + QCoreApplication.translate("SendPage", "read only")
        box.addItem(text, str(drive.root))
    if other_folder is not None:
        box.addItem(
            QCoreApplication.translate("SendPage", "Folder: {path}").format(path=other_folder),
            str(other_folder),
        )
    index = box.findData(chosen) if chosen else -1
    flash_drive = offered(listed)
    if index < 0 and flash_drive is not None:
        index = box.findData(str(flash_drive.root))
    box.setCurrentIndex(index)
    return flash_drive
