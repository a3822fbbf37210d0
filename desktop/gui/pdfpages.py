"""A generated PDF as page images: for the preview on screen and for sending to a printer.

PySide6-Essentials has no QtPdf, so pages are rasterised with PDFium (pypdfium2). PDFium is not
thread-safe: use a PdfPages object only on the thread that opened it (the GUI thread here).
"""

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRect, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from desktop.core.documents.layout import PAPER_SIZES

MM_PER_POINT = 25.4 / 72


class PdfPages:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.document = pdfium.PdfDocument(str(path))

    def __len__(self) -> int:
        return len(self.document)

    def image(self, index: int, dpi: float, *, grey: bool = False) -> QImage:
        """Page `index` (from 0) at `dpi`, as a QImage that owns its pixels."""
        page = self.document[index]
        try:
            bitmap = page.render(scale=dpi / 72, grayscale=grey)
            picture = bitmap.to_pil().convert("L" if grey else "RGB")
        finally:
            page.close()
        image_format = QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB888
        stride = picture.width * (1 if grey else 3)
        return QImage(picture.tobytes(), picture.width, picture.height, stride, image_format).copy()

    def close(self) -> None:
        self.document.close()


def page_size(paper: str) -> QPageSize:
    """A4, or F4 exactly as Indonesian offices cut it (215 × 330 mm)."""
    if paper == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    width, height = (round(v * MM_PER_POINT, 1) for v in PAPER_SIZES[paper])
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "F4 (215 × 330 mm)",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def prepare_printer(printer: QPrinter, paper: str, title: str) -> None:
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setPageLayout(QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


def print_pages(pages: PdfPages, printer: QPrinter, progress: Callable[[int, int], bool] | None = None) -> bool:
    """Paint every page on `printer` at its resolution. `progress(done, total)` returning False stops.
    Returns whether every page was sent."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), 300)
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        for index in range(len(pages)):
            if progress and not progress(index, len(pages)):
                printer.abort()
                return False
            if index:
                printer.newPage()
            image = pages.image(index, dpi, grey=True)
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
    return True
