"""Riwayat: every event in the log — card moves, imports, sync, and the audit records of who showed a
full NIK, exported, printed, backed up or restored. Filter by user, date, card/person and type;
export what is shown."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop.core import audit, audit_export
from desktop.core.audit import AuditFilter
from desktop.core.formatting import number
from desktop.gui import labels, roles
from desktop.gui.jobs import run_job
from desktop.gui.models.audit_table import COLUMNS, AuditTableModel
from desktop.gui.pages.base import Page
from desktop.gui.widgets.columns import fit_column
from desktop.gui.widgets.cut_text import show_cut_text_on_hover
from desktop.gui.widgets.flow import FlowLayout, together

NO_DATE = QDate(2000, 1, 1)  # the date fields' "no limit" value, shown as "—"
# Each column as wide as its header and this usual value (longer ones are cut; hovering shows them whole).
SAMPLES = {"waktu": "2026-11-22 10:00:00", "pengguna": "siti.petugas", "jenis": "Diserahkan ke peserta",
           "kpj": "00000000000", "nik": "170401******0003", "perpindahan": "Tanjung Kemuning → Tanjung Ganti",
           "dokumen": "001/BAST-KK/17.04.06/XI/2026", "tanggal": "2026-11-22", "kantor": "17.04.01 #00000"}
# Shown on request (right-click a heading); the export has them. At 1366 px they would leave Rincian a
# sliver, and the masked NIK is empty on card steps (the search still finds a person by NIK).
HIDDEN_AT_FIRST = ("nik", "tanggal", "kantor")
STRETCH = "rincian"  # the last column on screen, taking the rest of the width


class RiwayatPage(Page):
    key = "riwayat"
    title = QT_TRANSLATE_NOOP("Page", "Riwayat")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.model = AuditTableModel(ctx, self)
        self.model.loading.connect(lambda: self.count.setText(self.tr("Mencari…")))
        self.model.ids_loaded.connect(self._show_count)
        self.model.load_failed.connect(
            lambda message: self.count.setText(self.tr("Pencarian gagal: {message}").format(message=message)))
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._apply)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Riwayat"), objectName="pageTitle"))
        layout.addWidget(QLabel(self.tr(
            "Semua peristiwa yang tercatat, terbaru di atas. Catatan ini tidak dapat diubah atau dihapus; "
            "setiap peristiwa terkunci dalam rantai hash."), objectName="summary", wordWrap=True))
        layout.addLayout(self._filters())
        layout.addWidget(self._table(), 1)

    def _filters(self) -> FlowLayout:
        row = FlowLayout()
        self.search = QLineEdit(placeholderText=self.tr("Cari KPJ, NIK, nama, no. dokumen"), clearButtonEnabled=True)
        self.search.setMinimumWidth(250)
        self.search.textChanged.connect(lambda: self._timer.start())
        self.user = QComboBox(sizeAdjustPolicy=QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type = QComboBox()
        self.type.setMinimumWidth(200)
        self.date_from, self.date_to = self._date_edit(), self._date_edit()
        for combo in (self.user, self.type):
            combo.currentIndexChanged.connect(self._apply)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._apply)
        self.count = QLabel(objectName="countLabel")
        self.export_button = QPushButton(self.tr("Ekspor…"))
        self.export_button.clicked.connect(self._export)
        roles.offer_only_to(self.ctx, "ekspor", self.export_button)
        row.addWidget(self.search)
        row.addWidget(self.user)
        row.addWidget(self.type)
        row.addWidget(together(QLabel(self.tr("Dari")), self.date_from, QLabel(self.tr("sampai")), self.date_to))
        row.addStretch()
        row.addWidget(self.count)
        row.addWidget(self.export_button)
        return row

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(calendarPopup=True, displayFormat="dd-MM-yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        return edit

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.moveSection(header.visualIndex(self._column(STRETCH)), len(COLUMNS) - 1)
        for key in HIDDEN_AT_FIRST:
            header.hideSection(self._column(key))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        header.setToolTip(self.tr("Klik kanan judul kolom untuk memilih kolom yang tampil."))
        show_cut_text_on_hover(self.table)
        return self.table

    @staticmethod
    def _column(key: str) -> int:
        return [c[0] for c in COLUMNS].index(key)

    def first_shown(self) -> None:  # the columns sized once the style sheet's fonts apply
        for column, (key, _header, sort_key) in enumerate(COLUMNS):
            sample = labels.label(SAMPLES[key]) if key == "jenis" else SAMPLES.get(key, "")
            fit_column(self.table, column, sample, sortable=sort_key is not None)

    def _choose_columns(self, position) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(position))

    def column_menu(self) -> QMenu:
        """A tick for each column (but Rincian): the right-click menu of the headings."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(len(COLUMNS)):
            if COLUMNS[column][0] == STRETCH:
                continue  # always there: it says what happened
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        return menu

    def refresh(self) -> None:
        self._fill_combo(self.user, self.tr("Semua pengguna"), [(u, u) for u in audit.user_names(self.ctx.conn)])
        types = [("audit", self.tr("Catatan audit saja"))] + [
            (kind, labels.label(name)) for kind, name in audit.event_types(self.ctx.conn)]
        self._fill_combo(self.type, self.tr("Semua jenis"), types)
        self._apply()

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        def day(edit: QDateEdit):
            return None if edit.date() == NO_DATE else edit.date().toPython()

        return AuditFilter(user=self.user.currentData(), type=self.type.currentData(), text=self.search.text(),
                           date_from=day(self.date_from), date_to=day(self.date_to))

    def _apply(self) -> None:
        self.model.set_filter(self.current_filter())

    def _show_count(self) -> None:
        self.count.setText(self.tr("%s peristiwa") % number(self.model.rowCount()))

    def shutdown(self) -> None:
        self.model.shutdown()

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor riwayat"), "riwayat.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str):
        chosen, user = self.current_filter(), self.ctx.user

        def work(conn, progress):
            return audit_export.export(conn, chosen, path, user=user, progress=progress)

        def done(rows: int) -> None:
            QMessageBox.information(self, self.tr("Ekspor riwayat"),
                                    self.tr("%s peristiwa disimpan ke %s.") % (number(rows), path))
            self.ctx.changed()

        return run_job(self, self.ctx, self.tr("Mengekspor riwayat"), work, done)
