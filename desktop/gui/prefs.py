"""Preferences of this PC's user (window geometry, language): an INI file in the user's data folder.

Kept beside the database rather than in the registry, so a test's SERAHKARTU_HOME isolates it and a
clerk's settings travel with the data folder when the PC is replaced.
"""

from PySide6.QtCore import QSettings

from desktop.core.paths import data_dir

LANGUAGE = "ui/language"
GEOMETRY = "main_window/geometry"


def store() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
