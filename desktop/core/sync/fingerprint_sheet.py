"""A one-page PDF with this office's fingerprint, to sign and stamp and send on paper with the
identity file, so the other office can compare without a phone line."""

import sqlite3
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from desktop.core import ledger, users
from desktop.core import office as office_module
from desktop.core.formatting import long_date
from desktop.core.sync import identity


def write(conn: sqlite3.Connection, path: str | Path, *, today: date | None = None,
          user: str = ledger.SYSTEM_USER) -> Path:
    users.require(conn, user, "sinkron")  # it goes with the identity file, the first step of enrolment
    office = office_module.require(conn)
    me = identity.public_identity(conn)
    path = Path(path)
    page = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    page.setTitle(f"Sidik jari kantor {office.nama}")
    y = height - 30 * mm
    page.setFont("Helvetica-Bold", 16)
    page.drawCentredString(width / 2, y, "SIDIK JARI KANTOR UNTUK SINKRONISASI SERAHKARTU")
    y -= 14 * mm
    page.setFont("Helvetica", 12)
    for label, value in (("Kantor", office.nama), ("Kode wilayah", office.kode),
                         ("Jenis", "Kantor kabupaten" if office.is_district else "Kantor kecamatan")):
        page.drawString(25 * mm, y, f"{label}")
        page.drawString(65 * mm, y, f": {value}")
        y -= 8 * mm
    y -= 10 * mm
    page.setFont("Helvetica", 12)
    page.drawString(25 * mm, y, "Sidik jari:")
    y -= 16 * mm
    page.setFont("Courier-Bold", 26)
    page.drawCentredString(width / 2, y, me.fingerprint)
    y -= 18 * mm
    page.setFont("Helvetica", 10.5)
    for line in (
        "Kantor penerima mencocokkan angka di atas dengan yang tampil di SerahKartu-nya saat mendaftarkan",
        "berkas identitas kantor ini (kabupaten) atau saat menerima berkas pertama (kecamatan).",
        "Bila satu angka saja berbeda, JANGAN lanjutkan: berkas itu mungkin bukan dari kantor ini.",
    ):
        page.drawString(25 * mm, y, line)
        y -= 6 * mm
    y -= 20 * mm
    page.drawString(120 * mm, y, f"{long_date(today or date.today())}")
    y -= 6 * mm
    page.drawString(120 * mm, y, "Kepala kantor / petugas,")
    y -= 28 * mm
    page.drawString(120 * mm, y, "(.................................................)")
    y -= 6 * mm
    page.drawString(120 * mm, y, "NIP.")
    page.showPage()
    page.save()
    return path
