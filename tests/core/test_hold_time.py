"""Hold-time arithmetic: days at the current custodian, age buckets, limits, the deadline countdown."""

from datetime import date

from desktop.core import cards, figures, handover, holding, register, settings
from desktop.core.cards import Step
from desktop.core.register import PesertaData

KEC = "17.04.01"
DESA = "17.04.01.2001"
DESA2 = "17.04.01.2002"
TODAY = date(2025, 12, 31)


def _card(conn, i, *, desa=DESA, sent=None, received=None, to_desa=None):
    kpj = f"{12345600000 + i}"
    register.add_peserta(conn, PesertaData(nik=f"1704011203840{i + 1:03d}", nama=f"P {i}", kecamatan_kode=KEC,
                                           desa_kode=desa), on="2025-10-01", kpj=kpj)
    if sent:
        cards.record_step(conn, kpj, Step("kirim_kecamatan", sent))
    if received:
        cards.record_step(conn, kpj, Step("terima_kecamatan", received))
    if to_desa:
        cards.record_step(conn, kpj, Step("kirim_desa", to_desa, desa=desa))
    return kpj


def _buckets(conn, **kw):
    return {a.kode: a.buckets for a in holding.age_buckets(conn, TODAY, **kw)}


def test_bucket_edges(conn):
    # Days at the kecamatan on TODAY: 7, 8, 14, 15, 30, 31.
    for i, received in enumerate(["2025-12-24", "2025-12-23", "2025-12-17", "2025-12-16", "2025-12-01",
                                   "2025-11-30"]):
        _card(conn, i, sent="2025-11-01", received=received)
    assert _buckets(conn)[KEC] == {"0-7": 1, "8-14": 2, "15-30": 2, ">30": 1}
    [area] = holding.age_buckets(conn, TODAY)
    assert (area.total, area.tertua) == (6, 31)


def test_per_desa_counts_and_most_overdue_first(conn):
    _card(conn, 1, desa=DESA, sent="2025-12-01", received="2025-12-02", to_desa="2025-12-28")  # 3 days at desa
    _card(conn, 2, desa=DESA2, sent="2025-11-01", received="2025-11-02")  # 59 days at kecamatan
    per_desa = holding.age_buckets(conn, TODAY, kecamatan=KEC)
    assert [a.kode for a in per_desa] == [DESA2, DESA]
    assert per_desa[0].buckets[">30"] == 1 and per_desa[1].buckets["0-7"] == 1
    assert per_desa[0].nama and per_desa[0].nama != DESA2


def test_delivered_returned_and_lost_cards_are_not_held(conn):
    for i, end in enumerate(["serahkan", "kembalikan", "hilang"]):
        kpj = _card(conn, i, sent="2025-11-01", received="2025-11-02")
        if end == "serahkan":
            handover.deliver(conn, kpj, "2025-11-05")
        else:
            handover.return_card(conn, kpj, "pindah" if end == "kembalikan" else "hilang", "2025-11-05")
    assert holding.age_buckets(conn, TODAY) == []
    assert figures.tertahan_count(conn, TODAY) == 0


def test_a_card_that_went_down_and_came_back_up_counts_from_its_first_arrival(conn):
    """Sent to the desa by mistake and corrected: it never left the kecamatan's desk, so its hold time
    runs from the day the kecamatan received it, not from the correction."""
    kpj = _card(conn, 1, sent="2025-11-01", received="2025-11-20", to_desa="2025-12-29")
    assert holding.days_held(_since(conn, kpj), TODAY) == 2
    cards.correct_last_step(conn, kpj, "desa salah", on="2025-12-30")
    assert _since(conn, kpj) == "2025-11-20"
    assert holding.days_held(_since(conn, kpj), TODAY) == 41
    assert _buckets(conn)[KEC][">30"] == 1
    assert figures.tertahan_count(conn, TODAY) == 1


def test_a_card_sent_back_up_from_the_desa_leaves_the_desa_figures(conn):
    kpj = _card(conn, 1, sent="2025-11-01", received="2025-11-02", to_desa="2025-11-03")
    assert _buckets(conn, kecamatan=KEC)[DESA][">30"] == 1
    handover.return_card(conn, kpj, "tidak_ditemukan", "2025-12-30")
    handover.send_up(conn, [kpj], "2025-12-31")
    assert _buckets(conn, kecamatan=KEC) == {}


def test_limits_decide_tertahan(conn):
    _card(conn, 1, sent="2025-12-01", received="2025-12-21")  # 10 days at the kecamatan
    assert figures.tertahan_count(conn, TODAY) == 1  # default limit 7
    settings.put(conn, settings.HOLD_LIMIT_KECAMATAN, 10)
    assert figures.tertahan_count(conn, TODAY) == 0
    settings.put(conn, settings.HOLD_LIMIT_KECAMATAN, 9)
    assert figures.tertahan_count(conn, TODAY) == 1


def test_deadline_countdown(conn):
    uuid = register.save_program(conn, register.Program("P", batas_distribusi="2026-01-10"), on="2025-10-01")
    for i in range(3):
        register.add_peserta(conn, PesertaData(nik=f"1704011203840{i + 1:03d}", nama="X", kecamatan_kode=KEC,
                                               desa_kode=DESA), on="2025-10-01", kpj=f"1000000000{i}",
                             program_uuid=uuid)
    handover.deliver(conn, "10000000000", "2025-12-01")
    [item] = holding.deadline_countdown(conn, TODAY)
    assert (item["hari_lagi"], item["belum_diserahkan"], item["total"], item["per_hari"]) == (10, 2, 3, 1)
    [late] = holding.deadline_countdown(conn, date(2026, 1, 12))
    assert late["hari_lagi"] == -2 and late["per_hari"] is None


def _since(conn, kpj):
    return conn.execute("SELECT since FROM cards WHERE kpj = ?", (kpj,)).fetchone()[0]
