"""Kartu & Peserta: find any person and card in a moment, filter, and see the whole history."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from desktop.core import regions
from desktop.core.formatting import number
from desktop.core.search import CardFilter
from desktop.core.states import STATES
from desktop.gui import labels, roles
from desktop.gui.models.card_table import COLUMNS, CardTableModel
from desktop.gui.pages.base import Page
from desktop.gui.widgets.card_detail import CardDetail
from desktop.gui.widgets.columns import fit_column
from desktop.gui.widgets.flow import FlowLayout
from desktop.gui.widgets.peserta_dialog import PesertaDialog
from desktop.gui.widgets.stretch_column import NAME_SAMPLE, stretch_column

SEARCH_DELAY_MS = 200  # wait for a pause in typing; a barcode scanner types a whole KPJ in one burst
# Widths as sample text, measured in the user's font (so 150 % scaling and other fonts still fit). The
# name column takes what is left, so at 1366 px nothing scrolls sideways; the state column fits every
# state's label, the kecamatan column this kabupaten's longest name (capped by its sample).
COLUMN_SAMPLES = {"nik": "0000000000000000", "kpj": "00000000000", "desa": "Tanjung Kemuning",
                  "kecamatan": "Padang Guci Hilir Ulu", "hari": "999"}
DETAIL_WIDTH = 270  # the detail panel's default width; the table gets the rest of a wider window


class KartuPage(Page):
    key = "kartu"
    title = QT_TRANSLATE_NOOP("Page", "Kartu & Peserta")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.model = CardTableModel(ctx, self)
        self.model.loading.connect(lambda: self.count.setText(self.tr("Mencari…")))
        self.model.ids_loaded.connect(self._after_load)
        self.model.load_failed.connect(self._load_failed)
        self._keep_selected: int | None = None
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Kartu & Peserta"))
        heading.setObjectName("pageTitle")
        layout.addLayout(self._heading_row(heading))
        layout.addLayout(self._filters())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.detail = CardDetail(self.ctx)
        splitter.addWidget(self._table())
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1000, DETAIL_WIDTH])
        layout.addWidget(splitter, 1)

    def _heading_row(self, heading: QLabel) -> QHBoxLayout:
        """The title, and the district's buttons to add a person and to correct the selected one (for the
        roles that write the register)."""
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        self.add_button = QPushButton(self.tr("Tambah peserta…"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("Ubah / perbaiki data…"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_selected)
        office = self.ctx.office
        district = self.can_edit = office is not None and office.is_district and roles.may(self.ctx, "impor")
        for button in (self.add_button, self.edit_button):
            button.setVisible(district)
            row.addWidget(button)
        return row

    def add_person(self) -> None:
        dialog = PesertaDialog(self.ctx, None, self)
        if dialog.exec():
            self.search.setText(dialog.saved_nik)

    def edit_selected(self) -> None:
        peserta_id = self._selected_id()
        if peserta_id is None:
            return
        nik = self.model.row_data(self.model.row_of(peserta_id))["nik"]
        PesertaDialog(self.ctx, nik, self).exec()

    def _filters(self) -> FlowLayout:
        row = FlowLayout()
        self.search = QLineEdit(placeholderText=self.tr("Cari nama, NIK, atau KPJ…"), clearButtonEnabled=True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(lambda: self._search_timer.start())
        self.search.returnPressed.connect(self._apply)
        self.kecamatan = QComboBox()
        self.kecamatan.currentIndexChanged.connect(self._kecamatan_changed)
        self.desa = QComboBox()
        self.desa.setMinimumWidth(150)
        self.desa.currentIndexChanged.connect(self._apply)
        self.state = QComboBox()
        self.state.addItem(self.tr("Semua status"), None)
        for state in STATES:
            self.state.addItem(labels.state(state), state)
        self.state.currentIndexChanged.connect(self._apply)
        self.tertahan = QCheckBox(self.tr("Tertahan"))
        self.tertahan.toggled.connect(self._apply)
        self.perlu_dicek = QCheckBox(self.tr("Perlu dicek"))
        self.perlu_dicek.toggled.connect(self._apply)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        for widget in (self.search, self.kecamatan, self.desa, self.state, self.tertahan, self.perlu_dicek):
            row.addWidget(widget)
        row.addStretch()
        row.addWidget(self.count)
        return row

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected() if self.can_edit else None)
        return self.table

    def first_shown(self) -> None:  # the columns sized once the style sheet's fonts apply
        """Each column as wide as its header and its widest usual value; the name column takes the rest."""
        cells = self.table.fontMetrics()
        samples = {**COLUMN_SAMPLES, "status": max((labels.state(s) for s in STATES), key=cells.horizontalAdvance),
                   "kecamatan": self._longest_kecamatan(cells)}
        for column, (key, *_rest) in enumerate(COLUMNS):
            if key == "nama":
                stretch_column(self.table, column, NAME_SAMPLE)
                continue
            fit_column(self.table, column, samples.get(key, ""))

    def _longest_kecamatan(self, metrics) -> str:
        office = self.ctx.office
        names = [r["nama"] for r in regions.children(self.ctx.conn, office.kabupaten_kode)] if office else []
        cap = metrics.horizontalAdvance(COLUMN_SAMPLES["kecamatan"])
        return max((n for n in names if metrics.horizontalAdvance(n) <= cap), key=metrics.horizontalAdvance,
                   default=COLUMN_SAMPLES["kecamatan"])

    # -- behaviour ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.kecamatan.count() == 0:
            self._fill_kecamatan()
        self._apply()

    def _fill_kecamatan(self) -> None:
        office = self.ctx.office
        self.kecamatan.blockSignals(True)
        self.kecamatan.addItem(self.tr("Semua kecamatan"), None)
        if office is not None:
            parent = office.kabupaten_kode
            for row in regions.children(self.ctx.conn, parent):
                if office.is_district or row["kode"] == office.kode:
                    self.kecamatan.addItem(row["nama"], row["kode"])
        self.kecamatan.blockSignals(False)
        self._fill_desa()

    def _kecamatan_changed(self) -> None:
        self._fill_desa()
        self._apply()

    def _fill_desa(self) -> None:
        self.desa.blockSignals(True)
        self.desa.clear()
        self.desa.addItem(self.tr("Semua desa/kelurahan"), None)
        kecamatan = self.kecamatan.currentData()
        if kecamatan:
            for row in regions.children(self.ctx.conn, kecamatan):
                self.desa.addItem(row["nama"], row["kode"])
        self.desa.setEnabled(kecamatan is not None)
        self.desa.blockSignals(False)

    def current_filter(self) -> CardFilter:
        return CardFilter(text=self.search.text(), kecamatan=self.kecamatan.currentData(),
                          desa=self.desa.currentData(), state=self.state.currentData(),
                          tertahan=self.tertahan.isChecked(), perlu_dicek=self.perlu_dicek.isChecked())

    def apply_filter(self, card_filter: CardFilter) -> None:
        """Show the rows of `card_filter` (used by Beranda's "lihat" links)."""
        if self.kecamatan.count() == 0:
            self._fill_kecamatan()
        widgets = (self.search, self.kecamatan, self.desa, self.state, self.tertahan, self.perlu_dicek)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.setText(card_filter.text)
        self.kecamatan.setCurrentIndex(max(0, self.kecamatan.findData(card_filter.kecamatan)))
        self._fill_desa()
        self.desa.setCurrentIndex(max(0, self.desa.findData(card_filter.desa)))
        self.state.setCurrentIndex(max(0, self.state.findData(card_filter.state)))
        self.tertahan.setChecked(card_filter.tertahan)
        self.perlu_dicek.setChecked(card_filter.perlu_dicek)
        for widget in widgets:
            widget.blockSignals(False)
        self._stale = False
        self._apply()

    def _apply(self) -> None:
        self._search_timer.stop()
        self._keep_selected = self._selected_id()
        self.model.set_filter(self.current_filter())

    def shutdown(self) -> None:
        self.model.shutdown()

    def _load_failed(self, message: str) -> None:
        self.count.setText(self.tr("Pencarian gagal: {message}").format(message=message))

    def _after_load(self) -> None:
        self.count.setText(self.tr("{n} peserta").format(n=number(self.model.rowCount())))
        selected = self._keep_selected
        row = self.model.row_of(selected) if selected is not None else -1
        if row < 0 and self.model.rowCount() == 1:
            row = 0  # one match (a scanned KPJ, a typed NIK): show it at once
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.detail.show_row(None)

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.peserta_id(rows[0].row()) if rows else None

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        peserta_id = self._selected_id()
        self.edit_button.setEnabled(peserta_id is not None)
        if peserta_id is None:
            self.detail.show_row(None)
            return
        self.detail.show_row(self.model.row_data(self.model.row_of(peserta_id)))
