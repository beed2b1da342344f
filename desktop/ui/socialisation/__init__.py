"""Kegiatan sosialisasi: the page listing the events and the form that records one."""
