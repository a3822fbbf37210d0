"""Reading generated PDFs back in tests, with poppler-utils (pdfinfo, pdftotext, pdftoppm) and zxing-cpp."""

import re
import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image

MM = 72 / 25.4


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "100000", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    return [(round(float(w) / MM, 1), round(float(h) / MM, 1)) for w, h in sizes]


def text(pdf: Path, *, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pages_text(pdf: Path) -> list[str]:
    """Each page's text (pdftotext separates pages with a form feed)."""
    return text(pdf).split("\f")[:-1]


def fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def qr_codes(pdf: Path, tmp: Path, *, strip_from: float = 0.0, dpi: int = 150) -> list[str]:
    """Every QR decoded from the rendered pages, reading the part of each page right of `strip_from`
    (a fraction of the width): a narrow strip holding one column of codes reads reliably."""
    prefix = tmp / "page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    found = []
    for png in sorted(tmp.glob("page-*.png")):
        image = Image.open(png)
        strip = image.crop((int(image.width * strip_from), 0, image.width, image.height))
        found += [r.text for r in zxingcpp.read_barcodes(strip, formats=zxingcpp.BarcodeFormat.QRCode)]
        png.unlink()
    return found


KEC = "17.04.01"
LONG_DESA = "17.04.01.2001"  # Gedung Wani: 230 people
SHORT_DESA = "17.04.01.2002"  # Penandingan: 3 people
LONG, SHORT = 230, 3


def fill_two_desa(conn) -> dict[str, list[tuple[str, str, str]]]:
    """A long desa and a short one in Kecamatan Kinal, cards at the district since 2024-12-01.
    Returns {desa: [(nama, nik, kpj)]}."""
    from datetime import date

    from desktop.core import ledger
    from desktop.core import nik as nik_rules
    from desktop.core.db import transaction
    from desktop.core.register import PesertaData, Program, card_event, peserta_event, save_program

    program = save_program(conn, Program(nama="Pekerja Rentan Kaur 2024", pendana="APBD"), on="2024-12-01")
    people: dict[str, list[tuple[str, str, str]]] = {LONG_DESA: [], SHORT_DESA: []}
    events = []
    for desa, count, offset in ((LONG_DESA, LONG, 0), (SHORT_DESA, SHORT, 500)):
        for i in range(count):
            nik = nik_rules.build(KEC, date(1980, 1 + i % 12, 1 + i % 28), "LP"[i % 2], offset + i + 1)
            # Names in reverse order of KPJ, so sorting by name and by KPJ give different lists.
            person = PesertaData(nik=nik, nama=f"Warga {desa[-4:]} {count - i:03d}", alamat=f"Dusun {i % 4 + 1}",
                                 desa_kode=desa, kecamatan_kode=KEC)
            kpj = f"{40000000000 + offset + i}"
            events += [peserta_event(person, "2024-12-01"), card_event(kpj, person, program, "17.04", "2024-12-01")]
            people[desa].append((person.nama, nik, kpj))
    with transaction(conn):
        ledger.append(conn, events)
    return people
