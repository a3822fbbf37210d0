"""Serah Terima: every hop of the chain, one tab each, with desk mode first (the counter's queue)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from desktop.gui.handover.boxes import ReceivePanel, SendPanel, ToDesaPanel
from desktop.gui.handover.desk import DeskPanel
from desktop.gui.handover.returns import FollowUpPanel, ReturnPanel
from desktop.gui.handover.signed import SignedListPanel
from desktop.gui.pages.base import Page


class SerahTerimaPage(Page):
    key = "serah_terima"
    title = QT_TRANSLATE_NOOP("Page", "Serah Terima")
    permission = "serah_terima"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Serah Terima Kartu"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.desk = DeskPanel(ctx)
        self.send = SendPanel(ctx) if ctx.office.is_district else None
        self.receive = ReceivePanel(ctx)
        self.to_desa = ToDesaPanel(ctx)
        self.signed = SignedListPanel(ctx)
        self.returns = ReturnPanel(ctx)
        self.follow_up = FollowUpPanel(ctx)
        panels = [(self.desk, self.tr("Meja serah (ke peserta)")),
                  (self.send, self.tr("Kirim ke kecamatan")),
                  (self.receive, self.tr("Terima kiriman")),
                  (self.to_desa, self.tr("Ke desa/kelurahan")),
                  (self.signed, self.tr("Daftar bertanda tangan")),
                  (self.returns, self.tr("Pengembalian && koreksi")),
                  (self.follow_up, self.tr("Tindak lanjut"))]
        for panel, label in panels:
            if panel is not None:
                self.tabs.addTab(panel, label)
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout.addWidget(self.tabs, 1)

    def show_tab(self, panel) -> None:
        self.tabs.setCurrentWidget(panel)

    def refresh(self) -> None:
        # Only the tab in view re-reads the database: the desk must stay quick at one card a second.
        self.tabs.currentWidget().refresh()
