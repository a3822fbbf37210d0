"""Desk mode: a queue of workers at the counter, one card a second.

A barcode scanner is a keyboard: it types the KPJ and Enter into the scan field. The person appears;
Enter (on the empty field) hands the card to them, F2 records a proxy instead, Esc cancels. With
"langsung catat" ticked, the scan alone records a handover to the worker. Typing a NIK or a name works
the same; several matches show a list to pick from with the arrow keys and Enter. A card that cannot be
handed over here (unknown, already delivered, still on its way, another office's) is refused with a
red message and a beep, and nothing is written.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import cards, handover
from desktop.core import nik as nik_rules
from desktop.core.errors import UserError
from desktop.core.formatting import short_date
from desktop.core.handover import Proxy
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.handover.common import Feedback, date_field, iso
from desktop.gui.widgets.flow import FlowLayout, together


class DeskPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending = None  # the card on screen, waiting for Enter
        self.warning = ""  # a card scanned over without being recorded
        self.delivered_here: list[tuple[str, int]] = []  # (kpj, event id) recorded at this desk
        layout = QVBoxLayout(self)
        layout.addLayout(self._scan_row())
        layout.addWidget(self._person_panel())
        self.candidates = QListWidget()
        self.candidates.setMaximumHeight(150)
        self.candidates.itemActivated.connect(self._candidate_chosen)
        self.candidates.hide()
        layout.addWidget(self.candidates)
        self.feedback = Feedback()
        self.feedback.info(self.tr("Pindai kartu atau ketik KPJ, NIK, atau nama peserta, lalu tekan Enter."))
        layout.addWidget(self.feedback)
        layout.addWidget(self._log_box(), 1)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.start_proxy)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)

    def _scan_row(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(self.tr("Pindai kartu / ketik KPJ, NIK, atau nama — Enter"))
        self.scan.returnPressed.connect(self.submit)
        self.scan.installEventFilter(self)  # F2/Esc straight from the scan field, even without shortcuts
        column.addWidget(self.scan)
        options = FlowLayout()
        self.date = date_field(self.ctx.today())
        options.addWidget(together(QLabel(self.tr("Tanggal serah:")), self.date))
        self.instant = QCheckBox(self.tr("Langsung catat saat dipindai (diterima peserta sendiri)"))
        options.addWidget(self.instant)
        options.addStretch()
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        options.addWidget(self.count)
        column.addLayout(options)
        return column

    def _person_panel(self) -> QFrame:
        self.person = QFrame()
        self.person.setObjectName("personPanel")
        layout = QVBoxLayout(self.person)
        self.person_name = QLabel()
        self.person_name.setObjectName("personName")
        self.person_info = QLabel()
        self.person_info.setObjectName("personInfo")
        self.person_info.setWordWrap(True)
        layout.addWidget(self.person_name)
        layout.addWidget(self.person_info)
        self.proxy_box = QWidget()
        form = QFormLayout(self.proxy_box)
        form.setContentsMargins(0, 4, 0, 0)
        self.proxy_name = QLineEdit()
        self.proxy_relation = QComboBox()
        self.proxy_relation.setEditable(True)
        self.proxy_relation.addItems(handover.RELATIONS)
        self.proxy_relation.setCurrentIndex(-1)
        self.proxy_nik = QLineEdit()
        self.proxy_nik.setPlaceholderText(self.tr("boleh dikosongkan"))
        form.addRow(self.tr("Nama wakil"), self.proxy_name)
        form.addRow(self.tr("Hubungan"), self.proxy_relation)
        form.addRow(self.tr("NIK wakil"), self.proxy_nik)
        for field in (self.proxy_name, self.proxy_nik):
            field.returnPressed.connect(self.confirm)
        self.proxy_relation.lineEdit().returnPressed.connect(self.confirm)
        self.proxy_box.hide()
        layout.addWidget(self.proxy_box)
        buttons = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("Serahkan ke peserta  [Enter]"))
        self.confirm_button.setObjectName("primaryButton")
        self.confirm_button.clicked.connect(self.confirm)
        self.proxy_button = QPushButton(self.tr("Lewat wakil…  [F2]"))
        self.proxy_button.clicked.connect(self.start_proxy)
        cancel = QPushButton(self.tr("Batal  [Esc]"))
        cancel.clicked.connect(self.cancel)
        for button in (self.confirm_button, self.proxy_button, cancel):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.person.hide()
        return self.person

    def _log_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Dicatat di meja ini"))
        title.setObjectName("sectionTitle")
        undo = QPushButton(self.tr("Batalkan penyerahan yang dipilih (koreksi)"))
        undo.clicked.connect(self.undo_selected)
        row = FlowLayout()  # the button beside the title: one line less under the table (150 % scaling)
        row.addWidget(title)
        row.addStretch()
        row.addWidget(undo)
        layout.addLayout(row)
        self.log = QTableWidget(0, 5)
        self.log.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("KPJ"), self.tr("Nama"),
                                            self.tr("Penerima"), self.tr("Desa/Kelurahan")])
        self.log.verticalHeader().setVisible(False)
        self.log.horizontalHeader().setStretchLastSection(True)
        self.log.setColumnWidth(2, 260)
        self.log.setColumnWidth(3, 240)
        self.log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.log, 1)
        return box

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.scan and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_F2:
                self.start_proxy()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
                return True
        return super().eventFilter(watched, event)

    # -- the flow -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.count.setText(self.tr("{n} kartu diserahkan di meja ini").format(n=len(self.delivered_here)))
        self.scan.setFocus()

    def submit(self) -> None:
        """Enter in the scan field: a new card if something was typed, else confirm the one shown."""
        text = self.scan.text().strip()
        self.scan.clear()
        if not text:
            if self.pending is not None:
                self.confirm()
            return
        self.warning = ""
        if self.pending is not None:
            self.warning = self.tr("Kartu {kpj} ({nama}) BELUM dicatat — dipindai kartu lain.").format(
                kpj=self.pending["kpj"], nama=self.pending["nama"])
            self.feedback.error(self.warning)
            self._clear_person()
        found = handover.lookup(self.ctx.conn, text, self.ctx.today())
        if not found:
            self.feedback.error(self.tr("Tidak ada kartu untuk '{text}'. Periksa nomornya atau ketik nama.")
                                .format(text=text))
            return
        if len(found) > 1:
            self._offer(found)
            return
        self._show(found[0])

    def _offer(self, found) -> None:
        self.candidates.clear()
        for card in found:
            item = QListWidgetItem(handover.describe(card))
            item.setData(Qt.ItemDataRole.UserRole, card)
            self.candidates.addItem(item)
        self.candidates.show()
        self.candidates.setCurrentRow(0)
        self.candidates.setFocus()
        self.feedback.info(self.tr("{n} peserta cocok. Pilih dengan panah atas/bawah lalu Enter.").format(n=len(found)))

    def _candidate_chosen(self, item: QListWidgetItem) -> None:
        self.candidates.hide()
        self._show(item.data(Qt.ItemDataRole.UserRole))
        self.scan.setFocus()

    def _show(self, card) -> None:
        try:
            handover.check_deliverable(self.ctx.conn, card["kpj"], iso(self.date))
        except UserError as exc:
            self._clear_person()
            self.feedback.error(f"{card['nama']} — KPJ {card['kpj']}: {exc}")
            return
        self.pending = card
        self.person_name.setText(card["nama"])
        self.person_info.setText(self.tr(
            "KPJ {kpj} · NIK {nik} · {desa}, Kec. {kec} · {state} sejak {since}").format(
            kpj=card["kpj"], nik=nik_rules.mask(card["nik"]), desa=card["desa"] or "-", kec=card["kecamatan"] or "-",
            state=labels.state(card["state"]), since=short_date(card["since"])))
        self.proxy_box.hide()
        self.person.show()
        if self.instant.isChecked():
            self.confirm()
        elif self.warning:  # keep the warning about the card left unrecorded in view (it already beeped)
            self.feedback.error(self.warning + "\n" + self.tr("Sekarang: {nama}. Enter: serahkan · F2: lewat wakil · "
                                                              "Esc: batal").format(nama=card["nama"]), beep=False)
        else:
            self.feedback.info(self.tr("Enter: serahkan ke peserta sendiri · F2: lewat wakil · Esc: batal"))

    def start_proxy(self) -> None:
        if self.pending is None:
            return
        self.proxy_box.show()
        self.confirm_button.setText(self.tr("Serahkan ke wakil  [Enter]"))
        self.feedback.info(self.tr("Isi nama wakil dan hubungannya dengan peserta, lalu Enter. Esc: batal"))
        self.proxy_name.setFocus()

    def confirm(self) -> None:
        if self.pending is None:
            return
        card, proxy = self.pending, None
        if self.proxy_box.isVisible():
            proxy = Proxy(self.proxy_name.text(), self.proxy_relation.currentText(), self.proxy_nik.text())
        try:
            event_id = handover.deliver(self.ctx.conn, card["kpj"], iso(self.date), proxy=proxy, user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            if proxy is None:
                self._clear_person()
            return
        who = self.tr("wakil {nama} ({hubungan})").format(nama=proxy.nama, hubungan=proxy.hubungan) if proxy \
            else self.tr("peserta sendiri")
        self.delivered_here.append((card["kpj"], event_id))
        self._log(card, who)
        self._clear_person()
        self.feedback.ok(self.tr("✓ {nama} — KPJ {kpj} diserahkan kepada {who}.").format(
            nama=card["nama"], kpj=card["kpj"], who=who))
        self.refresh()
        self.ctx.changed()

    def cancel(self) -> None:
        if self.pending is not None:
            self.feedback.info(self.tr("Dibatalkan; kartu {kpj} tidak dicatat.").format(kpj=self.pending["kpj"]))
        self._clear_person()
        self.candidates.hide()
        self.scan.setFocus()

    def _clear_person(self) -> None:
        self.pending = None
        self.person.hide()
        self.proxy_box.hide()
        self.confirm_button.setText(self.tr("Serahkan ke peserta  [Enter]"))
        for field in (self.proxy_name, self.proxy_nik):
            field.clear()
        self.proxy_relation.setCurrentIndex(-1)

    def _log(self, card, who: str) -> None:
        self.log.insertRow(0)
        values = (short_date(iso(self.date)), card["kpj"], card["nama"], who, card["desa"] or "")
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, card["kpj"])
            self.log.setItem(0, column, item)

    def undo_selected(self) -> None:
        row = self.log.currentRow()
        if row < 0:
            self.feedback.error(self.tr("Pilih dulu baris yang akan dibatalkan."))
            return
        kpj = self.log.item(row, 1).data(Qt.ItemDataRole.UserRole)
        try:
            cards.correct_last_step(self.ctx.conn, kpj, "dibatalkan di meja serah", on=self.ctx.today().isoformat(),
                                    user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.log.removeRow(row)
        self.delivered_here = [d for d in self.delivered_here if d[0] != kpj]
        self.feedback.ok(self.tr("Penyerahan kartu {kpj} dibatalkan; kartu kembali ke pemegang sebelumnya.")
                         .format(kpj=kpj))
        self.refresh()
        self.ctx.changed()
