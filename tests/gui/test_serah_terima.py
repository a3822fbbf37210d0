"""The Serah Terima page on the demo: desk mode driven like a barcode scanner, and each hop's flow."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core import db, deliveries
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def window(qtbot, demo_path):
    ctx = AppContext(db.connect(demo_path), demo_path, today=TODAY, demo=True)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


@pytest.fixture
def desk(window):
    page = window.show_page("serah_terima")
    page.show_tab(page.desk)
    return page.desk


def _kpjs(conn, state, n=1):
    return [r[0] for r in conn.execute("SELECT kpj FROM cards WHERE state = ? ORDER BY kpj LIMIT ?", (state, n))]


def _events(conn, kpj):
    return [(r["type"], json.loads(r["payload"])) for r in
            conn.execute("SELECT type, payload FROM events WHERE kpj = ? ORDER BY id", (kpj,))]


def scan(qtbot, field, text):
    """What a keyboard-wedge scanner does: type the digits, then Enter."""
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_scanner_then_enter_hands_each_card_to_its_worker(desk, qtbot):
    conn = desk.ctx.conn
    kpjs = _kpjs(conn, "di_desa", 3) + _kpjs(conn, "di_kecamatan", 2)
    for kpj in kpjs:
        scan(qtbot, desk.scan, kpj)
        assert desk.pending["kpj"] == kpj and desk.person.isVisible()
        qtbot.keyClick(desk.scan, Qt.Key.Key_Return)  # the clerk's one keystroke
        assert desk.pending is None
    for kpj in kpjs:
        kind, payload = _events(conn, kpj)[-1]
        assert kind == "serahkan" and payload["penerima"] == "sendiri"
    assert desk.log.rowCount() == 5 and desk.feedback.beeps == 0
    assert conn.execute(f"SELECT count(*) FROM cards WHERE state = 'diserahkan' AND kpj IN "
                        f"({','.join('?' * 5)})", kpjs).fetchone()[0] == 5


def test_already_delivered_unknown_and_not_yet_arrived_cards_beep_and_write_nothing(desk, qtbot):
    conn = desk.ctx.conn
    before = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    scan(qtbot, desk.scan, _kpjs(conn, "diserahkan")[0])
    assert "SUDAH DISERAHKAN" in desk.feedback.text() and desk.feedback.beeps == 1
    scan(qtbot, desk.scan, "99999999999")
    assert "Tidak ada kartu" in desk.feedback.text() and desk.feedback.beeps == 2
    scan(qtbot, desk.scan, _kpjs(conn, "dikirim")[0])
    assert "tidak bisa dicatat" in desk.feedback.text() and desk.feedback.beeps == 3
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)  # Enter on nothing records nothing
    assert desk.pending is None and not desk.person.isVisible()
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_a_second_scan_before_enter_is_never_a_silent_skip(desk, qtbot):
    first, second = _kpjs(desk.ctx.conn, "di_desa", 2)
    scan(qtbot, desk.scan, first)
    scan(qtbot, desk.scan, second)
    assert desk.feedback.beeps == 1 and first in desk.feedback.text() and "BELUM" in desk.feedback.text()
    assert desk.pending["kpj"] == second
    assert _events(desk.ctx.conn, first)[-1][0] != "serahkan"


def test_proxy_with_f2(desk, qtbot):
    kpj = _kpjs(desk.ctx.conn, "di_desa")[0]
    scan(qtbot, desk.scan, kpj)
    qtbot.keyClick(desk.scan, Qt.Key.Key_F2)
    assert desk.proxy_box.isVisible()
    qtbot.keyClicks(desk.proxy_name, "Sumarni")
    desk.proxy_relation.setCurrentText("istri")
    qtbot.keyClick(desk.proxy_name, Qt.Key.Key_Return)
    kind, payload = _events(desk.ctx.conn, kpj)[-1]
    assert kind == "serahkan" and payload == {"penerima": "wakil", "nama_wakil": "Sumarni", "hubungan": "istri"}


def test_instant_mode_records_on_the_scan_alone(desk, qtbot):
    desk.instant.setChecked(True)
    kpj = _kpjs(desk.ctx.conn, "di_desa")[0]
    scan(qtbot, desk.scan, kpj)
    assert _events(desk.ctx.conn, kpj)[-1][0] == "serahkan"


def test_a_name_offers_the_matches_and_enter_picks_one(desk, qtbot):
    conn = desk.ctx.conn
    nama = conn.execute("SELECT p.nama FROM peserta p JOIN cards c ON c.id = p.card_id WHERE c.state = 'di_desa' "
                        "GROUP BY p.nama HAVING count(*) > 1 LIMIT 1").fetchone()[0]
    scan(qtbot, desk.scan, nama)
    assert desk.candidates.isVisible() and desk.candidates.count() > 1
    desk.candidates.itemActivated.emit(desk.candidates.currentItem())
    assert desk.pending is not None or desk.feedback.beeps == 1


def test_undo_from_the_desk_log_writes_a_correction(desk, qtbot):
    kpj = _kpjs(desk.ctx.conn, "di_desa")[0]
    scan(qtbot, desk.scan, kpj)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    desk.log.selectRow(0)
    desk.undo_selected()
    assert [k for k, _ in _events(desk.ctx.conn, kpj)[-2:]] == ["serahkan", "koreksi"]
    assert desk.log.rowCount() == 0


def test_send_receive_to_desa_and_signed_list_in_the_gui(window, qtbot):
    conn = window.ctx.conn
    page = window.show_page("serah_terima")
    page.show_tab(page.send)
    kecamatan = conn.execute("SELECT kecamatan_kode FROM cards WHERE state = 'di_kabupaten' LIMIT 1").fetchone()[0]
    page.send.kecamatan.setCurrentIndex(page.send.kecamatan.findData(kecamatan))
    waiting = page.send.cards.rowCount()
    page.send.go.click()
    sent = deliveries.listing(conn, kind="kecamatan")[0]
    assert sent.ke == kecamatan and sent.jumlah == waiting and sent.no in page.send.feedback.text()

    page.show_tab(page.receive)
    page.receive.delivery.setCurrentIndex(page.receive.delivery.findData(sent.id))
    missing = page.receive.cards.item(0, 1).text()
    page.receive.cards.set_all(True)
    page.receive.cards.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClicks(page.receive.received_by, "Sekretaris Camat")
    page.receive.record(ask=False)
    assert deliveries.get(conn, sent.id).lines == {"diterima": waiting - 1, "tidak_ada": 1}
    received = json.loads(conn.execute("SELECT payload FROM events WHERE type = 'pengiriman_diterima' "
                                       "ORDER BY id DESC LIMIT 1").fetchone()[0])
    assert received["diterima_oleh"] == "Sekretaris Camat"
    assert page.receive.received_by.text() == ""  # not carried over to the next box on the list
    assert conn.execute("SELECT state FROM cards WHERE kpj = ?", (missing,)).fetchone()[0] == "hilang"

    page.show_tab(page.to_desa)
    page.to_desa.kecamatan.setCurrentIndex(page.to_desa.kecamatan.findData(kecamatan))
    page.to_desa.desa.setCurrentIndex(1)
    desa, n = page.to_desa.desa.currentData(), page.to_desa.cards.rowCount()
    page.to_desa.go.click()
    assert page.to_desa.feedback.property("kind") == "error"  # no kades named yet
    qtbot.keyClicks(page.to_desa.kades, "Hasan Basri")
    page.to_desa.go.click()
    box = deliveries.listing(conn, kind="desa")[0]
    assert (box.ke, box.penerima, box.jumlah) == (desa, "Hasan Basri", n)

    page.show_tab(page.signed)
    page.signed.kecamatan.setCurrentIndex(page.signed.kecamatan.findData(kecamatan))
    page.signed.desa.setCurrentIndex(page.signed.desa.findData(desa))
    first = page.signed.cards.item(0, 1).text()
    scan(qtbot, page.signed.scan, first)
    scan(qtbot, page.signed.scan, "12")
    assert page.signed.feedback.beeps == 1
    page.signed.go.click()
    assert conn.execute("SELECT state FROM cards WHERE kpj = ?", (first,)).fetchone()[0] == "diserahkan"


def _a_box_to_receive(window):
    """A box sent to a kecamatan just now, chosen on the Terima kiriman tab."""
    conn = window.ctx.conn
    kecamatan = conn.execute("SELECT kecamatan_kode FROM cards WHERE state = 'di_kabupaten' LIMIT 1").fetchone()[0]
    sent = deliveries.send_to_kecamatan(conn, kecamatan, TODAY.isoformat())
    page = window.show_page("serah_terima")
    page.show_tab(page.receive)
    page.receive.refresh()
    page.receive.delivery.setCurrentIndex(page.receive.delivery.findData(sent.id))
    return page.receive, sent


def test_confirming_a_box_says_what_it_records_and_needs_a_card_found(window, qtbot):
    """With nothing scanned the confirm button is off (it would record the whole box as lost); the button
    names what confirming records; a box with none of its cards has its own button and question."""
    receive, sent = _a_box_to_receive(window)
    n = sent.jumlah
    assert not receive.go.isEnabled() and receive.all_missing.isVisible()
    assert receive.all_missing.text() == f"Semua {n} kartu tidak ada…"
    scan(qtbot, receive.scan, receive.cards.item(0, 1).text())
    assert receive.go.isEnabled() and not receive.all_missing.isVisible()
    assert receive.go.text() == f"Konfirmasi: 1 kartu ada, {n - 1} dicatat hilang"
    receive.cards.set_all(True)
    assert receive.go.text() == f"Konfirmasi: semua {n} kartu ada"
    receive.cards.set_all(False)
    receive.record(ask=False)  # nothing found: confirming records nothing
    assert deliveries.get(window.ctx.conn, sent.id).received_on is None


def test_a_box_with_none_of_its_cards_is_recorded_lost_only_after_a_yes(window, monkeypatch):
    receive, sent = _a_box_to_receive(window)
    asked = []

    def answer(reply):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    receive.all_missing.click()
    assert deliveries.get(window.ctx.conn, sent.id).received_on is None
    assert f"Semua {sent.jumlah} kartu akan dicatat HILANG" in asked[0] and sent.no in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    receive.all_missing.click()
    assert deliveries.get(window.ctx.conn, sent.id).lines == {"tidak_ada": sent.jumlah}


def test_each_hop_opens_on_an_area_with_cards_waiting(window):
    """Not on the first kecamatan/desa by code when nothing waits there: an empty list looks like nothing to do."""
    page = window.show_page("serah_terima")
    for panel in (page.send, page.to_desa, page.signed):
        page.show_tab(panel)
        assert panel.cards.rowCount() > 0, type(panel).__name__


def test_return_for_a_death_reaches_the_heirs_list(window, qtbot):
    conn = window.ctx.conn
    page = window.show_page("serah_terima")
    page.show_tab(page.returns)
    kpj = _kpjs(conn, "di_desa")[0]
    scan(qtbot, page.returns.find, kpj)
    page.returns.reason.setCurrentIndex(page.returns.reason.findData("meninggal"))
    page.returns.death_date.setDate(page.returns.death_date.date().addDays(-10))
    qtbot.keyClicks(page.returns.heir, "Rahmat")
    page.returns.return_button.click()
    assert conn.execute("SELECT state, reason FROM cards WHERE kpj = ?", (kpj,)).fetchone()[:] == (
        "dikembalikan", "meninggal")
    page.show_tab(page.follow_up)
    texts = [page.follow_up.deceased.item(r, 4).text() for r in range(page.follow_up.deceased.rowCount())]
    assert "Rahmat" in texts


def test_each_return_has_its_own_reason_never_the_previous_cards(window, qtbot):
    conn = window.ctx.conn
    returns = window.show_page("serah_terima").returns
    first, second = _kpjs(conn, "di_desa", 2)
    assert returns.reason.currentData() is None and returns.reason.placeholderText()
    scan(qtbot, returns.find, first)
    returns.return_button.click()  # no reason chosen: nothing recorded
    assert returns.feedback.property("kind") == "error"
    assert conn.execute("SELECT state FROM cards WHERE kpj = ?", (first,)).fetchone()[0] == "di_desa"
    returns.reason.setCurrentIndex(returns.reason.findData("pindah"))
    returns.return_button.click()
    assert conn.execute("SELECT reason FROM cards WHERE kpj = ?", (first,)).fetchone()[0] == "pindah"
    assert returns.reason.currentData() is None  # reset for the next card
    scan(qtbot, returns.find, second)
    returns.return_button.click()
    assert returns.feedback.property("kind") == "error"
    assert conn.execute("SELECT state FROM cards WHERE kpj = ?", (second,)).fetchone()[0] == "di_desa"


def test_pengaturan_saves_a_programme_and_hold_limits(window, qtbot):
    conn = window.ctx.conn
    page = window.show_page("pengaturan")
    section = page.sections["ProgramSection"]
    section.new()
    qtbot.keyClicks(section.nama, "Program 2027")
    section.target.setValue(5000)
    section.save()
    assert conn.execute("SELECT target, iuran_per_bulan FROM programs WHERE nama = 'Program 2027'").fetchone()[:] == (
        5000, 16800)
    section.new()
    qtbot.keyClicks(section.nama, "Program 2027")
    section.save()
    assert section.feedback.property("kind") == "error"
    page.tabs.setCurrentIndex(1)
    limits = page.sections["HoldLimitsSection"]
    limits.fields["batas_hari_kecamatan"].setValue(30)
    limits.save()
    assert conn.execute("SELECT value FROM settings WHERE key = 'batas_hari_kecamatan'").fetchone()[0] == "30"


def test_beranda_shows_age_buckets_per_kecamatan_and_desa_and_the_countdown(window):
    from desktop.core import holding

    beranda = window.show_page("beranda")
    assert "Batas distribusi" in beranda.countdown.text() and "12 hari lagi" in beranda.countdown.text()
    ages = {a.kode: a for a in holding.age_buckets(window.ctx.conn, TODAY)}
    for row in range(beranda.areas.rowCount()):
        kode = beranda.areas.item(row, 0).data(Qt.ItemDataRole.UserRole)
        shown = [int(beranda.areas.item(row, c).text().replace(".", "")) for c in range(5, 9)]
        assert shown == list(ages[kode].buckets.values())
    beranda.level.setCurrentIndex(1)
    kecamatan = beranda.level.currentData()
    assert beranda.areas_title.text() == "Per desa/kelurahan"
    desa_total = sum(int(beranda.areas.item(r, 1).text().replace(".", "")) for r in range(beranda.areas.rowCount()))
    assert desa_total == window.ctx.conn.execute("SELECT count(*) FROM cards WHERE kecamatan_kode = ?",
                                                 (kecamatan,)).fetchone()[0]


def test_no_date_field_on_the_page_accepts_a_day_after_today(window):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    page = window.show_page("serah_terima")
    fields = page.findChildren(QDateEdit)
    assert len(fields) >= 6
    today = QDate(TODAY.year, TODAY.month, TODAY.day)
    assert all(f.maximumDate() == today for f in fields)
    fields[0].setDate(today.addDays(1))
    assert fields[0].date() == today
