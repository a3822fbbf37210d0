"""Every step from every state, the last hop (self, proxy, lists), returns, lost cards and ownership."""

import pytest

from desktop.core import cards, check, followup, handover, office, register
from desktop.core.cards import Step
from desktop.core.errors import InvalidInput, InvalidTransition, NotFound, NotOwner
from desktop.core.handover import Death, Proxy
from desktop.core.register import PesertaData
from desktop.core.states import ALLOWED_FROM, STATES
from tests.conftest import TODAY

KEC = "17.04.01"
DESA = "17.04.01.2001"
KPJ = "12345678901"

# How to bring a fresh card into each state.
PATHS = {
    "di_kabupaten": [],
    "dikirim": [Step("kirim_kecamatan", "2026-11-02")],
    "di_kecamatan": [Step("kirim_kecamatan", "2026-11-02"), Step("terima_kecamatan", "2026-11-03")],
    "di_desa": [Step("kirim_kecamatan", "2026-11-02"), Step("terima_kecamatan", "2026-11-03"),
                Step("kirim_desa", "2026-11-04", desa=DESA)],
    "diserahkan": [Step("serahkan", "2026-11-02")],
    "dikembalikan": [Step("kirim_kecamatan", "2026-11-02"), Step("terima_kecamatan", "2026-11-03"),
                     Step("kembalikan", "2026-11-04", reason="pindah")],
    "hilang": [Step("hilang", "2026-11-02", reason="rusak")],
}
STEPS = {
    "kirim_kecamatan": Step("kirim_kecamatan", "2026-11-10"),
    "terima_kecamatan": Step("terima_kecamatan", "2026-11-10"),
    "kirim_desa": Step("kirim_desa", "2026-11-10", desa=DESA),
    "serahkan": Step("serahkan", "2026-11-10", details={"penerima": "sendiri"}),
    "kembalikan": Step("kembalikan", "2026-11-10", reason="menolak"),
    "kembali_ke_kabupaten": Step("kembali_ke_kabupaten", "2026-11-10"),
    "hilang": Step("hilang", "2026-11-10", reason="rusak"),
}


def _person(conn, i=1, kpj=KPJ, desa=DESA):
    register.add_peserta(conn, PesertaData(nik=f"1704011203840{i:03d}", nama=f"Siti Aminah {i}",
                                           kecamatan_kode=KEC, desa_kode=desa), on="2026-11-01", kpj=kpj)
    return kpj


def _card_in(conn, state, kpj=KPJ, i=1):
    _person(conn, i, kpj)
    for step in PATHS[state]:
        cards.record_step(conn, kpj, step)
    return kpj


def _state(conn, kpj=KPJ):
    return conn.execute("SELECT state, custodian, since, reason FROM cards WHERE kpj = ?", (kpj,)).fetchone()


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("kind", list(STEPS))
def test_every_step_from_every_state(conn, state, kind):
    kpj = _card_in(conn, state)
    assert _state(conn, kpj)["state"] == state
    before = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    if state in ALLOWED_FROM[kind]:
        cards.record_step(conn, kpj, STEPS[kind])
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == before + 1
        assert check.run(conn).ok
    else:
        # A delivered card is the worker's: no office holds it any more.
        with pytest.raises(NotOwner if state == "diserahkan" else InvalidTransition):
            cards.record_step(conn, kpj, STEPS[kind])
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
        assert _state(conn, kpj)["state"] == state


def test_deliver_to_self_and_the_second_time_says_when(conn):
    kpj = _card_in(conn, "di_desa")
    handover.deliver(conn, kpj, "2026-11-06")
    assert _state(conn, kpj)["state"] == "diserahkan"
    with pytest.raises(InvalidTransition, match="SUDAH DISERAHKAN pada 6 November 2026 kepada peserta sendiri"):
        handover.deliver(conn, kpj, "2026-11-07")


def test_deliver_to_a_proxy_records_who_and_relation(conn):
    kpj = _card_in(conn, "di_kecamatan")
    with pytest.raises(InvalidInput, match="hubungan"):
        handover.deliver(conn, kpj, "2026-11-06", proxy=Proxy("Ahmad", ""))
    with pytest.raises(InvalidInput, match="NIK wakil"):
        handover.deliver(conn, kpj, "2026-11-06", proxy=Proxy("Ahmad", "suami", "12"))
    handover.deliver(conn, kpj, "2026-11-06", proxy=Proxy("Ahmad", "suami", "1704010101800001"))
    payload = conn.execute("SELECT payload FROM events WHERE type = 'serahkan'").fetchone()[0]
    assert '"nama_wakil":"Ahmad"' in payload and '"hubungan":"suami"' in payload and "1704010101800001" in payload


def test_lookup_by_kpj_nik_and_name(conn):
    _person(conn, 1, "11111111111")
    _person(conn, 2, "22222222222")
    assert [r["kpj"] for r in handover.lookup(conn, "11111111111", TODAY)] == ["11111111111"]
    assert [r["kpj"] for r in handover.lookup(conn, "1704011203840002", TODAY)] == ["22222222222"]
    assert len(handover.lookup(conn, "siti ami", TODAY)) == 2
    assert handover.lookup(conn, "99999999999", TODAY) == []


def test_deliver_many_reports_every_card_it_could_not_deliver(conn):
    good = _card_in(conn, "di_desa", "11111111111", 1)
    done = _card_in(conn, "diserahkan", "22222222222", 2)
    away = _card_in(conn, "dikirim", "33333333333", 3)
    result = handover.deliver_many(conn, [(2, good, "2026-11-08"), (3, done, "2026-11-08"),
                                          (4, "00000000000", "2026-11-08"), (5, away, "2026-11-08"),
                                          (6, good, "2026-11-08")])
    assert result.delivered == [good]
    assert [(p["row"], p["code"]) for p in result.problems] == [
        (3, "already_delivered"), (4, "kpj_unknown"), (5, "not_allowed"), (6, "duplicate_in_list")]
    assert _state(conn, good)["state"] == "diserahkan"


def test_return_from_desa_goes_up_to_the_kecamatan_then_the_district(conn):
    kpj = _card_in(conn, "di_desa")
    with pytest.raises(InvalidInput, match="Alasan"):
        handover.return_card(conn, kpj, "bosan", "2026-11-06")
    handover.return_card(conn, kpj, "tidak_ditemukan", "2026-11-06", catatan="rumah kosong")
    assert tuple(_state(conn, kpj)) == ("dikembalikan", KEC, "2026-11-06", "tidak_ditemukan")
    handover.send_up(conn, [kpj], "2026-11-09")
    assert tuple(_state(conn, kpj)) == ("dikembalikan", "17.04", "2026-11-09", "tidak_ditemukan")
    with pytest.raises(InvalidTransition, match="sudah berada di kabupaten"):
        handover.send_up(conn, [kpj], "2026-11-10")


def test_a_death_needs_its_date_and_lists_the_heirs_to_claim_jkm(conn):
    register.save_program(conn, register.Program("Program 2026", mulai="2026-10-01", selesai="2026-12-31"),
                          on="2026-10-01")
    program = conn.execute("SELECT uuid FROM programs").fetchone()[0]
    register.add_peserta(conn, PesertaData(nik="1704011203840001", nama="Almarhum Rudi", kecamatan_kode=KEC,
                                           desa_kode=DESA), on="2026-11-01", kpj=KPJ, program_uuid=program)
    with pytest.raises(InvalidInput, match="Tanggal meninggal wajib"):
        handover.return_card(conn, KPJ, "meninggal", "2026-11-06")
    with pytest.raises(InvalidInput, match="sesudah"):
        handover.return_card(conn, KPJ, "meninggal", "2026-11-06", death=Death("2026-11-07"))
    handover.return_card(conn, KPJ, "meninggal", "2026-11-06",
                         death=Death("2026-11-02", "Sari (istri)", "0812-3456-7890"))
    [dead] = followup.deceased(conn)
    assert (dead["nama"], dead["tanggal_meninggal"], dead["ahli_waris"], dead["telepon_ahli_waris"]) == (
        "Almarhum Rudi", "2026-11-02", "Sari (istri)", "081234567890")
    assert dead["tertanggung"] is True
    cards.correct_last_step(conn, KPJ, "salah orang", on="2026-11-07")
    assert followup.deceased(conn) == []


def test_hilang_starts_the_reprint_list(conn):
    kpj = _card_in(conn, "di_kecamatan")
    assert followup.reprint(conn) == []
    handover.return_card(conn, kpj, "hilang", "2026-11-06", catatan="basah kena banjir")
    [row] = followup.reprint(conn)
    assert (row["kpj"], row["keterangan"], row["dicatat"]) == (kpj, "basah kena banjir", "2026-11-06")


def test_a_returned_or_delivered_card_cannot_be_returned_again(conn):
    kpj = _card_in(conn, "diserahkan")
    with pytest.raises(InvalidTransition, match="SUDAH DISERAHKAN"):
        handover.return_card(conn, kpj, "pindah", "2026-11-06")


def test_correcting_a_delivery_puts_the_card_back_and_the_timeline_shows_both(conn):
    kpj = _card_in(conn, "di_desa")
    handover.deliver(conn, kpj, "2026-11-06")
    cards.correct_last_step(conn, kpj, "salah pindai", on="2026-11-06")
    assert tuple(_state(conn, kpj))[:3] == ("di_desa", DESA, "2026-11-04")
    types = [r[0] for r in conn.execute("SELECT type FROM events WHERE kpj = ? ORDER BY id", (kpj,))]
    assert types[-2:] == ["serahkan", "koreksi"]
    handover.deliver(conn, kpj, "2026-11-07")
    assert check.run(conn).ok


def test_unknown_card_says_so(conn):
    with pytest.raises(NotFound, match="tidak ditemukan"):
        handover.deliver(conn, "00000000000", "2026-11-06")


def test_a_kecamatan_office_holds_only_its_own_kecamatan():
    mine = office.Office("kecamatan", KEC, "Kecamatan Kinal", "17.04")
    assert office.holds(None, mine, DESA, KEC)
    assert office.holds(None, mine, KEC, KEC)
    assert not office.holds(None, mine, "17.04.02.2001", "17.04.02")
    assert not office.holds(None, mine, "17.04", KEC)
    assert not office.holds(None, mine, "peserta", KEC)
