"""Programmes: one funded period each (name, funder, coverage, premium, target, distribution deadline).

Only the district writes them (a kecamatan office sees them read-only); every save is an event.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import register
from desktop.core.errors import UserError
from desktop.core.formatting import number, rupiah, short_date
from desktop.gui.settings.base import Section
from desktop.gui.widgets.feedback import Feedback

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)  # 16.800, not 16,800
EMPTY = QDate(2000, 1, 1)  # a date field at this value means "not set"


def _date_field() -> QDateEdit:
    field = QDateEdit()
    field.setCalendarPopup(True)
    field.setDisplayFormat("dd-MM-yyyy")
    field.setMinimumDate(EMPTY)
    field.setSpecialValueText(QCoreApplication.translate("ProgramSection", "(belum diisi)"))
    field.setDate(EMPTY)
    return field


def _get(field: QDateEdit) -> str | None:
    return None if field.date() == EMPTY else field.date().toString("yyyy-MM-dd")


def _set(field: QDateEdit, value: str | None) -> None:
    field.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else EMPTY)


class ProgramSection(Section):
    title = QT_TRANSLATE_NOOP("Section", "Program")
    permission = "impor"  # programmes belong to the register: whoever imports lists keeps them

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.uuid = ""
        outer = QVBoxLayout(self)  # a read-only note goes above the list and the form (Section.apply_role)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        left = QVBoxLayout()
        self.programs = QListWidget()
        self.programs.currentItemChanged.connect(self._chosen)
        left.addWidget(self.programs, 1)
        self.new_button = QPushButton(self.tr("Program baru"))
        self.new_button.clicked.connect(self.new)
        left.addWidget(self.new_button)
        layout.addLayout(left, 1)
        layout.addWidget(self._form(), 2)

    def _form(self) -> QWidget:
        box = QWidget()
        outer = QVBoxLayout(box)
        if not self.ctx.office.is_district:
            note = QLabel(self.tr("Program ditetapkan oleh kantor kabupaten dan datang lewat sinkronisasi; "
                                  "di kantor kecamatan hanya dapat dilihat."))
            note.setObjectName("hint")
            note.setWordWrap(True)
            outer.addWidget(note)
        form = QFormLayout()
        self.nama = QLineEdit()
        self.pendana = QLineEdit()
        self.pendana.setPlaceholderText(self.tr("mis. APBD Kabupaten Kaur"))
        self.mulai, self.selesai, self.batas = _date_field(), _date_field(), _date_field()
        self.iuran = QSpinBox()
        self.iuran.setRange(1, 10_000_000)
        self.iuran.setSingleStep(100)
        self.iuran.setPrefix("Rp")
        self.iuran.setGroupSeparatorShown(True)
        self.iuran.setLocale(INDONESIAN)
        self.target = QSpinBox()
        self.target.setRange(0, 10_000_000)
        self.target.setSpecialValueText(self.tr("(belum diisi)"))
        self.target.setSuffix(self.tr(" pekerja"))
        self.target.setGroupSeparatorShown(True)
        self.target.setLocale(INDONESIAN)
        rows = ((self.tr("Nama program"), self.nama), (self.tr("Pendana"), self.pendana),
                (self.tr("Perlindungan mulai"), self.mulai), (self.tr("Perlindungan selesai"), self.selesai),
                (self.tr("Iuran per pekerja per bulan"), self.iuran), (self.tr("Target peserta"), self.target),
                (self.tr("Batas distribusi kartu"), self.batas))
        for label, field in rows:
            form.addRow(label, field)
        outer.addLayout(form)
        self.cost = QLabel()
        self.cost.setObjectName("hint")
        self.cost.setWordWrap(True)
        outer.addWidget(self.cost)
        for field in (self.iuran, self.target):
            field.valueChanged.connect(self._show_cost)
        for field in (self.mulai, self.selesai):
            field.dateChanged.connect(self._show_cost)
        self.save_button = QPushButton(self.tr("Simpan program"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        outer.addWidget(self.save_button)
        self.feedback = Feedback()
        outer.addWidget(self.feedback)
        outer.addStretch(1)
        if not self.ctx.office.is_district:  # only the district writes programmes (DESIGN §3)
            for widget in (*self.fields(), self.save_button, self.new_button):
                widget.setEnabled(False)
            self.pendana.setPlaceholderText("")  # an example to type is no help where nothing can be typed
        return box

    def apply_role(self) -> None:
        if self.ctx.office.is_district:  # at a kecamatan the form is read-only for everyone, and says why
            super().apply_role()

    def fields(self) -> tuple[QWidget, ...]:
        return (self.nama, self.pendana, self.mulai, self.selesai, self.iuran, self.target, self.batas)

    def refresh(self) -> None:
        keep = self.uuid
        self.programs.blockSignals(True)
        self.programs.clear()
        for row in self.ctx.conn.execute("SELECT * FROM programs ORDER BY mulai DESC, nama"):
            item = QListWidgetItem(f"{row['nama']}\n{self._coverage(row['mulai'], row['selesai'])}")
            item.setData(Qt.ItemDataRole.UserRole, dict(row))
            self.programs.addItem(item)
            if row["uuid"] == keep:
                self.programs.setCurrentItem(item)
        self.programs.blockSignals(False)
        if self.programs.currentItem() is None and self.programs.count():
            self.programs.setCurrentRow(0)
        self._chosen(self.programs.currentItem())

    def _coverage(self, mulai: str | None, selesai: str | None) -> str:
        """The coverage period under the programme's name, in the UI language ("s.d." is Indonesian)."""
        if mulai and selesai:
            return self.tr("{mulai} s.d. {selesai}").format(mulai=short_date(mulai), selesai=short_date(selesai))
        if mulai:
            return self.tr("mulai {mulai}").format(mulai=short_date(mulai))
        if selesai:
            return self.tr("sampai {selesai}").format(selesai=short_date(selesai))
        return self.tr("masa perlindungan belum diisi")

    def _chosen(self, item, _previous=None) -> None:
        if item is None:
            self.new()
            return
        row = item.data(Qt.ItemDataRole.UserRole)
        self.uuid = row["uuid"]
        self.nama.setText(row["nama"])
        self.pendana.setText(row["pendana"])
        _set(self.mulai, row["mulai"])
        _set(self.selesai, row["selesai"])
        _set(self.batas, row["batas_distribusi"])
        self.iuran.setValue(row["iuran_per_bulan"])
        self.target.setValue(row["target"] or 0)
        self._show_cost()

    def new(self) -> None:
        self.uuid = ""
        self.programs.clearSelection()
        for field in (self.nama, self.pendana):
            field.clear()
        for field in (self.mulai, self.selesai, self.batas):
            _set(field, None)
        self.iuran.setValue(register.DEFAULT_PREMIUM)
        self.target.setValue(0)
        self.nama.setFocus()
        self._show_cost()

    def _show_cost(self, *_args) -> None:
        mulai, selesai = _get(self.mulai), _get(self.selesai)
        if not (mulai and selesai and self.target.value()) or selesai < mulai:
            self.cost.setText("")
            return
        # Whole months covered, both ends counted: 1 Sep – 28 Feb and 1 Sep – 1 Mar are both 6.
        months = max(1, round((self.mulai.date().daysTo(self.selesai.date()) + 1) / 30.44))
        total = months * self.target.value() * self.iuran.value()
        self.cost.setText(self.tr("Perkiraan anggaran: {n} pekerja × {m} bulan × {iuran} = {total}").format(
            n=number(self.target.value()), m=months, iuran=rupiah(self.iuran.value()), total=rupiah(total)))

    def save(self) -> None:
        program = register.Program(nama=self.nama.text(), pendana=self.pendana.text().strip(), mulai=_get(self.mulai),
                                   selesai=_get(self.selesai), iuran_per_bulan=self.iuran.value(),
                                   target=self.target.value() or None, batas_distribusi=_get(self.batas),
                                   uuid=self.uuid)
        try:
            self.uuid = register.save_program(self.ctx.conn, program, on=self.ctx.today().isoformat(),
                                              user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.feedback.ok(self.tr("Program '{nama}' disimpan.").format(nama=program.nama))
        self.refresh()
        self.ctx.changed()
