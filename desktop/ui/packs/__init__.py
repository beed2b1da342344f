"""Content packs from the office: composing and making them at the office, seeing what one
changes, installing and undoing it at a village."""
