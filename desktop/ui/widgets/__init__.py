"""Widgets and item models the pages share: the paged table model of every long list, the
field with its error line of every form, the day box of a date filter, the error line and
buttons that end a form dialog."""
