"""Reconciliation: where every card of a kecamatan and of a desa is, and the proof that it balances.

The figures come from two independent sources that must agree:

* the **event log** says which cards each office *received*: a card counts as received by its
  kecamatan office when its history holds a move `dikirim → di_kecamatan` (the receipt) that no
  correcting event (`koreksi`, payload `undoes`) has undone; it counts as *passed to a desa* (received
  by the desa) when its history holds such a move `di_kecamatan → di_desa`;
* the **card states** (the projection, the same counts `figures.per_area` gives the Beranda) say where
  each card is now, and the card's *exit* — its last move, not undone, from a state still on the way
  (`di_kabupaten`, `dikirim`, `di_kecamatan`, `di_desa`) into `diserahkan`, `dikembalikan` or `hilang`
  — says at which level it left the chain (its `from_state`).

Each card therefore has a **level**: 0 kabupaten (at the district, in transit, or settled there before
the kecamatan received it), 1 kecamatan (at the kecamatan office, or settled at its counter), 2 desa
(at the desa, or settled by the desa). The balance, for every row, is

    kecamatan:  Diterima kecamatan = Diserahkan + Dikembalikan + Hilang + Masih di kecamatan
                                     + Masih di desa (passed on downward, still held there)
    desa:       Diterima desa      = Diserahkan + Dikembalikan + Hilang + Masih di desa

where Diserahkan/Dikembalikan/Hilang count the cards of the area in that state with level ≥ 1
(kecamatan row) or level 2 (desa row), and "Masih di …" are the state counts of `figures.per_area`.
`balance` is the left side minus the right side: zero unless the log and the projection disagree.
Also `allocated = not_arrived + received`, where `not_arrived` counts the level-0 cards (kecamatan
row) or the level-0/1 cards (desa row) from their states.

Areas are the worker's address (the card's `kecamatan_kode` / `desa_kode`), as everywhere else.
"Median hari" is the median number of days from the kecamatan's receipt to the worker's hand.
"""

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from desktop.core import figures
from desktop.core.states import (
    DI_DESA,
    DI_KABUPATEN,
    DI_KECAMATAN,
    DIKEMBALIKAN,
    DIKIRIM,
    DISERAHKAN,
    HILANG,
    KOREKSI,
    RETURN_REASONS,
    UNDELIVERED,
)

LEVEL_KABUPATEN, LEVEL_KECAMATAN, LEVEL_DESA = 0, 1, 2
_FROM_LEVEL = {DI_KABUPATEN: LEVEL_KABUPATEN, DIKIRIM: LEVEL_KABUPATEN, DI_KECAMATAN: LEVEL_KECAMATAN,
               DI_DESA: LEVEL_DESA}
SETTLED = (DISERAHKAN, DIKEMBALIKAN, HILANG)
OTHER_REASON = "lainnya"  # a return reason outside RETURN_REASONS (only from a future event type)


def _in(values) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


# One row per card from the card-moves index (no table access). The exit is packed as id * 4 + level so
# that max() picks the latest exit and carries its level along. A koreksi never makes any of these four
# moves (no step goes back from a later state to an earlier one), but it may undo one: `corrected`
# marks the cards whose history is then replayed exactly (`_replay`).
_FLOWS_SQL = f"""
SELECT kpj,
  max(CASE WHEN type = 'kartu_didaftarkan' THEN occurred_on END) AS daftar,
  max(CASE WHEN from_state = '{DI_KABUPATEN}' AND to_state = '{DIKIRIM}' THEN occurred_on END) AS dikirim,
  max(CASE WHEN from_state = '{DIKIRIM}' AND to_state = '{DI_KECAMATAN}' THEN occurred_on END) AS diterima,
  max(CASE WHEN from_state = '{DI_KECAMATAN}' AND to_state = '{DI_DESA}' THEN occurred_on END) AS ke_desa,
  max(CASE WHEN from_state IN {_in(UNDELIVERED)} AND to_state IN {_in(SETTLED)} THEN id * 4 +
      CASE from_state WHEN '{DI_DESA}' THEN 2 WHEN '{DI_KECAMATAN}' THEN 1 ELSE 0 END END) AS exit_key,
  max(type = '{KOREKSI}') AS corrected
FROM events INDEXED BY events_card_moves
WHERE kpj IS NOT NULL AND to_state IS NOT NULL
GROUP BY kpj
"""


@contextmanager
def card_flows(conn: sqlite3.Connection) -> Iterator[None]:
    """Make TEMP table `card_flows` (kpj, daftar_on, dikirim_on, diterima_on, ke_desa_on, exit_id,
    exit_level) for the duration of the block: each card's effective history, read once."""
    conn.execute("DROP TABLE IF EXISTS temp.card_flows")
    conn.execute(
        "CREATE TEMP TABLE card_flows (kpj TEXT PRIMARY KEY, daftar_on TEXT, dikirim_on TEXT, "
        "diterima_on TEXT, ke_desa_on TEXT, exit_id INTEGER, exit_level INTEGER, corrected INTEGER) "
        "WITHOUT ROWID"
    )
    try:
        conn.execute(
            "INSERT INTO temp.card_flows SELECT kpj, daftar, dikirim, diterima, ke_desa, exit_key >> 2, "
            f"exit_key & 3, corrected FROM ({_FLOWS_SQL})"
        )
        corrected = [r[0] for r in conn.execute("SELECT kpj FROM temp.card_flows WHERE corrected")]
        for kpj in corrected:
            conn.execute("INSERT OR REPLACE INTO temp.card_flows VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                         (kpj, *_replay(conn, kpj)))
        yield
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.card_flows")


def _replay(conn: sqlite3.Connection, kpj: str) -> tuple:
    """The flows of one corrected card: its moves in order, without the undone ones and the undos."""
    events = conn.execute(
        "SELECT id, uuid, type, from_state, to_state, occurred_on, payload FROM events "
        "WHERE kpj = ? AND to_state IS NOT NULL ORDER BY id", (kpj,)
    ).fetchall()
    undone = {_undoes(e["payload"]) for e in events if e["type"] == KOREKSI}
    daftar = dikirim = diterima = ke_desa = exit_id = exit_level = None
    for e in events:
        if e["type"] == KOREKSI or e["uuid"] in undone:
            continue
        move, on = (e["from_state"], e["to_state"]), e["occurred_on"]
        if e["type"] == "kartu_didaftarkan":
            daftar = max(daftar or on, on)
        elif move == (DI_KABUPATEN, DIKIRIM):
            dikirim = max(dikirim or on, on)
        elif move == (DIKIRIM, DI_KECAMATAN):
            diterima = max(diterima or on, on)
        elif move == (DI_KECAMATAN, DI_DESA):
            ke_desa = max(ke_desa or on, on)
        elif e["from_state"] in UNDELIVERED and e["to_state"] in SETTLED:
            exit_id, exit_level = e["id"], _FROM_LEVEL[e["from_state"]]
    return daftar, dikirim, diterima, ke_desa, exit_id, exit_level


def _undoes(payload: str) -> str | None:
    return json.loads(payload).get("undoes")


@dataclass
class AreaReconciliation:
    """One row of the reconciliation: a kecamatan (level 1) or a desa (level 2)."""

    level: int
    kode: str | None
    nama: str
    kecamatan_kode: str
    kecamatan_nama: str
    allocated: int = 0
    not_arrived: int = 0
    received: int = 0
    passed_down: int = 0  # kecamatan rows: cards passed to a desa (whatever happened next)
    delivered: int = 0
    returned: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RETURN_REASONS, 0))
    lost: int = 0
    held: int = 0  # at this level: di_kecamatan (kecamatan rows) or di_desa (desa rows)
    held_below: int = 0  # kecamatan rows: di_desa
    tertahan: int = 0
    days_to_delivery: list[tuple[int, int]] = field(default_factory=list, repr=False)  # (days, cards)

    @property
    def returned_total(self) -> int:
        return sum(self.returned.values())

    @property
    def balance(self) -> int:
        return self.received - (self.delivered + self.returned_total + self.lost + self.held + self.held_below)

    @property
    def delivered_share(self) -> float | None:
        return self.delivered / self.allocated if self.allocated else None

    @property
    def median_days(self) -> float | None:
        return weighted_median(self.days_to_delivery)

    def as_dict(self) -> dict:
        return {
            "kode": self.kode, "nama": self.nama, "kecamatan_kode": self.kecamatan_kode,
            "dialokasikan": self.allocated, "belum_sampai": self.not_arrived, "diterima": self.received,
            "diteruskan_ke_desa": self.passed_down, "diserahkan": self.delivered,
            "dikembalikan": dict(self.returned), "hilang": self.lost, "masih_dipegang": self.held,
            "masih_di_desa": self.held_below, "tertahan": self.tertahan, "persen_diserahkan":
            None if self.delivered_share is None else round(100 * self.delivered_share, 1),
            "median_hari": self.median_days, "selisih": self.balance,
        }


def weighted_median(pairs: list[tuple[int, int]]) -> float | None:
    """The median of values given as (value, how many times)."""
    total = sum(n for _, n in pairs)
    if not total:
        return None
    ordered = sorted(pairs)

    def nth(k: int) -> int:  # the k-th value (0-based) of the expanded list
        for value, n in ordered:
            if k < n:
                return value
            k -= n
        raise IndexError(k)

    middle = total // 2
    return float(nth(middle)) if total % 2 else (nth(middle - 1) + nth(middle)) / 2


@dataclass
class Reconciliation:
    today: date
    kecamatan: list[AreaReconciliation]
    desa: list[AreaReconciliation]

    def totals(self) -> AreaReconciliation:
        """The sums of the kecamatan rows (what the workbook's totals formulas must show)."""
        total = AreaReconciliation(LEVEL_KECAMATAN, None, "JUMLAH", "", "")
        for row in self.kecamatan:
            for name in ("allocated", "not_arrived", "received", "passed_down", "delivered", "lost", "held",
                         "held_below", "tertahan"):
                setattr(total, name, getattr(total, name) + getattr(row, name))
            for reason, n in row.returned.items():
                total.returned[reason] = total.returned.get(reason, 0) + n
            total.days_to_delivery += row.days_to_delivery
        return total

    def reasons(self) -> list[str]:
        """The return reasons to show: the six of the rules, and any other that occurs."""
        seen = {r for row in self.kecamatan for r in row.returned}
        return list(RETURN_REASONS) + sorted(seen - set(RETURN_REASONS))


_GROUPS_SQL = f"""
SELECT c.kecamatan_kode, c.desa_kode, c.state,
  CASE WHEN c.state IN ('{DI_KABUPATEN}', '{DIKIRIM}') THEN 0 WHEN c.state = '{DI_KECAMATAN}' THEN 1
       WHEN c.state = '{DI_DESA}' THEN 2 ELSE coalesce(f.exit_level, 0) END AS level,
  CASE WHEN c.state = '{DIKEMBALIKAN}' THEN coalesce(c.reason, '{OTHER_REASON}') END AS reason,
  f.diterima_on IS NOT NULL, f.ke_desa_on IS NOT NULL,
  CASE WHEN c.state = '{DISERAHKAN}' AND f.diterima_on IS NOT NULL
       THEN CAST(julianday(c.since) - julianday(f.diterima_on) AS INTEGER) END,
  count(*)
FROM cards c LEFT JOIN temp.card_flows f ON f.kpj = c.kpj
WHERE {{scope}}
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
"""


def build(conn: sqlite3.Connection, today: date, *, kecamatan: str | None = None,
          flows_ready: bool = False) -> Reconciliation:
    """The reconciliation of every kecamatan (or of `kecamatan` only) and of each of their desa.

    Allocated, held and tertahan are `figures.per_area` (the Beranda's figures); received, passed on and
    the level of each settled card come from the log. Pass `flows_ready` inside `card_flows(conn)`.
    """
    if not flows_ready:
        with card_flows(conn):
            return build(conn, today, kecamatan=kecamatan, flows_ready=True)
    kec_rows = {a.kode: _from_figures(a, LEVEL_KECAMATAN, a.kode, a.nama)
                for a in figures.per_area(conn, today) if kecamatan is None or a.kode == kecamatan}
    desa_rows: dict[tuple, AreaReconciliation] = {}
    for kec in kec_rows.values():
        if kec.kode is None:
            continue
        for area in figures.per_area(conn, today, parent=kec.kode):
            desa_rows[(kec.kode, area.kode)] = _from_figures(area, LEVEL_DESA, kec.kode, kec.nama)
    scope, params = ("c.kecamatan_kode = :kec", {"kec": kecamatan}) if kecamatan else ("1", {})
    for kec_kode, desa_kode, state, level, reason, received, passed, days, n in conn.execute(
        _GROUPS_SQL.format(scope=scope), params
    ):
        if kec_kode in kec_rows:
            _count(kec_rows[kec_kode], state, level, reason, received, days, n)
        desa = desa_rows.get((kec_kode, desa_kode))
        if desa is not None:
            _count(desa, state, level, reason, passed, days, n)
        if kec_kode in kec_rows and passed:
            kec_rows[kec_kode].passed_down += n
    return Reconciliation(today, list(kec_rows.values()), list(desa_rows.values()))


def _from_figures(area: figures.AreaFigures, level: int, kec_kode: str | None, kec_nama: str) -> AreaReconciliation:
    row = AreaReconciliation(level, area.kode, area.nama, kec_kode or "", kec_nama)
    row.allocated = area.total
    row.tertahan = area.tertahan
    if level == LEVEL_KECAMATAN:
        row.held, row.held_below = area.states[DI_KECAMATAN], area.states[DI_DESA]
    else:
        row.held = area.states[DI_DESA]
    return row


def _count(row: AreaReconciliation, state: str, level: int, reason: str | None, received: int,
           days: int | None, n: int) -> None:
    """Add one group of `n` cards to a kecamatan or desa row (see the module docstring)."""
    if received:
        row.received += n
    if level < row.level:
        row.not_arrived += n
        return
    if state == DISERAHKAN:
        row.delivered += n
        if days is not None:
            row.days_to_delivery.append((days, n))
    elif state == DIKEMBALIKAN:
        key = reason if reason in RETURN_REASONS else (reason or OTHER_REASON)
        row.returned[key] = row.returned.get(key, 0) + n
    elif state == HILANG:
        row.lost += n

