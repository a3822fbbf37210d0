"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call (QLabel.setText, …): the
app then dies with "none_dealloc" after a few hundred cards at the desk. pyproject pins PySide6 below
6.12; this test keeps a broken release out."""

import sys

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_nones_reference_count(qtbot):
    label, field = QLabel(), QLineEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(field)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        field.clear()
    assert abs(sys.getrefcount(None) - before) < 50
