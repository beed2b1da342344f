"""Qt runs offscreen on a screen whose free area is a village PC's: 1366 × 768 less a
40-pixel Windows taskbar (tests/ui/test_fits_screen.py measures every window against it).

Imported by tests/conftest.py before anything imports Qt.
"""

import os
from pathlib import Path

CONFIG = Path(__file__).with_name("screen-1366x728.json")

if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={CONFIG}"
