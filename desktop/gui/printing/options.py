"""The Cetak page's form: which document, for which area or delivery, on which paper, in which order."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QMessageBox, QWidget

from desktop.core import deliveries, regions
from desktop.core.documents import config
from desktop.core.documents.layout import PAPER_LABELS
from desktop.core.documents.printing import DOCUMENTS, PrintRequest
from desktop.core.documents.source import Scope
from desktop.core.formatting import number, short_date
from desktop.core.states import UNDELIVERED
from desktop.gui import labels, roles
from desktop.gui.context import AppContext


class PrintOptions(QWidget):
    """Emits `changed` whenever a choice changes (the preview is then out of date)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = QFormLayout(self)
        self.document = QComboBox()
        for key in DOCUMENTS:
            self.document.addItem(labels.document(key), key)
        self.kecamatan = QComboBox()
        self.desa = QComboBox()
        self.delivery = QComboBox()
        self.delivery.setMinimumContentsLength(28)
        self.paper = QComboBox()
        for key, label in PAPER_LABELS.items():
            self.paper.addItem(label, key)
        self.sort = QComboBox()
        self.sort.addItem(self.tr("Nama"), "nama")
        self.sort.addItem(self.tr("Nomor KPJ"), "kpj")
        self.all_cards = QCheckBox(self.tr("Juga kartu yang sudah diserahkan"))
        self.all_cards.setToolTip(self.tr("Cetak ulang untuk arsip: termasuk kartu yang sudah diserahkan atau "
                                          "dikembalikan. Tanpa ini hanya kartu yang belum sampai ke peserta."))
        self.meterai = QCheckBox(self.tr("Kotak meterai Rp10.000"))
        self.unmask = QCheckBox(self.tr("Cetak NIK lengkap (dicatat)"))
        roles.offer_only_to(ctx, "buka_nik", self.unmask)
        self.rows = {}
        for label, field in ((self.tr("Dokumen"), self.document), (self.tr("Kecamatan"), self.kecamatan),
                             (self.tr("Desa/Kelurahan"), self.desa), (self.tr("Kiriman"), self.delivery),
                             (self.tr("Kertas"), self.paper), (self.tr("Urutan"), self.sort)):
            form.addRow(label, field)
            self.rows[field] = label
        for box in (self.all_cards, self.meterai, self.unmask):
            form.addRow("", box)
        self.form = form
        self.document.currentIndexChanged.connect(self._document_changed)
        self.kecamatan.currentIndexChanged.connect(self._fill_desa)
        self.unmask.toggled.connect(self._confirm_unmask)
        for combo in (self.desa, self.delivery, self.paper, self.sort):
            combo.currentIndexChanged.connect(self.changed)
        for box in (self.all_cards, self.meterai):
            box.toggled.connect(self.changed)

    def refresh(self) -> None:
        """Re-read areas, counts and deliveries, keeping the current choices where they still exist."""
        conn = self.ctx.conn
        office = self.ctx.office
        counts = self._pending_counts("kecamatan_kode")
        keep = self.kecamatan.currentData()
        self.kecamatan.blockSignals(True)
        self.kecamatan.clear()
        if office.kind == "kecamatan":
            areas = [{"kode": office.kode, "nama": regions.name_of(conn, office.kode)}]
        else:
            self.kecamatan.addItem(self.tr("Semua kecamatan"), None)
            areas = regions.children(conn, office.kabupaten_kode)
        for area in areas:
            self.kecamatan.addItem(self.tr("{nama} ({n} belum diserahkan)").format(
                nama=area["nama"], n=number(counts.get(area["kode"], 0))), area["kode"])
        self.kecamatan.setCurrentIndex(max(self.kecamatan.findData(keep), 0))
        self.kecamatan.blockSignals(False)
        self._fill_desa()
        self._fill_deliveries()
        self._document_changed()

    def _pending_counts(self, column: str) -> dict[str, int]:
        marks = ", ".join("?" * len(UNDELIVERED))
        return dict(self.ctx.conn.execute(
            f"SELECT {column}, count(*) FROM cards WHERE state IN ({marks}) GROUP BY 1", UNDELIVERED))

    def _fill_desa(self) -> None:
        keep = self.desa.currentData()
        self.desa.blockSignals(True)
        self.desa.clear()
        self.desa.addItem(self.tr("Semua desa/kelurahan"), None)
        kecamatan = self.kecamatan.currentData()
        if kecamatan:
            counts = self._pending_counts("desa_kode")
            for desa in regions.children(self.ctx.conn, kecamatan):
                text = self.tr("{nama} ({n} belum diserahkan)").format(
                    nama=desa["nama"], n=number(counts.get(desa["kode"], 0)))
                self.desa.addItem(text, desa["kode"])
        self.desa.setCurrentIndex(max(self.desa.findData(keep), 0))
        self.desa.setEnabled(kecamatan is not None)
        self.desa.blockSignals(False)
        self.changed.emit()

    def _fill_deliveries(self) -> None:
        keep = self.delivery.currentData()
        self.delivery.blockSignals(True)
        self.delivery.clear()
        for item in deliveries.listing(self.ctx.conn, limit=500):
            self.delivery.addItem(self.tr("{no} · {tanggal} · {ke} · {n} kartu").format(
                no=item.no, tanggal=short_date(item.sent_on), ke=item.ke_nama, n=number(item.jumlah)), item.no)
        if not self.delivery.count():
            self.delivery.addItem(self.tr("(belum ada kiriman)"), None)
        self.delivery.setCurrentIndex(max(self.delivery.findData(keep), 0))
        self.delivery.blockSignals(False)

    def _document_changed(self) -> None:
        is_ba = self.document.currentData() == "berita-acara"
        for field in (self.kecamatan, self.desa, self.all_cards):
            self.form.setRowVisible(field, not is_ba)
        self.form.setRowVisible(self.delivery, is_ba)
        self.form.setRowVisible(self.meterai, is_ba)
        cfg = config.load(self.ctx.conn)
        self.paper.blockSignals(True)
        self.paper.setCurrentIndex(self.paper.findData(cfg.kertas_berita_acara if is_ba else cfg.kertas))
        self.paper.blockSignals(False)
        self.changed.emit()

    def _confirm_unmask(self, on: bool) -> None:
        if on:
            answer = QMessageBox.question(
                self, self.tr("NIK lengkap"),
                self.tr("NIK lengkap memuat tanggal lahir dan jenis kelamin (data pribadi, UU 27/2022). "
                        "Cetak NIK lengkap hanya bila benar-benar perlu; pencetakan ini dicatat atas nama Anda. "
                        "Lanjutkan?"))
            if answer != QMessageBox.StandardButton.Yes:
                self.unmask.blockSignals(True)
                self.unmask.setChecked(False)
                self.unmask.blockSignals(False)
                return
        self.changed.emit()

    def select(self, document: str, *, kecamatan: str | None = None, desa: str | None = None,
               delivery: str | None = None) -> None:
        """Preset the form (from the place where the work happened: a delivery, a desa)."""
        self.document.setCurrentIndex(self.document.findData(document))
        if kecamatan or desa:
            self.kecamatan.setCurrentIndex(max(self.kecamatan.findData(kecamatan or desa.rsplit(".", 1)[0]), 0))
            self.desa.setCurrentIndex(max(self.desa.findData(desa), 0))
        if delivery:
            self._fill_deliveries()
            self.delivery.setCurrentIndex(max(self.delivery.findData(delivery), 0))

    def request(self) -> PrintRequest:
        return PrintRequest(
            document=self.document.currentData(), scope=Scope(self.kecamatan.currentData(), self.desa.currentData()),
            paper=self.paper.currentData(), unmask_nik=self.unmask.isChecked(), sort=self.sort.currentData(),
            delivery=self.delivery.currentData(), all_cards=self.all_cards.isChecked(),
            meterai=self.meterai.isChecked(),
        )
