"""The first steps of the import wizard: the file (and programme), the sheet, the header row and the
column mapping over a preview of the rows."""

from pathlib import Path

from openpyxl.utils import get_column_letter
from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.importing import columns, readers
from desktop.core.importing.values import text
from desktop.gui import labels

PREVIEW_ROWS = 40
HEADER_COLOUR = QColor("#dbeafe")


def _hint(words: str) -> QLabel:
    hint = QLabel(words, objectName="hint", wordWrap=True)
    return hint


class FileStep(QWidget):
    chosen = Signal(str)

    def __init__(self, programs: list[str], parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(self.tr(
            "Pilih daftar peserta yang diterima dari Bappeda, Dinas, atau BPJS: .xlsx, .xls, .ods, atau .csv. "
            "Judul di atas tabel, NIK yang diketik sebagai angka, dan nama kolom yang berbeda-beda akan dikenali."
        )))
        row = QHBoxLayout()
        self.path = QLabel(self.tr("Belum ada berkas dipilih."), wordWrap=True)
        choose = QPushButton(self.tr("Pilih berkas…"), objectName="primaryButton")
        choose.clicked.connect(self._choose)
        row.addWidget(choose)
        row.addWidget(self.path, 1)
        layout.addLayout(row)
        form = QFormLayout()
        self.program = QComboBox(editable=True)
        self.program.addItem("")
        self.program.addItems(programs)
        self.program.lineEdit().setPlaceholderText(self.tr("Pilih program, atau ketik nama program baru"))
        if len(programs) == 1:  # the same rule as the import itself: the only programme is the one
            self.program.setCurrentIndex(1)
        form.addRow(self.tr("Program daftar ini"), self.program)
        layout.addLayout(form)
        layout.addWidget(_hint(self.tr(
            "Kartu dari daftar yang berisi nomor KPJ dicatat di program ini; biaya iuran dihitung per program. "
            "Daftar tanpa nomor KPJ tidak memerlukan program.")))
        layout.addStretch(1)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih daftar peserta"), "",
                                              self.tr("Daftar (*.xlsx *.xls *.ods *.csv *.xlsm)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        self.path.setText(path)
        self.chosen.emit(path)


class SheetStep(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(self.tr("Berkas ini berisi beberapa lembar. Pilih lembar yang berisi daftar.")))
        self.sheets = QListWidget()
        layout.addWidget(self.sheets, 1)

    def show_sheets(self, names: list[str]) -> None:
        self.sheets.clear()
        self.sheets.addItems(names)
        self.sheets.setCurrentRow(0)

    def chosen(self) -> str | None:
        item = self.sheets.currentItem()
        return item.text() if item else None


class MappingStep(QWidget):
    """A preview of the rows from the header down, a choice of field above each column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[list] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Baris judul kolom:")))
        self.header_row = QSpinBox(minimum=1, maximum=1)
        self.header_row.valueChanged.connect(self._header_changed)
        top.addWidget(self.header_row)
        self.note = _hint("")
        top.addWidget(self.note, 1)
        layout.addLayout(top)
        layout.addWidget(_hint(self.tr(
            "Periksa isi setiap kolom dan pilih artinya di baris paling atas. NIK dan Nama wajib. Pilihan ini "
            "diingat untuk berkas lain dengan judul kolom yang sama.")))
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        layout.addWidget(self.table, 1)
        self.combos: list[QComboBox] = []

    def show_table(self, rows: list[list], header_row: int, mapping: dict[str, int], remembered: bool) -> None:
        self.rows = rows
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(1, min(len(rows), columns.HEADER_SCAN_ROWS)))
        self.header_row.setValue(header_row)
        self.header_row.blockSignals(False)
        self.note.setText(self.tr("Pemetaan kolom diambil dari impor sebelumnya dengan judul yang sama.")
                          if remembered else self.tr("Kolom dikenali dari judulnya; ubah bila keliru."))
        self._fill(mapping)

    def _header_changed(self, value: int) -> None:
        self._fill(columns.guess_mapping(columns.header_cells(self.rows, value)))

    def _fill(self, mapping: dict[str, int]) -> None:
        header_row = self.header_row.value()
        shown = self.rows[header_row - 1:header_row - 1 + PREVIEW_ROWS]
        width = max((len(r) for r in shown), default=0)
        while width and all(len(r) < width or text(r[width - 1]) == "" for r in shown):
            width -= 1
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(shown) + 1)
        self.table.setVerticalHeaderLabels(["", *[str(header_row + i) for i in range(len(shown))]])
        self.table.setHorizontalHeaderLabels([get_column_letter(c + 1) for c in range(width)])  # as Excel names them
        by_column = {i: f for f, i in mapping.items()}
        self.combos = []
        for column in range(width):
            combo = QComboBox()
            combo.addItem(self.tr("(abaikan)"), None)
            for key in columns.FIELDS:
                combo.addItem(labels.field(key), key)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(column))))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        bold = QFont()
        bold.setBold(True)
        for r, cells in enumerate(shown, start=1):
            for c in range(width):
                item = QTableWidgetItem(text(cells[c]) if c < len(cells) else "")
                if r == 1:
                    item.setFont(bold)
                    item.setBackground(QBrush(HEADER_COLOUR))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(width):
            self.table.setColumnWidth(c, min(max(self.table.columnWidth(c), 140), 240))
        self.table.setRowHeight(0, 30)

    def mapping(self) -> dict[str, int]:
        chosen: dict[str, int] = {}
        for column, combo in enumerate(self.combos):
            key = combo.currentData()
            if key and key not in chosen:
                chosen[key] = column
        return chosen

    def header(self) -> list[str]:
        return columns.header_cells(self.rows, self.header_row.value())


def sheet_names(path: str) -> list[str]:
    return readers.sheet_names(Path(path))
