"""The row lists of the reports: every card, the cards that need action, and the programme costs.

Run inside `reconciliation.card_flows(conn)`: the key dates of each card come from its table.
"""

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from desktop.core import figures, holding
from desktop.core import nik as nik_rules
from desktop.core.states import (
    DIKEMBALIKAN,
    HILANG,
    PESERTA,
    RETURN_REASONS,
    STATE_LABELS,
)

MENINGGAL = "meninggal"


class Names:
    """Region names of this office's kabupaten, and how to say who holds a card."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.names = {kode: nama for kode, nama in conn.execute("SELECT kode, nama FROM regions")}
        self._custodians: dict[str, str] = {PESERTA: "Peserta"}

    def of(self, kode: str | None) -> str:
        return self.names.get(kode, kode or "") if kode else ""

    def custodian(self, kode: str) -> str:
        """'Kecamatan Kinal', 'Desa/Kel. Gedung Wani', 'Peserta' (asked once per card: remembered)."""
        found = self._custodians.get(kode)
        if found is None:
            level = {2: "Kabupaten", 3: "Kecamatan", 4: "Desa/Kel."}.get(kode.count(".") + 1, "")
            name = self.of(kode)
            found = self._custodians[kode] = name if name.startswith(level) else f"{level} {name}".strip()
        return found


def nik_shown(unmask: bool) -> Callable[[str], str]:
    return (lambda nik: nik) if unmask else nik_rules.mask


def _scope(kecamatan: str | None, column: str = "c.kecamatan_kode") -> tuple[str, dict]:
    return (f"{column} = :kecamatan", {"kecamatan": kecamatan}) if kecamatan else ("1", {})


RINCIAN_SQL = """
SELECT c.kpj, p.nik, p.nama, c.kecamatan_kode, c.desa_kode, c.state, c.custodian, c.reason, pr.nama,
       f.daftar_on, f.dikirim_on, f.diterima_on, f.ke_desa_on, c.since,
       CASE WHEN c.state IN {undelivered} THEN CAST(julianday(:today) - julianday(c.since) AS INTEGER) END,
       CASE WHEN {tertahan} THEN 'Ya' ELSE '' END, p.perlu_dicek, p.telepon
FROM cards c JOIN peserta p ON p.id = c.peserta_id
LEFT JOIN temp.card_flows f ON f.kpj = c.kpj LEFT JOIN programs pr ON pr.id = c.program_id
WHERE {scope}
"""


def rincian(conn: sqlite3.Connection, today: date, names: Names, *, kecamatan: str | None = None,
            unmask: bool = False) -> Iterator[tuple]:
    """Every card: (no, KPJ, NIK, nama, kecamatan, desa, status, pemegang, alasan, program, didaftarkan,
    dikirim, diterima kecamatan, ke desa, sejak, lama dipegang, tertahan, perlu dicek, telepon)."""
    tertahan, params = holding.tertahan_sql(conn, today)
    scope, more = _scope(kecamatan)
    sql = RINCIAN_SQL.format(undelivered=holding.UNDELIVERED_SQL, tertahan=tertahan, scope=scope)
    show_nik = nik_shown(unmask)
    # Sorted here, not by ORDER BY: walking the (kecamatan, desa, state) index visits the table in random
    # order, a third of the query's time at 100,000 cards; sorting the fetched rows takes a tenth of that.
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: 100,000 of them
    found = cursor.execute(sql, {**params, **more, "today": today.isoformat()}).fetchall()
    cursor.close()
    found.sort(key=lambda r: (r[3] or "", r[4] or "", r[5]))
    for number, row in enumerate(found, start=1):
        (kpj, nik, nama, kec, desa, state, custodian, reason, program, daftar, dikirim, diterima, ke_desa,
         since, days, late, dicek, telepon) = row
        yield (number, kpj, show_nik(nik), nama, names.of(kec), names.of(desa), STATE_LABELS.get(state, state),
               names.custodian(custodian), RETURN_REASONS.get(reason, reason or ""), program or "", daftar,
               dikirim, diterima, ke_desa, since, days, late, dicek, telepon)


@dataclass
class ActionRow:
    kategori: str
    kpj: str | None
    nik: str
    nama: str
    kecamatan: str
    desa: str
    status: str
    pemegang: str
    sejak: str | None
    hari: int | None
    batas: int | None
    keterangan: str
    tanggal_meninggal: str | None = None
    ahli_waris: str = ""
    telepon_ahli_waris: str = ""
    telepon: str = ""

    def values(self, show_nik: Callable[[str], str]) -> tuple:
        return (self.kategori, self.kpj, show_nik(self.nik), self.nama, self.kecamatan, self.desa, self.status,
                self.pemegang, self.sejak, self.hari, self.batas, self.keterangan, self.tanggal_meninggal,
                self.ahli_waris, self.telepon_ahli_waris, self.telepon)


TERTAHAN = "Tertahan"
PERLU_DICEK = "Perlu dicek"
DIKEMBALIKAN_LABEL = "Dikembalikan"
HILANG_LABEL = "Hilang/rusak"
MENINGGAL_LABEL = "Meninggal (bantu klaim JKM)"
CATEGORIES = (TERTAHAN, MENINGGAL_LABEL, HILANG_LABEL, DIKEMBALIKAN_LABEL, PERLU_DICEK)

_CARD_SQL = """
SELECT c.kpj, p.nik, p.nama, p.kecamatan_kode, p.desa_kode, c.state, c.custodian, c.since, c.reason, p.telepon,
       p.perlu_dicek, pr.mulai, pr.selesai, e.payload AS exit_payload
FROM cards c JOIN peserta p ON p.id = c.peserta_id LEFT JOIN programs pr ON pr.id = c.program_id
LEFT JOIN temp.card_flows f ON f.kpj = c.kpj LEFT JOIN events e ON e.id = f.exit_id
"""


def perlu_tindakan(conn: sqlite3.Connection, today: date, names: Names, *,
                   kecamatan: str | None = None) -> list[ActionRow]:
    """What needs someone's action, most urgent first: cards held too long (longest first), workers who
    died while covered (their heirs can claim the JKM benefit), lost cards (reprint), returned cards,
    and people whose data must be checked."""
    rows = [_overdue_row(item, names) for item in figures.overdue(conn, today, kecamatan=kecamatan)]
    found = phones(conn, [r.kpj for r in rows])
    for row in rows:
        row.telepon = found.get(row.kpj, "")
    scope, params = _scope(kecamatan)
    died, returned, lost = [], [], []
    for card in conn.execute(f"{_CARD_SQL} WHERE c.state IN ('{DIKEMBALIKAN}', '{HILANG}') AND {scope} "
                             "ORDER BY p.kecamatan_kode, p.desa_kode, p.nama", params):
        payload = json.loads(card["exit_payload"] or "{}")
        if payload.get("reason") == MENINGGAL:
            row = _death_row(card, payload, names)
            (died if row.kategori == MENINGGAL_LABEL else returned).append(row)
        elif card["state"] == HILANG:
            lost.append(_card_row(HILANG_LABEL, card, names, f"{card['reason'] or 'hilang/rusak'}; perlu cetak ulang"))
        else:
            returned.append(_card_row(DIKEMBALIKAN_LABEL, card, names, _returned_note(card, names)))
    checks = [_check_row(p, names) for p in conn.execute(
        "SELECT p.nik, p.nama, p.kecamatan_kode, p.desa_kode, p.perlu_dicek, p.telepon, c.kpj, c.state, "
        "c.custodian, c.since FROM peserta p LEFT JOIN cards c ON c.id = p.card_id "
        f"WHERE p.perlu_dicek != '' AND {_scope(kecamatan, 'p.kecamatan_kode')[0]} "
        "ORDER BY p.kecamatan_kode, p.desa_kode, p.nama", params)]
    return rows + died + lost + returned + checks


def _overdue_row(item: dict, names: Names) -> ActionRow:
    late = item["hari"] - item["batas"] if item["batas"] is not None else None
    note = (f"lewat {late} hari dari batas {item['batas']} hari" if late and late > 0
            else "lewat batas distribusi program")
    return ActionRow(TERTAHAN, item["kpj"], item["nik"], item["nama"], item["kecamatan"] or "", item["desa"] or "",
                     STATE_LABELS[item["state"]], names.custodian(item["custodian"]), item["since"], item["hari"],
                     item["batas"], note)


def phones(conn: sqlite3.Connection, kpjs: list[str]) -> dict[str, str]:
    found = {}
    for start in range(0, len(kpjs), 900):  # SQLite's limit on parameters
        part = kpjs[start:start + 900]
        found.update(conn.execute(
            f"SELECT c.kpj, p.telepon FROM cards c JOIN peserta p ON p.id = c.peserta_id "
            f"WHERE c.kpj IN ({','.join('?' * len(part))})", part).fetchall())
    return found


def _card_row(kategori: str, card: sqlite3.Row, names: Names, note: str) -> ActionRow:
    return ActionRow(kategori, card["kpj"], card["nik"], card["nama"], names.of(card["kecamatan_kode"]),
                     names.of(card["desa_kode"]), STATE_LABELS.get(card["state"], card["state"]),
                     names.custodian(card["custodian"]), card["since"], None, None, note, telepon=card["telepon"])


def _returned_note(card: sqlite3.Row, names: Names) -> str:
    reason = RETURN_REASONS.get(card["reason"], card["reason"] or "")
    where = "sudah kembali di kabupaten" if card["custodian"].count(".") == 1 else "menunggu dikirim ke kabupaten"
    return f"{reason}; {where}"


def _death_row(card: sqlite3.Row, payload: dict, names: Names) -> ActionRow:
    died = payload.get("tanggal_meninggal") or None
    covered = died is None or ((card["mulai"] or died) <= died <= (card["selesai"] or died))
    if died is None:
        note = "tanggal meninggal belum dicatat: periksa masa pertanggungan"
    elif covered:
        note = "meninggal dalam masa pertanggungan: ahli waris dapat mengajukan klaim JKM"
    else:
        note = "meninggal di luar masa pertanggungan program"
    row = _card_row(MENINGGAL_LABEL if covered else DIKEMBALIKAN_LABEL, card, names, note)
    row.tanggal_meninggal = died
    row.ahli_waris = payload.get("ahli_waris", "")
    row.telepon_ahli_waris = payload.get("telepon_ahli_waris", "")
    return row


def _check_row(p: sqlite3.Row, names: Names) -> ActionRow:
    state = STATE_LABELS.get(p["state"], "Belum ada kartu") if p["state"] else "Belum ada kartu"
    return ActionRow(PERLU_DICEK, p["kpj"], p["nik"], p["nama"], names.of(p["kecamatan_kode"]),
                     names.of(p["desa_kode"]), state, names.custodian(p["custodian"]) if p["custodian"] else "",
                     p["since"], None, None, p["perlu_dicek"], telepon=p["telepon"])


@dataclass
class ProgramCost:
    program: str
    kecamatan_kode: str
    kecamatan: str
    mulai: str | None
    selesai: str | None
    workers: int
    months: int | None
    premium: int

    @property
    def cost(self) -> int | None:
        return None if self.months is None else self.workers * self.months * self.premium


def coverage_months(mulai: str | None, selesai: str | None) -> int | None:
    """Months a programme covers: its days (both ends counted) in average months, rounded; at least 1.

    1 Nov–31 Dec is 2, 1 Sep–1 Mar (as "six months from") is 6, a calendar year is 12.
    """
    if not mulai or not selesai:
        return None
    days = (date.fromisoformat(selesai) - date.fromisoformat(mulai)).days + 1
    return max(1, round(days / (365.25 / 12)))


def program_costs(conn: sqlite3.Connection, names: Names, *, kecamatan: str | None = None) -> list[ProgramCost]:
    """Workers × months × premium per programme and kecamatan: what the period costs the budget."""
    scope, params = _scope(kecamatan)
    rows = conn.execute(
        "SELECT pr.nama, c.kecamatan_kode, pr.mulai, pr.selesai, count(*), pr.iuran_per_bulan "
        f"FROM cards c JOIN programs pr ON pr.id = c.program_id WHERE {scope} "
        "GROUP BY pr.id, c.kecamatan_kode ORDER BY pr.mulai, pr.nama, c.kecamatan_kode", params)
    return [ProgramCost(nama, kec or "", names.of(kec) or "(belum ditentukan)", mulai, selesai, n,
                        coverage_months(mulai, selesai), premium)
            for nama, kec, mulai, selesai, n, premium in rows]
