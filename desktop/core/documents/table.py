"""Fixed-height row tables drawn straight on the canvas: header row on every page, one grid per page.

Rows of one height let a document count its pages before it draws them, and drawing a page's grid as
a handful of long lines (not a rectangle per cell) keeps a 10,000-row list fast.
"""

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from desktop.core.documents.layout import BOLD, Page, TextBatch

HEADER_FILL = 0.88  # light grey behind the column titles: survives photocopying


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # "\n" splits it over lines
    width_mm: float  # relative: the columns are scaled to the page's printable width
    align: str = "l"  # l, c or r


class Table:
    def __init__(self, columns: list[Column], page: Page, row_height: float, header_height: float):
        self.columns = columns
        self.page = page
        self.row_height = row_height
        self.header_height = header_height
        scale = page.inner_width / sum(c.width_mm for c in columns)
        self.x: dict[str, float] = {}
        self.w: dict[str, float] = {}
        x = page.left
        for column in columns:
            self.x[column.key], self.w[column.key] = x, column.width_mm * scale
            x += column.width_mm * scale

    def capacity(self, top: float, bottom: float) -> int:
        """How many rows fit between `top` (above the header) and `bottom`."""
        return max(0, int((top - self.header_height - bottom) // self.row_height))

    def draw_header(self, canvas: Canvas, top: float, size: float = 8) -> float:
        """The column titles; returns the y of the first row's top edge."""
        canvas.setFillGray(HEADER_FILL)
        canvas.rect(self.page.left, top - self.header_height, self.page.inner_width, self.header_height,
                    stroke=0, fill=1)
        canvas.setFillGray(0)
        canvas.setFont(BOLD, size)
        for column in self.columns:
            lines = column.title.split("\n")
            centre = self.x[column.key] + self.w[column.key] / 2
            y = top - self.header_height / 2 + (len(lines) - 1) * size * 0.6 - size * 0.35
            for line in lines:
                canvas.drawCentredString(centre, y, line)
                y -= size * 1.2
        return top - self.header_height

    def draw_grid(self, canvas: Canvas, top: float, rows: int) -> None:
        """Lines for the header and `rows` rows below it, starting at `top`."""
        bottom = top - self.header_height - rows * self.row_height
        path = canvas.beginPath()
        for column in self.columns:
            path.moveTo(self.x[column.key], top)
            path.lineTo(self.x[column.key], bottom)
        path.moveTo(self.page.right, top)
        path.lineTo(self.page.right, bottom)
        for i in range(rows + 1):
            y = top - self.header_height - i * self.row_height
            path.moveTo(self.page.left, y)
            path.lineTo(self.page.right, y)
        path.moveTo(self.page.left, top)
        path.lineTo(self.page.right, top)
        canvas.drawPath(path, stroke=1, fill=0)

    def text(self, batch: TextBatch, key: str, row_top: float, lines: list[str], size: float,
             align: str = "l") -> None:
        """Lines of text centred vertically in the cell, in the batch's current font."""
        pad = 1.6
        leading = size * 1.15
        y = row_top - self.row_height / 2 + (len(lines) - 1) * leading / 2 - size * 0.35
        x, w = self.x[key], self.w[key]
        x = x + w / 2 if align == "c" else (x + w - pad if align == "r" else x + pad)
        for line in lines:
            batch.draw(x, y, line, align)
            y -= leading


def paginate(count: int, first: int, following: int) -> list[tuple[int, int]]:
    """(start, end) of the rows on each page; a page always takes at least one row."""
    pages, start, room = [], 0, max(first, 1)
    while start < count:
        pages.append((start, min(count, start + room)))
        start += room
        room = max(following, 1)
    return pages or [(0, 0)]
