import pytest

from desktop.core import cards, check, register
from desktop.core.cards import Step
from desktop.core.errors import InvalidInput, InvalidTransition, NotOwner
from desktop.core.register import PesertaData

KEC = "17.04.01"
DESA = "17.04.01.2001"


@pytest.fixture
def card(conn):
    register.add_peserta(conn, PesertaData(nik="1704011203840001", nama="Siti Aminah", kecamatan_kode=KEC,
                                           desa_kode=DESA), on="2026-11-01", kpj="12345678901")
    return "12345678901"


def _state(conn, kpj):
    return conn.execute("SELECT state, custodian, since, reason FROM cards WHERE kpj = ?", (kpj,)).fetchone()


def test_the_whole_chain(conn, card):
    cards.record_step(conn, card, Step("kirim_kecamatan", "2026-11-02", doc_no="001/BAST"))
    assert tuple(_state(conn, card))[:2] == ("dikirim", KEC)
    cards.record_step(conn, card, Step("terima_kecamatan", "2026-11-03"))
    cards.record_step(conn, card, Step("kirim_desa", "2026-11-05", desa=DESA))
    assert tuple(_state(conn, card))[:3] == ("di_desa", DESA, "2026-11-05")
    cards.record_step(conn, card, Step("serahkan", "2026-11-06", details={"penerima": "sendiri"}))
    assert tuple(_state(conn, card))[:2] == ("diserahkan", "peserta")
    assert check.run(conn).ok


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ([], "terima_kecamatan"),
        ([], "kirim_desa"),
        (["kirim_kecamatan"], "serahkan"),
        (["kirim_kecamatan"], "kirim_kecamatan"),
        (["kirim_kecamatan", "terima_kecamatan"], "terima_kecamatan"),
    ],
)
def test_refused_transitions_write_nothing(conn, card, path, refused):
    for kind in path:
        cards.record_step(conn, card, Step(kind, "2026-11-02"))
    before = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(InvalidTransition, match="tidak bisa dicatat"):
        cards.record_step(conn, card, Step(refused, "2026-11-03", desa=DESA))
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_return_from_a_desa_goes_back_to_the_kecamatan_with_its_reason(conn, card):
    for kind in ("kirim_kecamatan", "terima_kecamatan"):
        cards.record_step(conn, card, Step(kind, "2026-11-02"))
    cards.record_step(conn, card, Step("kirim_desa", "2026-11-03", desa=DESA))
    with pytest.raises(InvalidInput, match="Alasan"):
        cards.record_step(conn, card, Step("kembalikan", "2026-11-04", reason="bosan"))
    cards.record_step(conn, card, Step("kembalikan", "2026-11-04", reason="pindah"))
    assert tuple(_state(conn, card)) == ("dikembalikan", KEC, "2026-11-04", "pindah")


def test_a_step_dated_before_the_card_arrived_is_refused(conn, card):
    with pytest.raises(InvalidTransition, match="lebih awal"):
        cards.record_step(conn, card, Step("kirim_kecamatan", "2026-10-01"))


def test_correction_restores_the_previous_position(conn, card):
    cards.record_step(conn, card, Step("kirim_kecamatan", "2026-11-02"))
    cards.record_step(conn, card, Step("terima_kecamatan", "2026-11-04"))
    cards.correct_last_step(conn, card, "salah pilih kecamatan", on="2026-11-05")
    assert tuple(_state(conn, card))[:3] == ("dikirim", KEC, "2026-11-02")
    types = [r[0] for r in conn.execute("SELECT type FROM events WHERE kpj = ? ORDER BY id", (card,))]
    assert types == ["kartu_didaftarkan", "kirim_kecamatan", "terima_kecamatan", "koreksi"]
    with pytest.raises(InvalidTransition, match="sudah koreksi"):
        cards.correct_last_step(conn, card, "lagi", on="2026-11-05")
    assert check.run(conn).ok


def test_a_kecamatan_with_its_own_office_records_its_own_hops(conn, card):
    cards.record_step(conn, card, Step("kirim_kecamatan", "2026-11-02"))
    conn.execute("INSERT INTO offices (kode, kind, nama, enrolled_at) VALUES (?, 'kecamatan', 'Kinal', 'x')",
                 (KEC,))
    with pytest.raises(NotOwner, match=r"tidak dipegang kantor ini \(pemegang: Kecamatan Kinal \(17\.04\.01\)\)"):
        cards.record_step(conn, card, Step("terima_kecamatan", "2026-11-03"))


def test_the_holder_is_named_as_a_clerk_reads_it(conn):
    from desktop.core import regions

    assert regions.label(conn, "17.04.06.2006") == "Desa Tanjung Ganti, Kecamatan Maje (17.04.06.2006)"
    assert regions.label(conn, "17.04.06") == "Kecamatan Maje (17.04.06)"
    assert regions.label(conn, "17.04") == "Kabupaten Kaur (17.04)"
    assert regions.label(conn, "peserta") == "peserta"


def test_a_batch_with_one_bad_card_records_none(conn, card):
    register.add_peserta(conn, PesertaData(nik="1704011203840002", nama="Budi", kecamatan_kode=KEC,
                                           desa_kode=DESA), on="2026-11-01", kpj="12345678902")
    cards.record_step(conn, "12345678902", Step("kirim_kecamatan", "2026-11-02"))
    with pytest.raises(InvalidTransition):
        cards.record_steps(conn, [card, "12345678902"], Step("kirim_kecamatan", "2026-11-03"))
    assert _state(conn, card)["state"] == "di_kabupaten"
