"""The hops between offices: district → kecamatan (a box with a berita acara), the kecamatan's receipt,
and kecamatan → desa (the kades/lurah signs for the desa's cards)."""

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import deliveries, regions
from desktop.core import office as office_module
from desktop.core.errors import UserError
from desktop.core.formatting import number, short_date
from desktop.gui.context import AppContext
from desktop.gui.handover.common import CARD_SQL, CardChecklist, Feedback, date_field, fill_regions, iso
from desktop.gui.printing.shortcuts import PrintOffers


class HopPanel(QWidget):
    """A form on top, the cards in the middle, the button and the message at the bottom."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.cards = CardChecklist()
        self.cards.ticks_changed.connect(self._update_button)
        self.layout_.addWidget(self.cards, 1)
        self.buttons_row = row = QHBoxLayout()
        for text, checked in ((self.tr("Pilih semua"), True), (self.tr("Kosongkan"), False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, c=checked: self.cards.set_all(c))
            row.addWidget(button)
        row.addStretch(1)
        self.go = QPushButton()
        self.go.setObjectName("primaryButton")
        self.go.clicked.connect(self.record)
        row.addWidget(self.go)
        self.layout_.addLayout(row)
        self.feedback = Feedback()
        self.layout_.addWidget(self.feedback)
        self.print_offers = PrintOffers()
        self.layout_.addWidget(self.print_offers)

    def _update_button(self, *_args) -> None:
        self.go.setEnabled(bool(self.cards.checked()))
        self.go.setText(self.button_text(len(self.cards.checked())))

    def _done(self, text: str) -> None:
        self.feedback.ok(text)
        self.ctx.changed()
        self.refresh()


class SendPanel(HopPanel):
    """District → kecamatan: all the cards at the district for one kecamatan, or a selection."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kecamatan = QComboBox()
        self.kecamatan.currentIndexChanged.connect(self._load)
        self.date = date_field(ctx.today())
        self.note = QLineEdit()
        self.form.addRow(self.tr("Kecamatan tujuan"), self.kecamatan)
        self.form.addRow(self.tr("Tanggal kirim"), self.date)
        self.form.addRow(self.tr("Catatan berita acara"), self.note)

    def button_text(self, n: int) -> str:
        return self.tr("Kirim {n} kartu dan buat berita acara").format(n=number(n))

    def refresh(self) -> None:
        conn = self.ctx.conn
        counts = dict(conn.execute("SELECT kecamatan_kode, count(*) FROM cards WHERE state = 'di_kabupaten' "
                                   "GROUP BY 1"))
        fill_regions(self.kecamatan, regions.children(conn, self.ctx.office.kabupaten_kode), counts=counts,
                     noun=self.tr("kartu di kabupaten"))
        self._load()

    def _load(self) -> None:
        rows = self.ctx.conn.execute(CARD_SQL + "WHERE c.kecamatan_kode = ? AND c.state = 'di_kabupaten' "
                                     "ORDER BY p.nama COLLATE NOCASE", (self.kecamatan.currentData(),)).fetchall()
        self.cards.set_cards(rows, checked=True)

    def record(self) -> None:
        try:
            sent = deliveries.send_to_kecamatan(self.ctx.conn, self.kecamatan.currentData(), iso(self.date),
                                                kpjs=self.cards.checked(), catatan=self.note.text(), user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.note.clear()
        self._done(self.tr("Kiriman {no} dibuat: {n} kartu ke Kecamatan {kec}. Cetak berita acaranya dengan "
                           "nomor ini.").format(no=sent.no, n=number(sent.jumlah), kec=sent.ke_nama))
        self.print_offers.offer([(self.tr("Cetak berita acara {no}").format(no=sent.no), "berita-acara",
                                  {"delivery": sent.no})])


class ReceivePanel(HopPanel):
    """The kecamatan counts the box: every card found is ticked (scan or click); the rest are missing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.delivery = QComboBox()
        self.delivery.currentIndexChanged.connect(self._load)
        self.date = date_field(ctx.today())
        self.received_by = QLineEdit()
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("pindai kartu yang ada di kotak, atau ketik KPJ lalu Enter"))
        self.scan.returnPressed.connect(self._scanned)
        self.form.addRow(self.tr("Kiriman"), self.delivery)
        self.form.addRow(self.tr("Tanggal diterima"), self.date)
        self.form.addRow(self.tr("Diterima oleh"), self.received_by)
        self.form.addRow(self.tr("Pindai"), self.scan)
        self.tally = QLabel()
        self.tally.setObjectName("sectionTitle")
        self.layout_.insertWidget(1, self.tally)
        # A whole box missing is possible but rare: its own button and question, never the result of
        # confirming before anything was scanned.
        self.all_missing = QPushButton()
        self.all_missing.clicked.connect(self.record_all_missing)
        self.buttons_row.insertWidget(self.buttons_row.indexOf(self.go), self.all_missing)

    def button_text(self, found: int, missing: int = 0) -> str:
        """What confirming records: the cards found, and how many of the rest become HILANG."""
        if not found:
            return self.tr("Konfirmasi penerimaan")  # disabled until a card is scanned or ticked
        if not missing:
            return self.tr("Konfirmasi: semua {n} kartu ada").format(n=number(found))
        return self.tr("Konfirmasi: {f} kartu ada, {m} dicatat hilang").format(f=number(found), m=number(missing))

    def refresh(self) -> None:
        keep = self.delivery.currentData()
        self.delivery.blockSignals(True)
        self.delivery.clear()
        # A kecamatan with its own office confirms its boxes there (ownership): not offered here.
        elsewhere = office_module.enrolled_kecamatan(self.ctx.conn) if self.ctx.office.is_district else set()
        for d in deliveries.listing(self.ctx.conn, kind="kecamatan", pending=True):
            if d.ke in elsewhere:
                continue
            self.delivery.addItem(self.tr("{no} — {ke} — {n} kartu — {tanggal}").format(
                no=d.no, ke=d.ke_nama, n=number(d.jumlah), tanggal=short_date(d.sent_on)), d.id)
        index = self.delivery.findData(keep)
        self.delivery.setCurrentIndex(max(index, 0))
        self.delivery.blockSignals(False)
        self._load()

    def _load(self) -> None:
        rows = []
        if self.delivery.currentData() is not None:
            rows = self.ctx.conn.execute(
                CARD_SQL + "JOIN delivery_cards dc ON dc.kpj = c.kpj AND dc.delivery_id = ? "
                "WHERE dc.status = 'dikirim' ORDER BY p.nama COLLATE NOCASE", (self.delivery.currentData(),)).fetchall()
        self.cards.set_cards(rows, checked=False)
        if not rows:
            self.feedback.info(self.tr("Tidak ada kiriman yang menunggu konfirmasi."))

    def _update_button(self, *_args) -> None:
        expected, found = self.cards.rowCount(), len(self.cards.checked())
        self.tally.setText(self.tr("Diharapkan {e} · Ada {f} · Belum ditemukan {m}").format(
            e=number(expected), f=number(found), m=number(expected - found)))
        self.go.setEnabled(found > 0)
        self.go.setText(self.button_text(found, expected - found))
        self.all_missing.setText(self.tr("Semua {n} kartu tidak ada…").format(n=number(expected)))
        self.all_missing.setVisible(expected > 0 and not found)

    def _scanned(self) -> None:
        kpj = self.scan.text().strip()
        self.scan.clear()
        ticked = self.cards.tick(kpj)
        if ticked is None:
            self.feedback.error(self.tr("KPJ {kpj} tidak ada dalam kiriman ini.").format(kpj=kpj))
        elif ticked is False:
            self.feedback.error(self.tr("KPJ {kpj} sudah dipindai.").format(kpj=kpj))
        else:
            self.feedback.ok(self.tr("✓ KPJ {kpj} ada.").format(kpj=kpj))

    def record(self, *, ask: bool = True) -> None:
        missing = self.cards.rowCount() - len(self.cards.checked())
        if not self.cards.checked():
            return  # nothing found yet: "Semua … kartu tidak ada…" is the way to record a box with none
        if ask and missing and QMessageBox.question(
                self, self.tr("Kartu tidak ada"),
                self.tr("{m} kartu tidak ditemukan di kotak dan akan dicatat HILANG (perlu cetak ulang). "
                        "Lanjutkan?").format(m=missing)) != QMessageBox.StandardButton.Yes:
            return
        self._receive()

    def record_all_missing(self) -> None:
        """None of the box's cards is there: every one is recorded HILANG, after an explicit yes."""
        if self.delivery.currentData() is None or self.cards.checked():
            return
        delivery = deliveries.get(self.ctx.conn, self.delivery.currentData())
        if QMessageBox.question(
                self, self.tr("Semua kartu tidak ada"),
                self.tr("Tidak ada satu pun dari {n} kartu kiriman {no} yang dipindai atau dicentang. Semua {n} "
                        "kartu akan dicatat HILANG (perlu cetak ulang) dan kiriman ini ditutup. Lanjutkan?").format(
                    n=number(self.cards.rowCount()), no=delivery.no),
                defaultButton=QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        self._receive()

    def _receive(self) -> None:
        try:
            receipt = deliveries.receive(self.ctx.conn, self.delivery.currentData(), iso(self.date),
                                         received=self.cards.checked(), received_by=self.received_by.text(),
                                         user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.received_by.clear()  # the next box (often another kecamatan's) must not carry this name
        self._done(self.tr("Kiriman {no} diterima: {f} dari {e} kartu ada{extra}.").format(
            no=receipt.delivery.no, f=number(len(receipt.received)), e=number(receipt.expected),
            extra=self.tr(", {m} dicatat hilang").format(m=len(receipt.missing)) if receipt.missing else ""))


class ToDesaPanel(HopPanel):
    """Kecamatan → desa: the desa's cards at the kecamatan, to the kades/lurah named here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kecamatan = QComboBox()
        self.kecamatan.currentIndexChanged.connect(self._fill_desa)
        self.desa = QComboBox()
        self.desa.currentIndexChanged.connect(self._load)
        self.kades = QLineEdit()
        self.kades.setPlaceholderText(self.tr("nama yang menandatangani berita acara"))
        self.jabatan = QComboBox()
        self.jabatan.setEditable(True)
        self.jabatan.addItems(deliveries.JABATAN)
        self.date = date_field(ctx.today())
        if ctx.office.is_district:
            self.form.addRow(self.tr("Kecamatan"), self.kecamatan)
        self.form.addRow(self.tr("Desa/kelurahan"), self.desa)
        self.form.addRow(self.tr("Diterima oleh"), self.kades)
        self.form.addRow(self.tr("Jabatan"), self.jabatan)
        self.form.addRow(self.tr("Tanggal serah"), self.date)

    def button_text(self, n: int) -> str:
        return self.tr("Serahkan {n} kartu ke desa/kelurahan").format(n=number(n))

    def refresh(self) -> None:
        office = self.ctx.office
        if office.is_district:
            counts = dict(self.ctx.conn.execute(
                "SELECT kecamatan_kode, count(*) FROM cards WHERE state = 'di_kecamatan' GROUP BY 1"))
            fill_regions(self.kecamatan, regions.children(self.ctx.conn, office.kabupaten_kode), counts=counts,
                         noun=self.tr("kartu di kecamatan"))
        self._fill_desa()

    def _kecamatan(self) -> str:
        return self.kecamatan.currentData() if self.ctx.office.is_district else self.ctx.office.kode

    def _fill_desa(self) -> None:
        counts = dict(self.ctx.conn.execute(
            "SELECT desa_kode, count(*) FROM cards WHERE state = 'di_kecamatan' AND kecamatan_kode = ? GROUP BY 1",
            (self._kecamatan(),)))
        fill_regions(self.desa, regions.children(self.ctx.conn, self._kecamatan()), counts=counts,
                     noun=self.tr("kartu"))
        self._load()

    def _load(self) -> None:
        desa = self.desa.currentData()
        rows = self.ctx.conn.execute(CARD_SQL + "WHERE c.desa_kode = ? AND c.state = 'di_kecamatan' "
                                     "ORDER BY p.nama COLLATE NOCASE", (desa,)).fetchall()
        if desa:
            self.jabatan.setCurrentText(deliveries.default_jabatan(desa))
        self.cards.set_cards(rows, checked=True)

    def record(self) -> None:
        try:
            box = deliveries.send_to_desa(self.ctx.conn, self.desa.currentData(), self.kades.text(), iso(self.date),
                                          jabatan=self.jabatan.currentText(), kpjs=self.cards.checked(),
                                          user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.kades.clear()
        self._done(self.tr("Serah terima {no}: {n} kartu ke {jabatan} {desa}, {nama}.").format(
            no=box.no, n=number(box.jumlah), jabatan=box.jabatan, desa=box.ke_nama, nama=box.penerima))
        self.print_offers.offer([(self.tr("Cetak berita acara {no}").format(no=box.no), "berita-acara",
                                  {"delivery": box.no}),
                                 (self.tr("Cetak daftar serah terima {desa}").format(desa=box.ke_nama), "daftar",
                                  {"desa": box.ke})])
