"""Kirim & Ekspor's drive list with Windows' own GetDriveTypeW and Qt's volumes (under Wine).

build-under-wine.sh maps a folder as drive A: of type floppy, which Wine reports as
DRIVE_REMOVABLE as Windows does a flash drive (Wine gives that type to A: and B: only). The
check: A: is listed as a flash drive and offered for saving; C: is listed as a disk and never
offered. Usage, with the Windows Python that has PySide6: check_drives.py CHECKOUT
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])

from PySide6.QtCore import QCoreApplication

from desktop.ui.exchange.drives import list_drives, offered

app = QCoreApplication([])
drives = list_drives()
for drive in drives:
    kind = "flash drive" if drive.removable else "disk"
    print(f"{drive.label}: {kind}{', read only' if drive.read_only else ''}")
by_root = {drive.root: drive for drive in drives}
problems = []
if not by_root.get(Path("A:/")) or not by_root[Path("A:/")].removable:
    problems.append("A: is not listed as a flash drive")
if not by_root.get(Path("C:/")) or by_root[Path("C:/")].removable:
    problems.append("C: is not listed as a disk")
chosen = offered(drives)
print(f"offered: {chosen.label if chosen else 'nothing'}")
if chosen is None or chosen.root != Path("A:/"):
    problems.append("A: is not the drive offered")
for problem in problems:
    print(f"FAIL: {problem}")
sys.exit(1 if problems else 0)
