"""How many days a card may stay at each level before it counts as "tertahan" (DESIGN §3)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from desktop.core import settings
from desktop.core.db import transaction
from desktop.core.errors import UserError
from desktop.gui.settings.base import Section
from desktop.gui.widgets.feedback import Feedback

LIMITS = (settings.HOLD_LIMIT_KABUPATEN, settings.HOLD_LIMIT_KECAMATAN, settings.HOLD_LIMIT_DESA)
# The core's labels, marked for translation (the core itself has no Qt).
LABELS = {
    settings.HOLD_LIMIT_KABUPATEN.key: QT_TRANSLATE_NOOP("HoldLimitsSection", "Batas hari kartu di kabupaten"),
    settings.HOLD_LIMIT_KECAMATAN.key: QT_TRANSLATE_NOOP("HoldLimitsSection", "Batas hari kartu di kecamatan"),
    settings.HOLD_LIMIT_DESA.key: QT_TRANSLATE_NOOP("HoldLimitsSection", "Batas hari kartu di desa/kelurahan"),
}


class HoldLimitsSection(Section):
    title = QT_TRANSLATE_NOOP("Section", "Batas waktu")
    permission = "pengaturan"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Kartu yang belum diserahkan dan sudah lebih lama dari batas ini di satu tempat "
                               "dihitung TERTAHAN: tampil paling atas di Beranda, daftar tertahan, dan rekonsiliasi."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields = {}
        for setting in LIMITS:
            field = QSpinBox()
            field.setRange(1, 365)
            field.setSuffix(self.tr(" hari"))
            field.setMaximumWidth(120)
            self.fields[setting.key] = field
            form.addRow(self.tr(LABELS.get(setting.key, setting.label)), field)
        layout.addLayout(form)
        self.save_button = save = QPushButton(self.tr("Simpan batas waktu"))
        save.setObjectName("primaryButton")
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        self.feedback = Feedback()
        layout.addWidget(self.feedback)
        layout.addStretch(1)

    def refresh(self) -> None:
        for setting in LIMITS:
            self.fields[setting.key].setValue(settings.get(self.ctx.conn, setting))

    def save(self) -> None:
        try:
            with transaction(self.ctx.conn):
                for setting in LIMITS:
                    settings.put(self.ctx.conn, setting, self.fields[setting.key].value(), user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.feedback.ok(self.tr("Batas waktu disimpan; angka tertahan dihitung ulang."))
        self.ctx.changed()
