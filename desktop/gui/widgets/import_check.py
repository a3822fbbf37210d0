"""The last steps of the import wizard: the validation summary with the problem list (filter by code,
the row itself shown under the list), and the result after the import."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.formatting import number
from desktop.core.importing.plan import Plan
from desktop.core.importing.problems import ERROR, Problem
from desktop.core.importing.values import text
from desktop.gui import labels
from desktop.gui.widgets.feedback import Feedback
from desktop.gui.widgets.flow import FlowLayout, together

ERROR_COLOUR, WARNING_COLOUR = QColor("#b91c1c"), QColor("#92400e")
ROW_CELLS_HEIGHT = 64  # the file's row: its column names and its values


class ProblemModel(QAbstractTableModel):
    """The problems, filtered by code; a model, so 100,000 problems scroll as easily as ten."""

    HEADERS = (QT_TRANSLATE_NOOP("ProblemModel", "Baris"), QT_TRANSLATE_NOOP("ProblemModel", "Kolom"),
               QT_TRANSLATE_NOOP("ProblemModel", "Masalah"), QT_TRANSLATE_NOOP("ProblemModel", "Akibat"),
               QT_TRANSLATE_NOOP("ProblemModel", "Keterangan"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.all: list[Problem] = []
        self.shown: list[Problem] = []

    def set_problems(self, problems: list[Problem], code: str | None = None) -> None:
        self.beginResetModel()
        self.all = problems
        self.shown = [p for p in problems if code is None or p.code == code]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        problem = self.shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(problem.row), problem.column, labels.problem(problem.code),
                    self.tr("Ditolak") if problem.severity == ERROR else self.tr("Perlu dicek"),
                    problem.message)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QBrush(ERROR_COLOUR if problem.severity == ERROR else WARNING_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem.message
        return None


class CheckStep(QWidget):
    program_changed = Signal()

    def __init__(self, save_report, parent=None) -> None:
        """`save_report(plan, path) -> rows` writes the problem rows through the core (which checks the
        user's role and records the file: it carries whole NIKs)."""
        super().__init__(parent)
        self.plan: Plan | None = None
        self.write_report = save_report
        layout = QVBoxLayout(self)
        self.summary = QLabel(objectName="summary", wordWrap=True)
        layout.addWidget(self.summary)
        layout.addWidget(self._program_row())
        bar = FlowLayout()
        self.codes = QComboBox()
        self.codes.currentIndexChanged.connect(self._filter)
        bar.addWidget(together(QLabel(self.tr("Tampilkan:")), self.codes))
        bar.addStretch()
        self.save_report = QPushButton(self.tr("Simpan baris bermasalah (.xlsx)…"))
        self.save_report.clicked.connect(self._save_report)
        bar.addWidget(self.save_report)
        layout.addLayout(bar)
        self.model = ProblemModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 150, 230, 100)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_row(current.row()))
        layout.addWidget(self.table, 3)
        self.row_title = QLabel(objectName="sectionTitle")
        # The chosen problem in full beside it (the table's Keterangan column is cut off at 1366 px): on the
        # title's line, as at 150 % there is no height to spare for a line of its own.
        self.row_message = QLabel(wordWrap=True)
        titles = QHBoxLayout()
        titles.addWidget(self.row_title)
        titles.addWidget(self.row_message, 1)
        layout.addLayout(titles)
        self.row_cells = QTableWidget(2, 0)
        self.row_cells.verticalHeader().setVisible(False)
        self.row_cells.horizontalHeader().setVisible(False)
        self.row_cells.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.row_cells.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # two rows, always whole
        self.row_cells.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit_row_cells())
        self._fit_row_cells()
        layout.addWidget(self.row_cells)
        self.feedback = Feedback()
        self.feedback.hide()
        layout.addWidget(self.feedback)

    def _fit_row_cells(self) -> None:
        """The file's row (names and values) whole, and under it the sideways scroll bar when the row is wider
        than the window (150 % scaling): the bar must not cover the values."""
        bar = self.row_cells.horizontalScrollBar()
        self.row_cells.setFixedHeight(ROW_CELLS_HEIGHT + (bar.sizeHint().height() if bar.maximum() > 0 else 0))

    def _program_row(self) -> QWidget:
        """The programme of the list's cards: required when the list registers cards (a card without one is
        missing from the reconciliation's cost), preset to the file step's choice or the only programme."""
        self.program_box = QWidget()
        row = FlowLayout(self.program_box)  # the hint goes under the choice in a narrow window
        self.program_label = QLabel()
        self.program = QComboBox(editable=True)
        self.program.setMinimumWidth(380)
        self.program.lineEdit().setPlaceholderText(self.tr("Pilih program, atau ketik nama program baru"))
        self.program.currentTextChanged.connect(lambda _text: self.program_changed.emit())
        row.addWidget(self.program_label)
        row.addWidget(self.program)
        row.addWidget(QLabel(self.tr("Wajib diisi: biaya iuran kartu dihitung per program."), objectName="hint"))
        return self.program_box

    def show_program(self, plan: Plan, programs: list[str], chosen: str) -> None:
        self.program.blockSignals(True)
        self.program.clear()
        self.program.addItems(programs)
        self.program.setCurrentText(chosen or (programs[0] if len(programs) == 1 else ""))
        self.program.blockSignals(False)
        self.program_label.setText(self.tr("{n} kartu dicatat di program:").format(n=number(len(plan.cards))))
        self.program_box.setVisible(bool(plan.cards))

    def program_name(self) -> str | None:
        """The programme to import into; None when the list registers no card."""
        if self.plan is None or not self.plan.cards:
            return None
        return self.program.currentText().strip() or None

    def ready(self) -> bool:
        """A list that registers cards needs its programme named."""
        return self.plan is not None and (not self.plan.cards or self.program_name() is not None)

    def show_plan(self, plan: Plan, programs: list[str] = (), chosen: str = "") -> None:
        self.plan = plan
        self.show_program(plan, list(programs), chosen)
        result = plan.result()
        self.summary.setText(self.tr(
            "<b>{read}</b> baris dibaca dari {file}: <b>{new}</b> peserta baru, <b>{upd}</b> diperbarui, "
            "{same} tidak berubah, <b style='color:#b91c1c'>{rej}</b> ditolak, "
            "<b style='color:#92400e'>{warn}</b> diimpor dengan tanda perlu dicek, {cards} kartu dicatat."
        ).format(read=number(result["rows_read"]), file=plan.table.path.name, new=number(result["imported"]),
                 upd=number(result["updated"]), same=number(result["unchanged"]), rej=number(result["rejected"]),
                 warn=number(result["warnings"]), cards=number(len(plan.cards))))
        counts: dict[str, int] = {}
        for problem in plan.problems:
            counts[problem.code] = counts.get(problem.code, 0) + 1
        self.codes.blockSignals(True)
        self.codes.clear()
        self.codes.addItem(self.tr("Semua masalah ({n})").format(n=number(len(plan.problems))), None)
        for code, n in sorted(counts.items(), key=lambda item: -item[1]):
            self.codes.addItem(f"{labels.problem(code)} ({number(n)})", code)
        self.codes.blockSignals(False)
        self.save_report.setEnabled(bool(plan.problems))
        self.feedback.hide()
        self._filter()
        self._say_why_nothing_to_import(plan)

    def _say_why_nothing_to_import(self, plan: Plan) -> None:
        """"Impor sekarang" stays disabled when the list would change nothing: say why, and what to do."""
        if plan.new or plan.updates or plan.cards:
            return
        if not plan.rows_read:
            message = self.tr("Tidak ada baris data di bawah baris judul (baris {row}). Kembali dan periksa baris "
                              "judulnya, atau pilih berkas lain.").format(row=plan.header_row)
        elif plan.rejected and not plan.unchanged:
            message = self.tr("Semua baris ditolak, jadi tidak ada yang bisa diimpor. Simpan baris bermasalah, "
                              "minta pembuat daftar memperbaikinya, lalu impor lagi.")
        else:
            message = self.tr("Tidak ada yang baru: semua baris sudah ada di register tanpa perubahan.")
        self.feedback.show()
        self.feedback.info(message)

    def _filter(self) -> None:
        self.model.set_problems(self.plan.problems if self.plan else [], self.codes.currentData())
        self._show_row(0 if self.model.rowCount() else -1)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _show_row(self, index: int) -> None:
        """"Jump to row": the problem's row as it is in the file, the column concerned highlighted."""
        self.row_cells.setColumnCount(0)
        if index < 0 or self.plan is None or index >= len(self.model.shown):
            # A list without data rows has no problems either, but saying so beside "no data rows" misleads.
            self.row_title.setText(self.tr("Tidak ada masalah.") if self.plan and self.plan.rows_read else "")
            self.row_message.clear()
            return
        problem = self.model.shown[index]
        self.row_title.setText(self.tr("Baris {row} di berkas").format(row=problem.row))
        self.row_message.setText(problem.message)
        header = self.plan.header
        cells = self.plan.table.rows[problem.row - 1]
        self.row_cells.setColumnCount(len(header))
        for column, name in enumerate(header):
            top = QTableWidgetItem(name)
            value = QTableWidgetItem(text(cells[column]) if column < len(cells) else "")
            if name and name == problem.column:
                for item in (top, value):
                    item.setBackground(QBrush(QColor("#fde68a")))
            self.row_cells.setItem(0, column, top)
            self.row_cells.setItem(1, column, value)
        self.row_cells.resizeColumnsToContents()

    def _save_report(self) -> None:
        if self.plan is None:
            return
        suggested = str(self.plan.table.path.with_name(self.plan.table.path.stem + "_masalah.xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan baris bermasalah"), suggested,
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if not path:
            return
        try:
            rows = self.write_report(self.plan, path)
        except UserError as exc:
            self.feedback.show()
            self.feedback.error(str(exc))
            return
        self.feedback.show()
        self.feedback.ok(self.tr("{n} baris bermasalah disimpan di {path}. Kirim berkas ini kepada pembuat "
                                 "daftar untuk diperbaiki.").format(n=number(rows), path=path))


class DoneStep(QWidget):
    show_perlu_dicek = Signal()
    again = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.message = QLabel(objectName="summary", wordWrap=True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Lihat peserta yang perlu dicek"), objectName="primaryButton")
        self.check_button.clicked.connect(self.show_perlu_dicek)
        again = QPushButton(self.tr("Impor berkas lain"))
        again.clicked.connect(self.again)
        row.addWidget(self.check_button)
        row.addWidget(again)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_result(self, result: dict) -> None:
        text = self.tr(
            "Impor selesai. <b>{new}</b> peserta baru, <b>{upd}</b> diperbarui, {same} tidak berubah, "
            "{rej} baris ditolak."
        ).format(new=number(result["imported"]), upd=number(result["updated"]), same=number(result["unchanged"]),
                 rej=number(result["rejected"]))
        if result["warnings"]:
            text += " " + self.tr("<b>{warn}</b> peserta ditandai perlu dicek: buka Kartu &amp; Peserta, centang "
                                  "\"Perlu dicek\", lalu perbaiki desa atau NIK-nya.").format(
                warn=number(result["warnings"]))
        else:
            text += " " + self.tr("Tidak ada peserta yang perlu dicek.")
        if result.get("program"):
            text += " " + self.tr("Kartu dicatat di program {name}.").format(name=result["program"])
        self.message.setText(text)
        self.check_button.setVisible(result["warnings"] > 0)  # nothing to look at: no button that does nothing
