"""Kirim & Ekspor in the window: the village page, the office's pages, settings and wizard."""
