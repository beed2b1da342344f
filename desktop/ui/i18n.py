"""Qt Linguist translations. Source strings are English; Indonesian is the default language."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resource_path


class Language(Enum):
    INDONESIAN = "id"
    ENGLISH = "en"

    @property
    def native_name(self) -> str:
        return {Language.INDONESIAN: "Bahasa Indonesia", Language.ENGLISH: "English"}[self]

    @classmethod
    def from_setting(cls, value: object) -> Language:
        try:
            return cls(value)
        except ValueError:
            return cls.INDONESIAN


class Translations:
    """Keeps the installed translators so that the language can be switched at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def install(self, language: Language) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(language.value))
        if language is Language.ENGLISH:
            return
        qt_base = QTranslator(self._app)
        if qt_base.load(
            f"qtbase_{language.value}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        ):
            self._app.installTranslator(qt_base)
            self._installed.append(qt_base)
        own = load_app_translator(language, self._app)
        if own is not None:
            self._app.installTranslator(own)
            self._installed.append(own)


def app_translation_file(language: Language) -> str:
    return str(resource_path("i18n", f"siaga_{language.value}.qm"))


def load_app_translator(language: Language, parent=None) -> QTranslator | None:
    translator = QTranslator(parent)
    return translator if translator.load(app_translation_file(language)) else None
