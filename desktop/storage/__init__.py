"""Persistence. The only package that uses peewee (and SQLite directly)."""
