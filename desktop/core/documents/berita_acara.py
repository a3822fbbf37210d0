"""Berita acara serah terima (BAST): the signed record of one delivery between offices (district →
kecamatan, kecamatan → desa), with the date written out in words, both parties, the count in figures
and words, an optional meterai box, and the list of cards attached (lampiran)."""

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.core import regions, settings
from desktop.core.documents import signers
from desktop.core.documents.base import DocumentSetup
from desktop.core.documents.config import Signatory, nip_display
from desktop.core.documents.layout import (
    BLANK,
    BOLD,
    SANS,
    TextBatch,
    draw_kop,
    fit,
    footer,
    new_canvas,
    paragraph,
    signature_block,
)
from desktop.core.documents.source import Delivery
from desktop.core.documents.table import Column, Table, paginate
from desktop.core.formatting import long_date, number, short_date
from desktop.core.states import KIRIM_KECAMATAN
from desktop.core.terbilang import date_in_words, terbilang

LAMPIRAN_COLUMNS = [
    Column("no", "No", 9, "c"), Column("nama", "Nama", 52), Column("nik", "NIK", 32, "c"),
    Column("kpj", "No. KPJ", 24, "c"), Column("desa", "Desa / Kelurahan", 40),
]
ROW_HEIGHT = 6 * mm
HEADER_HEIGHT = 7 * mm
LAMPIRAN_HEAD = 16 * mm
BODY = 11  # point size of the berita acara's text


def build(out, conn, delivery: Delivery, setup: DocumentSetup, *, meterai: bool = False) -> dict:
    canvas = new_canvas(out, setup.paper, f"Berita Acara Serah Terima {delivery.doc_no}", setup.office.nama)
    rows = [(g, r) for g in delivery.groups for r in g.rows]
    table = Table(LAMPIRAN_COLUMNS, setup.page, ROW_HEIGHT, HEADER_HEIGHT)
    room = table.capacity(setup.page.top - LAMPIRAN_HEAD, setup.page.bottom + 10 * mm)
    chunks = paginate(len(rows), room, room)
    total = 1 + len(chunks)
    first, second = parties(conn, delivery, setup)
    _body(canvas, conn, delivery, setup, first, second, meterai)
    footer(canvas, setup.page, 1, total, setup.note)
    canvas.showPage()
    for number_, (start, end) in enumerate(chunks, start=2):
        _lampiran(canvas, table, delivery, rows, start, end, setup, last=number_ == total)
        footer(canvas, setup.page, number_, total, setup.note)
        canvas.showPage()
        setup.tick(end, len(rows), f"Lampiran: {number(end)} dari {number(len(rows))} kartu")
    canvas.save()
    return {"pages": total, "rows": len(rows), "sections": 1}


def parties(conn, delivery: Delivery, setup: DocumentSetup) -> tuple[Signatory, Signatory]:
    """PIHAK PERTAMA (who hands over) and PIHAK KEDUA (who receives)."""
    cfg, office = setup.cfg, setup.office
    sender_name = regions.name_of(conn, delivery.sender)
    receiver_name = delivery.receiver_nama
    if delivery.kind == KIRIM_KECAMATAN:
        if office.kode == delivery.sender:
            first = signers.head_of_office(cfg, office)
        else:
            first = replace(cfg.official(delivery.sender), jabatan=cfg.official(delivery.sender).jabatan
                            or f"Kepala Dinas {sender_name}")
        second = signers.camat(cfg, office, delivery.receiver, receiver_name)
    else:
        first = signers.camat(cfg, office, delivery.sender, sender_name)
        title = "Lurah" if delivery.receiver.rsplit(".", 1)[-1].startswith("1") else "Kepala Desa"
        second = signers.desa_head(cfg, delivery.receiver, f"{title} {receiver_name}")
        if delivery.penerima and second.blank():  # the name written when the cards left
            second = replace(second, nama=delivery.penerima, jabatan=f"{delivery.jabatan or title} {receiver_name}")
    return first, second


def _body(canvas: Canvas, conn, delivery: Delivery, setup: DocumentSetup, first: Signatory,
          second: Signatory, meterai: bool) -> None:
    page = setup.page
    y = draw_kop(canvas, page, setup.cfg) - 6 * mm
    canvas.setFont(BOLD, 13)
    canvas.drawCentredString(page.centre, y, "BERITA ACARA SERAH TERIMA")
    canvas.setFont(BOLD, 11)
    canvas.drawCentredString(page.centre, y - 5.5 * mm, "KARTU PESERTA BPJS KETENAGAKERJAAN PEKERJA RENTAN")
    canvas.setFont(SANS, 11)
    canvas.drawCentredString(page.centre, y - 11 * mm, f"Nomor: {delivery.doc_no}")
    y -= 21 * mm
    place = setup.cfg.kota or regions.name_of(conn, delivery.sender)
    y = paragraph(canvas, f"Pada hari ini {date_in_words(delivery.on)} ({short_date(delivery.on)}), bertempat "
                          f"di {place}, kami yang bertanda tangan di bawah ini:", page.left, y, page.inner_width,
                  size=BODY)
    y = _party(canvas, setup, y - 1 * mm, "1.", first, "PIHAK PERTAMA")
    y = _party(canvas, setup, y - 1 * mm, "2.", second, "PIHAK KEDUA")
    count = delivery.count
    programs = ", ".join(sorted({p for g in delivery.groups for p in g.programs})) or "pekerja rentan"
    target = _target(conn, delivery)
    limit = _hold_limit(conn, delivery)
    texts = [
        f"PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari PIHAK PERTAMA, kartu "
        f"peserta BPJS Ketenagakerjaan program {programs} sebanyak {number(count)} ({terbilang(count)}) kartu "
        f"untuk peserta di {target}, dengan rincian sebagaimana tercantum dalam lampiran yang merupakan bagian "
        "tidak terpisahkan dari berita acara ini.",
        f"PIHAK KEDUA menyimpan kartu tersebut dengan baik dan segera meneruskannya kepada peserta yang berhak, "
        f"paling lambat {limit} ({terbilang(limit)}) hari sejak berita acara ini ditandatangani, serta melaporkan "
        "kartu yang tidak dapat diserahkan beserta alasannya kepada PIHAK PERTAMA.",
        "Demikian berita acara serah terima ini dibuat dalam rangkap dua, masing-masing mempunyai kekuatan hukum "
        "yang sama, untuk dipergunakan sebagaimana mestinya.",
    ]
    for text in texts:
        y = paragraph(canvas, text, page.left, y - 2 * mm, page.inner_width, size=BODY)
    _signatures(canvas, setup, y - 6 * mm, first, second, delivery, meterai)


def _party(canvas: Canvas, setup: DocumentSetup, y: float, mark: str, person: Signatory, role: str) -> float:
    left = setup.page.left + 6 * mm
    canvas.setFont(SANS, BODY)
    canvas.drawString(setup.page.left, y, mark)
    nip = nip_display(person.nip) if person.nip else ("-" if person.nama else BLANK)
    for label, value in (("Nama", person.nama or BLANK), ("NIP", nip), ("Jabatan", person.jabatan or BLANK)):
        canvas.setFont(SANS, BODY)
        canvas.drawString(left, y, label)
        canvas.drawString(left + 22 * mm, y, ":")
        canvas.setFont(BOLD if label == "Nama" else SANS, BODY)
        canvas.drawString(left + 25 * mm, y, fit(value, SANS, BODY, setup.page.right - left - 25 * mm))
        y -= BODY * 1.45
    canvas.setFont(SANS, BODY)
    canvas.drawString(left, y, "yang selanjutnya disebut ")
    canvas.setFont(BOLD, BODY)
    canvas.drawString(left + canvas.stringWidth("yang selanjutnya disebut ", SANS, BODY), y, f"{role}.")
    return y - BODY * 1.6


def _target(conn, delivery: Delivery) -> str:
    name = delivery.receiver_nama
    if delivery.kind == KIRIM_KECAMATAN:
        return f"Kecamatan {name} ({len(delivery.groups)} desa/kelurahan)"
    kecamatan = regions.name_of(conn, delivery.receiver.rsplit(".", 1)[0])
    word = "Kelurahan" if delivery.receiver.rsplit(".", 1)[-1].startswith("1") else "Desa"
    return f"{word} {name}, Kecamatan {kecamatan}"


def _hold_limit(conn, delivery: Delivery) -> int:
    key = settings.HOLD_LIMIT_KECAMATAN if delivery.kind == KIRIM_KECAMATAN else settings.HOLD_LIMIT_DESA
    return settings.get(conn, key)


def _signatures(canvas: Canvas, setup: DocumentSetup, y: float, first: Signatory, second: Signatory,
                delivery: Delivery, meterai: bool) -> None:
    page = setup.page
    half = page.inner_width / 2
    canvas.setFont(SANS, BODY)
    canvas.drawCentredString(page.left + 1.5 * half, y, setup.place_and_date(delivery.on))
    y -= 7 * mm
    signature_block(canvas, page.left, y, half, ["PIHAK KEDUA,", "Yang menerima,", second.jabatan], second,
                    gap=24 * mm, size=BODY)
    signature_block(canvas, page.left + half, y, half, ["PIHAK PERTAMA,", "Yang menyerahkan,", first.jabatan],
                    first, gap=24 * mm, size=BODY)
    if meterai:
        # Left of PIHAK PERTAMA's name, inside the signing space, where the stamp duty label goes.
        name_y = y - 3 * BODY * 1.3 - 24 * mm
        x, box_y = page.left + half + 3 * mm, name_y + 6 * mm
        canvas.saveState()
        canvas.setDash(2, 2)
        canvas.rect(x, box_y, 22 * mm, 16 * mm, stroke=1, fill=0)
        canvas.restoreState()
        canvas.setFont(SANS, 7)
        canvas.drawCentredString(x + 11 * mm, box_y + 9 * mm, "METERAI")
        canvas.drawCentredString(x + 11 * mm, box_y + 5.5 * mm, "Rp10.000")


def _lampiran(canvas: Canvas, table: Table, delivery: Delivery, rows: list, start: int, end: int,
              setup: DocumentSetup, *, last: bool) -> None:
    page = setup.page
    canvas.setFont(BOLD, 10)
    canvas.drawString(page.left, page.top - 4 * mm, f"LAMPIRAN BERITA ACARA SERAH TERIMA NOMOR {delivery.doc_no}")
    canvas.setFont(SANS, 9.5)
    suffix = "" if start == 0 else " (lanjutan)"
    canvas.drawString(page.left, page.top - 9 * mm, f"Tanggal {long_date(delivery.on)} — daftar kartu yang "
                                                    f"diserahkan{suffix}")
    top = page.top - LAMPIRAN_HEAD
    row_top = table.draw_header(canvas, top)
    table.draw_grid(canvas, top, end - start)
    batch = TextBatch(canvas)
    for i in range(start, end):
        group, row = rows[i]
        batch.set_font(SANS, 8.5)
        table.text(batch, "no", row_top, [str(i + 1)], 8.5, "c")
        table.text(batch, "nik", row_top, [setup.nik(row.nik)], 8.5, "c")
        table.text(batch, "kpj", row_top, [row.kpj], 8.5, "c")
        table.text(batch, "desa", row_top, [fit(group.desa_nama, SANS, 8.5, table.w["desa"] - 3)], 8.5)
        table.text(batch, "nama", row_top, [fit(row.nama, SANS, 8.5, table.w["nama"] - 3)], 8.5)
        row_top -= ROW_HEIGHT
    batch.flush()
    if last:
        canvas.setFont(BOLD, 10)
        count = len(rows)
        canvas.drawString(page.left, row_top - 6 * mm, f"Jumlah: {number(count)} ({terbilang(count)}) kartu.")
