"""Users in Pengaturan: everyone may change their own password; the admin adds users, resets
passwords, enables and disables accounts, and sets the idle lock."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.core import settings, users
from desktop.core.errors import UserError
from desktop.gui import roles, signin
from desktop.gui.settings.base import Section
from desktop.gui.widgets.flow import FlowLayout, together


class UsersSection(Section):
    title = QT_TRANSLATE_NOOP("Section", "Pengguna")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.layout_ = QVBoxLayout(self)
        self.who = QLabel(wordWrap=True)
        self.layout_.addWidget(self.who)
        self.first_admin = QPushButton(self.tr("Buat akun admin…"), objectName="primaryButton",
                                       clicked=self.create_first_admin)
        self.layout_.addWidget(self.first_admin, 0, Qt.AlignmentFlag.AlignLeft)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"),
                                              self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.table)
        row = FlowLayout()  # four buttons and the idle lock: two lines on a narrow window
        self.add_button = QPushButton(self.tr("Tambah pengguna…"), clicked=self.add_user)
        self.reset_button = QPushButton(self.tr("Setel ulang kata sandi…"), clicked=self.reset_password)
        self.toggle_button = QPushButton(self.tr("Aktifkan/nonaktifkan"), clicked=self.toggle_active)
        self.own_button = QPushButton(self.tr("Ubah kata sandi saya…"), clicked=self.change_own)
        self.idle = QSpinBox(minimum=1, maximum=240, suffix=self.tr(" menit"))
        self.idle.editingFinished.connect(self.save_idle)
        admin = roles.may(self.ctx, "pengguna")
        for button in (self.add_button, self.reset_button, self.toggle_button):
            button.setVisible(admin)
            row.addWidget(button)
        row.addWidget(self.own_button)
        row.addStretch()
        row.addWidget(together(QLabel(self.tr("Kunci layar setelah tidak dipakai")), self.idle))
        roles.offer_only_to(self.ctx, "pengaturan", self.idle)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        # The buttons this person was offered; while the office has no user yet they make no sense.
        self.managing = [b for b in (self.add_button, self.reset_button, self.toggle_button, self.own_button)
                         if not b.isHidden()]

    def refresh(self) -> None:
        account = self.ctx.account
        self.who.setText(self.tr("Anda masuk sebagai %s.") % roles.account_label(account) if account else "")
        self.own_button.setEnabled(account is not None and not self.ctx.demo)
        found = users.all_users(self.ctx.conn) if roles.may(self.ctx, "pengguna") else []
        self.table.setVisible(bool(found))
        self.table.setRowCount(len(found))
        for row, user in enumerate(found):
            status = self.tr("aktif") if user.active else self.tr("nonaktif")
            for column, text in enumerate((user.username, user.nama, roles.role_name(user.role), status)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.idle.setValue(settings.get(self.ctx.conn, settings.IDLE_LOCK_MINUTES))
        self._offer_first_admin()

    def _offer_first_admin(self) -> None:
        """No user yet (the first run's admin step was skipped, or the database was made by `serahkartu demo`
        or `init`): nobody is signed in and there is no one to manage, so the one thing to do here is what
        the admin step does — create the admin."""
        none_yet = not users.has_users(self.ctx.conn)
        self.first_admin.setVisible(none_yet)
        for button in self.managing:
            button.setVisible(not none_yet)
        if none_yet:
            self.who.setText(self.tr(
                "Kantor ini belum punya pengguna, jadi belum ada yang masuk dan catatan dibuat atas nama \"sistem\". "
                "Buat akun admin: admin mengatur pengguna lain (petugas, pimpinan), pengaturan, dan pemulihan "
                "cadangan. Setelah itu setiap orang masuk dengan nama pengguna dan kata sandinya sendiri."))

    def create_first_admin(self) -> None:
        dialog = signin.CreateAdminDialog(self.ctx, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        signin.adopt(self.ctx, dialog.user)  # as in the first run: whoever created the admin is signed in as it
        done = self.tr("Admin %s dibuat; Anda sekarang masuk sebagai admin itu.") % dialog.user.username
        QMessageBox.information(self, "SerahKartu", done)
        self.ctx.changed()
        window = self.window()
        if not hasattr(window, "reload"):
            self.refresh()
            return
        # The window names who is signed in and offers their role's pages: rebuilt, back on this tab.
        window.reload(page="pengaturan")
        page = window.pages["pengaturan"]
        page.tabs.setCurrentWidget(page.sections[type(self).__name__])

    def _selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def _run(self, action, done: str) -> None:
        try:
            action()
        except UserError as exc:
            QMessageBox.warning(self, "SerahKartu", str(exc))
            return
        QMessageBox.information(self, "SerahKartu", done)
        self.refresh()
        self.ctx.changed()

    def add_user(self) -> None:
        dialog = NewUserDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(lambda: users.create_user(self.ctx.conn, self.ctx.user, dialog.username.text(),
                                                dialog.password.text(), dialog.role.currentData(),
                                                dialog.nama.text()),
                      self.tr("Pengguna %s dibuat.") % dialog.username.text().strip().lower())

    def reset_password(self) -> None:
        name = self._selected()
        if not name:
            return
        password, ok = QInputDialog.getText(self, self.tr("Setel ulang kata sandi"),
                                            self.tr("Kata sandi baru untuk %s:") % name, QLineEdit.EchoMode.Password)
        if ok:
            self._run(lambda: users.reset_password(self.ctx.conn, self.ctx.user, name, password),
                      self.tr("Kata sandi %s diganti.") % name)

    def toggle_active(self) -> None:
        name = self._selected()
        if name:
            active = users.get(self.ctx.conn, name).active
            self._run(lambda: users.set_active(self.ctx.conn, self.ctx.user, name, not active),
                      self.tr("%s dinonaktifkan.") % name if active else self.tr("%s diaktifkan.") % name)

    def change_own(self) -> None:
        old, ok = QInputDialog.getText(self, self.tr("Ubah kata sandi"), self.tr("Kata sandi sekarang:"),
                                       QLineEdit.EchoMode.Password)
        if not ok:
            return
        new, ok = QInputDialog.getText(self, self.tr("Ubah kata sandi"), self.tr("Kata sandi baru (min. 8):"),
                                       QLineEdit.EchoMode.Password)
        if ok:
            self._run(lambda: users.change_password(self.ctx.conn, self.ctx.user, old, new),
                      self.tr("Kata sandi Anda diganti."))

    def save_idle(self) -> None:
        try:
            settings.put(self.ctx.conn, settings.IDLE_LOCK_MINUTES, self.idle.value(), user=self.ctx.user)
        except UserError as exc:
            QMessageBox.warning(self, "SerahKartu", str(exc))


class NewUserDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah pengguna"))
        form = QFormLayout(self)
        self.username = QLineEdit(placeholderText=self.tr("mis. budi.santoso"))
        self.nama = QLineEdit()
        self.role = QComboBox()
        for role, text in ((users.PETUGAS, self.tr("Petugas — impor, serah terima, cetak, sinkron")),
                           (users.PIMPINAN, self.tr("Pimpinan — melihat dan mengekspor laporan")),
                           (users.ADMIN, self.tr("Admin — semua, termasuk pengguna dan pemulihan"))):
            self.role.addItem(text, role)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.nama)
        form.addRow(self.tr("Peran"), self.role)
        form.addRow(self.tr("Kata sandi awal (min. 8)"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
