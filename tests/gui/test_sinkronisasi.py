"""The Sinkronisasi page: figures per office, export to a folder, import with a clear result."""

import pytest

from desktop.core import db
from desktop.core.sync import identity, receive
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from tests.conftest import TODAY
from tests.core.syncworld import ARRIVAL, DISTRICT, World

K1 = "17.04.01"


@pytest.fixture
def offices(tmp_path):
    w = World(tmp_path, kecamatan=(K1,))
    w.enroll_all()
    kpjs = w.register_people(4)
    w.send_cards(kpjs, ARRIVAL)
    fingerprint = w.fingerprint(w.district)
    w.close()
    return tmp_path / f"{DISTRICT}.db", tmp_path / f"{K1}.db", fingerprint


def open_page(qtbot, path):
    ctx = AppContext(db.connect(path), path, today=TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window.show_page("sinkronisasi")


def test_district_sends_and_the_kecamatan_receives(qtbot, offices, tmp_path):
    district_db, kecamatan_db, fingerprint = offices
    district = open_page(qtbot, district_db)
    assert fingerprint in district.identity_label.text()
    assert district.offices.rowCount() == 1 and district.offices.item(0, 0).text() == "Kecamatan Kinal (17.04.01)"
    assert district.offices.item(0, 4).text() == str(1 + 2 * 4)  # waiting: programme + 4 × (person with card, sent)
    assert not district.conflicts.isVisible() and district.no_conflicts.isVisible()

    stick = tmp_path / "flashdisk"
    stick.mkdir()
    district.export_to(stick, district.selected_offices())
    qtbot.waitUntil(lambda: district.last_result is not None)
    (written,) = district.last_result
    assert written.events == 9 and "Berkas nomor 1" in district.result.text()
    assert district.offices.item(0, 2).text().startswith("no. 1")

    kecamatan = open_page(qtbot, kecamatan_db)
    assert not kecamatan.export_button.isEnabled()  # the district is not known yet
    assert receive.first_contact(kecamatan.ctx.conn, written.path).fingerprint == fingerprint
    kecamatan.import_from(written.path, fingerprint)
    qtbot.waitUntil(lambda: kecamatan.last_result is not None)
    assert kecamatan.last_result.added == 9
    assert "9 peristiwa baru" in kecamatan.result.text()
    assert kecamatan.offices.rowCount() == 1 and kecamatan.offices.item(0, 1).text() == fingerprint
    assert kecamatan.export_button.isEnabled()


def test_a_refused_file_says_why_and_changes_nothing(qtbot, offices, tmp_path):
    _, kecamatan_db, _ = offices
    page = open_page(qtbot, kecamatan_db)
    junk = tmp_path / "bukan.age"
    junk.write_bytes(b"hello")
    before = page.ctx.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    page.import_from(junk)
    qtbot.waitUntil(lambda: page.result.isVisible())
    assert "bukan berkas sinkronisasi" in page.result.text()
    assert page.ctx.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_identity_file_can_be_saved_for_enrolment(qtbot, offices, tmp_path):
    _, kecamatan_db, _ = offices
    page = open_page(qtbot, kecamatan_db)
    target = tmp_path / "identitas.json"
    page.save_identity(target)
    assert identity.read_identity_file(target).kode == K1
    assert "Sidik jari" in page.result.text()


def test_pengaturan_shows_the_fingerprint_and_prints_it(qtbot, offices, tmp_path):
    district_db, _, fingerprint = offices
    page = open_page(qtbot, district_db)
    window = page.window()
    settings_page = window.show_page("pengaturan")
    section = settings_page.sections["IdentitySection"]
    settings_page.tabs.setCurrentWidget(section)
    assert section.fingerprint.text() == fingerprint
    assert section.key_file.text().endswith("17.04-kunci-kantor.txt")
    sheet = tmp_path / "sidik-jari.pdf"
    section.save_sheet(sheet)
    assert sheet.read_bytes().startswith(b"%PDF") and "disimpan" in section.feedback.text()
