"""Last step: the office is ready; where each thing can be changed later."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
            text += "\n\n" + self.tr("Daftar penerima berikutnya diimpor di halaman Impor Daftar.")
        elif office is not None:
            text += "\n\n" + self.tr(
                "Data peserta kecamatan ini datang dari kantor kabupaten dalam berkas sinkronisasi (flashdisk): "
                "buka halaman Sinkronisasi untuk mendaftarkan kantor ini ke kabupaten dan mengimpor berkasnya.")
        self.summary.setText(text)
        self.open_button.setDefault(True)
        self.open_button.setFocus()
