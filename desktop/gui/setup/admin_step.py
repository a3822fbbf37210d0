"""The admin user: the person who manages users, settings and restores on this installation.

Until an admin exists, nobody signs in (the first-run steps come first); skipping this step means the
app asks for the admin at its next start. Other users are added later in Pengaturan.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core import users
from desktop.core.errors import UserError
from desktop.gui import signin
from desktop.gui.setup.step import SetupStep
from desktop.gui.widgets.feedback import Feedback


class AdminStep(SetupStep):
    key = "admin"
    title = QT_TRANSLATE_NOOP("SetupStep", "Pengguna admin")

    @classmethod
    def available(cls, ctx) -> bool:
        return ctx.office is not None and not ctx.demo

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(wordWrap=True, objectName="summary")
        layout.addWidget(self.intro)
        self.form_holder = QWidget()
        form = QFormLayout(self.form_holder)
        self.username = QLineEdit(placeholderText=self.tr("mis. admin.kaur (huruf kecil, tanpa spasi)"))
        self.nama = QLineEdit(placeholderText=self.tr("nama lengkap"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for label, field in ((self.tr("&Nama pengguna"), self.username), (self.tr("Nama &lengkap"), self.nama),
                             (self.tr("&Kata sandi (min. {n})").format(n=users.MIN_PASSWORD), self.password),
                             (self.tr("&Ulangi kata sandi"), self.again)):
            buddy = QLabel(label)
            buddy.setBuddy(field)
            form.addRow(buddy, field)
        layout.addWidget(self.form_holder)
        self.feedback = Feedback()
        layout.addWidget(self.feedback)
        layout.addStretch(1)

    def _exists(self) -> bool:
        return users.has_users(self.ctx.conn)

    def entered(self) -> None:
        exists = self._exists()
        self.form_holder.setVisible(not exists)
        if exists:
            self.intro.setText(self.tr("Admin kantor ini sudah ada. Pengguna lain ditambahkan dan kata sandi diganti "
                                       "di Pengaturan › Pengguna."))
            return
        self.intro.setText(self.tr(
            "Admin mengatur pengguna lain (petugas, pimpinan), pengaturan, dan pemulihan cadangan. Setelah langkah "
            "awal selesai, setiap orang masuk dengan nama pengguna dan kata sandinya sendiri, dan setiap catatan "
            "memuat namanya. Simpan kata sandi ini baik-baik."))
        self.username.setFocus()

    def commit(self) -> bool:
        if self._exists():
            return True
        if self.password.text() != self.again.text():
            self.feedback.error(self.tr("Kedua kata sandi tidak sama. Ketik ulang."))
            self.again.clear()
            self.again.setFocus()
            return False
        try:
            user = users.create_admin(self.ctx.conn, self.username.text(), self.password.text(), self.nama.text())
        except UserError as exc:
            self.feedback.error(str(exc))
            return False
        signin.adopt(self.ctx, user)  # the admin who set the office up is the one signed in now
        self.password.clear()
        self.again.clear()
        return True
