"""The UI language: Indonesian (the source language and the default) or English, chosen in Pengaturan.

Indonesian needs no translation of our own strings; it loads `qt_id.qm` (our Indonesian for the
buttons and menus Qt draws itself, which Qt does not ship). English loads `serahkartu_en.qm`. The
choice is read once at start: a change applies after a restart, which the settings page says.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.core.paths import resources_dir
from desktop.gui import prefs

DEFAULT = "id"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
_LOCALES = {"id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_FILES = {"id": ["qt_id.qm"], "en": ["serahkartu_en.qm"]}

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_current = DEFAULT


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen() -> str:
    value = str(prefs.store().value(prefs.LANGUAGE, DEFAULT))
    return value if value in LANGUAGES else DEFAULT


def choose(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    prefs.store().setValue(prefs.LANGUAGE, language)


def current() -> str:
    """The language the running app shows (a choice saved since start applies after a restart)."""
    return _current


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for `language` (default: the saved choice); returns the language used."""
    global _current
    language = language or chosen()
    _current = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_LOCALES[language])
    for name in _FILES[language]:
        translator = QTranslator(app)
        if translator.load(str(translations_dir() / name)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def uninstall(app: QCoreApplication) -> None:
    """Back to the source language (Indonesian) without Qt's Indonesian: for tests."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = DEFAULT
