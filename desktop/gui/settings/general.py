"""Umum: the UI language of this PC, and the first-run steps to go through again."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout

from desktop.core import firstrun
from desktop.core.errors import UserError
from desktop.gui import i18n, roles
from desktop.gui.settings.base import Section
from desktop.gui.widgets.feedback import Feedback


class GeneralSection(Section):
    title = QT_TRANSLATE_NOOP("Section", "Umum")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self._language_box())
        layout.addWidget(self._steps_box())
        self.feedback = Feedback()
        layout.addWidget(self.feedback)
        layout.addStretch(1)

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Bahasa tampilan"))
        form = QFormLayout(box)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        label = QLabel(self.tr("&Bahasa:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        note = QLabel(self.tr("Berlaku untuk pengguna PC ini. Jendela dibuka ulang dengan bahasa yang dipilih; "
                              "dokumen cetak dan ekspor tetap berbahasa Indonesia."), wordWrap=True, objectName="hint")
        form.addRow(note)
        self.apply_language = QPushButton(self.tr("Pakai bahasa ini"))
        self.apply_language.clicked.connect(self.save_language)
        form.addRow(self.apply_language)
        return box

    def _steps_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Langkah awal"))
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr(
            "Ulangi langkah-langkah saat pertama kali memasang: kop surat dan penanda tangan, pengguna admin, "
            "dan impor daftar pertama. Setiap langkah bisa dilewati; data yang sudah ada tidak hilang."),
            wordWrap=True))
        self.repeat_steps = QPushButton(self.tr("Ulangi langkah awal"))
        self.repeat_steps.clicked.connect(self.repeat_first_run)
        roles.offer_only_to(self.ctx, "pengaturan", self.repeat_steps)
        layout.addWidget(self.repeat_steps)
        return box

    def refresh(self) -> None:
        self.language.setCurrentIndex(self.language.findData(i18n.current()))

    def save_language(self) -> None:
        code = self.language.currentData()
        i18n.choose(code)
        if code == i18n.current():
            self.feedback.ok(self.tr("Bahasa ini sudah dipakai."))
            return
        window = self.window()
        if hasattr(window, "reload"):
            # Later, not now: this button is inside the window that is about to be rebuilt.
            QTimer.singleShot(0, lambda: window.reload(language=code, page="pengaturan"))
        else:
            self.feedback.ok(self.tr("Bahasa disimpan; berlaku saat SerahKartu dibuka lagi."))

    def repeat_first_run(self) -> None:
        try:
            firstrun.start(self.ctx.conn, user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        window = self.window()
        if hasattr(window, "reload"):
            QTimer.singleShot(0, lambda: window.reload())
