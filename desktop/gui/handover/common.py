"""Pieces every handover panel uses: the date field, the message line that beeps, the card checklist."""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import nik as nik_rules
from desktop.core.formatting import number, short_date
from desktop.gui import labels
from desktop.gui.widgets.feedback import Feedback  # noqa: F401 (the panels import it from here)
from desktop.gui.widgets.stretch_column import NAME_SAMPLE, stretch_column


def date_field(today: date, parent: QWidget | None = None) -> QDateEdit:
    """A date that defaults to today, written the Indonesian way, with a calendar."""
    field = QDateEdit(QDate(today.year, today.month, today.day), parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat("dd-MM-yyyy")
    field.setMaximumDate(QDate(today.year, today.month, today.day))
    field.setMaximumWidth(160)
    return field


def iso(field: QDateEdit) -> str:
    return field.date().toString("yyyy-MM-dd")


COLUMNS = ("", "KPJ", QT_TRANSLATE_NOOP("CardChecklist", "Nama"), "NIK",
           QT_TRANSLATE_NOOP("CardChecklist", "Desa/Kelurahan"), QT_TRANSLATE_NOOP("CardChecklist", "Status"),
           QT_TRANSLATE_NOOP("CardChecklist", "Sejak"))


class CardChecklist(QTableWidget):
    """Cards with a tick box each: what goes in a box, what arrived, what was signed for."""

    ticks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch_column(self, 2, NAME_SAMPLE)
        self._rows: dict[str, int] = {}
        self.cellClicked.connect(self._toggle_row)
        self.itemChanged.connect(lambda item: item.column() == 0 and self.ticks_changed.emit())

    def set_cards(self, cards, *, checked: bool) -> None:
        """`cards`: rows with kpj, nama, nik, desa, state, since."""
        self.blockSignals(True)
        self.setRowCount(len(cards))
        self._rows = {}
        for row, card in enumerate(cards):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, card["kpj"])
            self.setItem(row, 0, tick)
            values = (card["kpj"], card["nama"], nik_rules.mask(card["nik"]), card["desa"] or "",
                      labels.state(card["state"]), short_date(card["since"]))
            for column, text in enumerate(values, start=1):
                self.setItem(row, column, QTableWidgetItem(text))
            self._rows[card["kpj"]] = row
        self.blockSignals(False)
        self.ticks_changed.emit()

    def checked(self) -> list[str]:
        return [self.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.rowCount())
                if self.item(r, 0).checkState() == Qt.CheckState.Checked]

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.blockSignals(True)
        for row in range(self.rowCount()):
            self.item(row, 0).setCheckState(state)
        self.blockSignals(False)
        self.ticks_changed.emit()

    def tick(self, kpj: str) -> bool | None:
        """Tick the row of `kpj` (a scan). None: not in this list; False: it was already ticked."""
        row = self._rows.get(kpj)
        if row is None:
            return None
        item = self.item(row, 0)
        if item.checkState() == Qt.CheckState.Checked:
            return False
        item.setCheckState(Qt.CheckState.Checked)
        self.scrollToItem(item)
        self.selectRow(row)
        return True

    def _toggle_row(self, row: int, column: int) -> None:
        if column:  # clicking anywhere on a row ticks it, not only the small box
            item = self.item(row, 0)
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)


def region_combo(rows, *, counts: dict[str, int] | None = None, noun: str = "kartu") -> QComboBox:
    combo = QComboBox()
    fill_regions(combo, rows, counts=counts, noun=noun)
    return combo


def fill_regions(combo: QComboBox, rows, *, counts: dict[str, int] | None = None, noun: str = "kartu") -> None:
    """Areas by name, each with how many cards wait for it; the current choice is kept when possible, else
    the first area that has cards waiting (an empty list first would look as if there were nothing to do)."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for row in rows:
        label = row["nama"]
        if counts is not None:
            label += f" — {number(counts.get(row['kode'], 0))} {noun}"
        combo.addItem(label, row["kode"])
    index = combo.findData(keep)
    if index < 0:
        waiting = [i for i, row in enumerate(rows) if counts and counts.get(row["kode"], 0)]
        index = waiting[0] if waiting else 0
    combo.setCurrentIndex(index)
    combo.blockSignals(False)


CARD_SQL = (
    "SELECT c.kpj, p.nama, p.nik, dr.nama AS desa, c.state, c.since FROM cards c "
    "JOIN peserta p ON p.id = c.peserta_id LEFT JOIN regions dr ON dr.kode = c.desa_kode "
)
