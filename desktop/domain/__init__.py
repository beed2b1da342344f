"""Plain-Python rules and entities. Imports nothing else from the project."""
