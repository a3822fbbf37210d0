"""The contract of a Pengaturan section: a titled widget that can re-read its values."""

from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext


class Section(QWidget):
    """One tab of Pengaturan. Subclasses set `title = QT_TRANSLATE_NOOP("Section", "…")` and implement
    `refresh()`; `available(ctx)` hides a
    section an office does not need (e.g. programmes at a kecamatan office, which only reads them)."""

    title = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @classmethod
    def available(cls, ctx: AppContext) -> bool:
        return True

    def refresh(self) -> None:
        raise NotImplementedError
