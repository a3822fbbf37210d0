"""A row of controls that wraps onto a second line when the window is too narrow for one.

At 1366×768 a filter row or a row of buttons fits on one line and looks exactly like a QHBoxLayout (a
stretch pushes what follows it to the right); at 150 % scaling on the same screen the page is about 700
px wide, and the row breaks between controls instead of cutting them off or widening the window.
"""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget

from desktop.gui.widgets.list_layout import ListLayout


class FlowLayout(ListLayout):
    """Items left to right, wrapping; a stretch (addStretch) takes its line's spare width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._line_gap = 6

    def addStretch(self) -> None:  # noqa: N802 (as QBoxLayout)
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Everything on one line."""
        items = self._visible()
        width = sum(item.sizeHint().width() for item in items) + self._gaps(items)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as the widest control; the height at a width is heightForWidth."""
        items = self._visible()
        width = max((item.minimumSize().width() for item in items), default=0)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(width, height) + self._margins()

    # -- placing --------------------------------------------------------------------------------
    def _gap(self, before: QLayoutItem | None = None, after: QLayoutItem | None = None) -> int:
        """The space between two items; none beside a stretch (as in a QHBoxLayout)."""
        if any(item is not None and item.spacerItem() is not None for item in (before, after)):
            return 0
        return self.spacing() if self.spacing() >= 0 else 6

    def _gaps(self, line: list[QLayoutItem]) -> int:
        return sum(self._gap(before, after) for before, after in zip(line, line[1:], strict=False))

    def _margins(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty() or item.spacerItem() is not None]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items broken into lines no wider than `width` with each at its minimum (as a QHBoxLayout, a
        line squeezes its controls before it wraps); a control wider than that gets a line alone."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            wanted = item.minimumSize().width()
            gap = self._gap(lines[-1][-1], item) if lines[-1] else 0
            if lines[-1] and used + gap + wanted > width and item.spacerItem() is None:
                lines.append([])
                used, gap = 0, 0
            used += gap + wanted
            lines[-1].append(item)
        for line in lines:  # a stretch at either end of a line has nothing to push
            while line and line[-1].spacerItem() is not None:
                line.pop()
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in `rect` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            height = max(item.sizeHint().height() for item in line)
            if place:
                self._place_line(line, QPoint(area.x(), y), area.width(), height)
            y += height + self._line_gap
        return max(y - self._line_gap - rect.y(), 0) + margins.bottom()

    def _place_line(self, line: list[QLayoutItem], origin: QPoint, width: int, height: int) -> None:
        widths = self._widths(line, width)
        x = origin.x()
        for index, (item, item_width) in enumerate(zip(line, widths, strict=True)):
            item_height = min(height, item.maximumSize().height())
            top = origin.y() + (height - item_height) // 2  # centred on the line, as in a QHBoxLayout
            item.setGeometry(QRect(x, top, item_width, item_height))
            x += item_width + (self._gap(item, line[index + 1]) if index + 1 < len(line) else 0)

    def _widths(self, line: list[QLayoutItem], width: int) -> list[int]:
        """Each item's preferred width, the spare going to the stretches; a line short of room takes it from
        the items in equal shares, none below its minimum (as a QHBoxLayout does)."""
        hints = [max(item.sizeHint().width(), item.minimumSize().width()) for item in line]
        spare = width - sum(hints) - self._gaps(line)
        if spare < 0:
            return _shrink(hints, [item.minimumSize().width() for item in line], -spare)
        stretches = [i for i, item in enumerate(line) if item.spacerItem() is not None]
        for number, index in enumerate(stretches):
            hints[index] += spare // len(stretches) + (1 if number < spare % len(stretches) else 0)
        return hints


def _shrink(sizes: list[int], minimums: list[int], shortfall: int) -> list[int]:
    sizes = list(sizes)
    shrinking = [i for i, (size, least) in enumerate(zip(sizes, minimums, strict=True)) if size > least]
    while shortfall > 0 and shrinking:
        share = -(-shortfall // len(shrinking))  # rounded up
        for index in list(shrinking):
            given = min(share, sizes[index] - minimums[index], shortfall)
            sizes[index] -= given
            shortfall -= given
            if sizes[index] == minimums[index]:
                shrinking.remove(index)
    return sizes


def together(*widgets: QWidget) -> QWidget:
    """Widgets that must stay on one line of a FlowLayout (a label and its field, "Dari … sampai …")."""
    unit = QWidget()
    row = QHBoxLayout(unit)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return unit
