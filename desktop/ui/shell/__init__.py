"""The two main windows, composed the same way: the window frame and what it is built from
(``window.py``), the village's (``village.py``) and the office's (``office.py``) pages, and
the settings page both share (``settings.py``)."""
