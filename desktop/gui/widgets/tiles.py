"""Big-number tiles for the dashboard: a figure, a label, and an accent colour."""

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Tile(QFrame):
    def __init__(self, label: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(f"#tile {{ border-top: 4px solid {accent}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.caption = QLabel(label)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.value.setText(text)
        self.setToolTip(tooltip)
