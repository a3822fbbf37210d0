"""What the signed-in user's role lets the window offer (issue 8).

The core is the guard: every write and every file or paper checks the user it is given
(`users.require`, NotPermitted). The window does not offer what a role may not do, the same way
everywhere, so a clerk is not led into a refusal:
- a page the role cannot use at all is left out of the navigation (`Page.permission`);
- a Pengaturan section it may look at but not change is read-only, with one line at its top saying so
  and who changes it (`read_only_note`, `make_read_only`);
- a single option on a page it does use (whole NIKs, restore, the first-run steps again) is disabled,
  its tooltip saying who may (`offer_only_to`).
Nobody signed in (an office without users yet) is the system user, as on the command line.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core import users
from desktop.gui import labels
from desktop.gui.context import AppContext

READ_ONLY_BACKGROUND = "#eef2f7"


def may(ctx: AppContext, permission: str) -> bool:
    """Whether the signed-in user may do `permission` (nobody signed in: the system, as the CLI)."""
    return ctx.account is None or ctx.account.may(permission)


def role_name(role: str) -> str:
    return labels.label(users.ROLE_LABELS[role])


def account_label(account: users.User) -> str:
    """'Ibu Kepala (Pimpinan)' in the UI language."""
    return f"{account.nama or account.username} ({role_name(account.role)})"


def who_may(permission: str) -> str:
    """The roles that may, for a note: 'Admin', 'Admin atau Petugas'."""
    names = [role_name(role) for role in users.ROLES if permission in users.PERMISSIONS[role]]
    if len(names) == 2:
        return QCoreApplication.translate("Roles", "{first} atau {second}").format(first=names[0], second=names[1])
    return ", ".join(names)


def read_only_note(permission: str) -> QLabel:
    """The line at the top of a section this user may only look at."""
    text = QCoreApplication.translate("Roles", "Anda hanya dapat melihat bagian ini; perubahannya dilakukan oleh "
                                               "{roles}.").format(roles=who_may(permission))
    return QLabel(text, wordWrap=True, objectName="readOnlyNote")


def make_read_only(widget: QWidget) -> None:
    """Every field under `widget` shows its value but takes no change; its buttons are disabled. Lists and
    tables still scroll and select, so everything stays readable."""
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLineEdit, QAbstractSpinBox)):
            child.setReadOnly(True)
            _grey(child)
        if isinstance(child, QAbstractSpinBox):  # no arrows or calendar that promise a change
            child.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            if isinstance(child, QDateTimeEdit):
                child.setCalendarPopup(False)
        elif isinstance(child, (QComboBox, QAbstractButton)):
            child.setEnabled(False)
        elif isinstance(child, QAbstractItemView):
            child.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def _grey(field: QWidget) -> None:
    """A field that takes no typing looks it: the page's grey instead of white."""
    palette = field.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(READ_ONLY_BACKGROUND))
    field.setPalette(palette)


def offer_only_to(ctx: AppContext, permission: str, *widgets: QWidget) -> bool:
    """Disable `widgets` unless the user may do `permission`, the tooltip saying who may. Returns may()."""
    allowed = may(ctx, permission)
    if not allowed:
        why = QCoreApplication.translate("Roles", "Hanya {roles} yang dapat memakai ini.").format(
            roles=who_may(permission))
        for widget in widgets:
            widget.setEnabled(False)
            widget.setToolTip(why)
    return allowed
