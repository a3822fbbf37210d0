"""The message line under a form: green when done, red with a beep when refused; hidden while empty."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class Note(QLabel):
    """A word-wrapped line that takes no room while it is empty (a short screen at 150 % scaling has none to
    spare for a blank message box): setting text shows it, clearing it hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


class Feedback(Note):
    """The line that tells the clerk what just happened. A refusal is red and beeps: never silent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.beeps = 0  # how many refusals sounded (tests read it; the speaker cannot be asserted)

    def ok(self, text: str) -> None:
        self.setProperty("kind", "ok")
        self._show(text)

    def error(self, text: str, *, beep: bool = True) -> None:
        self.setProperty("kind", "error")
        self._show(text)
        if beep:
            self.beeps += 1
            QApplication.beep()

    def info(self, text: str) -> None:
        self.setProperty("kind", "info")
        self._show(text)

    def _show(self, text: str) -> None:
        self.setText(text)
        self.style().unpolish(self)
        self.style().polish(self)
