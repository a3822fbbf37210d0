"""The reconciliation balances on every row, agrees with the Beranda's figures, and follows corrections."""

from datetime import date

import pytest

from desktop.core import cards, figures, nik, reconciliation, register
from desktop.core.cards import Step
from tests.conftest import TODAY

KEC, DESA, OTHER_DESA = "17.04.01", "17.04.01.2001", "17.04.01.2002"


def test_demo_balances_on_every_row_and_matches_the_database(demo_conn):
    result = reconciliation.build(demo_conn, TODAY)
    assert len(result.kecamatan) == 15 and len(result.desa) > 150
    for row in result.kecamatan + result.desa:
        assert row.balance == 0, row
        assert row.allocated == row.not_arrived + row.received, row
    states = figures.counts_by_state(demo_conn)
    total = result.totals()
    assert total.allocated == sum(states.values()) == 7130
    assert total.delivered == states["diserahkan"]
    assert total.lost == states["hilang"]
    assert total.held == states["di_kecamatan"] and total.held_below == states["di_desa"]
    assert total.not_arrived == states["di_kabupaten"] + states["dikirim"]
    returned = dict(demo_conn.execute("SELECT reason, count(*) FROM cards WHERE state = 'dikembalikan' GROUP BY 1"))
    assert {r: n for r, n in total.returned.items() if n} == returned
    assert total.tertahan == figures.tertahan_count(demo_conn, TODAY)


def test_the_figures_are_the_beranda_figures(demo_conn):
    result = reconciliation.build(demo_conn, TODAY)
    for row, area in zip(result.kecamatan, figures.per_area(demo_conn, TODAY), strict=True):
        assert (row.kode, row.allocated, row.tertahan) == (area.kode, area.total, area.tertahan)
        assert row.held == area.states["di_kecamatan"] and row.held_below == area.states["di_desa"]
    desa_of_kinal = [d for d in result.desa if d.kecamatan_kode == KEC]
    for row, area in zip(desa_of_kinal, figures.per_area(demo_conn, TODAY, parent=KEC), strict=True):
        assert (row.kode, row.allocated, row.held, row.tertahan) == (area.kode, area.total,
                                                                     area.states["di_desa"], area.tertahan)
    # The desa rows of a kecamatan add up to its passed-on cards and its cards still at the desa.
    kinal = next(k for k in result.kecamatan if k.kode == KEC)
    assert sum(d.received for d in desa_of_kinal) == kinal.passed_down
    assert sum(d.held for d in desa_of_kinal) == kinal.held_below


def test_scope_limits_the_rows_to_one_kecamatan(demo_conn):
    result = reconciliation.build(demo_conn, TODAY, kecamatan=KEC)
    assert [k.kode for k in result.kecamatan] == [KEC]
    assert {d.kecamatan_kode for d in result.desa} == {KEC}


def _people(conn, n: int, desa: str = DESA) -> list[str]:
    kpjs = []
    for i in range(1, n + 1):
        person = register.PesertaData(nik=nik.build(KEC, date(1980, 1, i), "L", i), nama=f"Pekerja {i}",
                                      kecamatan_kode=KEC, desa_kode=desa)
        kpj = f"{10_000_000_000 + i}"
        register.add_peserta(conn, person, on="2026-10-01", kpj=kpj)
        kpjs.append(kpj)
    return kpjs


def _step(conn, kpjs, kind, on, **more):
    cards.record_steps(conn, kpjs, Step(kind, on, **more))


def _row(conn, level="kecamatan", kode=KEC):
    result = reconciliation.build(conn, TODAY, kecamatan=KEC)
    rows = result.kecamatan if level == "kecamatan" else result.desa
    return next(r for r in rows if r.kode == kode)


def test_every_hop_and_outcome_is_counted_where_it_happened(conn):
    kpjs = _people(conn, 8)
    _step(conn, kpjs[:7], "kirim_kecamatan", "2026-10-02")
    _step(conn, kpjs[:6], "terima_kecamatan", "2026-10-03")
    _step(conn, kpjs[:4], "kirim_desa", "2026-10-05", desa=DESA)
    _step(conn, kpjs[:1], "serahkan", "2026-10-08")  # via the desa, 5 days after the kecamatan's receipt
    _step(conn, kpjs[1:2], "kembalikan", "2026-10-09", reason="pindah")  # back from the desa
    _step(conn, kpjs[4:5], "serahkan", "2026-10-06")  # at the kecamatan counter, 3 days
    _step(conn, kpjs[5:6], "hilang", "2026-10-06", reason="rusak")
    _step(conn, kpjs[6:7], "hilang", "2026-10-04", reason="tidak ada di kotak")  # lost on the way
    _step(conn, kpjs[7:8], "serahkan", "2026-10-04")  # handed over at the district itself
    kec = _row(conn)
    assert (kec.allocated, kec.not_arrived, kec.received, kec.passed_down) == (8, 2, 6, 4)
    assert (kec.delivered, kec.returned["pindah"], kec.lost, kec.held, kec.held_below) == (2, 1, 1, 0, 2)
    assert kec.balance == 0 and kec.median_days == 4.0
    desa = _row(conn, "desa", DESA)
    assert (desa.allocated, desa.not_arrived, desa.received) == (8, 4, 4)
    assert (desa.delivered, desa.returned["pindah"], desa.lost, desa.held) == (1, 1, 0, 2)
    assert desa.balance == 0 and desa.median_days == 5.0


def test_corrections_undo_the_flows_they_undo(conn):
    kpjs = _people(conn, 3)
    _step(conn, kpjs, "kirim_kecamatan", "2026-10-02")
    _step(conn, kpjs, "terima_kecamatan", "2026-10-03")
    cards.correct_last_step(conn, kpjs[0], "salah kotak", on="2026-10-03")  # back to dikirim
    _step(conn, kpjs[1:], "kirim_desa", "2026-10-04", desa=DESA)
    _step(conn, kpjs[1:2], "serahkan", "2026-10-05")
    cards.correct_last_step(conn, kpjs[1], "salah orang", on="2026-10-05")  # back at the desa
    cards.correct_last_step(conn, kpjs[2], "salah desa", on="2026-10-05")  # back at the kecamatan
    kec = _row(conn)
    assert (kec.received, kec.passed_down, kec.delivered, kec.held, kec.held_below) == (2, 1, 0, 1, 1)
    assert kec.not_arrived == 1 and kec.balance == 0
    desa = _row(conn, "desa", DESA)
    assert (desa.received, desa.held, desa.delivered, desa.balance) == (1, 1, 0, 0)


def test_the_balance_catches_a_card_whose_receipt_is_missing_from_the_log(conn):
    kpjs = _people(conn, 2)
    _step(conn, kpjs, "kirim_kecamatan", "2026-10-02")
    _step(conn, kpjs, "terima_kecamatan", "2026-10-03")
    conn.execute("UPDATE cards SET state = 'di_desa', custodian = ? WHERE kpj = ?", (OTHER_DESA, kpjs[0]))
    kec, desa = _row(conn), _row(conn, "desa", DESA)
    assert kec.balance == 0  # received 2 = 1 at the kecamatan + 1 at a desa
    assert desa.balance == -1  # the desa holds a card it never received according to the log


@pytest.mark.parametrize("pairs, expected", [([], None), ([(3, 1)], 3.0), ([(1, 1), (5, 1)], 3.0),
                                             ([(1, 2), (9, 1)], 1.0), ([(2, 2), (4, 2)], 3.0)])
def test_weighted_median(pairs, expected):
    assert reconciliation.weighted_median(pairs) == expected

