"""Last step: the office is ready; where each thing can be changed later."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.formatting import number
from desktop.gui.setup.step import SetupStep


class ReadyStep(SetupStep):
    key = "selesai"
    title = QT_TRANSLATE_NOOP("SetupStep", "Selesai")
    skippable = False
    open_app = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        self.summary = QLabel(wordWrap=True, objectName="welcomeText")
        layout.addWidget(self.summary)
        self.open_button = QPushButton(self.tr("Buka SerahKartu"), objectName="primaryButton")
        self.open_button.clicked.connect(self.open_app)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def entered(self) -> None:
        office = self.ctx.office
        text = self.tr(
            "{kantor} siap dipakai. Kop surat, penanda tangan, bahasa, dan batas hari kartu tertahan bisa diubah "
            "kapan saja di Pengaturan. Tekan F1 di setiap halaman untuk panduan singkatnya.").format(
            kantor=office.nama if office else "")
        if office is not None and office.is_district:
            text += "\n\n" + self._register_text()
        elif office is not None:
            text += "\n\n" + self.tr(
                "Data peserta kecamatan ini datang dari kantor kabupaten dalam berkas sinkronisasi (flashdisk): "
                "buka halaman Sinkronisasi untuk mendaftarkan kantor ini ke kabupaten dan mengimpor berkasnya.")
        self.summary.setText(text)
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def _register_text(self) -> str:
        """What the register holds now, so an import without card numbers does not look like nothing."""
        people = self.ctx.conn.execute("SELECT count(*) FROM peserta").fetchone()[0]
        cards = self.ctx.conn.execute("SELECT count(*) FROM cards").fetchone()[0]
        text = self.tr("Register: {peserta} peserta, {kartu} kartu.").format(peserta=number(people),
                                                                             kartu=number(cards))
        if people and not cards:
            text += " " + self.tr("Kartu tercatat saat daftar yang berisi nomor KPJ diimpor (misalnya daftar "
                                  "dari BPJS Ketenagakerjaan); sampai itu, angka di Beranda masih nol.")
        return text + " " + self.tr("Daftar berikutnya diimpor di halaman Impor Daftar.")
