"""Pengaturan → Kop dan tanda tangan: the letterhead, signatories, paper and margins of printed papers."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import regions
from desktop.core.db import transaction
from desktop.core.documents import config
from desktop.core.documents.config import Margins, PrintSettings, Signatory
from desktop.core.documents.layout import PAPER_LABELS
from desktop.core.errors import UserError
from desktop.gui.settings.base import Section
from desktop.gui.widgets.feedback import Feedback

SIDES = (("top", QT_TRANSLATE_NOOP("PrintingSection", "Atas")),
         ("right", QT_TRANSLATE_NOOP("PrintingSection", "Kanan")),
         ("bottom", QT_TRANSLATE_NOOP("PrintingSection", "Bawah")),
         ("left", QT_TRANSLATE_NOOP("PrintingSection", "Kiri")))


class PrintingSection(Section):
    title = QT_TRANSLATE_NOOP("Section", "Kop dan tanda tangan")
    permission = "pengaturan"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._kop_group())
        layout.addWidget(self._paper_group())
        layout.addWidget(self._people_group())
        layout.addWidget(self._officials_group())
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.save_button = save = QPushButton(self.tr("Simpan pengaturan cetak"))
        save.setObjectName("primaryButton")
        save.clicked.connect(self.save)
        row.addWidget(save)
        self.feedback = Feedback()
        row.addWidget(self.feedback, 1)
        row.addStretch()  # the button keeps its width while the message line is empty (hidden)
        outer.addLayout(row)

    def _kop_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Kop surat"))
        form = QFormLayout(group)
        self.kop = [QLineEdit() for _ in range(config.MAX_KOP_LINES)]
        hints = ("PEMERINTAH KABUPATEN …", "DINAS … / KECAMATAN …", self.tr("(boleh kosong)"))
        for number, (field, hint) in enumerate(zip(self.kop, hints, strict=True), start=1):
            field.setPlaceholderText(hint)
            form.addRow(self.tr("Baris {n}").format(n=number), field)
        self.alamat = QLineEdit()
        self.alamat.setPlaceholderText(self.tr("Jl. … No. …, telepon, kode pos"))
        form.addRow(self.tr("Alamat"), self.alamat)
        self.kota = QLineEdit()
        self.kota.setPlaceholderText(self.tr("tempat penandatanganan, mis. Bintuhan"))
        form.addRow(self.tr("Tempat"), self.kota)
        logo_row = QHBoxLayout()
        self.logo = QLineEdit()
        self.logo.setReadOnly(True)
        choose = QPushButton(self.tr("Pilih…"))
        choose.clicked.connect(self._choose_logo)
        remove = QPushButton(self.tr("Hapus"))
        remove.clicked.connect(self.logo.clear)
        for widget in (self.logo, choose, remove):
            logo_row.addWidget(widget)
        form.addRow(self.tr("Logo"), logo_row)
        return group

    def _paper_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Kertas dan margin"))
        form = QFormLayout(group)
        self.kertas, self.kertas_ba = QComboBox(), QComboBox()
        for combo in (self.kertas, self.kertas_ba):
            for key, label in PAPER_LABELS.items():
                combo.addItem(label, key)
        form.addRow(self.tr("Daftar dan tanda terima"), self.kertas)
        form.addRow(self.tr("Berita acara"), self.kertas_ba)
        margins = QHBoxLayout()
        self.margins = {}
        low, high = config.MARGIN_RANGE_MM
        for side, label in SIDES:
            field = QDoubleSpinBox()
            field.setRange(low, high)
            field.setDecimals(0)
            field.setSuffix(" mm")
            margins.addWidget(QLabel(self.tr(label)))
            margins.addWidget(field)
            self.margins[side] = field
        form.addRow(self.tr("Margin"), margins)
        return group

    def _people_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Penanda tangan kantor ini"))
        form = QFormLayout(group)
        self.people = {}
        for key, label in (("kepala", self.tr("Kepala kantor")), ("petugas", self.tr("Petugas"))):
            fields = (QLineEdit(), QLineEdit(), QLineEdit())
            fields[0].setPlaceholderText(self.tr("Nama lengkap dan gelar"))
            fields[1].setPlaceholderText(self.tr("NIP 18 digit (kosong bila bukan ASN)"))
            fields[2].setPlaceholderText(self.tr("Jabatan"))
            row = QHBoxLayout()
            for field in fields:
                row.addWidget(field)
            form.addRow(label, row)
            self.people[key] = fields
        return group

    def _officials_group(self) -> QGroupBox:
        self.officials_group = QGroupBox()
        layout = QVBoxLayout(self.officials_group)
        hint = QLabel(self.tr("Nama yang dicetak pada blok tanda tangan daftar dan berita acara. Yang kosong "
                              "dicetak sebagai garis titik-titik untuk diisi tangan."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.officials = QTableWidget(0, 4)
        self.officials.setHorizontalHeaderLabels([self.tr("Wilayah"), self.tr("Nama"), self.tr("NIP"),
                                                  self.tr("Jabatan")])
        self.officials.verticalHeader().setVisible(False)
        self.officials.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.officials.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.officials.setMinimumHeight(260)
        layout.addWidget(self.officials)
        return self.officials_group

    # -- values ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        cfg = config.load(self.ctx.conn)
        for field, line in zip(self.kop, [*cfg.kop, "", "", ""], strict=False):
            field.setText(line)
        self.alamat.setText(cfg.alamat)
        self.kota.setText(cfg.kota)
        self.logo.setText(cfg.logo)
        self.kertas.setCurrentIndex(self.kertas.findData(cfg.kertas))
        self.kertas_ba.setCurrentIndex(self.kertas_ba.findData(cfg.kertas_berita_acara))
        for side, field in self.margins.items():
            field.setValue(getattr(cfg.margins, side))
        for key, fields in self.people.items():
            person = getattr(cfg, key)
            for field, value in zip(fields, (person.nama, person.nip, person.jabatan), strict=True):
                field.setText(value)
        self._fill_officials(cfg)

    def _fill_officials(self, cfg: PrintSettings) -> None:
        office = self.ctx.office
        if office.kind == "kabupaten":
            self.officials_group.setTitle(self.tr("Camat tiap kecamatan"))
            areas, role = regions.children(self.ctx.conn, office.kabupaten_kode), "Camat"
        else:
            self.officials_group.setTitle(self.tr("Kepala desa / lurah tiap desa dan kelurahan"))
            areas, role = regions.children(self.ctx.conn, office.kode), None
        self.officials.setRowCount(len(areas))
        for row, area in enumerate(areas):
            person = cfg.official(area["kode"])
            title = role or ("Lurah" if area["kode"].rsplit(".", 1)[-1].startswith("1") else "Kepala Desa")
            label = QTableWidgetItem(area["nama"])
            label.setData(Qt.ItemDataRole.UserRole, area["kode"])
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.officials.setItem(row, 0, label)
            for column, value in enumerate((person.nama, person.nip, person.jabatan or f"{title} {area['nama']}"), 1):
                self.officials.setItem(row, column, QTableWidgetItem(value))

    def value(self) -> PrintSettings:
        people = {key: Signatory(*(f.text().strip() for f in fields)) for key, fields in self.people.items()}
        officials = {}
        for row in range(self.officials.rowCount()):
            kode = self.officials.item(row, 0).data(Qt.ItemDataRole.UserRole)
            nama, nip, jabatan = (self.officials.item(row, c).text().strip() for c in (1, 2, 3))
            if nama or nip:
                officials[kode] = Signatory(nama, nip, jabatan)
        return PrintSettings(
            kop=[f.text() for f in self.kop], alamat=self.alamat.text(), logo=self.logo.text(), kota=self.kota.text(),
            kertas=self.kertas.currentData(), kertas_berita_acara=self.kertas_ba.currentData(),
            margins=Margins(**{side: f.value() for side, f in self.margins.items()}),
            kepala=people["kepala"], petugas=people["petugas"], pejabat=officials,
        )

    def save(self) -> None:
        try:
            with transaction(self.ctx.conn):
                config.save(self.ctx.conn, self.value(), user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self.feedback.ok(self.tr("Pengaturan cetak disimpan; dokumen berikutnya memakai kop dan nama ini."))
        self.ctx.changed()

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Pilih logo"), "",
                                                    self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)
