"""A card's and a person's history in words, for the detail panel and for printing."""

import json
import sqlite3
from dataclasses import dataclass

from desktop.core import regions
from desktop.core.formatting import long_date
from desktop.core.states import DAFTAR, EVENT_LABELS, PERSON_WITH_CARD_LABEL, PESERTA, RETURN_REASONS


@dataclass(frozen=True)
class Entry:
    on: str  # the date the thing happened, written out in Indonesian (for print)
    occurred_on: str  # the same date as YYYY-MM-DD (the GUI writes it in its own language)
    title: str
    detail: str
    recorded_at: str
    user: str
    office: str
    correction: bool


def entries(conn: sqlite3.Connection, kpj: str | None, nik: str) -> list[Entry]:
    rows = conn.execute(
        "SELECT * FROM events WHERE nik = ? OR (kpj IS NOT NULL AND kpj = ?) ORDER BY id", (nik, kpj)
    ).fetchall()
    return [_entry(conn, row) for row in rows]


def _entry(conn: sqlite3.Connection, row: sqlite3.Row) -> Entry:
    payload = json.loads(row["payload"])
    return Entry(
        on=long_date(row["occurred_on"]),
        occurred_on=row["occurred_on"],
        title=PERSON_WITH_CARD_LABEL if row["type"] == DAFTAR and "peserta" in payload
        else EVENT_LABELS.get(row["type"], row["type"]),
        detail=_detail(conn, row, payload),
        recorded_at=row["recorded_at"][:16].replace("T", " "),
        user=row["user"],
        office=regions.name_of(conn, row["office"]),
        correction=row["type"] == "koreksi",
    )


def _detail(conn: sqlite3.Connection, row: sqlite3.Row, payload: dict) -> str:
    parts = []
    if row["from_custodian"] and row["to_custodian"] and row["from_custodian"] != row["to_custodian"]:
        parts.append(f"{_holder(conn, row['from_custodian'])} → {_holder(conn, row['to_custodian'])}")
    if payload.get("penerima") == "wakil":
        parts.append(f"diterima wakil: {payload.get('nama_wakil', '')} ({payload.get('hubungan', '')})")
    elif payload.get("penerima") and row["type"] == "serahkan":
        parts.append("diterima sendiri")
    elif payload.get("penerima") and row["type"] == "kirim_desa":
        parts.append(f"diterima {payload['penerima']}")
    if payload.get("reason"):
        parts.append("alasan: " + RETURN_REASONS.get(payload["reason"], payload["reason"]))
    if payload.get("tanggal_meninggal"):
        parts.append(f"meninggal {long_date(payload['tanggal_meninggal'])}")
    if payload.get("ahli_waris"):
        parts.append(f"ahli waris: {payload['ahli_waris']} {payload.get('telepon_ahli_waris', '')}".strip())
    if payload.get("alasan"):
        parts.append(f"alasan koreksi: {payload['alasan']}")
    if row["doc_no"]:
        parts.append(f"dokumen {row['doc_no']}")
    return "; ".join(parts)


def _holder(conn: sqlite3.Connection, custodian: str) -> str:
    if custodian == PESERTA:
        return "peserta"
    return regions.name_of(conn, custodian)
