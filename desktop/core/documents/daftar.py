"""Daftar serah terima: the list a desa's workers sign (or thumbprint) when they receive their cards.

One section per desa/kelurahan, each with its own "Halaman x dari y": the kop and title on its first
page, the column header on every page, and the count and signature blocks (petugas, kepala desa or
lurah, and the camat who "mengetahui") after its last row. Each row carries a QR of the KPJ so the
signed list can be scanned back.
"""

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.core.documents import qr, signers
from desktop.core.documents.base import DocumentSetup
from desktop.core.documents.layout import (
    BOLD,
    ITALIC,
    SANS,
    SIGNATURE_BLOCK_HEIGHT,
    TextBatch,
    draw_kop,
    fit,
    footer,
    kop_height,
    new_canvas,
    signature_block,
    wrap,
)
from desktop.core.documents.source import Group
from desktop.core.documents.table import Column, Table, paginate
from desktop.core.formatting import number
from desktop.core.terbilang import terbilang

TITLE = "DAFTAR SERAH TERIMA KARTU PESERTA BPJS KETENAGAKERJAAN"
COLUMNS = [
    Column("no", "No", 8, "c"),
    Column("nama", "Nama", 36),
    Column("nik", "NIK", 29, "c"),
    Column("kpj", "No. KPJ", 20, "c"),
    Column("alamat", "Alamat", 28),
    Column("tanggal", "Tanggal\nTerima", 15),
    Column("ttd", "Tanda Tangan /\nCap Jempol", 29),
    Column("qr", "QR", 13),
]
ROW_HEIGHT = 14 * mm  # room for a thumbprint (cap jempol)
HEADER_HEIGHT = 9 * mm
TITLE_HEIGHT = 24 * mm
RUNNING_HEAD = 6 * mm
QR_SIZE = 11 * mm
CLOSING_HEIGHT = 22 * mm + SIGNATURE_BLOCK_HEIGHT
TEXT_SIZE = 8.5


def build(out, groups: list[Group], setup: DocumentSetup) -> dict:
    """Write the daftar of `groups` to `out` (a path or a binary file). Returns pages and rows."""
    canvas = new_canvas(out, setup.paper, "Daftar Serah Terima Kartu BPJS Ketenagakerjaan", setup.office.nama)
    table = Table(COLUMNS, setup.page, ROW_HEIGHT, HEADER_HEIGHT)
    total_rows = sum(len(g.rows) for g in groups)
    done = pages = 0
    for group in groups:
        pages += _section(canvas, table, group, setup)
        done += len(group.rows)
        setup.tick(done, total_rows, f"{group.desa_label} {group.desa_nama}: {number(done)} dari "
                                     f"{number(total_rows)} baris")
    canvas.save()
    return {"pages": pages, "rows": total_rows, "sections": len(groups)}


def plan(group: Group, table: Table, setup: DocumentSetup) -> tuple[list[tuple[int, int]], bool]:
    """Rows on each page of the section, and whether the closing blocks need a page of their own.

    When the closing blocks do not fit under the last rows, the last few rows move to the next page
    with them: signatures never stand on a page without the list they sign for.
    """
    page = setup.page
    first_top = page.top - kop_height(page, setup.cfg) - TITLE_HEIGHT
    next_top = page.top - RUNNING_HEAD
    bottom = page.bottom
    chunks = paginate(len(group.rows), table.capacity(first_top, bottom), table.capacity(next_top, bottom))
    top = first_top if len(chunks) == 1 else next_top
    start, end = chunks[-1]
    if top - HEADER_HEIGHT - (end - start) * ROW_HEIGHT - bottom >= CLOSING_HEIGHT:
        return chunks, False
    moved = min(table.capacity(next_top, bottom + CLOSING_HEIGHT), end - start - 1)
    if moved < 1:
        return chunks, True
    return [*chunks[:-1], (start, end - moved), (end - moved, end)], False


def _section(canvas: Canvas, table: Table, group: Group, setup: DocumentSetup) -> int:
    chunks, closing_alone = plan(group, table, setup)
    total = len(chunks) + closing_alone
    page = setup.page
    for index, (start, end) in enumerate(chunks, start=1):
        if index == 1:
            top = _title(canvas, group, setup, draw_kop(canvas, page, setup.cfg))
        else:
            top = _running_head(canvas, group, setup)
        below = _rows(canvas, table, group, start, end, top, setup)
        if index == len(chunks) and not closing_alone:
            _closing(canvas, group, setup, below - 6 * mm)
        footer(canvas, page, index, total, setup.note)
        canvas.showPage()
    if closing_alone:
        _closing(canvas, group, setup, _running_head(canvas, group, setup) - 4 * mm)
        footer(canvas, page, total, total, setup.note)
        canvas.showPage()
    return total


def _title(canvas: Canvas, group: Group, setup: DocumentSetup, y: float) -> float:
    page = setup.page
    canvas.setFont(BOLD, 12)
    canvas.drawCentredString(page.centre, y - 4 * mm, TITLE)
    programs = ", ".join(group.programs) or "-"
    canvas.setFont(SANS, 9.5)
    canvas.drawCentredString(page.centre, y - 9 * mm, fit(f"Program: {programs}", SANS, 9.5, page.inner_width))
    half = page.inner_width / 2
    info = [(f"{group.desa_label}", group.desa_nama, "Kecamatan", group.kecamatan_nama),
            ("Kode wilayah", group.desa_kode or "-", "Kabupaten", group.kabupaten_nama.removeprefix("Kabupaten "))]
    line_y = y - 15 * mm
    for label_a, value_a, label_b, value_b in info:
        for x, label, value in ((page.left, label_a, value_a), (page.left + half, label_b, value_b)):
            canvas.setFont(SANS, 9.5)
            canvas.drawString(x, line_y, label)
            canvas.setFont(BOLD, 9.5)
            canvas.drawString(x + 24 * mm, line_y, fit(f": {value}", BOLD, 9.5, half - 26 * mm))
        line_y -= 4.6 * mm
    return y - TITLE_HEIGHT


def _running_head(canvas: Canvas, group: Group, setup: DocumentSetup) -> float:
    page = setup.page
    canvas.setFont(ITALIC, 8)
    text = (f"Daftar Serah Terima Kartu BPJS Ketenagakerjaan — {group.desa_label} {group.desa_nama}, "
            f"Kecamatan {group.kecamatan_nama} (lanjutan)")
    canvas.drawString(page.left, page.top - 3 * mm, fit(text, ITALIC, 8, page.inner_width))
    return page.top - RUNNING_HEAD


def _rows(canvas: Canvas, table: Table, group: Group, start: int, end: int, top: float,
          setup: DocumentSetup) -> float:
    row_top = table.draw_header(canvas, top)
    table.draw_grid(canvas, top, end - start)
    name_w, address_w = table.w["nama"] - 3.2, table.w["alamat"] - 3.2
    sign_x, sign_w = table.x["ttd"], table.w["ttd"]
    qr_x = table.x["qr"] + (table.w["qr"] - QR_SIZE) / 2
    batch = TextBatch(canvas)
    for i in range(start, end):
        row = group.rows[i]
        batch.set_font(SANS, TEXT_SIZE)
        table.text(batch, "no", row_top, [str(i + 1)], TEXT_SIZE, "c")
        table.text(batch, "nik", row_top, [setup.nik(row.nik)], TEXT_SIZE, "c")
        table.text(batch, "kpj", row_top, [row.kpj], TEXT_SIZE, "c")
        batch.set_font(SANS, 7.5)
        table.text(batch, "alamat", row_top, wrap(row.alamat, SANS, 7.5, address_w, 3), 7.5)
        # Alternate the number's side in the signature cell, as paper lists do, so each signs in place.
        batch.draw(sign_x + (2 if i % 2 == 0 else sign_w / 2), row_top - 3 * mm, f"{i + 1}.")
        batch.set_font(BOLD, TEXT_SIZE)
        table.text(batch, "nama", row_top, wrap(row.nama, BOLD, TEXT_SIZE, name_w, 3), TEXT_SIZE)
        qr.draw(canvas, row.kpj, qr_x, row_top - (ROW_HEIGHT + QR_SIZE) / 2, QR_SIZE)
        row_top -= ROW_HEIGHT
    batch.flush()
    return row_top


def _closing(canvas: Canvas, group: Group, setup: DocumentSetup, y: float) -> None:
    page = setup.page
    count = len(group.rows)
    canvas.setFont(SANS, 10)
    canvas.drawString(page.left, y, f"Jumlah kartu dalam daftar ini: {number(count)} ({terbilang(count)}) kartu.")
    canvas.drawString(page.left, y - 5.5 * mm,
                      "Diserahkan: ………… kartu.   Belum diserahkan / dikembalikan: ………… kartu.")
    y -= 13 * mm
    third = page.inner_width / 3
    canvas.drawCentredString(page.left + 2.5 * third, y, setup.place_and_date(None))
    y -= 6 * mm
    camat = signers.camat(setup.cfg, setup.office, group.kecamatan_kode, group.kecamatan_nama)
    kades = signers.desa_head(setup.cfg, group.desa_kode, group.head_title)
    petugas = signers.petugas(setup.cfg)
    signature_block(canvas, page.left, y, third, ["Mengetahui,", camat.jabatan], camat)
    signature_block(canvas, page.left + third, y, third, ["", kades.jabatan], kades)
    signature_block(canvas, page.left + 2 * third, y, third, ["", petugas.jabatan], petugas)
