"""Laporan: the reconciliation workbook and the overdue list written in the background and opened when
done, and the cross-check of BPJS's participant list against the register."""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import regions
from desktop.core.formatting import number
from desktop.core.reports import bpjs_check, rekonsiliasi, tertahan
from desktop.gui import jobs, roles
from desktop.gui.pages.base import Page
from desktop.gui.widgets.bpjs_findings import BpjsFindings
from desktop.gui.widgets.feedback import Feedback, Note
from desktop.gui.widgets.flow import FlowLayout

# key -> (label, what it holds, writer, file suffix)
REPORTS = {
    "rekonsiliasi": (QT_TRANSLATE_NOOP("LaporanPage", "Rekonsiliasi (Excel)"),
                     QT_TRANSLATE_NOOP("LaporanPage", "Ringkasan per kecamatan dengan jumlah dan selisih, grafik, "
                                                      "per desa, rincian setiap kartu, perlu tindakan (tertahan, "
                                                      "meninggal, hilang, dikembalikan, perlu dicek), biaya program."),
                     rekonsiliasi.write, ".xlsx"),
    "tertahan": (QT_TRANSLATE_NOOP("LaporanPage", "Kartu tertahan (Excel)"),
                 QT_TRANSLATE_NOOP("LaporanPage", "Kartu yang melewati batas hari, per kecamatan, yang terlama "
                                                  "dulu, dengan jumlah per kecamatan."), tertahan.write, ".xlsx"),
    "tertahan_csv": (QT_TRANSLATE_NOOP("LaporanPage", "Kartu tertahan (CSV)"),
                     QT_TRANSLATE_NOOP("LaporanPage", "Daftar yang sama sebagai CSV (pemisah titik koma), untuk "
                                                      "diolah di aplikasi lain."), tertahan.write, ".csv"),
}


class LaporanPage(Page):
    key = "laporan"
    title = QT_TRANSLATE_NOOP("Page", "Laporan")
    permission = "ekspor"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.last_result = None  # the last report written (tests and the summary read it)
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        layout = QHBoxLayout(self)
        layout.addWidget(self._report_column(), 0)
        layout.addWidget(self._bpjs_column(), 1)

    # -- the reports ----------------------------------------------------------------------------
    def _report_column(self) -> QWidget:
        column = QWidget()
        column.setMaximumWidth(460)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)  # the page's own margin: the title lines up with other pages'
        heading = QLabel(self.tr("Laporan"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        intro = QLabel(self.tr("Buku kerja untuk Bupati dan BPJS: di mana setiap kartu berada, dibuktikan dengan "
                               "selisih nol di setiap baris, dan daftar yang perlu ditindaklanjuti. Angkanya sama "
                               "dengan Beranda."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(self.tr("Buat laporan"))
        form = QFormLayout(box)
        self.report = QComboBox()
        for key, (label, _about, _writer, _suffix) in REPORTS.items():
            self.report.addItem(self.tr(label), key)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.report.currentIndexChanged.connect(
            lambda: self.about.setText(self.tr(REPORTS[self.report.currentData()][1])))
        self.kecamatan = QComboBox()
        self.unmask = QCheckBox(self.tr("Tampilkan NIK lengkap (dicatat)"))
        self.unmask.toggled.connect(self._confirm_unmask)
        roles.offer_only_to(self.ctx, "buka_nik", self.unmask)
        self.open_after = QCheckBox(self.tr("Buka berkas setelah selesai"))
        self.open_after.setChecked(True)
        form.addRow(self.tr("Laporan"), self.report)
        form.addRow("", self.about)
        form.addRow(self.tr("Wilayah"), self.kecamatan)
        form.addRow("", self.unmask)
        form.addRow("", self.open_after)
        layout.addWidget(box)
        self.about.setText(self.tr(REPORTS[self.report.currentData()][1]))
        self.make_button = QPushButton(self.tr("Buat dan simpan…"))
        self.make_button.setObjectName("primaryButton")
        self.make_button.clicked.connect(lambda: self.make())
        layout.addWidget(self.make_button)
        self.summary = Note()
        layout.addWidget(self.summary)
        self.feedback = Feedback()
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        return column

    def refresh(self) -> None:
        office = self.ctx.office
        keep = self.kecamatan.currentData()
        self.kecamatan.clear()
        if office.kind == "kecamatan":
            self.kecamatan.addItem(regions.name_of(self.ctx.conn, office.kode), office.kode)
        else:
            self.kecamatan.addItem(self.tr("Semua kecamatan"), None)
            for area in regions.children(self.ctx.conn, office.kabupaten_kode):
                self.kecamatan.addItem(area["nama"], area["kode"])
        self.kecamatan.setCurrentIndex(max(self.kecamatan.findData(keep), 0))

    def _confirm_unmask(self, on: bool) -> None:
        if not on:
            return
        answer = QMessageBox.question(
            self, self.tr("NIK lengkap"),
            self.tr("NIK lengkap memuat tanggal lahir dan jenis kelamin (data pribadi, UU 27/2022). Tampilkan "
                    "hanya bila benar-benar perlu; pilihan ini dicatat atas nama Anda. Lanjutkan?"))
        if answer != QMessageBox.StandardButton.Yes:
            self.unmask.blockSignals(True)
            self.unmask.setChecked(False)
            self.unmask.blockSignals(False)

    def suggested_name(self) -> str:
        key = self.report.currentData()
        where = self.kecamatan.currentText() if self.kecamatan.currentData() else self.ctx.office.nama
        stamp = self.ctx.today().isoformat()
        name = f"{'tertahan' if key.startswith('tertahan') else key}-{where}-{stamp}{REPORTS[key][3]}"
        return name.replace(" ", "-").replace("/", "-")

    def make(self, target: str | None = None) -> None:
        """Ask where to save (unless `target` is given), then write the report in the background."""
        key = self.report.currentData()
        _label, _about, writer, suffix = REPORTS[key]
        if target is None:
            target, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Simpan laporan"), str(Path.home() / self.suggested_name()), f"*{suffix}")
            if not target:
                return
        if not target.lower().endswith(suffix):
            target += suffix
        kecamatan, unmask, today, user = self.kecamatan.currentData(), self.unmask.isChecked(), self.ctx.today(), \
            self.ctx.user
        self.feedback.info(self.tr("Menyusun laporan…"))

        def work(conn, progress):
            return writer(conn, Path(target), today, kecamatan=kecamatan, unmask_nik=unmask, user=user,
                          progress=progress)

        jobs.run_job(self, self.ctx, self.tr("Menyusun laporan"), work, self._written, on_error=self._failed)

    def _written(self, result) -> None:
        self.last_result = result
        if result.kind == "rekonsiliasi":
            text = self.tr("Rekonsiliasi: {cards} kartu, {rows} kecamatan. {balance}").format(
                cards=number(result.cards), rows=number(result.rows["Ringkasan"]),
                balance=self.tr("Selisih 0 di setiap baris.") if result.balanced
                else self.tr("ADA SELISIH: jalankan pemeriksaan basis data dan hubungi petugas TI."))
        else:
            text = self.tr("Kartu tertahan: {cards} kartu di {areas} kecamatan.").format(
                cards=number(result.cards), areas=number(len(result.summary)))
        self.summary.setText(text)
        (self.feedback.ok if result.balanced else self.feedback.error)(
            self.tr("Disimpan: {path}").format(path=result.path))
        if self.open_after.isChecked():
            self.open_file(result.path)

    def _failed(self, message: str) -> None:
        self.feedback.error(message)

    # -- the BPJS cross-check --------------------------------------------------------------------
    def _bpjs_column(self) -> QWidget:
        box = QGroupBox(self.tr("Cocokkan dengan daftar peserta dari BPJS"))
        layout = QVBoxLayout(box)
        explain = QLabel(self.tr("Buka daftar peserta yang dikirim BPJS Ketenagakerjaan (KPJ, NIK, nama, status; "
                                 ".xlsx, .xls, .ods atau .csv). Hasilnya: yang ada di daftar BPJS tetapi tidak di "
                                 "register, peserta tanpa kartu, KPJ atau nama yang berbeda."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        buttons = FlowLayout()
        self.bpjs_button = QPushButton(self.tr("Buka daftar BPJS…"))
        self.bpjs_button.clicked.connect(lambda: self.check_bpjs())
        self.bpjs_save = QPushButton(self.tr("Simpan temuan (Excel)…"))
        self.bpjs_save.setEnabled(False)
        self.bpjs_save.clicked.connect(lambda: self.save_findings())
        buttons.addWidget(self.bpjs_button)
        buttons.addWidget(self.bpjs_save)
        layout.addLayout(buttons)
        self.findings = BpjsFindings()
        layout.addWidget(self.findings, 1)
        self.bpjs_feedback = Feedback()
        layout.addWidget(self.bpjs_feedback)
        return box

    def check_bpjs(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Daftar peserta dari BPJS"), str(Path.home()),
                                                        self.tr("Daftar (*.xlsx *.xls *.ods *.csv)"))
            if not path:
                return
        kecamatan = self.kecamatan.currentData()
        self.bpjs_feedback.info(self.tr("Mencocokkan…"))

        def work(conn, progress):
            return bpjs_check.check_file(conn, path, kecamatan=kecamatan)

        jobs.run_job(self, self.ctx, self.tr("Mencocokkan daftar BPJS"), work, self._checked,
                     on_error=lambda message: self.bpjs_feedback.error(message), cancellable=False)

    def _checked(self, result: bpjs_check.CrossCheck) -> None:
        self.findings.show_result(result)
        self.bpjs_save.setEnabled(bool(result.findings))
        self.bpjs_feedback.ok(self.tr("{rows} baris dibaca dari {file}: {matched} cocok, {found} temuan.").format(
            rows=number(result.rows_read), file=Path(result.file).name, matched=number(result.matched),
            found=number(len(result.findings))))

    def save_findings(self, target: str | None = None) -> None:
        result = self.findings.result
        if result is None:
            return
        if target is None:
            suggested = Path.home() / f"cek-bpjs-{datetime.now():%Y-%m-%d}.xlsx"
            target, _filter = QFileDialog.getSaveFileName(self, self.tr("Simpan temuan"), str(suggested), "*.xlsx")
            if not target:
                return
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        unmask, kecamatan, user = self.unmask.isChecked(), self.kecamatan.currentData(), self.ctx.user
        heading = rekonsiliasi.subtitle(self.ctx.conn, self.ctx.today(), kecamatan, unmask)

        def work(conn, progress):
            return bpjs_check.save_report(conn, result, target, heading, kecamatan=kecamatan, unmask=unmask,
                                          user=user)

        jobs.run_job(self, self.ctx, self.tr("Menyimpan temuan"), work, self._findings_saved,
                     on_error=lambda message: self.bpjs_feedback.error(message), cancellable=False)

    def _findings_saved(self, path: Path) -> None:
        self.bpjs_feedback.ok(self.tr("Temuan disimpan: {path}").format(path=path))
        if self.open_after.isChecked():
            self.open_file(path)
