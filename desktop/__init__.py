"""Siaga TPPO: a desktop app that helps village heads prevent trafficking in persons."""

__version__ = "0.1.0"
APP_NAME = "Siaga TPPO"
