"""Backups in Pengaturan: where the automatic ones are, an encrypted backup to a USB stick, and a
restore that shows the checked backup before it replaces anything."""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.core import backups, office_backup, restore
from desktop.core.errors import InvalidInput
from desktop.core.formatting import number
from desktop.gui import roles
from desktop.gui.jobs import run_job
from desktop.gui.settings.base import Section


class BackupSection(Section):
    title = QT_TRANSLATE_NOOP("Section", "Cadangan")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.layout_ = QVBoxLayout(self)
        self.where = QLabel(wordWrap=True)
        self.layout_.addWidget(self.where)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Cadangkan ke flashdisk…"), objectName="primaryButton")
        self.backup_button.clicked.connect(self.choose_backup_folder)
        self.restore_button = QPushButton(self.tr("Pulihkan dari cadangan…"))
        self.restore_button.clicked.connect(self.choose_restore_file)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        roles.offer_only_to(self.ctx, "pulihkan", self.restore_button)
        roles.offer_only_to(self.ctx, "cadangan", self.backup_button)

    def refresh(self) -> None:
        kept = backups.listing(self.ctx.db_path)
        newest = (datetime.fromtimestamp(kept[0].stat().st_mtime).strftime("%d-%m-%Y %H:%M")
                  if kept else self.tr("belum ada"))
        self.where.setText(self.tr(
            "SerahKartu mencadangkan basis data dengan sendirinya setiap hari dan sebelum setiap impor, "
            "sinkronisasi dan pembaruan (10 terakhir dan 7 harian disimpan) di:\n%s\n"
            "Cadangan tersimpan: %s, terbaru %s. Simpan juga cadangan terenkripsi di flashdisk secara "
            "berkala, di tempat terpisah dari PC ini.") % (backups.folder(self.ctx.db_path), number(len(kept)), newest))

    # -- backup to a stick ------------------------------------------------------------------------
    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder tujuan (mis. flashdisk)"))
        if not folder:
            return
        dialog = PassphraseDialog(self, confirm=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.backup_to(folder, dialog.passphrase.text())

    def backup_to(self, folder: str, passphrase: str):
        user = self.ctx.user

        def work(conn, progress):
            return office_backup.make(conn, folder, passphrase, user=user)

        def done(out: Path) -> None:
            QMessageBox.information(self, self.tr("Cadangan dibuat"), self.tr(
                "Cadangan terenkripsi disimpan:\n%s\n\nTanpa kata sandinya, cadangan ini tidak dapat dibuka. "
                "Simpan kata sandi itu di tempat aman.") % out)
            self.ctx.changed()

        return run_job(self, self.ctx, self.tr("Membuat cadangan"), work, done, cancellable=False)

    # -- restore ----------------------------------------------------------------------------------
    def choose_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas cadangan"),
                                              str(backups.folder(self.ctx.db_path)),
                                              self.tr("Cadangan SerahKartu (*.age *.db)"))
        if path:
            RestoreDialog(self.ctx, path, self).exec()


class PassphraseDialog(QDialog):
    def __init__(self, parent=None, *, confirm: bool) -> None:
        super().__init__(parent)
        self.confirm = confirm
        self.setWindowTitle(self.tr("Kata sandi cadangan"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Cadangan dienkripsi dengan kata sandi ini (paling sedikit 8 karakter). Tanpa kata sandi, "
            "cadangan tidak dapat dibuka oleh siapa pun — termasuk Anda.") if confirm else
            self.tr("Masukkan kata sandi yang dipakai saat cadangan ini dibuat."), wordWrap=True))
        form = QFormLayout()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Kata sandi"), self.passphrase)
        if confirm:
            form.addRow(self.tr("Ulangi"), self.again)
        layout.addLayout(form)
        self.error = QLabel(styleSheet="color: #b42318;", wordWrap=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        try:
            if self.confirm:
                backups.check_passphrase(self.passphrase.text())
                if self.passphrase.text() != self.again.text():
                    raise InvalidInput(self.tr("Kedua kata sandi tidak sama."))
        except InvalidInput as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class RestoreDialog(QDialog):
    """Check the backup first and show what it holds; only then may it replace the database."""

    def __init__(self, ctx, path: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.info = ctx, path, None
        self.encrypted = restore.is_encrypted(path)
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Pulihkan dari cadangan"), objectName="sectionTitle"))
        layout.addWidget(QLabel(self.tr("Berkas: %s") % path, wordWrap=True))
        form = QFormLayout()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        if self.encrypted:
            form.addRow(self.tr("Kata sandi cadangan"), self.passphrase)
        layout.addLayout(form)
        self.check_button = QPushButton(self.tr("Periksa cadangan"))
        self.check_button.clicked.connect(self.check_backup)
        layout.addWidget(self.check_button)
        self.result = QLabel(wordWrap=True)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(self.tr(
            "Memulihkan mengganti seluruh isi basis data dengan isi cadangan. Basis data sekarang disimpan "
            "dulu di folder cadangan (sebelum-pulih) dan tidak dihapus. Setelah pemulihan, masuk lagi."),
            wordWrap=True, objectName="hint"))
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Pulihkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("primaryButton")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.restore_now)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check_backup(self):
        path, passphrase, work_dir = self.path, self.passphrase.text() or None, backups.folder(self.ctx.db_path)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Memeriksa…"))

        def work(conn, progress):
            return restore.inspect(path, passphrase=passphrase, work_dir=work_dir)

        return run_job(self, self.ctx, self.tr("Memeriksa cadangan"), work, self._checked,
                       on_error=self._failed, cancellable=False)

    def _checked(self, info: restore.BackupInfo) -> None:
        self.info = info
        when = info.last_recorded and datetime.fromisoformat(info.last_recorded).astimezone().strftime("%d-%m-%Y %H:%M")
        self.result.setStyleSheet("color: #166534; font-weight: 600;")
        self.result.setText(self.tr(
            "Cadangan utuh: kantor %s, %s peristiwa, %s kartu, peristiwa terakhir %s. "
            "Integritas SQLite dan rantai hash diperiksa: semua benar.")
            % (info.office, number(info.events), number(info.cards), when or "—"))
        self.restore_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.result.setStyleSheet("color: #b42318;")
        self.result.setText(message)
        self.restore_button.setEnabled(False)

    def restore_now(self):
        db_path, path, passphrase, user = self.ctx.db_path, self.path, self.passphrase.text() or None, self.ctx.user

        def work(conn, progress):
            return restore.restore(db_path, path, passphrase=passphrase, user=user)

        return run_job(self, self.ctx, self.tr("Memulihkan"), work, self._restored, on_error=self._failed,
                       cancellable=False)

    def _restored(self, result: restore.RestoreResult) -> None:
        from desktop.gui import app, signin  # the window is rebuilt on the restored database

        self.accept()
        QMessageBox.information(self.parent(), self.tr("Dipulihkan"), self.tr(
            "Basis data dipulihkan: %s peristiwa, %s kartu, semua pemeriksaan lulus.\n"
            "Basis data sebelumnya disimpan di:\n%s") % (number(result.events), number(result.cards),
                                                        result.previous_kept_at or "—"))
        window = self.parent().window()
        old = self.ctx
        ctx = app.open_context(old.db_path, demo_mode=old.demo)
        old.conn.close()
        if not old.demo and not signin.sign_in_at_start(ctx, window):
            window.close()
            return
        if getattr(window, "idle_lock", None) is not None:
            window.idle_lock.ctx = ctx
        window.load(ctx)
