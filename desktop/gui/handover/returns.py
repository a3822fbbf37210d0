"""Returns, lost cards and corrections for one card; and the lists they feed: returned cards to send
up to the district, heirs who should claim JKM, and cards to reprint."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import cards, followup, handover, timeline
from desktop.core.errors import UserError
from desktop.core.formatting import short_date
from desktop.core.handover import Death
from desktop.core.states import RETURN_REASONS
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.handover.common import CARD_SQL, CardChecklist, Feedback, date_field, iso


class ReturnPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Pindai kartu atau ketik KPJ / NIK / nama, lalu Enter"))
        self.find.returnPressed.connect(self.look_up)
        left.addWidget(self.find)
        self.who = QLabel(self.tr("Belum ada kartu dipilih."))
        self.who.setObjectName("detailHeading")
        self.who.setWordWrap(True)
        left.addWidget(self.who)
        left.addWidget(self._return_box())
        left.addWidget(self._correct_box())
        self.feedback = Feedback()
        left.addWidget(self.feedback)
        left.addStretch(1)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        title = QLabel(self.tr("Riwayat kartu"))
        title.setObjectName("sectionTitle")
        right.addWidget(title)
        self.history = QListWidget()
        self.history.setObjectName("timeline")
        self.history.setWordWrap(True)
        right.addWidget(self.history, 1)
        layout.addLayout(right, 1)

    def _return_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kartu tidak dapat diserahkan"))
        form = QFormLayout(box)
        self.reason = QComboBox()
        for code in RETURN_REASONS:
            self.reason.addItem(labels.reason(code), code)
        self.reason.addItem(self.tr("Hilang/rusak (perlu cetak ulang)"), handover.HILANG)
        # No reason until one is chosen, for each card: a reason left from the previous card (or a
        # default) would be recorded by habit.
        self.reason.setPlaceholderText(self.tr("Pilih alasan…"))
        self.reason.setCurrentIndex(-1)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.date = date_field(self.ctx.today())
        self.note = QLineEdit()
        self.death_date = date_field(self.ctx.today())
        self.heir = QLineEdit()
        self.heir_phone = QLineEdit()
        form.addRow(self.tr("Alasan"), self.reason)
        form.addRow(self.tr("Tanggal"), self.date)
        form.addRow(self.tr("Keterangan"), self.note)
        self.death_rows = [(self.tr("Tanggal meninggal"), self.death_date), (self.tr("Ahli waris"), self.heir),
                           (self.tr("Telepon ahli waris"), self.heir_phone)]
        for label, field in self.death_rows:
            form.addRow(label, field)
        self.death_form = form
        self.return_button = QPushButton(self.tr("Catat pengembalian"))
        self.return_button.setObjectName("primaryButton")
        self.return_button.clicked.connect(self.record_return)
        form.addRow("", self.return_button)
        self._reason_changed()
        return box

    def _correct_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Koreksi: batalkan langkah terakhir kartu ini"))
        row = QHBoxLayout(box)
        self.correct_reason = QLineEdit()
        self.correct_reason.setPlaceholderText(self.tr("alasan koreksi (wajib)"))
        row.addWidget(self.correct_reason, 1)
        button = QPushButton(self.tr("Batalkan langkah terakhir"))
        button.clicked.connect(self.correct)
        row.addWidget(button)
        return box

    def _reason_changed(self) -> None:
        dead = self.reason.currentData() == "meninggal"
        for _label, field in self.death_rows:
            self.death_form.setRowVisible(field, dead)

    def refresh(self) -> None:
        if self.card is not None:
            self._show(self.card["kpj"])

    def look_up(self) -> None:
        found = handover.lookup(self.ctx.conn, self.find.text(), self.ctx.today(), limit=2)
        if len(found) != 1:
            self.feedback.error(self.tr("Tidak ada kartu untuk itu.") if not found else
                                self.tr("Lebih dari satu peserta cocok; ketik KPJ atau NIK."))
            return
        self.find.clear()
        self._show(found[0]["kpj"])

    def _show(self, kpj: str) -> None:
        self.card = handover.lookup(self.ctx.conn, kpj, self.ctx.today())[0]
        self.who.setText(self.tr("{nama} — KPJ {kpj}\n{state} sejak {since}, {desa}").format(
            nama=self.card["nama"], kpj=kpj, state=labels.state(self.card["state"]),
            since=short_date(self.card["since"]), desa=self.card["desa"] or ""))
        self.history.clear()
        for entry in timeline.entries(self.ctx.conn, kpj, self.card["nik"]):
            self.history.addItem(f"{labels.long_date(entry.occurred_on)} — {labels.label(entry.title)}"
                                 + (f"\n{entry.detail}" if entry.detail else ""))
            if entry.correction:
                self.history.item(self.history.count() - 1).setForeground(Qt.GlobalColor.darkRed)
        self.history.scrollToBottom()

    def record_return(self) -> None:
        if self.card is None:
            self.feedback.error(self.tr("Pilih dulu kartunya."))
            return
        if self.reason.currentData() is None:
            self.feedback.error(self.tr("Pilih alasan kartu ini tidak dapat diserahkan, lalu catat lagi."))
            self.reason.setFocus()
            return
        death = Death(iso(self.death_date), self.heir.text(), self.heir_phone.text())
        try:
            handover.return_card(self.ctx.conn, self.card["kpj"], self.reason.currentData(), iso(self.date),
                                 death=death, catatan=self.note.text(), user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.feedback.ok(self.tr("Kartu {kpj} dicatat: {reason}.").format(kpj=self.card["kpj"],
                                                                             reason=self.reason.currentText()))
        for field in (self.note, self.heir, self.heir_phone):
            field.clear()
        self.reason.setCurrentIndex(-1)  # the next card's reason is chosen for that card
        self.death_date.setDate(self.death_date.maximumDate())  # today: no later day can be chosen
        self._show(self.card["kpj"])
        self.ctx.changed()

    def correct(self) -> None:
        if self.card is None:
            self.feedback.error(self.tr("Pilih dulu kartunya."))
            return
        try:
            cards.correct_last_step(self.ctx.conn, self.card["kpj"], self.correct_reason.text(),
                                    on=self.ctx.today().isoformat(), user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.correct_reason.clear()
        self.feedback.ok(self.tr("Langkah terakhir kartu {kpj} dibatalkan; riwayat menyimpan keduanya.")
                         .format(kpj=self.card["kpj"]))
        self._show(self.card["kpj"])
        self.ctx.changed()


class FollowUpPanel(QTabWidget):
    """What the returns leave to do: send returned cards up, reach heirs, order reprints."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        up = QWidget()
        layout = QVBoxLayout(up)
        self.returned = CardChecklist()
        layout.addWidget(self.returned, 1)
        row = QHBoxLayout()
        self.up_date = date_field(ctx.today())
        row.addWidget(QLabel(self.tr("Tanggal kirim")))
        row.addWidget(self.up_date)
        row.addStretch(1)
        send = QPushButton(self.tr("Kirim kartu yang dicentang ke kabupaten"))
        send.setObjectName("primaryButton")
        send.clicked.connect(self.send_up)
        row.addWidget(send)
        layout.addLayout(row)
        self.feedback = Feedback()
        layout.addWidget(self.feedback)
        self.addTab(up, self.tr("Kartu kembali di kecamatan"))
        self.deceased = self._table((self.tr("Nama"), "KPJ", self.tr("Desa/Kelurahan"), self.tr("Meninggal"),
                                     self.tr("Ahli waris"), self.tr("Telepon"), self.tr("Dalam masa program")))
        self.addTab(self.deceased, self.tr("Ahli waris (klaim JKM)"))
        self.reprint = self._table((self.tr("Nama"), "KPJ", self.tr("Kecamatan"), self.tr("Desa/Kelurahan"),
                                    self.tr("Dicatat"), self.tr("Keterangan")))
        self.addTab(self.reprint, self.tr("Cetak ulang"))

    def _table(self, headers) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAlternatingRowColors(True)
        return table

    def refresh(self) -> None:
        conn = self.ctx.conn
        rows = conn.execute(CARD_SQL + "WHERE c.state = 'dikembalikan' AND c.custodian LIKE '__.__.__' "
                            "ORDER BY c.kecamatan_kode, p.nama COLLATE NOCASE").fetchall()
        self.returned.set_cards(rows, checked=False)
        self.setTabText(0, self.tr("Kartu kembali di kecamatan ({n})").format(n=len(rows)))
        dead = followup.deceased(conn)
        self._fill(self.deceased, [(d["nama"], d["kpj"], d["desa"] or "", short_date(d["tanggal_meninggal"]),
                                    d["ahli_waris"], d["telepon_ahli_waris"], self.tr("Ya") if d["tertanggung"]
                                    else self.tr("Tidak")) for d in dead])
        self.setTabText(1, self.tr("Ahli waris (klaim JKM) ({n})").format(n=len(dead)))
        lost = followup.reprint(conn)
        self._fill(self.reprint, [(r["nama"], r["kpj"], r["kecamatan"] or "", r["desa"] or "",
                                   short_date(r["dicatat"]), r["keterangan"] or "") for r in lost])
        self.setTabText(2, self.tr("Cetak ulang ({n})").format(n=len(lost)))

    @staticmethod
    def _fill(table: QTableWidget, rows) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(str(text)))
        table.resizeColumnsToContents()

    def send_up(self) -> None:
        try:
            ids = handover.send_up(self.ctx.conn, self.returned.checked(), iso(self.up_date), user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.feedback.ok(self.tr("{n} kartu dikirim kembali ke kabupaten.").format(n=len(ids)))
        self.ctx.changed()
        self.refresh()
