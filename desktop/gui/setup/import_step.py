"""Import the first list: the Impor Daftar wizard itself, inside the first run (district offices only;
a kecamatan office receives its people from the district through Sinkronisasi)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.gui.pages.impor import DONE, ImportPage
from desktop.gui.setup.step import SetupStep


class ImportStep(SetupStep):
    key = "impor"
    title = QT_TRANSLATE_NOOP("SetupStep", "Impor daftar pertama")
    next_label = QT_TRANSLATE_NOOP("SetupStep", "Lanjut")
    show_cards = Signal(object)  # the wizard's "Lihat peserta yang perlu dicek": a CardFilter for Kartu & Peserta

    @classmethod
    def available(cls, ctx) -> bool:
        return ImportPage.available(ctx)

    @classmethod
    def applies_to(cls, kind: str) -> bool:
        return kind == "kabupaten"

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # What the first run adds to the wizard; choosing the file is the wizard's own first hint.
        layout.addWidget(QLabel(self.tr(
            "Daftar penerima kartu yang pertama (misalnya daftar P3KE) diimpor di sini, langkah demi langkah. "
            "SerahKartu memeriksa setiap baris dan tidak menyimpan apa pun sebelum Anda menekan \"Impor "
            "sekarang\". Daftar berikutnya diimpor di halaman Impor Daftar."), wordWrap=True, objectName="summary"))
        self.wizard = ImportPage(ctx)
        self.wizard.findChild(QLabel, "pageTitle").hide()  # the first run shows its own heading
        layout.addWidget(self.wizard, 1)
        self.wizard.stack.currentChanged.connect(lambda _index: self.changed.emit())
        self.wizard.show_cards.connect(self.show_cards)

    def footer_buttons(self) -> QWidget:
        return self.wizard.button_bar  # the wizard's Kembali/Lanjut, in the first run's row beside Lewati

    @property
    def skippable(self) -> bool:
        # Once the list is imported there is nothing left to skip: only the first run's "Lanjut" remains.
        return not self.can_continue()

    def can_continue(self) -> bool:
        # One "next" at a time: the wizard's own until the list is imported, then the first run's.
        return self.wizard.stack.currentIndex() == DONE
