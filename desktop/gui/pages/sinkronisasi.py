"""Sinkronisasi: files on USB sticks between the district and its kecamatan offices (DESIGN §7).

Per office: the last file sent and received, the events waiting to go, files held for a gap, conflicts
to review. Export to a chosen folder, import with a clear result. Every change goes through
desktop.core.sync; the dialogs only choose files and ask a person to compare fingerprints.
"""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.core import office as office_module
from desktop.core.errors import UserError
from desktop.core.formatting import number
from desktop.core.sync import export, identity, receive, review
from desktop.gui.jobs import run_job
from desktop.gui.pages.base import Page
from desktop.gui.widgets.feedback import Feedback
from desktop.gui.widgets.flow import FlowLayout
from desktop.gui.widgets.stretch_column import AREA_SAMPLE, stretch_column

OFFICE_COLUMNS = (QT_TRANSLATE_NOOP("SinkronisasiPage", "Kantor"),
                  QT_TRANSLATE_NOOP("SinkronisasiPage", "Sidik jari"),
                  QT_TRANSLATE_NOOP("SinkronisasiPage", "Terakhir dikirim"),
                  QT_TRANSLATE_NOOP("SinkronisasiPage", "Terakhir diterima"),
                  QT_TRANSLATE_NOOP("SinkronisasiPage", "Menunggu dikirim"),
                  QT_TRANSLATE_NOOP("SinkronisasiPage", "Berkas tertahan"),
                  QT_TRANSLATE_NOOP("SinkronisasiPage", "Konflik"))
CONFLICT_COLUMNS = (QT_TRANSLATE_NOOP("SinkronisasiPage", "No."),
                    QT_TRANSLATE_NOOP("SinkronisasiPage", "Kartu (KPJ)"),
                    QT_TRANSLATE_NOOP("SinkronisasiPage", "Dari kantor"),
                    QT_TRANSLATE_NOOP("SinkronisasiPage", "Keterangan"),
                    QT_TRANSLATE_NOOP("SinkronisasiPage", "Ditemukan"))


def when(stamp: str | None) -> str:
    """An event time stored in UTC, as the clerk's own clock shows it: '22-11-2026 11.33'."""
    if not stamp:
        return "–"
    return datetime.fromisoformat(stamp).astimezone().strftime("%d-%m-%Y %H.%M")


def short_name(nama: str) -> str:
    """'Kecamatan Kinal, Kabupaten Kaur' -> 'Kecamatan Kinal': the kabupaten is the same for all."""
    return nama.split(",")[0]


def fit_height(table: QTableWidget, max_rows: int) -> None:
    """As tall as its rows (up to `max_rows`, then it scrolls), so a short list leaves no empty box."""
    rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), max_rows)))
    table.setFixedHeight(table.horizontalHeader().height() + max(rows, 26) + 2 * table.frameWidth() + 2)


class SinkronisasiPage(Page):
    key = "sinkronisasi"
    title = QT_TRANSLATE_NOOP("Page", "Sinkronisasi")
    permission = "sinkron"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.job = None
        self.last_result = None  # the last ImportResult or list of ExportResult (tests read it)
        self._offices: list[dict] = []
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Sinkronisasi antarkantor"))
        self.heading.setObjectName("pageTitle")
        self.identity_label = QLabel()
        self.identity_label.setObjectName("summary")
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        identity_hint = QLabel(self.tr("Bacakan sidik jari ini kepada kantor lain (telepon atau surat) saat mereka "
                                       "mencocokkannya; mereka membacakan sidik jari kantornya kepada Anda."))
        identity_hint.setObjectName("hint")
        identity_hint.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.identity_label)
        layout.addWidget(identity_hint)
        layout.addLayout(self._buttons())
        self.result = Feedback()
        self.result.hide()
        layout.addWidget(self.result)
        layout.addWidget(self._section(self.tr("Kantor")))
        self.offices = self._table(OFFICE_COLUMNS)
        stretch_column(self.offices, 0, "Kecamatan " + AREA_SAMPLE)
        layout.addWidget(self.offices)
        legend = QLabel(self.tr(
            "Menunggu dikirim: peristiwa kantor ini yang belum dikonfirmasi diterima kantor itu; semuanya ikut lagi "
            "di berkas berikutnya, jadi flashdisk yang hilang tidak menghilangkan data. Berkas tertahan: berkas "
            "yang datang sebelum berkas yang mendahuluinya; diterapkan sendiri begitu celahnya terisi."))
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("hint")
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        conflicts_row = QHBoxLayout()
        self.conflicts_title = self._section("")
        conflicts_row.addWidget(self.conflicts_title, 1)
        self.review_button = QPushButton(self.tr("Tandai sudah diperiksa…"))
        self.review_button.clicked.connect(self._review_clicked)
        conflicts_row.addWidget(self.review_button)
        layout.addLayout(conflicts_row)
        self.conflicts = self._table(CONFLICT_COLUMNS)
        self.conflicts.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.conflicts.setWordWrap(True)
        layout.addWidget(self.conflicts)
        self.no_conflicts = QLabel(self.tr("Tidak ada konflik. Kartu yang dicatat oleh dua kantor muncul di sini."))
        self.no_conflicts.setObjectName("hint")
        layout.addWidget(self.no_conflicts)
        layout.addStretch(1)

    def _buttons(self) -> QVBoxLayout:
        """Sending and receiving on the first row, the rarer office actions on the second; a row wraps when
        the window is narrower still (150 % scaling on a 1366×768 screen)."""
        rows = QVBoxLayout()
        main, other = FlowLayout(), FlowLayout()
        district = self.ctx.office is not None and self.ctx.office.is_district
        self.import_button = QPushButton(self.tr("Terima berkas…"), objectName="primaryButton")
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button = QPushButton(self.tr("Kirim berkas ke kecamatan terpilih…") if district
                                         else self.tr("Kirim berkas ke kabupaten…"), objectName="primaryButton")
        self.export_button.clicked.connect(self._export_clicked)
        main.addWidget(self.import_button)
        main.addWidget(self.export_button)
        if district:
            self.export_all_button = QPushButton(self.tr("Kirim ke semua kecamatan…"))
            self.export_all_button.clicked.connect(self._export_all_clicked)
            self.enroll_button = QPushButton(self.tr("Daftarkan kantor kecamatan…"))
            self.enroll_button.clicked.connect(self._enroll_clicked)
            main.addWidget(self.export_all_button)
            other.addWidget(self.enroll_button)
        self.identity_button = QPushButton(self.tr("Simpan identitas kantor ini…"))
        self.identity_button.clicked.connect(self._identity_clicked)
        other.addWidget(self.identity_button)
        rows.addLayout(main)
        rows.addLayout(other)
        return rows

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    def _table(self, columns) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setHorizontalHeaderLabels([self.tr(c) for c in columns])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- figures --------------------------------------------------------------------------------
    def refresh(self) -> None:
        office = self.ctx.office
        if office is None:
            return
        try:
            status = review.status(self.ctx.conn)
        except UserError as exc:  # the key file is missing or wrong: say so, keep the page usable
            self.identity_label.setText(str(exc))
            return
        self.identity_label.setText(self.tr(
            "Kantor ini: <b>{nama}</b> ({kode}) &nbsp;·&nbsp; Sidik jari: <b style='font-size:13pt'>{fp}</b>").format(
                nama=short_name(office.nama), kode=office.kode, fp=status["fingerprint"]))
        self._fill_offices(status["offices"])
        if not status["offices"]:
            self.empty_hint.setText(self.tr(
                "Belum ada kantor kecamatan yang terdaftar. Minta tiap kantor kecamatan menyimpan berkas "
                "identitasnya, lalu pilih 'Daftarkan kantor kecamatan…' dan cocokkan sidik jarinya lewat telepon.")
                if office.is_district else self.tr(
                "Belum pernah menerima berkas dari kabupaten. Simpan identitas kantor ini dan serahkan ke "
                "kabupaten; lalu terima berkas pertama dari kabupaten dan cocokkan sidik jarinya."))
        self.empty_hint.setVisible(not status["offices"])
        self.export_button.setEnabled(bool(status["offices"]))
        self._fill_conflicts(review.conflicts(self.ctx.conn))

    def _fill_offices(self, offices: list[dict]) -> None:
        self._offices = offices
        self.offices.setRowCount(len(offices))
        for row, o in enumerate(offices):
            sent, got = o["last_sent"], o["last_received"]
            name = f"{short_name(o['nama'])} ({o['kode']})" + (
                self.tr(" — pendaftaran dicabut") if o["revoked_at"] else "")
            cells = [name, o["fingerprint"] or "",
                     self.tr("no. {n}, {t}").format(n=sent["nomor"], t=when(sent["at"])) if sent["at"] else "–",
                     self.tr("no. {n}, {t}").format(n=got["nomor"], t=when(got["at"])) if got["at"] else "–",
                     number(o["events_waiting"]), number(o["files_held"]), number(o["conflicts"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, o["kode"])
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if (column == 5 and o["files_held"]) or (column == 6 and o["conflicts"]):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.offices.setItem(row, column, item)
        if offices and not self.offices.selectedItems():
            self.offices.selectRow(0)
        fit_height(self.offices, max_rows=12)

    def _fill_conflicts(self, rows: list[dict]) -> None:
        self.conflicts_title.setText(self.tr("Konflik yang perlu diperiksa: {n}").format(n=number(len(rows))))
        self.review_button.setEnabled(bool(rows))
        self.conflicts.setRowCount(len(rows))
        for row, c in enumerate(rows):
            cells = [str(c["id"]), c["kpj"], short_name(c["office_nama"] or c["office"]), c["message"],
                     when(c["found_at"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c["id"])
                self.conflicts.setItem(row, column, item)
        self.conflicts.resizeRowsToContents()
        self.conflicts.setVisible(bool(rows))
        self.no_conflicts.setVisible(not rows)
        fit_height(self.conflicts, max_rows=8)

    def show_result(self, text: str, ok: bool) -> None:
        if ok:
            self.result.ok(text)
        else:
            self.result.error(text)
        self.result.show()

    # -- actions (the *_to/_from methods do the work; the *_clicked slots only ask) -------------
    def selected_offices(self) -> list[str]:
        rows = sorted({i.row() for i in self.offices.selectedItems()})
        return [self.offices.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def all_offices(self) -> list[str]:
        """Every office files may go to (a revoked one gets none)."""
        return [o["kode"] for o in self._offices if not o["revoked_at"]]

    def export_to(self, folder: Path, kodes: list[str]):
        user = self.ctx.user

        def work(conn, progress):
            results = []
            for done, kode in enumerate(kodes):
                progress(done, len(kodes), self.tr("Menulis berkas untuk {kode}").format(kode=kode))
                results.append(export.export_file(conn, kode, Path(folder) / export.suggested_name(conn, kode),
                                                  user=user))
            return results

        self.job = run_job(self, self.ctx, self.tr("Membuat berkas sinkronisasi"), work, self._exported,
                           on_error=lambda message: self.show_result(message, False))
        return self.job

    def _exported(self, results) -> None:
        self.last_result = results
        lines = [self.tr("Berkas nomor {n} untuk {nama}: {count} peristiwa → {path}").format(
            n=r.nomor, nama=r.to_nama, count=number(r.events), path=r.path) for r in results]
        self.show_result(self.tr("Berkas ditulis dan sudah diperiksa ulang:") + "\n" + "\n".join(lines), True)
        self.ctx.changed()

    def import_from(self, path: Path, fingerprint: str | None = None):
        user = self.ctx.user

        def work(conn, progress):
            progress(0, 1, self.tr("Membuka dan memeriksa berkas"))
            return receive.import_file(conn, path, fingerprint=fingerprint, user=user)

        self.job = run_job(self, self.ctx, self.tr("Menerima berkas sinkronisasi"), work, self._imported,
                           on_error=lambda message: self.show_result(message, False), cancellable=False)
        return self.job

    def _imported(self, result) -> None:
        self.last_result = result
        self.show_result(result.message, True)
        self.ctx.changed()

    def _export_clicked(self) -> None:
        kodes = self.selected_offices() if self.ctx.office.is_district else self.all_offices()
        if not kodes:
            self.show_result(self.tr("Pilih dulu kantor tujuan di tabel."), False)
            return
        self._choose_folder_and_export(kodes)

    def _export_all_clicked(self) -> None:
        self._choose_folder_and_export(self.all_offices())

    def _choose_folder_and_export(self, kodes: list[str]) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder tujuan (mis. flashdisk)"))
        if folder:
            self.export_to(Path(folder), kodes)

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas sinkronisasi"), "",
                                              self.tr("Berkas sinkronisasi (*.age);;Semua berkas (*)"))
        if not path:
            return
        fingerprint = None
        district = receive.first_contact(self.ctx.conn, path)
        if district is not None:
            if not self._confirm_fingerprint(district, self.tr("kabupaten")):
                return
            fingerprint = district.fingerprint
        self.import_from(Path(path), fingerprint)

    def _confirm_fingerprint(self, found, what: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Cocokkan sidik jari"), self.tr(
            "Berkas ini dari {nama} ({kode}).\n\nSidik jari {what}:\n\n    {fp}\n\nTelepon kantor itu dan minta "
            "mereka membacakan sidik jarinya (di halaman Sinkronisasi mereka). Apakah sama persis?").format(
                nama=found.nama, kode=found.kode, what=what, fp=found.fingerprint))
        return answer == QMessageBox.StandardButton.Yes

    def _enroll_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas identitas kantor kecamatan"), "",
                                              self.tr("Berkas identitas (*.json);;Semua berkas (*)"))
        if not path:
            return
        try:
            found = identity.read_identity_file(Path(path))
            if self._confirm_fingerprint(found, self.tr("kantor kecamatan")):
                identity.enroll(self.ctx.conn, Path(path), found.fingerprint, user=self.ctx.user)
                self.show_result(self.tr("{nama} terdaftar.").format(nama=found.nama), True)
                self.ctx.changed()
        except UserError as exc:
            self.show_result(str(exc), False)

    def _identity_clicked(self) -> None:
        office = office_module.require(self.ctx.conn)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan berkas identitas"),
                                              f"identitas-{office.kode}.json", self.tr("Berkas identitas (*.json)"))
        if path:
            self.save_identity(Path(path))

    def save_identity(self, path: Path) -> None:
        try:
            me = export.identity_file(self.ctx.conn, path, user=self.ctx.user)
        except UserError as exc:
            self.show_result(str(exc), False)
            return
        self.show_result(self.tr("Identitas disimpan ke {path}. Sidik jari: {fp}").format(
            path=path, fp=me.fingerprint), True)

    def _review_clicked(self) -> None:
        rows = sorted({i.row() for i in self.conflicts.selectedItems()}) or [0]
        conflict_id = self.conflicts.item(rows[0], 0).data(Qt.ItemDataRole.UserRole)
        note, ok = QInputDialog.getText(self, self.tr("Konflik diperiksa"), self.tr(
            "Bagaimana konflik no. {n} diselesaikan? (mis. dicek dengan camat, koreksi dicatat)").format(n=conflict_id))
        if not ok:
            return
        try:
            review.mark_reviewed(self.ctx.conn, conflict_id, note, user=self.ctx.user)
        except UserError as exc:
            self.show_result(str(exc), False)
            return
        self.ctx.changed()
