"""Print buttons where the work happens: after a delivery, for a desa. They open the Cetak page preset
and build the preview, so the clerk looks at the paper before it goes to the printer."""

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def open_cetak(widget: QWidget, document: str, **where) -> bool:
    """Show the Cetak page of `widget`'s main window preset for `document`; False when there is none."""
    window = widget.window()
    pages = getattr(window, "pages", {})
    if "cetak" not in pages:
        return False
    window.show_page("cetak").prepare(document, **where)
    return True


class PrintOffers(QWidget):
    """A row of print buttons offered after a step, replaced by the next step's offers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addStretch(1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def offer(self, choices: list[tuple[str, str, dict]]) -> None:
        """(button text, document, where) for each paper to offer."""
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for text, document, where in choices:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, d=document, w=where: open_cetak(self, d, **w))
            self.row.insertWidget(self.row.count() - 1, button)
            self.buttons.append(button)
        self.setVisible(bool(choices))
