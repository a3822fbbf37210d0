"""Long work off the UI thread (as Anki's CollectionOp/QueryOp): progress, Cancel, and a callback on
the main thread with the result or a clear message.

The work function receives its own SQLite connection (connections stay in the thread that made them)
and a progress callback; it must not touch widgets. The progress dialog shows only after a short
delay, so quick jobs never flash one.
"""

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.core import applog, db
from desktop.core.errors import UserError
from desktop.core.progress import Cancelled
from desktop.gui.context import AppContext

SHOW_PROGRESS_AFTER_MS = 400


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, bool)  # message, expected (a UserError) or not


class _Runnable(QRunnable):
    def __init__(self, ctx: AppContext, work, signals: _Signals, cancel: threading.Event, title: str):
        super().__init__()
        self.ctx, self.work, self.signals, self.cancel, self.title = ctx, work, signals, cancel, title

    def run(self) -> None:
        try:
            conn = db.connect(self.ctx.db_path)
            try:
                result = self.work(conn, self._progress)
            finally:
                conn.close()
        except UserError as exc:
            self._tell(self.signals.failed, str(exc), True)
        except Exception as exc:  # a bug: logged with its traceback, the user told where
            self._tell(self.signals.failed, applog.unexpected(exc, self.title.lower()), False)
        else:
            self._tell(self.signals.succeeded, result)

    @staticmethod
    def _tell(signal, *values) -> None:
        with contextlib.suppress(RuntimeError):  # the page that asked was closed meanwhile: no one to tell
            signal.emit(*values)

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total, text)


class Job(QObject):
    """A running job; keep a reference until `finished` (run_job does that for you)."""

    finished = Signal(bool)  # True on success

    def __init__(self, parent: QWidget, ctx: AppContext, title: str, work, on_done, on_error, cancellable,
                 show_progress: bool = True):
        super().__init__(parent)
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.on_done, self.on_error, self.parent_widget = on_done, on_error, parent
        self.dialog = self._progress_dialog(parent, title, cancellable) if show_progress else None
        self.signals.progress.connect(self._show_progress)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.runnable = _Runnable(ctx, work, self.signals, self.cancel, title)

    def _progress_dialog(self, parent: QWidget, title: str, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Batal") if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel.set)
        return dialog

    def start(self) -> None:
        QThreadPool.globalInstance().start(self.runnable)

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _succeeded(self, result) -> None:
        if self.dialog is not None:
            self.dialog.close()
        if self.on_done:
            self.on_done(result)
        self.finished.emit(True)
        self.deleteLater()

    def _failed(self, message: str, expected: bool) -> None:
        if self.dialog is not None:
            self.dialog.close()
        if self.on_error:
            self.on_error(message)
        else:
            box = QMessageBox.warning if expected else QMessageBox.critical
            box(self.parent_widget, "SerahKartu", message)
        self.finished.emit(False)
        self.deleteLater()


def run_job(parent: QWidget, ctx: AppContext, title: str, work: Callable[[Any, Any], Any],
            on_done: Callable[[Any], None] | None = None, *, on_error: Callable[[str], None] | None = None,
            cancellable: bool = True, show_progress: bool = True) -> Job:
    """Run `work(conn, progress)` in the background; `on_done(result)` runs on the main thread.
    `show_progress=False` for work the page itself shows as under way (no dialog at all)."""
    job = Job(parent, ctx, title, work, on_done, on_error, cancellable, show_progress)
    job.start()
    return job
