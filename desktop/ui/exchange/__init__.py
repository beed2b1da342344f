"""Kirim & Ekspor in the window: the village page, the office window, settings and wizard."""
