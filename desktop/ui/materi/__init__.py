"""Materi: the awareness material reader, presentation mode, important contacts and printing."""

from desktop.ui.materi.page import MateriPage

__all__ = ["MateriPage"]
