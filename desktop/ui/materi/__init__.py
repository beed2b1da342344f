"""Materi: the awareness material reader, presentation mode, important contacts and printing."""

from desktop.ui.materi.page import Materials, MateriPage

__all__ = ["MateriPage", "Materials"]
