import pytest
from PySide6.QtCore import Qt

from desktop.core import db, figures, search
from desktop.core.search import CardFilter
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.models.card_table import COLUMNS, CardTableModel
from tests.conftest import TODAY


@pytest.fixture
def window(qtbot, demo_path):
    ctx = AppContext(db.connect(demo_path), demo_path, today=TODAY, demo=True)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def test_opens_on_the_dashboard_with_the_demo_figures(window):
    beranda = window.pages["beranda"]
    status = figures.status(window.ctx.conn, TODAY)
    assert beranda.tiles["total"].value.text() == "7.130"
    assert beranda.tiles["tertahan"].value.text() == f"{status['tertahan']:,}".replace(",", ".")
    assert beranda.areas.rowCount() == 15
    assert beranda.overdue.rowCount() > 0
    assert "Kabupaten Kaur" in window.windowTitle()


def test_a_big_register_is_counted_in_the_background_with_the_same_figures(qtbot, demo_path, monkeypatch):
    from desktop.gui.pages import beranda as beranda_module

    monkeypatch.setattr(beranda_module, "SYNC_LIMIT", 0)  # as if the register held more than 50,000 cards
    ctx = AppContext(db.connect(demo_path), demo_path, today=TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    beranda = main.pages["beranda"]
    qtbot.waitUntil(lambda: beranda.tiles["total"].value.text() == "7.130", timeout=10_000)
    status = figures.status(ctx.conn, TODAY)
    assert beranda.tiles["tertahan"].value.text() == f"{status['tertahan']:,}".replace(",", ".")
    assert beranda.areas.rowCount() == 15 and beranda.overdue.rowCount() > 0
    assert "kartu sudah di tangan pekerja" in beranda.summary.text()


def test_search_by_nik_shows_the_person_and_the_history(window, qtbot):
    person = window.ctx.conn.execute(
        "SELECT p.nik, p.nama FROM peserta p JOIN cards c ON c.id = p.card_id "
        "WHERE c.state = 'diserahkan' LIMIT 1").fetchone()
    kartu = window.show_page("kartu")
    qtbot.keyClicks(kartu.search, person["nik"])
    qtbot.waitUntil(lambda: kartu.model.rowCount() == 1)
    assert kartu.detail.heading.text() == person["nama"]
    titles = [kartu.detail.timeline.item(i).text() for i in range(kartu.detail.timeline.count())]
    assert any("Peserta ditambahkan" in t for t in titles)
    assert any("Diserahkan ke peserta" in t for t in titles)


def test_filters_match_the_core_query(window):
    kartu = window.show_page("kartu")
    area = figures.per_area(window.ctx.conn, TODAY)[0]
    kartu.kecamatan.setCurrentIndex(kartu.kecamatan.findData(area.kode))
    assert kartu.model.rowCount() == area.total
    kartu.tertahan.setChecked(True)
    assert kartu.model.rowCount() == area.tertahan
    assert kartu.count.text() == f"{area.tertahan} peserta"


def test_enter_on_a_kecamatan_lists_its_held_cards(window, qtbot):
    beranda = window.pages["beranda"]
    beranda.areas.setCurrentCell(0, 0)
    qtbot.keyClick(beranda.areas, Qt.Key.Key_Return)  # Enter opens the row, as a double click does
    kartu = window.pages["kartu"]
    assert window.current_page() is kartu
    kode = beranda.areas.item(0, 0).data(Qt.ItemDataRole.UserRole)
    expected = len(search.ids(window.ctx.conn, CardFilter(kecamatan=kode, tertahan=True), TODAY))
    assert kartu.model.rowCount() == expected > 0


def test_sorting_by_days_held_puts_the_longest_first(window):
    kartu = window.show_page("kartu")
    kartu.state.setCurrentIndex(kartu.state.findData("di_kecamatan"))
    column = [c[0] for c in COLUMNS].index("hari")
    kartu.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    days = [int(kartu.model.index(r, column).data()) for r in range(min(30, kartu.model.rowCount()))]
    assert days == sorted(days, reverse=True)


def test_card_table_model_passes_the_model_tester(qtmodeltester, demo_path):
    ctx = AppContext(db.connect(demo_path), demo_path, today=TODAY)
    model = CardTableModel(ctx)
    model.set_filter(CardFilter(kecamatan="17.04.01"))
    qtmodeltester.check(model)


def test_a_large_register_is_searched_in_the_background(qtbot, demo_path):
    ctx = AppContext(db.connect(demo_path), demo_path, today=TODAY)
    model = CardTableModel(ctx, sync_limit=0)  # as if the register held more than SYNC_LIMIT peserta
    try:
        with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
            model.set_filter(CardFilter(kecamatan="17.04.02", tertahan=True))
        expected = search.ids(ctx.conn, CardFilter(kecamatan="17.04.02", tertahan=True), TODAY)
        assert [model.peserta_id(r) for r in range(model.rowCount())] == expected
        # A newer request wins even if an older answer arrives later.
        with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
            model.set_filter(CardFilter(kecamatan="17.04.01"))
            model.set_filter(CardFilter(kecamatan="17.04.03"))
        assert model.rowCount() == len(search.ids(ctx.conn, CardFilter(kecamatan="17.04.03"), TODAY))
    finally:
        model.shutdown()


def test_every_button_on_every_page_can_be_reached_with_tab(window):
    from PySide6.QtWidgets import QAbstractButton

    unreachable = []
    for key in window.pages:
        page = window.show_page(key)
        for button in page.findChildren(QAbstractButton):
            if button.isVisible() and not button.focusPolicy() & Qt.FocusPolicy.TabFocus:
                unreachable.append(f"{key}: {button.text() or button.objectName()}")
    assert not unreachable
