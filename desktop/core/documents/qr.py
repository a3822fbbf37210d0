"""QR codes on printed lists, made by zxing-cpp and drawn as one tiny 1-bit inline image each.

A 11-digit KPJ makes a 21 × 21 QR (version 1). Drawing its modules as rectangles costs hundreds of
PDF operators per code; as a 1-bit image it is one operator and 63 bytes, so a 10,000-row list stays
within the 3 s budget (DESIGN §8). The same library reads the codes back from a scanned list.
"""

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

_BITS = bytes.maketrans(b"\x00\xff", b"01")  # zxing's 0 is a dark module; a 0 bit prints black
QUIET_MODULES = 2  # the cell around the code is blank: two modules of white margin read well


def matrix(text: str) -> tuple[int, bytes]:
    """(modules per side, the rows as 1-bit bytes, each row padded to a whole byte)."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    pixels = bytes(memoryview(code.to_image(scale=1, add_quiet_zones=False)))
    side = int(len(pixels) ** 0.5)
    row_bytes = (side + 7) // 8
    pad = "1" * (row_bytes * 8 - side)
    bits = pixels.translate(_BITS).decode("ascii")
    packed = b"".join(
        int(bits[r * side:(r + 1) * side] + pad, 2).to_bytes(row_bytes, "big") for r in range(side)
    )
    return side, packed


def operators(text: str, x: float, y: float, size: float) -> str:
    """PDF content operators that paint the QR for `text` in the square (x, y, size)."""
    side, packed = matrix(text)
    return (f"q {size:.2f} 0 0 {size:.2f} {x:.2f} {y:.2f} cm BI /W {side} /H {side} /IM true "
            f"/F /AHx ID {packed.hex()}> EI Q")


def draw(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    canvas.addLiteral(operators(text, x, y, size))
