"""A desa's signed list comes back: tick the rows that were signed (or scan their QR codes), or open
the signed list as a spreadsheet; every row that cannot be recorded is reported."""

from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPushButton, QWidget

from desktop.core import handover, regions, signed_list
from desktop.core.errors import UserError
from desktop.core.formatting import number
from desktop.gui.context import AppContext
from desktop.gui.handover.boxes import HopPanel
from desktop.gui.handover.common import CARD_SQL, date_field, fill_regions, iso


class SignedListPanel(HopPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kecamatan = QComboBox()
        self.kecamatan.currentIndexChanged.connect(self._fill_desa)
        self.desa = QComboBox()
        self.desa.currentIndexChanged.connect(self._load)
        self.date = date_field(ctx.today())
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("pindai QR pada baris yang ditandatangani, atau ketik KPJ lalu Enter"))
        self.scan.returnPressed.connect(self._scanned)
        if ctx.office.is_district:
            self.form.addRow(self.tr("Kecamatan"), self.kecamatan)
        self.form.addRow(self.tr("Desa/kelurahan"), self.desa)
        self.form.addRow(self.tr("Tanggal tanda tangan"), self.date)
        self.form.addRow(self.tr("Pindai"), self.scan)
        open_file = QPushButton(self.tr("Buka daftar bertanda tangan (.xlsx/.ods/.csv)…"))
        open_file.clicked.connect(self._open_file)
        self.form.addRow("", open_file)

    def button_text(self, n: int) -> str:
        return self.tr("Catat {n} kartu sudah diterima peserta").format(n=number(n))

    def _kecamatan(self) -> str:
        return self.kecamatan.currentData() if self.ctx.office.is_district else self.ctx.office.kode

    def refresh(self) -> None:
        if self.ctx.office.is_district:
            counts = dict(self.ctx.conn.execute(
                "SELECT kecamatan_kode, count(*) FROM cards WHERE state = 'di_desa' GROUP BY 1"))
            fill_regions(self.kecamatan, regions.children(self.ctx.conn, self.ctx.office.kabupaten_kode),
                         counts=counts, noun=self.tr("kartu di desa"))
        self._fill_desa()

    def _fill_desa(self) -> None:
        counts = dict(self.ctx.conn.execute(
            "SELECT desa_kode, count(*) FROM cards WHERE state = 'di_desa' AND kecamatan_kode = ? GROUP BY 1",
            (self._kecamatan(),)))
        fill_regions(self.desa, regions.children(self.ctx.conn, self._kecamatan()), counts=counts,
                     noun=self.tr("kartu di desa"))
        self._load()

    def _load(self) -> None:
        rows = self.ctx.conn.execute(CARD_SQL + "WHERE c.desa_kode = ? AND c.state = 'di_desa' "
                                     "ORDER BY p.nama COLLATE NOCASE", (self.desa.currentData(),)).fetchall()
        self.cards.set_cards(rows, checked=False)

    def _scanned(self) -> None:
        kpj = self.scan.text().strip()
        self.scan.clear()
        ticked = self.cards.tick(kpj)
        if ticked is None:
            self.feedback.error(self.tr("KPJ {kpj} tidak ada dalam daftar desa ini (atau sudah diserahkan).")
                                .format(kpj=kpj))
        elif ticked is False:
            self.feedback.error(self.tr("KPJ {kpj} sudah dicentang.").format(kpj=kpj))
        else:
            self.feedback.ok(self.tr("✓ KPJ {kpj} dicentang.").format(kpj=kpj))

    def record(self) -> None:
        on = iso(self.date)
        items = [(i, kpj, on) for i, kpj in enumerate(self.cards.checked(), start=1)]
        result = handover.deliver_many(self.ctx.conn, items, user=self.ctx.user)
        self._report(len(result.delivered), result.problems)

    def _open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Daftar bertanda tangan"), "",
                                              self.tr("Lembar kerja (*.xlsx *.xls *.ods *.csv)"))
        if path:
            self.record_file(path)

    def record_file(self, path: str) -> None:
        try:
            result = signed_list.deliver_from_file(self.ctx.conn, path, iso(self.date), user=self.ctx.user)
        except UserError as exc:
            self.feedback.error(str(exc))
            return
        self._report(result["delivered"], result["problems"], rows=True)

    def _report(self, delivered: int, problems: list[dict], *, rows: bool = False) -> None:
        """`rows`: the problems come from a spreadsheet, so each names its row."""
        text = self.tr("{n} kartu dicatat diterima peserta.").format(n=number(delivered))
        if problems:
            where = self.tr("Baris {row}: ")
            lines = "\n".join(f"• {where.format(row=p['row']) if rows else ''}{p['message']}" for p in problems[:8])
            more = self.tr("\n… dan {n} lagi.").format(n=len(problems) - 8) if len(problems) > 8 else ""
            self.feedback.error(text + self.tr(" {n} baris TIDAK dicatat:\n").format(n=len(problems)) + lines + more)
        else:
            self.feedback.ok(text)
        self.ctx.changed()
        self.refresh()
