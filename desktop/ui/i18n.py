"""Qt Linguist translations. Source strings are English; Indonesian is the default language."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.resources import resource_path

LANGUAGE = "language"  # its key in the window settings file (the database: settings.LANGUAGE)


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


# Marks the translators Translations installed, whichever Translations object installed them.
_INSTALLED = "siaga-installed-translator"


class Translations:
    """Installs the translators of one language, removing those of the language before.

    The translators to remove are found on the application, not kept on this object: start-up
    installs Indonesian through another Translations before the chosen language is known, and
    that one must go too when the user has chosen English.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app

    def install(self, language: Language) -> None:
        for translator in self._app.findChildren(QTranslator, _INSTALLED):
            self._app.removeTranslator(translator)
            translator.setObjectName("")
            translator.deleteLater()
        QLocale.setDefault(QLocale(language.value))
        if language is Language.ENGLISH:
            return
        # Qt's own words first (Qt ships no Indonesian: the app brings its own), then the
        # app's. Qt looks in the translator installed last first, so the app's words win.
        for translator in (
            load_qt_translator(language, self._app),
            load_app_translator(language, self._app),
        ):
            if translator is not None:
                translator.setObjectName(_INSTALLED)
                self._app.installTranslator(translator)


def app_translation_file(language: Language) -> str:
    return str(resource_path("i18n", f"siaga_{language.value}.qm"))


def load_app_translator(language: Language, parent=None) -> QTranslator | None:
    translator = QTranslator(parent)
    return translator if translator.load(app_translation_file(language)) else None


def load_qt_translator(language: Language, parent=None) -> QTranslator | None:
    """Qt's own words (context menus, standard and wizard buttons, the file dialog)."""
    translator = QTranslator(parent)
    path = resource_path("i18n", f"qtbase_{language.value}.qm")
    return translator if translator.load(str(path)) else None


def install_without_window(language: Language) -> None:
    """The app's words for a command that opens no window but prints them (the recap on the
    command line): an application object without widgets is made if there is none."""
    app = QCoreApplication.instance() or QCoreApplication([])
    Translations(app).install(language)
