"""The first run as a new district clerk goes through it: office, letterhead and signatories, the admin
user, the first list imported with the wizard inside the first run, then the app with the imported people."""

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.core import db, firstrun, users
from desktop.core.documents import config
from desktop.gui import signin
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.impor import DONE, MAPPING, SHEET
from desktop.gui.setup.admin_step import AdminStep
from desktop.gui.setup.import_step import ImportStep
from desktop.gui.setup.letterhead_step import LetterheadStep
from tests.conftest import TODAY
from tests.core.test_import_files import FIXTURES


@pytest.fixture
def new_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    path = tmp_path / "baru.db"
    window = MainWindow(AppContext(db.connect(path), path, today=TODAY))
    qtbot.addWidget(window)
    window.show()
    return window


def set_up(window, kind: str, name: str):
    first_run = window.centralWidget()
    office_step = first_run.office_step
    (office_step.kecamatan_radio if kind == "kecamatan" else office_step.kabupaten_radio).setChecked(True)
    office_step.search.setText(name)
    office_step.setup_button.click()
    return first_run


def import_the_fixture(wizard, qtbot) -> None:
    """The import wizard through its steps on the committed fixture (7 people, 5 to check)."""
    wizard.file_step.program.setEditText("BPU Kaur 2026")
    wizard.file_step.set_path(str(FIXTURES / "daftar_judul.xlsx"))
    wizard.go_next()
    assert wizard.stack.currentIndex() == SHEET
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == MAPPING, timeout=10_000)
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.next.isEnabled() and wizard.stack.currentIndex() > MAPPING, timeout=10_000)
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == DONE, timeout=20_000)


def test_a_district_goes_from_office_to_letterhead_to_its_first_import(new_window, qtbot):
    new_window.idle_lock = signin.IdleLock(new_window, new_window.ctx)  # as the app attaches it
    assert not new_window.idle_lock.armed  # no office, no user yet
    first_run = set_up(new_window, "kabupaten", "Kaur")
    assert [type(s).__name__ for s in first_run.steps] == ["OfficeStep", "LetterheadStep", "AdminStep", "ImportStep",
                                                           "ReadyStep"]
    letterhead = first_run.current
    assert isinstance(letterhead, LetterheadStep) and not letterhead.section.save_button.isVisible()
    letterhead.section.kop[0].setText("PEMERINTAH KABUPATEN KAUR")
    letterhead.section.people["kepala"][0].setText("Drs. Hendri Saputra")
    first_run.next_button.click()
    assert config.load(new_window.ctx.conn).kop[0] == "PEMERINTAH KABUPATEN KAUR"
    admin = first_run.current
    assert isinstance(admin, AdminStep)
    admin.username.setText("admin.kaur")
    admin.nama.setText("Rina Marlina")
    admin.password.setText("kartu-kaur-2026")
    admin.again.setText("kartu-kaur-2025")
    first_run.next_button.click()
    assert first_run.current is admin and not users.has_users(new_window.ctx.conn)  # the two did not match
    admin.again.setText("kartu-kaur-2026")
    first_run.next_button.click()
    assert users.verify(new_window.ctx.conn, "admin.kaur", "kartu-kaur-2026").role == users.ADMIN
    assert new_window.ctx.user == "admin.kaur"  # signed in as the admin who set the office up
    step = first_run.current
    assert isinstance(step, ImportStep)
    assert first_run.next_button.isHidden() and first_run.skip_button.isVisible()  # one "next": the wizard's
    assert_one_row_of_buttons_and_one_file_hint(first_run, step)
    import_the_fixture(step.wizard, qtbot)
    assert first_run.next_button.isVisible() and first_run.skip_button.isHidden()  # imported: nothing to skip
    first_run.next_button.click()
    first_run.steps[-1].open_button.click()
    assert not firstrun.under_way(new_window.ctx.conn)
    assert new_window.idle_lock.armed  # the admin made in the first run is asked again after idleness
    assert new_window.ctx.conn.execute("SELECT count(*) FROM peserta").fetchone()[0] == 7
    new_window.show_page("kartu")
    qtbot.waitUntil(lambda: new_window.pages["kartu"].model.rowCount() == 7)


def assert_one_row_of_buttons_and_one_file_hint(first_run, step) -> None:
    """The wizard's Kembali/Lanjut sit in the first run's row beside Lewati, and the file types are named once."""
    wizard_next, skip = step.wizard.next, first_run.skip_button
    assert wizard_next.isVisible() and not step.wizard.back.isVisible()  # nothing to go back to on the first page
    def centre(button):
        return button.mapTo(first_run, button.rect().center())

    assert centre(wizard_next).y() == centre(skip).y() and centre(skip).x() < centre(wizard_next).x()
    hints = [label.text() for label in first_run.findChildren(QLabel) if label.isVisible() and ".xls" in label.text()]
    assert len(hints) == 1, hints


def test_a_kecamatan_has_no_import_step_and_a_refused_letterhead_stays(new_window, qtbot):
    first_run = set_up(new_window, "kecamatan", "Kinal")
    assert [type(s).__name__ for s in first_run.steps] == ["OfficeStep", "LetterheadStep", "AdminStep", "ReadyStep"]
    letterhead = first_run.current
    letterhead.section.people["kepala"][1].setText("12345")  # a NIP must have 18 digits
    first_run.next_button.click()
    assert first_run.current is letterhead and letterhead.section.feedback.property("kind") == "error"
    first_run.skip_button.click()
    first_run.skip_button.click()  # no admin yet: the app asks for one at its next start
    assert "Sinkronisasi" in first_run.current.summary.text()


def test_the_people_to_check_after_the_first_import_open_in_the_app(new_window, qtbot):
    """The import's "Lihat peserta yang perlu dicek" inside the first run finishes it and shows those people."""
    first_run = set_up(new_window, "kabupaten", "Kaur")
    first_run.skip_button.click()  # letterhead later
    first_run.skip_button.click()  # admin later
    step = first_run.current
    assert isinstance(step, ImportStep)
    import_the_fixture(step.wizard, qtbot)
    step.wizard.done_step.check_button.click()
    assert not firstrun.under_way(new_window.ctx.conn)
    kartu = new_window.pages["kartu"]
    assert new_window.current_page() is kartu and kartu.perlu_dicek.isChecked()
    qtbot.waitUntil(lambda: kartu.model.rowCount() == 5)
