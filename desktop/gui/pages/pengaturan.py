"""Pengaturan: the office's settings, one section per tab. Add a section by listing its class in
SECTION_CLASSES (a `desktop.gui.settings.base.Section`)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from desktop.gui.pages.base import Page
from desktop.gui.settings.backup import BackupSection
from desktop.gui.settings.general import GeneralSection
from desktop.gui.settings.hold_limits import HoldLimitsSection
from desktop.gui.settings.identitas import IdentitySection
from desktop.gui.settings.printing import PrintingSection
from desktop.gui.settings.program import ProgramSection
from desktop.gui.settings.users import UsersSection

SECTION_CLASSES = [ProgramSection, HoldLimitsSection, PrintingSection, IdentitySection, UsersSection, BackupSection,
                   GeneralSection]


class PengaturanPage(Page):
    key = "pengaturan"
    title = QT_TRANSLATE_NOOP("Page", "Pengaturan")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Pengaturan"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.sections = {}
        for section_class in SECTION_CLASSES:
            if section_class.available(ctx):
                section = section_class(ctx)
                section.apply_role()
                self.sections[section_class.__name__] = section
                self.tabs.addTab(section, QCoreApplication.translate("Section", section.title))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        if self.tabs.count():
            self.tabs.currentWidget().refresh()
