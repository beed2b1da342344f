"""Catatan Kejadian: the incident log pages, form and dialogs."""
