"""What one print run hands every document module: settings, office, paper, masking, date, progress."""

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from desktop.core import nik as nik_rules
from desktop.core.documents.config import PrintSettings
from desktop.core.documents.layout import Page, page_frame, printed_note
from desktop.core.formatting import long_date
from desktop.core.office import Office
from desktop.core.progress import ProgressFn, report


@dataclass
class DocumentSetup:
    cfg: PrintSettings
    office: Office
    paper: str
    unmasked: bool
    today: date
    progress: ProgressFn | None = None

    @cached_property
    def page(self) -> Page:
        return page_frame(self.paper, self.cfg.margins)

    @cached_property
    def note(self) -> str:
        return printed_note(self.today, self.unmasked)

    def nik(self, nik: str) -> str:
        return nik if self.unmasked else nik_rules.mask(nik)

    def place_and_date(self, day: date | None) -> str:
        """'Bintuhan, 22 November 2026', or a line to fill in when the date is not known yet."""
        place = self.cfg.kota or "…………………"
        when = long_date(day) if day else f"………………………… {self.today.year}"
        return f"{place}, {when}"

    def tick(self, done: int, total: int, text: str) -> None:
        report(self.progress, done, total, text)
