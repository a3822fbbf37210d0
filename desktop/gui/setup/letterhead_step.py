"""Letterhead and signatories: the print settings section of Pengaturan, saved by the step's own button."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.gui.settings.printing import PrintingSection
from desktop.gui.setup.step import SetupStep


class LetterheadStep(SetupStep):
    key = "kop"
    title = QT_TRANSLATE_NOOP("SetupStep", "Kop surat dan penanda tangan")

    @classmethod
    def available(cls, ctx) -> bool:
        return ctx.office is not None

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr(
            "Kop surat dan nama penanda tangan dicetak pada berita acara, daftar serah terima, dan tanda terima. "
            "Isi yang Anda ketahui sekarang; sisanya bisa dilengkapi kapan saja di Pengaturan › Kop dan tanda "
            "tangan."), wordWrap=True, objectName="summary"))
        self.section = PrintingSection(ctx)
        self.section.save_button.hide()  # the step's "Simpan dan lanjut" saves
        layout.addWidget(self.section, 1)

    def entered(self) -> None:
        self.section.refresh()
        self.section.kop[0].setFocus()

    def commit(self) -> bool:
        self.section.save()
        return self.section.feedback.property("kind") == "ok"
