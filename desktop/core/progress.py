"""Progress reporting and cancellation for long work (import, print, export, sync).

A long core function takes `progress: ProgressFn | None` and calls it now and then with
(done, total, text). The GUI's callback raises `Cancelled` when the user pressed Cancel; because the
core function runs inside `db.transaction()`, the exception rolls everything back.
"""

from collections.abc import Callable

from desktop.core.errors import UserError

ProgressFn = Callable[[int, int, str], None]


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Dibatalkan. Tidak ada data yang berubah.")


def report(progress: ProgressFn | None, done: int, total: int, text: str = "") -> None:
    if progress is not None:
        progress(done, total, text)
