"""This office's sync identity: the fingerprint other offices compare, where the key file lives, and a
printable sheet with the fingerprint (DESIGN §7)."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout

from desktop.core.errors import UserError
from desktop.core.sync import fingerprint_sheet, identity
from desktop.gui import roles
from desktop.gui.settings.base import Section
from desktop.gui.widgets.feedback import Feedback


class IdentitySection(Section):
    title = QT_TRANSLATE_NOOP("Section", "Identitas kantor")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Kantor lain mengenali berkas sinkronisasi dari kantor ini lewat sidik jari di bawah. Bacakan atau "
            "kirimkan lembar sidik jarinya saat kantor itu mendaftarkan atau menerima berkas pertama."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.office_label = QLabel()
        self.fingerprint = QLabel()
        self.fingerprint.setStyleSheet("font-size: 18pt; font-weight: 600; font-family: monospace;")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_file = QLabel()
        self.key_file.setWordWrap(True)
        self.key_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Kantor"), self.office_label)
        form.addRow(self.tr("Sidik jari"), self.fingerprint)
        form.addRow(self.tr("Berkas kunci rahasia"), self.key_file)
        layout.addLayout(form)
        note = QLabel(self.tr(
            "Cadangkan berkas kunci rahasia bersama basis data dan jangan dibagikan: tanpa berkas itu kantor ini "
            "tidak dapat membuka atau mengirim berkas sinkronisasi."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.print_button = QPushButton(self.tr("Simpan lembar sidik jari (PDF)…"))
        self.print_button.setObjectName("primaryButton")
        self.print_button.clicked.connect(self._print_clicked)
        roles.offer_only_to(ctx, "sinkron", self.print_button)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.feedback = Feedback()
        layout.addWidget(self.feedback)
        layout.addStretch(1)

    def refresh(self) -> None:
        office = self.ctx.office
        try:
            me = identity.public_identity(self.ctx.conn)
        except UserError as exc:
            self.feedback.error(str(exc), beep=False)
            return
        self.office_label.setText(f"{office.nama} ({office.kode})")
        self.fingerprint.setText(me.fingerprint)
        self.key_file.setText(str(identity.key_path(self.ctx.conn)))

    def _print_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan lembar sidik jari"),
                                              f"sidik-jari-{self.ctx.office.kode}.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.save_sheet(Path(path))

    def save_sheet(self, path: Path) -> None:
        try:
            fingerprint_sheet.write(self.ctx.conn, path, today=self.ctx.today(), user=self.ctx.user)
        except (UserError, OSError) as exc:
            self.feedback.error(str(exc))
            return
        self.feedback.ok(self.tr("Lembar sidik jari disimpan ke {path}. Cetak, tanda tangani, dan kirimkan.")
                         .format(path=path))
