"""First step: two sentences of welcome, then try the demo or set up this office from the region list."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import firstrun, regions
from desktop.core import office as office_module
from desktop.core.errors import UserError
from desktop.core.sync import identity
from desktop.gui.setup.step import SetupStep


class OfficeStep(SetupStep):
    key = "kantor"
    title = QT_TRANSLATE_NOOP("SetupStep", "Kantor")
    skippable = False
    demo_requested = Signal()
    office_ready = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "SerahKartu mencatat setiap kartu BPJS Ketenagakerjaan dari kabupaten sampai ke tangan pekerja, "
            "dan menunjukkan kartu yang tertahan terlalu lama. Coba dulu dengan data contoh, atau langsung "
            "siapkan kantor Anda dalam beberapa langkah singkat; semuanya bisa diubah nanti di Pengaturan."))
        intro.setWordWrap(True)
        intro.setObjectName("welcomeText")
        outer.addWidget(intro)
        cards = QHBoxLayout()
        cards.addWidget(self._demo_card(), 1)
        cards.addWidget(self._setup_card(), 2)
        outer.addLayout(cards, 1)

    def _demo_card(self) -> QFrame:
        card = QFrame(objectName="choiceCard")
        layout = QVBoxLayout(card)
        heading = QLabel(self.tr("Coba dengan data contoh"), objectName="sectionTitle")
        text = QLabel(self.tr(
            "Kabupaten Kaur dengan 7.130 pekerja rentan di 15 kecamatan, kartu di setiap tahap. "
            "Data contoh disimpan terpisah dan tidak tercampur dengan data kantor Anda."), wordWrap=True)
        self.demo_button = QPushButton(self.tr("Coba dengan data contoh"))
        self.demo_button.clicked.connect(self.demo_requested)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(self.demo_button)
        return card

    def _setup_card(self) -> QFrame:
        card = QFrame(objectName="choiceCard")
        layout = QVBoxLayout(card)
        layout.addWidget(QLabel(self.tr("Siapkan kantor ini"), objectName="sectionTitle"))
        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.kabupaten_radio = QRadioButton(self.tr("Kantor kabupaten/kota (dinas)"))
        self.kecamatan_radio = QRadioButton(self.tr("Kantor kecamatan"))
        for button in (self.kabupaten_radio, self.kecamatan_radio):
            self.kind_group.addButton(button)
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kabupaten_radio.setChecked(True)
        self.kind_group.buttonToggled.connect(self._load_regions)
        layout.addLayout(kinds)
        search_label = QLabel(self.tr("&Cari wilayah kantor:"))
        self.search = QLineEdit(placeholderText=self.tr("Ketik nama wilayah, mis. Kaur atau Kinal"),
                                clearButtonEnabled=True)
        search_label.setBuddy(self.search)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        self.region_model = QStringListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.region_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._set_up)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.doubleClicked.connect(self._set_up)
        self.list.activated.connect(self._set_up)
        layout.addWidget(self.list, 1)
        self.setup_button = QPushButton(self.tr("Siapkan kantor ini"), objectName="primaryButton")
        self.setup_button.setDefault(True)
        self.setup_button.clicked.connect(self._set_up)
        layout.addWidget(self.setup_button)
        self._codes: list[str] = []
        self._load_regions()
        return card

    def entered(self) -> None:
        self.search.setFocus()

    def _load_regions(self) -> None:
        everything = regions.all_regions()
        level = 2 if self.kabupaten_radio.isChecked() else 3
        chosen = sorted((r for r in everything.values() if r.level == level), key=lambda r: r.nama)
        labels = []
        for region in chosen:
            parents = [everything[region.kode[:n]].nama for n in ((5, 2) if level == 3 else (2,))]
            labels.append(f"{region.nama} — {', '.join(parents)} ({region.kode})")
        self._codes = [r.kode for r in chosen]
        self.region_model.setStringList(labels)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        """Filter the list and select its first match, so Enter after typing sets the office up."""
        self.proxy.setFilterFixedString(text)
        if text and self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def selected_code(self) -> str | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self._codes[self.proxy.mapToSource(index).row()]

    def _set_up(self) -> None:
        kode = self.selected_code()
        if kode is None:
            QMessageBox.information(self, "SerahKartu", self.tr("Pilih dulu wilayah kantor Anda dari daftar."))
            return
        kind = "kabupaten" if self.kabupaten_radio.isChecked() else "kecamatan"
        name = self.list.currentIndex().data()
        sure = QMessageBox.question(self, "SerahKartu", self.tr(
            "Siapkan kantor ini untuk {wilayah}?\n\nWilayah kantor tidak bisa diubah setelah data dicatat.")
            .format(wilayah=name))
        if sure != QMessageBox.StandardButton.Yes:
            return
        try:
            office_module.init_office(self.ctx.conn, kind, kode)
            identity.ensure(self.ctx.conn)  # the office's keys and fingerprint for sync (DESIGN §7)
            firstrun.start(self.ctx.conn)
        except UserError as exc:
            QMessageBox.warning(self, "SerahKartu", str(exc))
            return
        self.office_ready.emit()

    def commit(self) -> bool:
        return self.ctx.office is not None
