"""Impor Daftar: the wizard that brings a beneficiary/card list in — file → sheet → header and columns
→ check (summary and problem list) → import with progress and Cancel. District offices only.

Reading, checking and importing run in the background (jobs.run_job); the import is one transaction,
so Cancel leaves the database as it was.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import UserError
from desktop.core.importing import columns, readers, report
from desktop.core.importing.pipeline import commit
from desktop.core.importing.plan import analyse
from desktop.core.search import CardFilter
from desktop.gui.jobs import run_job
from desktop.gui.pages.base import Page
from desktop.gui.widgets.current_stack import CurrentStack
from desktop.gui.widgets.feedback import Feedback
from desktop.gui.widgets.import_check import CheckStep, DoneStep
from desktop.gui.widgets.import_steps import FileStep, MappingStep, SheetStep

FILE, SHEET, MAPPING, CHECK, DONE = range(5)
STEP_NAMES = (QT_TRANSLATE_NOOP("ImportPage", "1. Berkas"), QT_TRANSLATE_NOOP("ImportPage", "2. Lembar"),
              QT_TRANSLATE_NOOP("ImportPage", "3. Judul & kolom"), QT_TRANSLATE_NOOP("ImportPage", "4. Periksa"),
              QT_TRANSLATE_NOOP("ImportPage", "5. Impor"))


class ImportPage(Page):
    key = "impor"
    title = QT_TRANSLATE_NOOP("Page", "Impor Daftar")
    permission = "impor"
    show_cards = Signal(object)  # a CardFilter for Kartu & Peserta

    @classmethod
    def available(cls, ctx) -> bool:
        office = ctx.office
        return office is not None and office.is_district and super().available(ctx)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.path: str | None = None
        self.sheets: list[str] = []
        self.table = None
        self.plan = None
        self.job = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Impor Daftar Peserta"), objectName="pageTitle")
        layout.addWidget(heading)
        steps = QHBoxLayout()
        self.step_labels = [QLabel(self.tr(name)) for name in STEP_NAMES]
        for number, label in enumerate(self.step_labels):
            if number:
                steps.addWidget(QLabel("›", objectName="hint"))
            steps.addWidget(label)
        steps.addStretch(1)
        layout.addLayout(steps)
        self.stack = CurrentStack()
        self.file_step = FileStep(self._programs())
        self.file_step.chosen.connect(self._file_chosen)
        self.sheet_step, self.mapping_step = SheetStep(), MappingStep()
        self.check_step = CheckStep(lambda plan, path: report.save(self.ctx.conn, plan, path, user=self.ctx.user))
        self.done_step = DoneStep()
        self.check_step.program_changed.connect(self._update_next)
        self.done_step.show_perlu_dicek.connect(lambda: self.show_cards.emit(CardFilter(perlu_dicek=True)))
        self.done_step.again.connect(self.restart)
        for step in (self.file_step, self.sheet_step, self.mapping_step, self.check_step, self.done_step):
            self.stack.addWidget(step)
        layout.addWidget(self.stack, 1)
        self.feedback = Feedback()
        self.feedback.hide()
        layout.addWidget(self.feedback)
        self.button_bar = QWidget()  # the first run moves it into its own button row (setup/import_step.py)
        buttons = QHBoxLayout(self.button_bar)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.back = QPushButton(self.tr("‹ Kembali"))
        self.back.clicked.connect(self.go_back)
        self.next = QPushButton(self.tr("Lanjut ›"), objectName="primaryButton")
        self.next.clicked.connect(self.go_next)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout.addWidget(self.button_bar, 0, Qt.AlignmentFlag.AlignRight)
        self._go(FILE)

    def refresh(self) -> None:
        pass  # the wizard keeps its state; nothing here depends on other pages' changes

    def _programs(self) -> list[str]:
        return [r[0] for r in self.ctx.conn.execute("SELECT nama FROM programs ORDER BY created_at DESC")]

    # -- moving between steps --------------------------------------------------------------------
    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        for number, label in enumerate(self.step_labels):
            label.setStyleSheet("font-weight: 600; color: #1e3a8a;" if number == step else "color: #64748b;")
        self.back.setVisible(step in (SHEET, MAPPING, CHECK))
        self.next.setVisible(step != DONE)
        self.next.setEnabled(step != FILE or self.path is not None)
        self.next.setText(self.tr("Impor sekarang") if step == CHECK else self.tr("Lanjut ›"))
        self._update_next()

    def _update_next(self) -> None:
        if self.stack.currentIndex() == CHECK and self.plan is not None:
            self.next.setEnabled(bool(self.plan.new or self.plan.updates or self.plan.cards)
                                 and self.check_step.ready())

    def go_back(self) -> None:
        self.feedback.hide()
        step = self.stack.currentIndex()
        if step == MAPPING:
            self._go(SHEET if len(self.sheets) > 1 else FILE)
        elif step in (SHEET, CHECK):
            self._go(step - 1)

    def go_next(self) -> None:
        self.feedback.hide()
        step = self.stack.currentIndex()
        if step == FILE:
            self._open_file()
        elif step == SHEET:
            self._read(self.sheet_step.chosen())
        elif step == MAPPING:
            self._check()
        elif step == CHECK:
            self._import()

    def restart(self) -> None:
        self.path, self.table, self.plan = None, None, None
        self.file_step.path.setText(self.tr("Belum ada berkas dipilih."))
        self._go(FILE)

    def _error(self, message: str) -> None:
        self.feedback.show()
        self.feedback.error(message)

    # -- the work ----------------------------------------------------------------------------------
    def _file_chosen(self, path: str) -> None:
        self.path = path
        self._go(FILE)

    def _open_file(self) -> None:
        try:
            self.sheets = readers.sheet_names(self.path)
        except UserError as exc:
            self._error(str(exc))
            return
        if len(self.sheets) > 1:
            self.sheet_step.show_sheets(self.sheets)
            self._go(SHEET)
        else:
            self._read(self.sheets[0] if self.sheets else None)

    def _read(self, sheet: str | None) -> None:
        path = self.path
        self.job = run_job(self, self.ctx, self.tr("Membaca berkas…"), lambda conn, progress: readers.read(path, sheet),
                           self._table_read, on_error=self._error)

    def _table_read(self, table) -> None:
        self.table = table
        try:
            header_row = columns.find_header_row(table.rows)
        except UserError as exc:
            self._error(str(exc))
            header_row = 1
        if not table.rows:
            self._error(self.tr("Lembar ini kosong. Pilih lembar atau berkas lain."))
            return
        choice = columns.mapping_for(self.ctx.conn, columns.header_cells(table.rows, header_row))
        self.mapping_step.show_table(table.rows, header_row, choice.mapping, choice.remembered)
        self._go(MAPPING)

    def _check(self) -> None:
        mapping = self.mapping_step.mapping()
        try:
            columns.require_essentials(mapping)
        except UserError as exc:
            self._error(str(exc))
            return
        table, header_row, today = self.table, self.mapping_step.header_row.value(), self.ctx.today()

        def work(conn, progress):
            return analyse(conn, table, header_row, mapping, today=today, progress=progress)

        self.job = run_job(self, self.ctx, self.tr("Memeriksa daftar…"), work, self._checked, on_error=self._error)

    def _checked(self, plan) -> None:
        self.plan = plan
        self.check_step.show_plan(plan, self._programs(), self.file_step.program.currentText().strip())
        self._go(CHECK)

    def _import(self) -> None:
        plan, today, user = self.plan, self.ctx.today(), self.ctx.user
        program = self.check_step.program_name()

        def work(conn, progress):
            return commit(conn, plan, today=today, program=program, remember_mapping=True, user=user,
                          progress=progress)

        self.job = run_job(self, self.ctx, self.tr("Mengimpor daftar…"), work, self._imported, on_error=self._error)

    def _imported(self, result: dict) -> None:
        self.done_step.show_result(result)
        self._go(DONE)
        self.ctx.changed()
