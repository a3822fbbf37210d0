"""The first run: a few guided steps (office → letterhead and signatories → admin → first list → done).

The office step comes first and is the only one that cannot be skipped; the others appear when their
part of the app exists, can be skipped, and can be revisited in Pengaturan. Until the steps are finished
the app reopens on them (desktop.core.firstrun).
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core import firstrun
from desktop.gui.context import AppContext
from desktop.gui.setup.admin_step import AdminStep
from desktop.gui.setup.import_step import ImportStep
from desktop.gui.setup.letterhead_step import LetterheadStep
from desktop.gui.setup.office_step import OfficeStep
from desktop.gui.setup.ready_step import ReadyStep
from desktop.gui.setup.step import SetupStep
from desktop.gui.widgets.current_stack import CurrentStack
from desktop.gui.widgets.page_scroll import PageScroll


def optional_steps() -> list[type[SetupStep]]:
    """The steps between the office and the end, in order (each decides with available() whether it shows)."""
    return [LetterheadStep, AdminStep, ImportStep]


class FirstRunPage(QWidget):
    demo_requested = Signal()
    office_ready = Signal()  # the office exists now (the window title can name it)
    finished = Signal()  # all steps done or skipped: open the app
    show_cards = Signal(object)  # after finished: open Kartu & Peserta with this CardFilter

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("firstRun")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 28, 48, 24)
        self.heading = QLabel(self.tr("Selamat datang di SerahKartu"), objectName="welcomeTitle")
        outer.addWidget(self.heading)
        self.progress = QLabel(objectName="stepProgress")
        outer.addWidget(self.progress)
        self.stack = CurrentStack()  # as tall as the step on show; it scrolls if the window is shorter
        outer.addWidget(PageScroll(self.stack), 1)
        outer.addLayout(self._footer())
        self.office_step = OfficeStep(ctx)
        self.office_step.demo_requested.connect(self.demo_requested)
        self.office_step.office_ready.connect(self._office_ready)
        self.office_step.kind_group.buttonToggled.connect(lambda *_: self._show_progress())
        self.stack.addWidget(self.office_step)
        self.steps: list[SetupStep] = [self.office_step]
        self._build_steps()
        self._go(0 if ctx.office is None else 1)

    def _footer(self) -> QHBoxLayout:
        self.footer = row = QHBoxLayout()
        self.help_hint = QLabel(self.tr("Tekan F1 untuk panduan."), objectName="hint")
        row.addWidget(self.help_hint)
        row.addStretch(1)
        self.skip_button = QPushButton(self.tr("Lewati, nanti saja"))
        self.skip_button.clicked.connect(self._skip)
        self.next_button = QPushButton(objectName="primaryButton")
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.skip_button)
        row.addWidget(self.next_button)
        return row

    def _build_steps(self) -> None:
        """The steps after the office: which ones apply depends on the office (e.g. only a district imports)."""
        for step in self.steps[1:]:
            self.stack.removeWidget(step)
            step.deleteLater()
            if step.footer_buttons() is not None:
                step.footer_buttons().deleteLater()  # it lives in the footer row, not in the step
        classes = [c for c in optional_steps() if c.available(self.ctx)]
        self.steps[1:] = [*(c(self.ctx) for c in classes), ReadyStep(self.ctx)]
        for step in self.steps[1:]:
            self.stack.addWidget(step)
            step.changed.connect(self._update_buttons)
            if step.footer_buttons() is not None:  # one row of buttons: the step's beside Lewati
                self.footer.insertWidget(self.footer.indexOf(self.next_button), step.footer_buttons())
        self.steps[-1].open_app.connect(self._finish)
        for step in self.steps:
            if isinstance(step, ImportStep):
                step.show_cards.connect(self._finish_showing)

    # -- moving between steps ---------------------------------------------------------------------
    @property
    def current(self) -> SetupStep:
        return self.steps[self.stack.currentIndex()]

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        step = self.current
        self._update_buttons()
        self.next_button.setText(QCoreApplication.translate("SetupStep", step.next_label) if step.next_label
                                 else self.tr("Simpan dan lanjut"))
        self.next_button.setDefault(True)
        if index:
            self.heading.setText(QCoreApplication.translate("SetupStep", step.title))
        self._show_progress()
        step.entered()

    def _show_progress(self) -> None:
        """ "1. Kantor › 2. Kop surat … › 4. Selesai", the current step in bold."""
        index = self.stack.currentIndex()
        names = [QCoreApplication.translate("SetupStep", s.title) for s in self._planned_steps()]
        self.progress.setText("   ›   ".join(
            f"<b>{n}. {name}</b>" if n - 1 == index else f"{n}. {name}" for n, name in enumerate(names, start=1)))

    def _planned_steps(self) -> list:
        """The steps as built, or, before the office exists, those an office of the chosen kind will get."""
        if self.ctx.office is not None:
            return self.steps
        kind = "kabupaten" if self.office_step.kabupaten_radio.isChecked() else "kecamatan"
        return [OfficeStep, *(c for c in optional_steps() if c.applies_to(kind)), ReadyStep]

    def _update_buttons(self) -> None:
        step = self.current
        own_buttons = isinstance(step, (OfficeStep, ReadyStep))
        self.skip_button.setVisible(step.skippable and not own_buttons)
        self.next_button.setVisible(not own_buttons and step.can_continue())
        for other in self.steps:
            if other.footer_buttons() is not None:
                other.footer_buttons().setVisible(other is step)

    def _office_ready(self) -> None:
        self.office_ready.emit()
        self._build_steps()
        self._go(1)

    def _next(self) -> None:
        if self.current.commit():
            self._go(self.stack.currentIndex() + 1)

    def _skip(self) -> None:
        self._go(self.stack.currentIndex() + 1)

    def _finish(self) -> None:
        firstrun.finish(self.ctx.conn)
        self.finished.emit()

    def _finish_showing(self, card_filter) -> None:
        """The first list's "Lihat peserta yang perlu dicek": the office is ready, so open the app on them."""
        self._finish()
        self.show_cards.emit(card_filter)

