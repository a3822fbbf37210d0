"""The contract of a Pengaturan section: a titled widget that can re-read its values."""

from PySide6.QtWidgets import QBoxLayout, QWidget

from desktop.gui import roles
from desktop.gui.context import AppContext


class Section(QWidget):
    """One tab of Pengaturan. Subclasses set `title = QT_TRANSLATE_NOOP("Section", "…")` and implement
    `refresh()`; `available(ctx)` hides a
    section an office does not need (e.g. programmes at a kecamatan office, which only reads them).

    `permission`: what a role needs to change the section (users.PERMISSIONS); without it the section is
    shown read-only with a note at its top (`apply_role`, called once the section is built). None: the
    section sorts out its own parts (Pengguna, Cadangan)."""

    title = ""
    permission: str | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @classmethod
    def available(cls, ctx: AppContext) -> bool:
        return True

    def refresh(self) -> None:
        raise NotImplementedError

    def apply_role(self) -> None:
        if self.permission is None or roles.may(self.ctx, self.permission):
            return
        roles.make_read_only(self)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, roles.read_only_note(self.permission))
