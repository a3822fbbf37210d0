"""The page contract: every page of the main window is a `Page`."""

from PySide6.QtWidgets import QWidget

from desktop.gui import roles
from desktop.gui.context import AppContext


class Page(QWidget):
    """A page in the navigation. Subclasses set `key` and `title` and implement `refresh()`.

    `refresh()` runs when the page is shown and after `ctx.data_changed`, only if the page is visible
    (hidden pages refresh when next shown), so a write never makes every page re-query at once.
    `available(ctx)` decides whether the page appears at all: only for a user whose role has the page's
    `permission` (desktop.gui.roles), and e.g. district-only pages only at the district.
    """

    key = ""
    title = ""
    permission = "baca"  # what a role must be allowed (users.PERMISSIONS) to see the page at all

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._shown_once = False
        ctx.data_changed.connect(self._on_data_changed)

    @classmethod
    def available(cls, ctx: AppContext) -> bool:
        return roles.may(ctx, cls.permission)

    def refresh(self) -> None:
        raise NotImplementedError

    def shutdown(self) -> None:
        """Release threads and files before the page is thrown away (window closed or rebuilt)."""

    def first_shown(self) -> None:
        """Runs once, the first time the page is shown (before its refresh): for work that needs the
        style sheet's fonts applied, such as sizing table columns to their text."""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self._shown_once:
            self._shown_once = True
            self.first_shown()
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
