"""Add one person by hand, or correct a person's data — the "Perlu dicek" fix in place.

The same rules as the import (desktop.core.peserta_edit): errors stop the save, warnings are shown while
typing and kept as "perlu dicek" unless the clerk ticks that the data has been checked.
"""

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.core import peserta_edit, regions
from desktop.core.errors import UserError
from desktop.core.importing import values
from desktop.core.importing.problems import label, parse_perlu_dicek
from desktop.core.register import PesertaData
from desktop.gui.context import AppContext
from desktop.gui.widgets.feedback import Feedback


class PesertaDialog(QDialog):
    """`nik=None`: a new person. Otherwise the person with that NIK is loaded for correction."""

    def __init__(self, ctx: AppContext, nik: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.original_nik = ctx, nik
        self.person = peserta_edit.load(ctx.conn, nik) if nik else PesertaData(nik="", nama="")
        self.setWindowTitle(self.tr("Ubah data peserta") if nik else self.tr("Tambah peserta"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.reasons = QLabel(objectName="hint", wordWrap=True)
        layout.addWidget(self.reasons)
        layout.addLayout(self._form())
        self.warnings = QLabel(objectName="hint", wordWrap=True)
        layout.addWidget(self.warnings)
        self.checked = QCheckBox(self.tr("Data sudah dicek dengan KTP/KK — hapus tanda \"perlu dicek\""))
        layout.addWidget(self.checked)
        self.feedback = Feedback()
        self.feedback.hide()
        layout.addWidget(self.feedback)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self._show_reasons()

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.nik = QLineEdit(placeholderText=self.tr("16 digit"), maxLength=20)
        self.nama = QLineEdit()
        self.lahir = QLineEdit(placeholderText=self.tr("hh-bb-tttt, mis. 05-03-1978"))
        self.jk = QComboBox()
        for text, value in ((self.tr("(dari NIK)"), None), (self.tr("Laki-laki"), "L"), (self.tr("Perempuan"), "P")):
            self.jk.addItem(text, value)
        self.alamat, self.pekerjaan, self.telepon = QLineEdit(), QLineEdit(), QLineEdit()
        self.kecamatan, self.desa = QComboBox(), QComboBox()
        self.kecamatan.addItem(self.tr("(pilih kecamatan)"), None)
        for row in regions.children(self.ctx.conn, self.ctx.office.kabupaten_kode):
            self.kecamatan.addItem(row["nama"], row["kode"])
        self.kecamatan.currentIndexChanged.connect(self._fill_desa)
        self.kpj = QLineEdit(placeholderText=self.tr("11 digit, bila kartunya sudah ada"), maxLength=11)
        rows = [(self.tr("NIK"), self.nik), (self.tr("Nama"), self.nama), (self.tr("Tanggal lahir"), self.lahir),
                (self.tr("Jenis kelamin"), self.jk), (self.tr("Alamat"), self.alamat),
                (self.tr("Kecamatan"), self.kecamatan), (self.tr("Desa/kelurahan"), self.desa),
                (self.tr("Pekerjaan"), self.pekerjaan), (self.tr("Nomor HP"), self.telepon)]
        if self.original_nik is None:
            rows.append((self.tr("Nomor KPJ"), self.kpj))
        for text, widget in rows:
            form.addRow(text, widget)
        for widget in (self.nik, self.nama, self.lahir):
            widget.textChanged.connect(self._live_check)
        for combo in (self.jk, self.desa):
            combo.currentIndexChanged.connect(self._live_check)
        return form

    def _fill(self) -> None:
        p = self.person
        self.nik.setText(p.nik)
        self.nama.setText(p.nama)
        self.lahir.setText(date.fromisoformat(p.tanggal_lahir).strftime("%d-%m-%Y") if p.tanggal_lahir else "")
        self.jk.setCurrentIndex(max(0, self.jk.findData(p.jenis_kelamin)))
        self.alamat.setText(p.alamat)
        self.pekerjaan.setText(p.pekerjaan)
        self.telepon.setText(p.telepon)
        self.kecamatan.setCurrentIndex(max(0, self.kecamatan.findData(p.kecamatan_kode)))
        self._fill_desa()
        self.desa.setCurrentIndex(max(0, self.desa.findData(p.desa_kode)))

    def _fill_desa(self) -> None:
        self.desa.blockSignals(True)
        self.desa.clear()
        self.desa.addItem(self.tr("(pilih desa/kelurahan)"), None)
        if self.kecamatan.currentData():
            for row in regions.children(self.ctx.conn, self.kecamatan.currentData()):
                self.desa.addItem(row["nama"], row["kode"])
        self.desa.blockSignals(False)
        self._live_check()

    def _show_reasons(self) -> None:
        pairs = parse_perlu_dicek(self.person.perlu_dicek)
        self.reasons.setVisible(bool(pairs))
        self.checked.setVisible(bool(pairs) or self.original_nik is None)
        lines = [f"• <b>{label(code) if code else self.tr('Catatan')}</b>: {message}" for code, message in pairs]
        self.reasons.setText(self.tr("Perlu dicek:") + "<br>" + "<br>".join(lines))

    def data(self) -> PesertaData:
        born = values.birth_date(self.lahir.text(), today=self.ctx.today()) if self.lahir.text().strip() else None
        if self.lahir.text().strip() and born is None:
            raise UserError(self.tr("Tanggal lahir tidak terbaca. Tulis hh-bb-tttt, mis. 05-03-1978."))
        nik, _ = values.nik(self.nik.text())
        return PesertaData(
            nik=nik, nama=values.name(self.nama.text()), tanggal_lahir=born.isoformat() if born else None,
            jenis_kelamin=self.jk.currentData(), alamat=values.plain(self.alamat.text()),
            desa_kode=self.desa.currentData(), kecamatan_kode=self.kecamatan.currentData(),
            pekerjaan=values.plain(self.pekerjaan.text()), telepon=values.phone(self.telepon.text()),
            perlu_dicek=self.person.perlu_dicek)

    def _live_check(self) -> None:
        if not hasattr(self, "warnings"):
            return
        try:
            checked = peserta_edit.check(self.ctx.conn, self.data(), today=self.ctx.today(),
                                         original_nik=self.original_nik)
        except UserError as exc:
            self.warnings.setText(str(exc))
            return
        notes = [f"✖ {p.message}" for p in checked.errors] + [f"⚠ {p.message}" for p in checked.warnings]
        self.warnings.setText("\n".join(notes))

    def save(self) -> None:
        try:
            data = self.data()
            if self.original_nik is None:
                peserta_edit.add_person(self.ctx.conn, data, today=self.ctx.today(), kpj=self.kpj.text(),
                                        checked_by_clerk=self.checked.isChecked(), user=self.ctx.user)
            else:
                peserta_edit.correct_person(self.ctx.conn, self.original_nik, data, today=self.ctx.today(),
                                            checked_by_clerk=self.checked.isChecked(), user=self.ctx.user)
        except UserError as exc:
            self.feedback.show()
            self.feedback.error(str(exc))
            return
        self.saved_nik = data.nik
        self.ctx.changed()
        self.accept()
