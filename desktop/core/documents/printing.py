"""Print a document: choose the cards, lay out the PDF, write it safely, and record that it was printed.

`render()` writes a PDF and changes nothing (the GUI's preview); `record()` logs a `dokumen_dicetak`
event (which paper, for which scope, with NIK unmasked or not: UU 27/2022 asks that unmasking be a
logged choice); `print_document()` does both, as the CLI does.
"""

import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.core import ledger, regions, users
from desktop.core import office as office_module
from desktop.core.db import transaction
from desktop.core.documents import berita_acara, config, daftar, source, tanda_terima
from desktop.core.documents.base import DocumentSetup
from desktop.core.errors import InvalidInput, UserError
from desktop.core.ledger import NewEvent
from desktop.core.progress import ProgressFn
from desktop.core.states import DOKUMEN_DICETAK

DOCUMENTS = {
    "daftar": "Daftar serah terima",
    "tanda-terima": "Tanda terima",
    "berita-acara": "Berita acara serah terima",
}


@dataclass
class PrintRequest:
    document: str  # a key of DOCUMENTS
    scope: source.Scope = field(default_factory=source.Scope)
    paper: str | None = None  # a4 / f4; None takes the setting for this document
    unmask_nik: bool = False
    sort: str = "nama"
    delivery: str | None = None  # number or id, for the berita acara
    all_cards: bool = False  # list delivered and returned cards too (a reprint for the archive)
    meterai: bool = False  # a box for the stamp duty on the berita acara

    def payload(self) -> dict:
        return {"document": self.document, "scope": {**self.scope.as_dict(), "delivery": self.delivery},
                "unmasked": self.unmask_nik, "sort": self.sort, "all_cards": self.all_cards}


def render(conn: sqlite3.Connection, request: PrintRequest, out: str | Path, *, today: date,
           user: str = ledger.SYSTEM_USER, progress: ProgressFn | None = None) -> dict:
    """Write the PDF to `out` (replaced only when complete). Returns pages, rows, paper and the file.

    The preview is a document too: whoever may not print (or may not see whole NIKs) gets no PDF."""
    users.require_for_output(conn, user, "cetak", unmask_nik=request.unmask_nik)
    if request.document not in DOCUMENTS:
        raise InvalidInput(f"Dokumen '{request.document}' tidak dikenal. Pilih: {', '.join(DOCUMENTS)}.")
    if Path(out).suffix.lower() != ".pdf":
        # A PDF named .docx or .xlsx opens in the wrong program and looks broken to whoever receives it.
        raise InvalidInput(f"Nama berkas {Path(out).name} harus berakhiran .pdf, mis. daftar-kinal.pdf.")
    cfg = config.load(conn)
    paper = request.paper or (cfg.kertas_berita_acara if request.document == "berita-acara" else cfg.kertas)
    if paper not in config.PAPERS:
        raise InvalidInput(f"Ukuran kertas '{paper}' tidak dikenal. Pilih a4 atau f4.")
    setup = DocumentSetup(cfg, office_module.require(conn), paper, request.unmask_nik, today, progress)
    write = _writer(conn, request, setup)
    result = _atomic(Path(out), write)
    return {**result, "document": request.document, "paper": paper, "file": str(Path(out))}


def _writer(conn, request: PrintRequest, setup: DocumentSetup):
    if request.document == "berita-acara":
        if not request.delivery:
            raise InvalidInput("Berita acara dibuat untuk satu kiriman: sebutkan nomor berita acaranya "
                               "(--delivery NOMOR) atau pilih kirimannya di halaman Cetak.")
        found = source.delivery(conn, request.delivery, sort=request.sort)
        return lambda handle: berita_acara.build(handle, conn, found, setup, meterai=request.meterai)
    groups = source.groups(conn, request.scope, sort=request.sort, pending_only=not request.all_cards)
    if not groups:
        kode = request.scope.desa or request.scope.kecamatan
        where = regions.name_of(conn, kode) + f" ({kode})" if kode else "kantor ini"
        what = "kartu" if request.all_cards else "kartu yang belum diserahkan"
        raise UserError(f"Tidak ada {what} di {where}. Tidak ada yang dicetak"
                        + ("." if request.all_cards else "; untuk mencetak ulang arsip, sertakan juga kartu yang "
                           "sudah diserahkan (--semua)."))
    module = daftar if request.document == "daftar" else tanda_terima
    return lambda handle: module.build(handle, groups, setup)


def _atomic(out: Path, write) -> dict:
    """Build into a temporary file beside `out`, then put it in place: never half a PDF."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(f"Folder '{folder}' tidak ada. Pilih folder lain untuk menyimpan PDF.")
    try:
        handle, temp = tempfile.mkstemp(prefix=".serahkartu-", suffix=".pdf", dir=folder)
    except OSError as exc:
        raise UserError(f"Tidak dapat menulis di folder '{folder}': {exc.strerror}. Pilih folder lain.") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            result = write(stream)
        os.replace(temp, out)
    except PermissionError as exc:
        raise UserError(f"Berkas '{out}' tidak dapat ditimpa; mungkin sedang dibuka di pembaca PDF. "
                        "Tutup berkas itu atau simpan dengan nama lain.") from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return result


def record(conn: sqlite3.Connection, request: PrintRequest, result: dict, *, today: date,
           user: str = ledger.SYSTEM_USER) -> int:
    """Log that the document was printed (or saved as PDF); returns the event id."""
    users.require_for_output(conn, user, "cetak", unmask_nik=request.unmask_nik)
    payload = {**request.payload(), "paper": result["paper"], "pages": result["pages"], "rows": result["rows"]}
    event = NewEvent(DOKUMEN_DICETAK, today.isoformat(), kecamatan_kode=request.scope.kecamatan,
                     doc_no=request.delivery if request.document == "berita-acara" else None, payload=payload)
    with transaction(conn):
        return ledger.append(conn, [event], user=user)[0]


def print_document(conn: sqlite3.Connection, request: PrintRequest, out: str | Path, *, today: date,
                   user: str = ledger.SYSTEM_USER, progress: ProgressFn | None = None) -> dict:
    result = render(conn, request, out, today=today, user=user, progress=progress)
    result["event_id"] = record(conn, request, result, today=today, user=user)
    return result
