"""Fixtures shared by the GUI tests (the session's QApplication and the demo database: tests/conftest.py)."""

import pytest

from desktop.core import db
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def demo_window(qtbot, demo_path):
    """The main window on the demo register at 1366×768, shown."""
    window = MainWindow(AppContext(db.connect(demo_path), demo_path, today=TODAY, demo=True))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window
