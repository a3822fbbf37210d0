"""Signing in: at start (when this installation has users) and again after the screen was idle.

The demo signs in by itself as its own admin. An office that has no user yet (set up before users
existed) is asked to create its admin first. The idle lock hides the window's contents until someone
signs in again; another user may sign in then, and from that moment their name goes into the log.
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import audit, firstrun, settings, users
from desktop.core.errors import UserError
from desktop.gui.context import AppContext
from desktop.gui.forms.signin_ui import Ui_SignInForm

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class SignInDialog(QDialog):
    """Username and password; `user` holds the signed-in User after `exec()` returns Accepted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, locked_for: str | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, None
        self.setWindowTitle(self.tr("Masuk — SerahKartu"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QWidget()
        self.form = Ui_SignInForm()  # laid out in Qt Designer: ui/signin.ui
        self.form.setupUi(form)
        layout.addWidget(form)
        office = ctx.office
        self.form.welcomeText.setText(office.nama if office else "")
        self.form.hint.setVisible(bool(locked_for))
        self.username, self.password, self.error = self.form.username, self.form.password, self.form.errorText
        self.username.setText(locked_for or "")
        self.error.hide()
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(self.tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Keluar dari aplikasi"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.setObjectName("primaryButton")
        self.sign_in_button.setDefault(True)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if locked_for else self.username).setFocus()

    def _try(self) -> None:
        try:
            self.user = users.verify(self.ctx.conn, self.username.text(), self.password.text())
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.adjustSize()  # room for the message: the fields keep their height
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class CreateAdminDialog(QDialog):
    """An office set up before users existed: its first admin, before anything else."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, None
        self.setWindowTitle(self.tr("Buat akun admin — SerahKartu"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Buat akun admin"), objectName="welcomeTitle"))
        layout.addWidget(QLabel(self.tr(
            "Kantor ini belum punya pengguna. Admin mengatur pengguna lain, pengaturan, dan pemulihan "
            "cadangan. Simpan kata sandinya baik-baik."), wordWrap=True, objectName="welcomeText"))
        form = QFormLayout()
        self.username = QLineEdit(placeholderText=self.tr("mis. admin.kaur"))
        self.nama = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.nama)
        form.addRow(self.tr("Kata sandi (min. 8)"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.again)
        layout.addLayout(form)
        self.error = QLabel("", wordWrap=True)
        self.error.setStyleSheet("color: #b42318;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat admin"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _create(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("Kedua kata sandi tidak sama."))
            return
        try:
            self.user = users.create_admin(self.ctx.conn, self.username.text(), self.password.text(),
                                           self.nama.text())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


def sign_in_at_start(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Sign someone in before the window shows its data. False when they chose to leave."""
    if ctx.demo:
        adopt(ctx, users.ensure_demo_admin(ctx.conn), record=False)
        return True
    if ctx.office is None or (firstrun.under_way(ctx.conn) and not users.has_users(ctx.conn)):
        return True  # the first-run steps come first; one of them creates the admin (once there are
        # users, steps gone through again are someone's: they sign in, and the core checks their role)
    dialog = SignInDialog(ctx, parent) if users.has_users(ctx.conn) else CreateAdminDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    adopt(ctx, dialog.user)
    return True


def adopt(ctx: AppContext, user: users.User, *, record: bool = True) -> None:
    """From now on `user` acts: core write functions receive `ctx.user`, the log records it."""
    ctx.user, ctx.account = user.username, user
    if record and ctx.office is not None:
        audit.record(ctx.conn, "masuk", {"peran": user.role}, user.username)


class IdleLock(QObject):
    """Locks `window` after the configured minutes without input; signing in again unlocks it."""

    def __init__(self, window: QWidget, ctx: AppContext, *, minutes: int | None = None) -> None:
        super().__init__(window)
        self.window, self.ctx, self.locked = window, ctx, False
        if minutes is None:
            minutes = settings.get(ctx.conn, settings.IDLE_LOCK_MINUTES) if ctx.office else 15
        self.timer = QTimer(self, singleShot=True, interval=int(minutes * 60_000))
        self.timer.timeout.connect(self.lock)
        self.armed = False
        self.arm()

    def arm(self) -> None:
        """Start watching for idleness once there is someone to sign in again (never for the demo). The
        window calls it again whenever it is rebuilt: an office that had no user when the window opened
        gets its admin later (the first run's admin step, Pengaturan › Pengguna), and from then on the
        screen locks too, not only after a restart."""
        if self.armed or self.ctx.demo or self.ctx.office is None or not users.has_users(self.ctx.conn):
            return
        self.armed = True
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT_EVENTS and not self.locked:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.armed = False

    def lock(self) -> None:
        if not self.window.isVisible():  # the window closed meanwhile
            self.stop()
            return
        self.locked = True
        central = self.window.centralWidget()
        if central is not None:
            central.hide()  # nobody reads names and NIKs over the clerk's shoulder meanwhile
        dialog = SignInDialog(self.ctx, self.window, locked_for=self.ctx.user)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            QApplication.instance().quit()
            return
        if dialog.user.username != self.ctx.user:
            adopt(self.ctx, dialog.user)
            if hasattr(self.window, "load"):
                self.window.load(self.ctx)  # rebuild the pages for the new user's role
                central = None
        if central is not None:
            central.show()
        self.locked = False
        self.timer.start()
