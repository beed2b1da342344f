"""Persistence. The only package that uses peewee (and SQLite directly). Each table has one
owner module, named in that module's docstring: only it reads and writes the table, and other
modules ask it (``tests/storage/test_table_owners.py``)."""
