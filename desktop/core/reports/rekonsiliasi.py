"""The Rekonsiliasi workbook (issue 6): where every card is, per kecamatan and per desa, proven to balance.

Sheets: Ringkasan (one row per kecamatan, totals by formula), Grafik (delivered vs still held), Per desa,
Rincian (every card), Perlu tindakan (what someone must act on), Program (workers × months × premium)
and Keterangan (what each column means). The figures are `reconciliation.build` — the Beranda's own
`figures.per_area` plus the event log — so the dashboard and the workbook always agree.
"""

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl.chart import BarChart, Reference

from desktop.core import ledger, reconciliation, users
from desktop.core import office as office_module
from desktop.core.exports import disclosure
from desktop.core.exports.writers import check_target
from desktop.core.formatting import long_date
from desktop.core.progress import ProgressFn, report
from desktop.core.reconciliation import AreaReconciliation, Reconciliation
from desktop.core.reports import card_lists, notes
from desktop.core.reports.xlsx import Book, Column, letters_of
from desktop.core.states import RETURN_REASONS


@dataclass
class ExportResult:
    path: Path
    kind: str
    kecamatan: str | None
    cards: int
    rows: dict[str, int] = field(default_factory=dict)
    balanced: bool = True
    nik_unmasked: bool = False
    summary: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"file": str(self.path), "kind": self.kind, "kecamatan": self.kecamatan, "cards": self.cards,
                "rows": self.rows, "balanced": self.balanced, "nik_unmasked": self.nik_unmasked,
                "kecamatan_rows": self.summary}


def check_scope(conn: sqlite3.Connection, kecamatan: str | None) -> str | None:
    """The kecamatan a report is limited to, checked against this office; None for the whole office."""
    office = office_module.require(conn)
    if not kecamatan:
        return office.kode if office.kind == "kecamatan" else None
    return office_module.check_area(conn, kecamatan)


def require_suffix(path: Path, allowed: tuple[str, ...]) -> Path:
    """The name's ending and its folder, checked before the work (see writers.check_target)."""
    return check_target(path, allowed)


def subtitle(conn: sqlite3.Connection, today: date, kecamatan: str | None, unmask: bool) -> str:
    office = office_module.require(conn)
    scope = f"Kecamatan {card_lists.Names(conn).of(kecamatan)}" if kecamatan else "semua kecamatan"
    nik = "NIK DITAMPILKAN UTUH — jaga kerahasiaannya" if unmask else "NIK disamarkan (UU 27/2022)"
    made = datetime.now().strftime("%d-%m-%Y %H:%M")
    return f"{office.nama} · {scope} · keadaan per {long_date(today)} · dibuat {made} · {nik}"


def write(conn: sqlite3.Connection, path: Path, today: date, *, kecamatan: str | None = None,
          unmask_nik: bool = False, user: str = ledger.SYSTEM_USER,
          progress: ProgressFn | None = None) -> ExportResult:
    """Write the reconciliation workbook to `path` (.xlsx). Only an unmasked file is recorded (disclosure)."""
    users.require_for_output(conn, user, "ekspor", unmask_nik=unmask_nik)
    path = require_suffix(path, (".xlsx",))
    kecamatan = check_scope(conn, kecamatan)
    names = card_lists.Names(conn)
    scope_sql = "WHERE kecamatan_kode = ?" if kecamatan else ""
    cards = conn.execute(f"SELECT count(*) FROM cards {scope_sql}", (kecamatan,) if kecamatan else ()).fetchone()[0]
    total_work = cards + cards // 4 + 10
    report(progress, 0, total_work, "Menghitung angka rekonsiliasi…")
    heading = subtitle(conn, today, kecamatan, unmask_nik)
    result = ExportResult(Path(path), "rekonsiliasi", kecamatan, cards, nik_unmasked=unmask_nik)
    with reconciliation.card_flows(conn), Book() as book:
        figures = reconciliation.build(conn, today, kecamatan=kecamatan, flows_ready=True)
        report(progress, 5, total_work, "Menulis ringkasan…")
        result.rows["Ringkasan"] = _ringkasan(book, figures, heading)
        _grafik(book, figures, heading)
        result.rows["Per desa"] = _per_desa(book, figures, heading)
        text = "Menulis rincian kartu…"
        report(progress, 10, total_work, text)
        result.rows["Rincian"] = _rincian(book, conn, today, names, heading, kecamatan, unmask_nik,
                                          lambda done: report(progress, 10 + done, total_work, text))
        show_nik = card_lists.nik_shown(unmask_nik)
        actions = card_lists.perlu_tindakan(conn, today, names, kecamatan=kecamatan)
        result.rows["Perlu tindakan"] = len(actions)
        book.table("Perlu tindakan", "Perlu tindakan", heading, notes.ACTION_COLUMNS,
                   (a.values(show_nik) for a in actions), freeze_columns=4)
        costs = card_lists.program_costs(conn, names, kecamatan=kecamatan)
        result.rows["Program"] = _program(book, costs, heading)
        notes.keterangan(book, heading)
        report(progress, cards + 10, total_work, "Menyimpan berkas…")
        book.save(path)
    result.balanced = all(row.balance == 0 for row in figures.kecamatan + figures.desa)
    result.summary = [row.as_dict() for row in figures.kecamatan]
    if unmask_nik:
        disclosure.record(conn, "rekonsiliasi", path, rows=cards, kecamatan=kecamatan, user=user)
    report(progress, total_work, total_work, "Selesai.")
    return result


def _reason_headers(figures: Reconciliation) -> list[str]:
    return [RETURN_REASONS.get(r, r.replace("_", " ").capitalize()) for r in figures.reasons()]


def _area_columns(first: list[Column], received: str, held: list[str], reasons: list[str]) -> list[Column]:
    """The columns shared by Ringkasan and Per desa, with their % and Selisih formulas."""
    headers = [c.header for c in first] + ["Dialokasikan", received.replace("Diterima", "Belum sampai"), received]
    headers += (["Diteruskan ke desa"] if "kecamatan" in received else [])
    headers += ["Diserahkan", *reasons, "Hilang/rusak", *held, "Tertahan", "% diserahkan",
                "Median hari sampai diserahkan", "Selisih"]
    x = letters_of(headers)
    returned = f"SUM({x[reasons[0]]}{{r}}:{x[reasons[-1]]}{{r}})"
    held_sum = "+".join(f"{x[h]}{{r}}" for h in held)
    balance = f"{x[received]}{{r}}-({x['Diserahkan']}{{r}}+{returned}+{x['Hilang/rusak']}{{r}}+{held_sum})"
    share = f'IF({x["Dialokasikan"]}{{r}}=0,"",{x["Diserahkan"]}{{r}}/{x["Dialokasikan"]}{{r}})'
    kinds = {r: Column(r, "int", 11, group="Dikembalikan") for r in reasons}
    kinds |= {"% diserahkan": Column("% diserahkan", "pct", 11, share),
             "Median hari sampai diserahkan": Column("Median hari sampai diserahkan", "dec", 12),
             "Selisih": Column("Selisih", "int", 9, balance)}
    return first + [kinds.get(h) or Column(h, "int", 12 if len(h) > 12 else 11) for h in headers[len(first):]]


def _area_values(row: AreaReconciliation, reasons: list[str], passed: bool) -> list:
    values = [row.allocated, row.not_arrived, row.received] + ([row.passed_down] if passed else [])
    values += [row.delivered, *[row.returned.get(r, 0) for r in reasons], row.lost, row.held]
    values += [row.held_below] if passed else []
    return values + [row.tertahan, row.delivered_share, row.median_days, row.balance]


def _ringkasan(book: Book, figures: Reconciliation, heading: str) -> int:
    reasons = _reason_headers(figures)
    columns = _area_columns([Column("Kode", "code", 10), Column("Kecamatan", "text", 20)], "Diterima kecamatan",
                            ["Masih di kecamatan", "Masih di desa"], reasons)
    rows = [[row.kode or "", row.nama, *_area_values(row, figures.reasons(), True)] for row in figures.kecamatan]
    totals = _area_values(figures.totals(), figures.reasons(), True)
    sums = [c.header for c in columns[2:] if c.kind == "int" and c.header != "Selisih"]
    book.table("Ringkasan", "Rekonsiliasi kartu BPJS Ketenagakerjaan per kecamatan", heading, columns, rows,
               totals_label="JUMLAH", total_columns=sums, freeze_columns=2,
               total_values={"% diserahkan": totals[-3], "Median hari sampai diserahkan": totals[-2],
                             "Selisih": totals[-1]})
    return len(rows)


def _per_desa(book: Book, figures: Reconciliation, heading: str) -> int:
    reasons = _reason_headers(figures)
    columns = _area_columns([Column("Kode desa", "code", 15), Column("Desa/Kelurahan", "text", 20),
                             Column("Kecamatan", "text", 17)], "Diterima desa", ["Masih di desa"], reasons)
    rows = [[row.kode or "", row.nama, row.kecamatan_nama, *_area_values(row, figures.reasons(), False)]
            for row in figures.desa]
    sums = [c.header for c in columns[3:] if c.kind == "int" and c.header != "Selisih"]
    per_desa = Reconciliation(figures.today, figures.desa, [])
    totals = _area_values(per_desa.totals(), figures.reasons(), False)
    book.table("Per desa", "Rekonsiliasi kartu per desa/kelurahan", heading, columns, rows,
               totals_label="JUMLAH", total_columns=sums, freeze_columns=2,
               total_values={"% diserahkan": totals[-3], "Median hari sampai diserahkan": totals[-2],
                             "Selisih": totals[-1]})
    return len(rows)


def _grafik(book: Book, figures: Reconciliation, heading: str) -> None:
    columns = [Column("Kecamatan", "text", 22), Column("Diserahkan", "int", 12),
               Column("Masih dipegang", "int", 12), Column("Belum sampai kecamatan", "int", 12)]
    rows = [[row.nama, row.delivered, row.held + row.held_below, row.not_arrived] for row in figures.kecamatan]
    table = book.table("Grafik", "Kartu diserahkan dan masih dipegang per kecamatan", heading, columns, rows)
    chart = BarChart()
    chart.type = "bar"  # horizontal: fifteen kecamatan names stay readable
    chart.grouping = "clustered"
    chart.title = "Diserahkan vs masih dipegang"
    chart.y_axis.title = "Kartu"
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # first kecamatan on top, as in the table
    last = max(table.last_row, table.first_row)
    chart.add_data(Reference(table.ws, min_col=2, max_col=4, min_row=table.header_row, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(table.ws, min_col=1, min_row=table.first_row, max_row=last))
    for series, colour in zip(chart.series, ("2E7D32", "C62828", "9E9E9E"), strict=True):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.height, chart.width = max(9, 0.8 * len(rows) + 3), 20
    table.ws.add_chart(chart, "F4")


def _rincian(book: Book, conn, today, names, heading, kecamatan, unmask, progress) -> int:
    rows = card_lists.rincian(conn, today, names, kecamatan=kecamatan, unmask=unmask)
    table = book.table("Rincian", "Rincian setiap kartu", heading, notes.RINCIAN_COLUMNS, rows,
                       freeze_columns=4, progress=progress)
    return table.last_row - table.first_row + 1


def _program(book: Book, costs: list[card_lists.ProgramCost], heading: str) -> int:
    columns = notes.PROGRAM_COLUMNS
    rows = [[c.program, c.kecamatan_kode, c.kecamatan, c.mulai, c.selesai, c.workers, c.months, c.premium, c.cost]
            for c in costs]
    book.table("Program", "Biaya iuran program: pekerja × bulan × iuran", heading, columns, rows,
               totals_label="JUMLAH", total_columns=["Pekerja", "Biaya (Rp)"], freeze_columns=3)
    return len(rows)
