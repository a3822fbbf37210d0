"""The detail panel of Kartu & Peserta: the person's data and the card's whole history."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import holding, timeline
from desktop.core.importing.problems import perlu_dicek_details
from desktop.core.states import UNDELIVERED
from desktop.gui import labels
from desktop.gui.context import AppContext

FIELDS = (
    ("nama", QT_TRANSLATE_NOOP("CardDetail", "Nama")), ("nik", "NIK"), ("kpj", "KPJ"),
    ("tanggal_lahir", QT_TRANSLATE_NOOP("CardDetail", "Tanggal lahir")),
    ("jenis_kelamin", QT_TRANSLATE_NOOP("CardDetail", "Jenis kelamin")),
    ("alamat", QT_TRANSLATE_NOOP("CardDetail", "Alamat")),
    ("desa", QT_TRANSLATE_NOOP("CardDetail", "Desa/Kelurahan")),
    ("kecamatan", QT_TRANSLATE_NOOP("CardDetail", "Kecamatan")),
    ("pekerjaan", QT_TRANSLATE_NOOP("CardDetail", "Pekerjaan")),
    ("telepon", QT_TRANSLATE_NOOP("CardDetail", "Telepon")),
    ("status", QT_TRANSLATE_NOOP("CardDetail", "Status kartu")),
    ("perlu_dicek", QT_TRANSLATE_NOOP("CardDetail", "Perlu dicek")),
)


class CardDetail(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("detailPanel")
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Pilih satu baris untuk melihat rinciannya."))
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form_holder = QWidget()
        self.form = QFormLayout(form_holder)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        for key, label in FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(self.tr(label), value)
        layout.addWidget(form_holder)
        history = QLabel(self.tr("Riwayat kartu"))
        history.setObjectName("sectionTitle")
        layout.addWidget(history)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.timeline, 1)
        form_holder.setVisible(False)
        self.form_holder = form_holder

    def show_row(self, row: dict | None) -> None:
        self.timeline.clear()
        self.form_holder.setVisible(row is not None)
        if row is None:
            self.heading.setText(self.tr("Pilih satu baris untuk melihat rinciannya."))
            return
        self.heading.setText(row["nama"])
        for key, _ in FIELDS:
            self.values[key].setText(self._value(row, key))
        for entry in timeline.entries(self.ctx.conn, row["kpj"], row["nik"]):
            text = f"{labels.long_date(entry.occurred_on)} — {labels.label(entry.title)}"
            if entry.detail:
                text += f"\n{entry.detail}"
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("dicatat {at} oleh {user}, {office}").format(
                at=entry.recorded_at, user=entry.user, office=entry.office))
            if entry.correction:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.timeline.addItem(item)

    def _value(self, row: dict, key: str) -> str:
        if key == "status":
            return self._status(row)
        if key == "tanggal_lahir":
            return labels.long_date(row["tanggal_lahir"])
        if key == "jenis_kelamin":
            return {"L": self.tr("Laki-laki"), "P": self.tr("Perempuan")}.get(row["jenis_kelamin"], "")
        if key == "perlu_dicek":
            return perlu_dicek_details(row["perlu_dicek"]) or self.tr("tidak")
        return row[key] or "–"

    def _status(self, row: dict) -> str:
        if not row["state"]:
            return self.tr("Belum ada kartu")
        text = self.tr("{state} sejak {date}").format(state=labels.state(row["state"]),
                                                      date=labels.long_date(row["since"]))
        if row["state"] in UNDELIVERED:
            days = holding.days_held(row["since"], self.ctx.today())
            text += " " + (self.tr("({n} hari, TERTAHAN)") if row["tertahan"] else self.tr("({n} hari)")).format(n=days)
        return text
