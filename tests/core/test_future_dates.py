"""A step dated after today has not happened: every path that records card steps refuses it, writes nothing."""

import json
from datetime import date, timedelta

import openpyxl
import pytest

from desktop.cli import main
from desktop.core import cards, deliveries, handover, register, signed_list
from desktop.core.cards import Step
from desktop.core.errors import FutureDate
from desktop.core.register import PesertaData

KEC = "17.04.01"
DESA = "17.04.01.2001"
TOMORROW = (date.today() + timedelta(days=1)).isoformat()
LONG_AGO = "2025-01-01"


def _add(conn, n=2):
    kpjs = [f"3000000000{i}" for i in range(1, n + 1)]
    for i, kpj in enumerate(kpjs, 1):
        register.add_peserta(conn, PesertaData(nik=f"17040112038400{i:02d}", nama=f"Warga {i}",
                                               kecamatan_kode=KEC, desa_kode=DESA), on=LONG_AGO, kpj=kpj)
    return kpjs


def _events(conn) -> int:
    return conn.execute("SELECT count(*) FROM events").fetchone()[0]


def test_the_message_names_the_date_as_a_clerk_writes_it():
    with pytest.raises(FutureDate, match=r"^Tanggal 31-12-2099 belum terjadi\. Periksa tanggalnya\.$"):
        cards.require_happened("2099-12-31")
    cards.require_happened(date.today().isoformat())
    cards.require_happened("2026-11-23", today=date(2026, 11, 23))


def test_every_core_path_refuses_tomorrow_and_writes_nothing(conn):
    kpjs = _add(conn)
    before = _events(conn)
    for attempt in (lambda: cards.record_step(conn, kpjs[0], Step("kirim_kecamatan", TOMORROW)),
                    lambda: cards.check_step(conn, kpjs[0], Step("kirim_kecamatan", TOMORROW)),
                    lambda: deliveries.send_to_kecamatan(conn, KEC, TOMORROW)):
        with pytest.raises(FutureDate):
            attempt()
    assert _events(conn) == before
    sent = deliveries.send_to_kecamatan(conn, KEC, "2025-02-01")
    before = _events(conn)
    with pytest.raises(FutureDate):
        deliveries.receive(conn, sent.no, TOMORROW)
    deliveries.receive(conn, sent.no, "2025-02-02")
    before = _events(conn)
    for attempt in (lambda: deliveries.send_to_desa(conn, DESA, "Hasan", TOMORROW),
                    lambda: handover.deliver(conn, kpjs[0], TOMORROW),
                    lambda: handover.return_card(conn, kpjs[0], "pindah", TOMORROW),
                    lambda: cards.correct_last_step(conn, kpjs[0], "salah", on=TOMORROW)):
        with pytest.raises(FutureDate):
            attempt()
    assert _events(conn) == before
    assert conn.execute("SELECT state FROM cards WHERE kpj = ?", (kpjs[0],)).fetchone()[0] == "di_kecamatan"


def test_a_signed_list_row_dated_tomorrow_is_refused_and_the_others_delivered(conn, tmp_path):
    kpjs = _add(conn)
    deliveries.send_to_kecamatan(conn, KEC, "2025-02-01")
    deliveries.receive(conn, 1, "2025-02-02")
    sheet = tmp_path / "signed.xlsx"
    book = openpyxl.Workbook()
    for row in (["KPJ", "Tanggal", "TTD"], [kpjs[0], TOMORROW, "v"], [kpjs[1], "2025-03-01", "v"]):
        book.active.append(row)
    book.save(sheet)
    result = signed_list.deliver_from_file(conn, sheet, None)
    assert result["delivered"] == 1
    assert [(p["row"], p["code"]) for p in result["problems"]] == [(2, "date_future")]
    assert "belum terjadi" in result["problems"][0]["message"]
    states = dict(conn.execute("SELECT kpj, state FROM cards"))
    assert (states[kpjs[0]], states[kpjs[1]]) == ("di_kecamatan", "diserahkan")
    assert conn.execute("SELECT count(*) FROM events WHERE occurred_on > ?",
                        (date.today().isoformat(),)).fetchone()[0] == 0


def test_the_cli_exits_1_with_the_message(tmp_path, capsys):
    db = str(tmp_path / "kab.db")
    assert main(["--db", db, "init", "--office", "kabupaten", "--region", "17.04"]) == 0
    from desktop.core import db as dbm

    conn = dbm.connect(db)
    kpjs = _add(conn)
    conn.close()
    capsys.readouterr()
    assert main(["--db", db, "handover", "send", "--kecamatan", KEC, "--date", "2099-12-31", "--json"]) == 1
    out, err = capsys.readouterr()
    assert "Tanggal 31-12-2099 belum terjadi. Periksa tanggalnya." in err
    assert json.loads(out) == {"ok": False, "error": "Tanggal 31-12-2099 belum terjadi. Periksa tanggalnya."}
    assert main(["--db", db, "handover", "deliver", "--kpj", kpjs[0], "--date", "2030-01-01", "--json"]) == 1
    assert "Tanggal 01-01-2030 belum terjadi" in capsys.readouterr().err
    assert main(["--db", db, "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)  # the register is untouched and still reports
    conn = dbm.connect(db)
    assert {r[0] for r in conn.execute("SELECT state FROM cards")} == {"di_kabupaten"}
    conn.close()
