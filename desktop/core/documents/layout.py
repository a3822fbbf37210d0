"""What every printed paper shares: paper sizes, the embedded fonts, the kop surat, text fitting,
signature blocks and the page footer. Drawing is straight on a reportlab canvas: the documents have
fixed-height rows, so pages are counted before drawing and "Halaman x dari y" needs no second pass.
"""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop.core.documents.config import Margins, PrintSettings, Signatory, nip_display
from desktop.core.errors import UserError
from desktop.core.formatting import long_date
from desktop.core.paths import resources_dir

# F4/folio as Indonesian offices cut it: 215 × 330 mm exactly (not US legal, 216 × 356).
PAPER_SIZES = {"a4": (210 * mm, 297 * mm), "f4": (215 * mm, 330 * mm)}
PAPER_LABELS = {"a4": "A4 (210 × 297 mm)", "f4": "F4 (215 × 330 mm)"}

SANS, BOLD, ITALIC, SERIF_BOLD = "SK-Sans", "SK-Sans-Bold", "SK-Sans-Italic", "SK-Serif-Bold"
_FONT_FILES = {
    SANS: "LiberationSans-Regular.ttf", BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf", SERIF_BOLD: "LiberationSerif-Bold.ttf",
}
BLANK = "…………………………"  # a line to fill in by hand

# Page streams are compressed; ASCII85 on top only makes them a quarter larger and slower to write.
rl_config.useA85 = 0


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the shipped fonts once per process; they are embedded (subset) in every PDF."""
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / filename)))


@dataclass(frozen=True)
class Page:
    """A page and its printable box, in points from the bottom-left corner."""

    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float

    @property
    def inner_width(self) -> float:
        return self.right - self.left

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def page_frame(paper: str, margins: Margins) -> Page:
    width, height = PAPER_SIZES[paper]
    return Page(width, height, margins.left * mm, width - margins.right * mm, height - margins.top * mm,
                margins.bottom * mm)


def new_canvas(out, paper: str, title: str, author: str) -> Canvas:
    register_fonts()
    # The initial font is ours too, so no unembedded Helvetica is referenced on any page.
    canvas = Canvas(out, pagesize=PAPER_SIZES[paper], pageCompression=1, initialFontName=SANS, initialFontSize=10)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("SerahKartu")
    canvas.setLineWidth(0.5)
    return canvas


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis so that it fits `width`."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Lines of `text` within `width`; the last kept line is cut with an ellipsis if more remain."""
    if pdfmetrics.stringWidth(text, font, size) <= width:  # most names and addresses: one line
        return [text] if text else []
    lines = simpleSplit(text, font, size, width)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    kept[-1] = fit(kept[-1] + " " + " ".join(lines[max_lines:]), font, size, width)
    return kept


def paragraph(canvas: Canvas, text: str, x: float, y: float, width: float, *, font: str = SANS,
              size: float = 11, leading: float | None = None, indent: float = 0) -> float:
    """Draw left-aligned wrapped text from baseline `y`; returns the baseline below the last line."""
    leading = leading or size * 1.45
    lines = simpleSplit(text, font, size, width - indent)
    canvas.setFont(font, size)
    for i, line in enumerate(lines):
        canvas.drawString(x + (indent if i else 0), y, line)
        y -= leading
    return y


def draw_kop(canvas: Canvas, page: Page, cfg: PrintSettings) -> float:
    """The kop surat: logo left, institution lines centred, address, a thick-and-thin rule.
    Returns the y just below the rule."""
    lines = cfg.kop or ["KOP SURAT BELUM DIATUR (Pengaturan → Kop dan tanda tangan)"]
    sizes = [13, 15, 13][: len(lines)] if len(lines) > 1 else [15]
    logo_size = 22 * mm
    y = page.top - 5 * mm
    if cfg.logo:
        _draw_logo(canvas, cfg.logo, page.left, page.top - logo_size, logo_size)
    text_centre = page.centre + (logo_size / 2 if cfg.logo else 0)
    for line, size in zip(lines, sizes, strict=False):
        canvas.setFont(SERIF_BOLD, size)
        canvas.drawCentredString(text_centre, y, fit(line, SERIF_BOLD, size, page.inner_width - logo_size))
        y -= size * 1.25
    if cfg.alamat:
        canvas.setFont(SANS, 9)
        canvas.drawCentredString(text_centre, y, fit(cfg.alamat, SANS, 9, page.inner_width - logo_size))
        y -= 9 * 1.3
    y = min(y, page.top - logo_size - 1 * mm) if cfg.logo else y
    canvas.setLineWidth(2)
    canvas.line(page.left, y, page.right, y)
    canvas.setLineWidth(0.6)
    canvas.line(page.left, y - 2.2, page.right, y - 2.2)
    canvas.setLineWidth(0.5)
    return y - 4 * mm


def kop_height(page: Page, cfg: PrintSettings) -> float:
    """How much the kop takes from the top of the printable box (for page counting)."""
    lines = cfg.kop or ["x"]
    sizes = [13, 15, 13][: len(lines)] if len(lines) > 1 else [15]
    used = 5 * mm + sum(s * 1.25 for s in sizes) + (9 * 1.3 if cfg.alamat else 0)
    if cfg.logo:
        used = max(used, 22 * mm + 1 * mm)
    return used + 4 * mm


def _draw_logo(canvas: Canvas, path: str, x: float, y: float, size: float) -> None:
    try:
        image = ImageReader(path)
    except Exception as exc:  # an unreadable image is the user's file, not a bug
        raise UserError(f"Logo '{path}' tidak dapat dibaca sebagai gambar. Pilih berkas PNG atau JPG lain "
                        "di Pengaturan → Kop dan tanda tangan.") from exc
    canvas.drawImage(image, x, y, size, size, preserveAspectRatio=True, anchor="c", mask="auto")


def footer(canvas: Canvas, page: Page, number: int, total: int, note: str) -> None:
    y = page.bottom - 5 * mm
    canvas.setFont(SANS, 7.5)
    canvas.drawString(page.left, y, note)
    canvas.drawRightString(page.right, y, f"Halaman {number} dari {total}")


def printed_note(today: date, unmasked: bool) -> str:
    note = f"Dicetak dengan SerahKartu, {long_date(today)}"
    if unmasked:
        note += " — NIK LENGKAP: dokumen rahasia, simpan dan musnahkan sesuai UU 27/2022"
    return note


def signature_block(canvas: Canvas, x: float, y: float, width: float, headings: list[str],
                    person: Signatory, *, gap: float = 20 * mm, size: float = 10) -> float:
    """Headings, room to sign, then the name (bold, underlined) and NIP, centred on x + width/2.
    Returns the y below the block. An unknown name leaves a dotted line to fill by hand."""
    centre = x + width / 2
    canvas.setFont(SANS, size)
    for heading in headings:
        canvas.drawCentredString(centre, y, fit(heading, SANS, size, width))
        y -= size * 1.3
    y -= gap
    name = person.nama.strip() or "(" + BLANK + ")"
    canvas.setFont(BOLD, size)
    name = fit(name, BOLD, size, width)
    canvas.drawCentredString(centre, y, name)
    if person.nama.strip():
        half = pdfmetrics.stringWidth(name, BOLD, size) / 2
        canvas.line(centre - half, y - 1.5, centre + half, y - 1.5)
    y -= size * 1.3
    canvas.setFont(SANS, size)
    nip = nip_display(person.nip) if person.nip else ("" if person.nama.strip() else BLANK)
    canvas.drawCentredString(centre, y, f"NIP. {nip}" if nip else "")
    return y - size * 1.3


SIGNATURE_BLOCK_HEIGHT = 3 * 13 + 20 * mm + 2 * 13  # three heading lines, the gap, name and NIP


class TextBatch:
    """Many short strings written in one text block (BT … ET).

    `canvas.drawString` builds a text object per call and re-encodes every string for the embedded
    TrueType subset, which dominates a 10,000-row list. This writes the same operators reportlab's own
    text object writes, remembering each character's code in the subset (fixed once assigned), so a
    string is encoded with two `str.translate` calls. Call `flush()` before the page ends.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.doc = canvas._doc
        self.parts = ["BT"]
        self.current: tuple | None = None
        # Per document: subset codes are assigned per PDF. {font: ({char: code char}, {char: None})}
        self.codes = canvas.__dict__.setdefault("_serahkartu_codes", {})
        self.set_font(SANS, 10.0)

    def set_font(self, name: str, size: float) -> None:
        self.name, self.size, self.font = name, size, pdfmetrics.getFont(name)
        self.table, self.known = self.codes.setdefault(name, ({}, {}))

    def draw(self, x: float, y: float, text: str, align: str = "l") -> None:
        if align != "l":
            width = self.font.stringWidth(text, self.size)
            x -= width / 2 if align == "c" else width
        self.parts.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        if text.translate(self.known):
            self._learn(text)
        if text.translate(self.known):  # some character lives outside the first subset
            self._slow(text)
        else:
            self._select(0)
            encoded = text.translate(self.table).encode("latin-1")
            self.parts.append(f"({self.canvas._escape(encoded)}) Tj")

    def _learn(self, text: str) -> None:
        chunks = self.font.splitString(text, self.doc)
        if len(chunks) == 1 and chunks[0][0] == 0:
            for char, code in zip(text, chunks[0][1], strict=True):
                self.table[ord(char)] = chr(code)
                self.known[ord(char)] = None

    def _slow(self, text: str) -> None:
        for subset, chunk in self.font.splitString(text, self.doc):
            self._select(subset)
            self.parts.append(f"({self.canvas._escape(chunk)}) Tj")

    def _select(self, subset: int) -> None:
        key = (self.name, subset, self.size)
        if key != self.current:
            self.parts.append(f"{self.font.getSubsetInternalName(subset, self.doc)} {self.size:g} Tf")
            self.current = key

    def flush(self) -> None:
        self.parts.append("ET")
        self.canvas.addLiteral("\n".join(self.parts))
        self.parts, self.current = ["BT"], None
