"""The preview: one page at a time, as wide as the pane, with page navigation."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from desktop.gui.pdfpages import PdfPages
from desktop.gui.widgets.flow import FlowLayout

MAX_PREVIEW_DPI = 150


class PreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: PdfPages | None = None
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = FlowLayout()  # wraps in a narrow pane (150 % scaling) instead of widening the page
        self.previous = QPushButton(self.tr("◀ Sebelumnya"))
        self.next = QPushButton(self.tr("Berikutnya ▶"))
        self.number = QSpinBox()
        self.number.setMinimum(1)
        self.total = QLabel()
        self.previous.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        self.number.editingFinished.connect(lambda: self.go(self.number.value() - 1))
        for widget in (self.previous, QLabel(self.tr("Halaman")), self.number, self.total, self.next):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setObjectName("preview")
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setWordWrap(True)
        self.scroll.setWidget(self.page)
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.clear(self.tr("Pilih dokumen lalu tekan Pratinjau."))

    def show_pdf(self, path: str | Path) -> None:
        self.close_pdf()
        self.pages = PdfPages(path)
        self.number.setMaximum(len(self.pages))
        self.total.setText(self.tr("dari {n}").format(n=len(self.pages)))
        self.go(0)

    def clear(self, message: str) -> None:
        self.close_pdf()
        self.page.setPixmap(QPixmap())
        self.page.setText(message)
        self.total.setText("")
        for widget in (self.previous, self.next, self.number):
            widget.setEnabled(False)

    def close_pdf(self) -> None:
        if self.pages is not None:
            self.pages.close()
            self.pages = None

    def go(self, index: int) -> None:
        if self.pages is None:
            return
        self.index = max(0, min(index, len(self.pages) - 1))
        self.number.setValue(self.index + 1)
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.pages) - 1)
        self.number.setEnabled(len(self.pages) > 1)
        self._render()

    def _render(self) -> None:
        width_px = max(self.scroll.viewport().width() - 24, 200)
        page_width_in = self.pages.document[self.index].get_width() / 72
        dpi = min(width_px / page_width_in, MAX_PREVIEW_DPI)
        self.page.setText("")
        self.page.setPixmap(QPixmap.fromImage(self.pages.image(self.index, dpi)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.pages is not None:
            self._render()
