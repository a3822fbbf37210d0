"""The contract of one first-run step."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext


class SetupStep(QWidget):
    """One step of the first run. `title` is marked with QT_TRANSLATE_NOOP("SetupStep", …).

    `commit()` saves what the clerk entered and returns True to go on (False: a message was shown and
    the step stays). `skippable` steps get a "Lewati" button; they can be done later in Pengaturan.
    """

    key = ""
    title = ""
    skippable = True
    next_label = ""  # the text of the button that commits the step ("" = "Simpan dan lanjut")
    changed = Signal()  # can_continue() may have changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @classmethod
    def available(cls, ctx: AppContext) -> bool:
        return True

    @classmethod
    def applies_to(cls, kind: str) -> bool:
        """Whether an office of `kind` (kabupaten/kecamatan) gets this step: the step list shown before the
        office exists."""
        return True

    def entered(self) -> None:
        """Called each time the step comes on screen (e.g. to put the focus on its first field)."""

    def footer_buttons(self) -> QWidget | None:
        """Buttons of the step's own (e.g. a wizard's Kembali/Lanjut) that belong in the first run's button
        row, beside Lewati, so the step has one row of buttons. The first run shows them with the step."""
        return None

    def can_continue(self) -> bool:
        """False while the step's own work is unfinished (its next button is hidden; Lewati stays)."""
        return True

    def commit(self) -> bool:
        return True
