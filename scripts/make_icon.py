"""Draw the SerahKartu app icon with QPainter and save it as PNG (256 px) and a multi-size Windows .ico.

    QT_QPA_PLATFORM=offscreen python scripts/make_icon.py      # writes resources/icons/serahkartu.{png,ico}

The icon: a white membership card on the app's dark blue, with a green tick (the card reached its owner).
Re-run after changing the drawing and commit both files; the build and the window use them as they are.
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

BLUE = QColor("#1e3a8a")
STRIPE = QColor("#3b5bcc")
GREEN = QColor("#16a34a")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256  # everything below is drawn on a 256-unit grid
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    card = QRectF(36 * s, 62 * s, 184 * s, 124 * s)
    p.setBrush(QColor("white"))
    p.drawRoundedRect(card, 14 * s, 14 * s)
    p.setBrush(STRIPE)
    p.drawRect(QRectF(card.left(), card.top() + 24 * s, card.width(), 22 * s))
    if size >= 32:  # text lines vanish into noise on the smallest sizes
        p.setBrush(QColor("#cbd5e1"))
        for y, width in ((68, 70), (90, 50)):
            p.drawRoundedRect(QRectF(card.left() + 18 * s, card.top() + y * s, width * s, 10 * s), 4 * s, 4 * s)
    p.setBrush(GREEN)
    centre = QPointF(182 * s, 182 * s)
    p.setPen(QPen(QColor("white"), 8 * s))
    p.drawEllipse(centre, 46 * s, 46 * s)
    tick = QPainterPath(QPointF(160 * s, 183 * s))
    tick.lineTo(176 * s, 199 * s)
    tick.lineTo(205 * s, 166 * s)
    pen = QPen(QColor("white"), 13 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(images: list[QImage]) -> bytes:
    """An .ico whose entries are PNGs (read by Windows Vista and later), so no image plugin is needed."""
    blobs = [png_bytes(i) for i in images]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = 6 + 16 * len(blobs)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() % 256  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return header + entries + b"".join(blobs)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "serahkartu.png"))
    (OUT / "serahkartu.ico").write_bytes(ico_bytes([draw(n) for n in ICO_SIZES]))
    print(OUT / "serahkartu.png", OUT / "serahkartu.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
