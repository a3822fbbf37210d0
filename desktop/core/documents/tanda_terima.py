"""Tanda terima: one receipt per worker, three to a page with cut lines, signed or thumbprinted by the
worker (or a proxy) when the card is handed over. Each carries the KPJ as a QR and the NIK masked.
Each desa starts on a new page, so a desa's receipts can be cut and bundled together."""

import math

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.core.documents import qr, signers
from desktop.core.documents.base import DocumentSetup
from desktop.core.documents.layout import BLANK, BOLD, ITALIC, SANS, fit, footer, new_canvas, wrap
from desktop.core.documents.source import Group, Row
from desktop.core.formatting import number

PER_PAGE = 3
TITLE = "TANDA TERIMA KARTU PESERTA BPJS KETENAGAKERJAAN"
QR_SIZE = 20 * mm
STATEMENT = ("Yang bertanda tangan di bawah ini menyatakan telah menerima kartu peserta BPJS Ketenagakerjaan "
             "atas nama tersebut di atas dalam keadaan baik.")


def build(out, groups: list[Group], setup: DocumentSetup) -> dict:
    canvas = new_canvas(out, setup.paper, "Tanda Terima Kartu BPJS Ketenagakerjaan", setup.office.nama)
    total_pages = sum(math.ceil(len(g.rows) / PER_PAGE) for g in groups)
    total_rows = sum(len(g.rows) for g in groups)
    page_no = done = 0
    for group in groups:
        for start in range(0, len(group.rows), PER_PAGE):
            page_no += 1
            _page(canvas, group, start, setup)
            footer(canvas, setup.page, page_no, total_pages, setup.note)
            canvas.showPage()
        done += len(group.rows)
        setup.tick(done, total_rows, f"{group.desa_label} {group.desa_nama}: {number(done)} dari "
                                     f"{number(total_rows)} tanda terima")
    canvas.save()
    return {"pages": total_pages, "rows": total_rows, "sections": len(groups)}


def _page(canvas: Canvas, group: Group, start: int, setup: DocumentSetup) -> None:
    page = setup.page
    height = (page.top - page.bottom) / PER_PAGE
    for slot in range(PER_PAGE):
        index = start + slot
        top = page.top - slot * height
        if slot:
            _cut_line(canvas, setup, top)
        if index < len(group.rows):
            _slip(canvas, group, index, setup, top - 4 * mm, height - 8 * mm)


def _cut_line(canvas: Canvas, setup: DocumentSetup, y: float) -> None:
    page = setup.page
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.4)
    canvas.line(page.left - 10 * mm, y, page.right + 10 * mm, y)
    canvas.restoreState()
    label = "potong di sini"
    width = canvas.stringWidth(label, ITALIC, 7) + 6
    canvas.setFillGray(1)
    canvas.rect(page.centre - width / 2, y - 4, width, 8, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setFont(ITALIC, 7)
    canvas.drawCentredString(page.centre, y - 2.5, label)


def _slip(canvas: Canvas, group: Group, index: int, setup: DocumentSetup, top: float, height: float) -> None:
    page, row = setup.page, group.rows[index]
    text_width = page.inner_width - QR_SIZE - 4 * mm
    canvas.setFont(BOLD, 8.5)
    canvas.drawString(page.left, top - 3 * mm, fit(" — ".join(setup.cfg.kop[:2]), BOLD, 8.5, text_width))
    canvas.setFont(SANS, 8)
    canvas.drawString(page.left, top - 7 * mm, f"No. {index + 1} dari {len(group.rows)} · "
                                               f"{group.desa_label} {group.desa_nama}")
    canvas.setFont(BOLD, 11.5)
    canvas.drawString(page.left, top - 13 * mm, fit(TITLE, BOLD, 11.5, text_width))
    qr.draw(canvas, row.kpj, page.right - QR_SIZE, top - QR_SIZE - 1 * mm, QR_SIZE)
    canvas.setFont(SANS, 7)
    canvas.drawCentredString(page.right - QR_SIZE / 2, top - QR_SIZE - 4 * mm, row.kpj)
    y = _fields(canvas, group, row, setup, top - 20 * mm, text_width)
    canvas.setFont(SANS, 9)
    for line in wrap(STATEMENT, SANS, 9, page.inner_width, 2):
        canvas.drawString(page.left, y, line)
        y -= 4.2 * mm
    canvas.drawString(page.left, y - 0.5 * mm, "Diterima oleh:")
    _tick_box(canvas, page.left + 23 * mm, y - 0.5 * mm, "peserta sendiri")
    _tick_box(canvas, page.left + 52 * mm, y - 0.5 * mm, f"wakil / ahli waris, nama {BLANK} hubungan {BLANK}")
    _signatures(canvas, setup, top - height, y - 6 * mm, row)


def _fields(canvas: Canvas, group: Group, row: Row, setup: DocumentSetup, y: float, width: float) -> float:
    left = setup.page.left
    values = [("Nama", row.nama, BOLD), ("NIK", setup.nik(row.nik), SANS), ("Nomor KPJ", row.kpj, BOLD),
              ("Alamat", row.alamat or "-", SANS),
              (f"{group.desa_label} / Kec.", f"{group.desa_nama} / {group.kecamatan_nama}", SANS),
              ("Program", row.program or "-", SANS)]
    for label, value, font in values:
        canvas.setFont(SANS, 9.5)
        canvas.drawString(left, y, label)
        canvas.drawString(left + 27 * mm, y, ":")
        canvas.setFont(font, 9.5)
        canvas.drawString(left + 30 * mm, y, fit(value, font, 9.5, width - 30 * mm))
        y -= 4.3 * mm
    return y - 1 * mm


def _tick_box(canvas: Canvas, x: float, y: float, label: str) -> None:
    canvas.rect(x, y - 0.5, 3 * mm, 3 * mm, stroke=1, fill=0)
    canvas.setFont(SANS, 9)
    canvas.drawString(x + 4.5 * mm, y, label)


def _signatures(canvas: Canvas, setup: DocumentSetup, bottom: float, top: float, row: Row) -> None:
    """Petugas on the left; on the right the receiver's signature beside a thumbprint box."""
    page = setup.page
    petugas = signers.petugas(setup.cfg)
    half = page.inner_width / 2
    thumb_w = 18 * mm
    name_y = bottom + 2 * mm
    receiver_centre = page.left + half + (half - thumb_w - 2 * mm) / 2
    canvas.setFont(SANS, 9)
    canvas.drawCentredString(page.left + half / 2, top, "Yang menyerahkan,")
    canvas.drawCentredString(page.left + half / 2, top - 4 * mm, petugas.jabatan)
    canvas.drawCentredString(receiver_centre, top, setup.place_and_date(None))
    canvas.drawCentredString(receiver_centre, top - 4 * mm, "Yang menerima,")
    canvas.setFont(BOLD, 9)
    canvas.drawCentredString(page.left + half / 2, name_y, fit(petugas.nama or f"({BLANK})", BOLD, 9, half - 4 * mm))
    canvas.drawCentredString(receiver_centre, name_y, fit(f"( {row.nama} )", BOLD, 9, half - thumb_w - 4 * mm))
    # The thumbprint box takes the full height beside the receiver's signature.
    box_top = top + 4 * mm
    canvas.saveState()
    canvas.setDash(1.5, 1.5)
    canvas.rect(page.right - thumb_w, name_y - 2 * mm, thumb_w, box_top - name_y + 2 * mm, stroke=1, fill=0)
    canvas.restoreState()
    canvas.setFont(SANS, 6.5)
    canvas.drawCentredString(page.right - thumb_w / 2, name_y - 0.5 * mm, "cap jempol")
