"""Cetak: build a handover paper in the background, look at it, then print it or save it as PDF.

The PDF is built into a private temporary folder (the preview); printing or saving uses that very
file and records a `dokumen_dicetak` event, so what was looked at is what is printed and logged.
"""

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents import printing
from desktop.core.documents.printing import PrintRequest
from desktop.core.errors import UserError
from desktop.core.formatting import number
from desktop.gui import jobs, labels, roles
from desktop.gui.pages.base import Page
from desktop.gui.pdfpages import PdfPages, prepare_printer, print_pages
from desktop.gui.printing.options import PrintOptions
from desktop.gui.printing.preview import PreviewPane
from desktop.gui.widgets.feedback import Feedback, Note


class CetakPage(Page):
    key = "cetak"
    title = QT_TRANSLATE_NOOP("Page", "Cetak")
    permission = "cetak"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.folder = tempfile.TemporaryDirectory(prefix="serahkartu-cetak-")
        self.built: tuple[PrintRequest, dict] | None = None
        self.builds = 0
        layout = QHBoxLayout(self)
        layout.addWidget(self._left_column(), 0)
        self.preview = PreviewPane()
        layout.addWidget(self.preview, 1)

    def _left_column(self) -> QWidget:
        column = QWidget()
        column.setMaximumWidth(470)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)  # the page's own margin: the title lines up with other pages'
        heading = QLabel(self.tr("Cetak Dokumen"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        intro = QLabel(self.tr("Daftar serah terima untuk ditandatangani (atau cap jempol) peserta per desa, "
                               "tanda terima per peserta, dan berita acara untuk setiap kiriman.") + " " + (
            self.tr("NIK disamarkan kecuali Anda memilih sebaliknya.") if roles.may(self.ctx, "buka_nik")
            else self.tr("NIK selalu disamarkan.")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.options = PrintOptions(self.ctx)
        self.options.changed.connect(self._out_of_date)
        layout.addWidget(self.options)
        self.build_button = QPushButton(self.tr("Pratinjau"))
        self.build_button.setObjectName("primaryButton")
        self.build_button.clicked.connect(self.build)
        self.print_button = QPushButton(self.tr("Cetak ke printer…"))
        self.print_button.clicked.connect(self.send_to_printer)
        self.save_button = QPushButton(self.tr("Simpan sebagai PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        for button in (self.build_button, self.print_button, self.save_button):
            layout.addWidget(button)
        self.summary = Note()
        layout.addWidget(self.summary)
        self.feedback = Feedback()
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        self._out_of_date()
        return column

    def refresh(self) -> None:
        self.options.refresh()

    def prepare(self, document: str, **where) -> None:
        """Open the page preset for a document (called from where the work happened) and build it."""
        self.options.refresh()
        self.options.select(document, **where)
        self.build()

    # -- building -------------------------------------------------------------------------------
    def _out_of_date(self) -> None:
        # A refresh after data changed re-fills the form with the same choices: keep that preview.
        if self.built is not None and self.options.request() == self.built[0]:
            return
        self.built = None
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.summary.setText("")
        if hasattr(self, "preview"):
            self.preview.clear(self.tr("Pilihan berubah: tekan Pratinjau untuk membuat dokumennya."))

    def build(self) -> None:
        request = self.options.request()
        self.builds += 1
        out = Path(self.folder.name) / f"pratinjau-{self.builds}.pdf"
        today, user = self.ctx.today(), self.ctx.user
        self.preview.clear(self.tr("Menyusun dokumen…"))
        self.feedback.setProperty("kind", "")
        self.feedback.clear()
        self.feedback.style().polish(self.feedback)

        def work(conn, progress):
            return printing.render(conn, request, out, today=today, user=user, progress=progress)

        jobs.run_job(self, self.ctx, self.tr("Menyusun {doc}").format(doc=labels.document(request.document)),
                     work, lambda result: self._built(request, result), on_error=self._failed)

    def _built(self, request: PrintRequest, result: dict) -> None:
        self.built = (request, result)
        self.preview.show_pdf(result["file"])
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.summary.setText(self.tr("{doc}: {rows} kartu, {pages} halaman {paper}{nik}.").format(
            doc=labels.document(request.document), rows=number(result["rows"]), pages=number(result["pages"]),
            paper=result["paper"].upper(),
            nik=self.tr(", NIK LENGKAP") if request.unmask_nik else self.tr(", NIK disamarkan")))

    def _failed(self, message: str) -> None:
        self.preview.clear(message)
        self.feedback.error(message)

    # -- output ---------------------------------------------------------------------------------
    def save_pdf(self, target: str | None = None) -> None:
        if self.built is None:
            return
        request, result = self.built
        if target is None:
            suggested = str(Path.home() / _file_name(request))
            target, _filter = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), suggested, "PDF (*.pdf)")
            if not target:
                return
            if not target.lower().endswith(".pdf"):
                target += ".pdf"  # a name typed without its suffix would not open as a PDF
        try:
            shutil.copyfile(result["file"], target)
        except OSError as exc:
            self.feedback.error(self.tr("PDF tidak dapat disimpan di {path}: {why}. Pilih tempat lain.").format(
                path=target, why=exc.strerror))
            return
        self._record(request, result)
        self.feedback.ok(self.tr("PDF disimpan: {path}").format(path=target))

    def send_to_printer(self) -> None:
        if self.built is None:
            return
        request, result = self.built
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, result["paper"], _file_name(request))
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        if self._print(printer, result):
            self._record(request, result)
            self.feedback.ok(self.tr("{pages} halaman dikirim ke printer.").format(pages=number(result["pages"])))
        else:
            self.feedback.error(self.tr("Pencetakan dibatalkan atau printer menolak; tidak ada yang dicatat."))

    def _print(self, printer: QPrinter, result: dict) -> bool:
        dialog = QProgressDialog(self.tr("Mengirim halaman ke printer…"), self.tr("Batal"), 0, result["pages"], self)
        dialog.setMinimumDuration(400)

        def progress(done: int, total: int) -> bool:
            dialog.setValue(done)
            return not dialog.wasCanceled()

        pages = PdfPages(result["file"])
        try:
            return print_pages(pages, printer, progress)
        finally:
            pages.close()
            dialog.close()

    def _record(self, request: PrintRequest, result: dict) -> None:
        try:
            printing.record(self.ctx.conn, request, result, today=self.ctx.today(), user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.ctx.changed()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.preview.close_pdf()
        super().closeEvent(event)


def _file_name(request: PrintRequest) -> str:
    where = request.delivery or request.scope.desa or request.scope.kecamatan or "semua"
    return f"{request.document}-{where}.pdf".replace("/", "-")
