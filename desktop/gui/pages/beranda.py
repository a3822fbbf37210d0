"""Beranda: where the cards are, which kecamatan holds them too long, and the most overdue cards."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import dashboard, holding
from desktop.core.formatting import number, percent
from desktop.core.search import CardFilter
from desktop.core.states import STATES
from desktop.gui import labels
from desktop.gui.jobs import run_job
from desktop.gui.pages.base import Page
from desktop.gui.widgets.stretch_column import AREA_SAMPLE, NAME_SAMPLE, stretch_column
from desktop.gui.widgets.tiles import Tile, TileGrid

STATE_COLORS = {
    "di_kabupaten": "#6b7280", "dikirim": "#7c3aed", "di_kecamatan": "#d97706", "di_desa": "#0891b2",
    "diserahkan": "#16a34a", "dikembalikan": "#9f1239", "hilang": "#111827",
}
# Up to this many cards Beranda counts at once (a tenth of a second); beyond, in the background.
SYNC_LIMIT = 50_000
AGE_HEADERS = (QT_TRANSLATE_NOOP("BerandaPage", "0–7 hr"), "8–14", "15–30", "> 30")


class BerandaPage(Page):
    key = "beranda"
    title = QT_TRANSLATE_NOOP("Page", "Beranda")
    show_cards = Signal(object)  # a CardFilter: "show me these cards" (the main window switches page)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self._generation = 0  # the newest background count; an older one arriving late is dropped
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setWordWrap(True)
        layout.addWidget(self.countdown)
        layout.addLayout(self._tiles())
        body = QHBoxLayout()
        body.addWidget(self._areas_box(), 5)
        body.addWidget(self._overdue_box(), 3)
        layout.addLayout(body, 1)

    def _tiles(self) -> TileGrid:
        grid = TileGrid()
        self.tiles = {}
        self.tiles["total"] = Tile(self.tr("Semua kartu"), "#1e3a8a")
        self.tiles["tertahan"] = Tile(self.tr("Tertahan terlalu lama"), "#b42318")
        for key in ["total", *STATES, "tertahan"]:
            if key not in self.tiles:
                self.tiles[key] = Tile(labels.state(key), STATE_COLORS[key])
            grid.addWidget(self.tiles[key])
        self.tiles["tertahan"].value.setStyleSheet("color: #b42318;")
        return grid

    def _areas_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        self.areas_title = QLabel()
        self.areas_title.setObjectName("sectionTitle")
        title_row.addWidget(self.areas_title)
        title_row.addStretch(1)
        self.level = QComboBox()  # the district looks at its kecamatan, or at the desa of one of them
        self.level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level.currentIndexChanged.connect(lambda _i: self._level_changed())
        title_row.addWidget(self.level)
        layout.addLayout(title_row)
        self.areas = QTableWidget(0, 5 + len(holding.BUCKETS))
        self.areas.setHorizontalHeaderLabels(
            [self.tr("Wilayah"), self.tr("Kartu"), self.tr("Diserahkan"), self.tr("Kemajuan"), self.tr("Tertahan")]
            + [self.tr(label) for label in AGE_HEADERS])
        for column, tip in enumerate(AGE_HEADERS, start=5):
            self.areas.horizontalHeaderItem(column).setToolTip(
                self.tr("Kartu belum diserahkan yang sudah {tip} hari di pemegangnya sekarang").format(
                    tip=tip.replace(" hr", "")))
        self._table_defaults(self.areas)
        stretch_column(self.areas, 0, AREA_SAMPLE)
        # activated: a double click, or Enter on the selected row (the keyboard way in)
        self.areas.activated.connect(lambda index: self._area_clicked(index.row(), index.column()))
        layout.addWidget(self.areas)
        hint = QLabel(self.tr("Kolom hari: kartu yang belum diserahkan, menurut lamanya di pemegang sekarang. "
                              "Klik dua kali satu baris untuk melihat kartu yang tertahan di wilayah itu."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        return box

    def _overdue_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Paling lama tertahan"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.overdue = QTableWidget(0, 4)
        self.overdue.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Wilayah"), self.tr("Status"),
                                                self.tr("Hari")])
        self._table_defaults(self.overdue)
        stretch_column(self.overdue, 0, NAME_SAMPLE)  # the area is as wide as its longest name
        self.overdue.activated.connect(lambda index: self._overdue_clicked(index.row(), index.column()))
        layout.addWidget(self.overdue)
        return box

    @staticmethod
    def _table_defaults(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # -- figures --------------------------------------------------------------------------------
    def refresh(self) -> None:
        office = self.ctx.office
        if office is None:
            return
        today, chosen = self.ctx.today(), self.level.currentData()
        cards = self.ctx.conn.execute("SELECT max(id) FROM cards").fetchone()[0] or 0
        if cards <= SYNC_LIMIT:
            self._show(dashboard.gather(self.ctx.conn, today, kecamatan=chosen))
            return
        # A big register: the window is usable at once and the figures arrive when counted.
        self._generation += 1
        generation = self._generation
        self.heading.setText(office.nama)
        self.summary.setText(self.tr("Menghitung angka…"))
        self.countdown.hide()  # shown again by the count when a deadline is near
        run_job(self, self.ctx, self.tr("Menghitung angka"),
                lambda conn, _progress: dashboard.gather(conn, today, kecamatan=chosen),
                lambda board: self._show(board) if generation == self._generation else None,
                on_error=self.summary.setText, cancellable=False, show_progress=False)

    def _show(self, board: dashboard.Dashboard) -> None:
        office, today, whole = self.ctx.office, board.today, board.whole
        delivered = whole.states["diserahkan"]
        self.heading.setText(office.nama)
        self.summary.setText(self.tr(
            "Per {today}: {delivered} dari {total} kartu sudah di tangan pekerja ({pct}). "
            "{held} kartu tertahan melewati batas waktu."
        ).format(today=labels.long_date(today), delivered=number(delivered), total=number(whole.total),
                 pct=percent(delivered, whole.total), held=number(whole.tertahan)))
        if whole.total == 0:
            self.summary.setText(self._empty_hint(office))
        self.tiles["total"].set_value(number(whole.total))
        for state in STATES:
            self.tiles[state].set_value(number(whole.states[state]))
        self.tiles["tertahan"].set_value(number(whole.tertahan))
        self._fill_countdown(board.countdown)
        self._fill_levels(office, board.areas)
        self._fill_areas(board.table)
        self._fill_overdue(board.overdue)

    def _fill_countdown(self, countdown: list[dict]) -> None:
        lines = []
        for item in countdown:
            if not item["belum_diserahkan"]:
                continue
            left = item["hari_lagi"]
            when = self.tr("{n} hari lagi").format(n=left) if left > 0 else (
                self.tr("hari ini") if left == 0 else self.tr("SUDAH LEWAT {n} hari").format(n=-left))
            pace = ""
            if item["per_hari"]:
                pace = self.tr(" — perlu ±{n} kartu per hari").format(n=number(item["per_hari"]))
            lines.append(self.tr("Batas distribusi {program}: {date} ({when}). {n} kartu belum diserahkan{pace}.")
                         .format(program=item["program"], date=labels.long_date(item["batas"]), when=when,
                                 n=number(item["belum_diserahkan"]), pace=pace))
        self.countdown.setText("\n".join(lines))
        self.countdown.setVisible(bool(lines))

    def _fill_levels(self, office, areas) -> None:
        self.level.setVisible(office.is_district)
        if not office.is_district or self.level.count():
            return
        self.level.blockSignals(True)
        self.level.addItem(self.tr("Semua kecamatan"), None)
        for area in sorted(areas, key=lambda a: a.nama):
            self.level.addItem(self.tr("Desa di Kec. {nama}").format(nama=area.nama), area.kode)
        self.level.blockSignals(False)

    def _level_changed(self) -> None:
        # One kecamatan's desa, or the kecamatan: counted through the indexes, quick at any size.
        self._fill_areas(dashboard.area_table(self.ctx.conn, self.ctx.today(), self.level.currentData()))

    def _empty_hint(self, office) -> str:
        if office.is_district:
            return self.tr("Belum ada kartu yang tercatat. Mulai dari halaman Impor Daftar: masukkan daftar "
                           "penerima dari Excel, lalu serahkan kartunya ke kecamatan di halaman Serah Terima.")
        return self.tr("Belum ada kartu untuk kecamatan ini. Kartu datang dari kabupaten: terima berkas "
                       "sinkronisasi dari kabupaten di halaman Sinkronisasi.")

    def _fill_areas(self, table: dashboard.AreaTable) -> None:
        kecamatan, areas, ages = table.kecamatan, table.areas, table.ages
        self.areas_title.setText(self.tr("Per desa/kelurahan") if kecamatan else self.tr("Per kecamatan"))
        # The most overdue first: held too long, then the oldest cards still waiting.
        areas = sorted(areas, key=lambda a: (-a.tertahan, -(ages[a.kode].tertua if a.kode in ages else 0), a.nama))
        self.areas.setRowCount(len(areas))
        for row, area in enumerate(areas):
            buckets = ages[area.kode].buckets if area.kode in ages else {}
            cells = [area.nama, number(area.total), number(area.delivered), None, number(area.tertahan)]
            cells += [number(buckets.get(key, 0)) for key, _, _ in holding.BUCKETS]
            for column, text in enumerate(cells):
                if text is None:
                    continue
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, area.kode)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if (column == 4 and area.tertahan) or (column >= 7 and text != "0"):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.areas.setItem(row, column, item)
            bar = QProgressBar()
            bar.setRange(0, max(area.total, 1))
            bar.setValue(area.delivered)
            bar.setFormat(percent(area.delivered, area.total))
            self.areas.setCellWidget(row, 3, bar)
        self.areas.setColumnWidth(3, 140)
        self._area_level = "desa" if kecamatan else "kecamatan"

    def _fill_overdue(self, items: list[dict]) -> None:
        self.overdue.setRowCount(len(items))
        for row, item in enumerate(items):
            # The worker's area; the status says who holds the card (a card 'Di kabupaten' is for this kecamatan).
            where = item["desa"] if item["state"] == "di_desa" else item["kecamatan"]
            cells = [item["nama"], where or "", labels.state(item["state"]), str(item["hari"])]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item["kpj"])
                cell.setToolTip(text)
                if column == 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.overdue.setItem(row, column, cell)

    def _area_clicked(self, row: int, _column: int) -> None:
        kode = self.areas.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if self._area_level == "kecamatan":
            self.show_cards.emit(CardFilter(kecamatan=kode, tertahan=True))
        else:
            self.show_cards.emit(CardFilter(kecamatan=kode[:8], desa=kode, tertahan=True))

    def _overdue_clicked(self, row: int, _column: int) -> None:
        self.show_cards.emit(CardFilter(text=self.overdue.item(row, 0).data(Qt.ItemDataRole.UserRole)))
