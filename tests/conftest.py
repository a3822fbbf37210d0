"""Shared fixtures. Qt runs on the offscreen platform; core tests never import it."""

import os
import shutil
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core import db, demo, office  # noqa: E402

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Logs, settings and default databases go to a temporary folder, never the developer's own."""
    monkeypatch.setenv("SERAHKARTU_HOME", str(tmp_path / "home"))


@pytest.fixture
def conn(tmp_path):
    """A fresh district office database for Kabupaten Kaur."""
    connection = db.connect(tmp_path / "kab.db")
    office.init_office(connection, "kabupaten", "17.04")
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    connection = db.connect(path)
    demo.build(connection, seed=1, today=TODAY)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path):
    """A private copy of the demo district (7,130 workers), built once per test session."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_conn(demo_path):
    connection = db.connect(demo_path)
    yield connection
    connection.close()
