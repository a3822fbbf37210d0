"""The whole story (issue 7): a district and three kecamatan offices keep in step with files on sticks."""

from datetime import timedelta

import pytest

from desktop.core import cards, check, users
from desktop.core.cards import Step
from desktop.core.sync import identity, receive, review
from desktop.core.sync.identity import SyncRefused
from tests.core.syncworld import ARRIVAL, DISTRICT, World, desa_of, positions

K1, K2, K3 = "17.04.01", "17.04.02", "17.04.03"


def on(days: int) -> str:
    return (ARRIVAL + timedelta(days=days)).isoformat()


def test_district_and_three_kecamatan_end_with_the_same_cards(tmp_path):
    w = World(tmp_path)
    w.enroll_all()
    kpjs = w.register_people(12)
    w.send_cards(kpjs, ARRIVAL + timedelta(days=2))

    # The district sends each kecamatan its own people and cards; each pins the district's fingerprint.
    for kode, conn in w.kec.items():
        result = w.deliver(w.send(w.district, kode), conn, first_contact=True)
        assert result.pinned and result.status == receive.APPLIED
        assert result.added == 1 + 2 * 12  # the programme, then per person: peserta with card, sent
        assert set(positions(conn)) == set(kpjs[kode])  # only its own people, never another kecamatan's
    k1, k2, k3 = w.kec[K1], w.kec[K2], w.kec[K3]

    # Kinal confirms, passes cards to the desa, delivers, returns one and loses one: three files.
    cards.record_steps(k1, kpjs[K1], Step("terima_kecamatan", on(4), doc_no="BAST/K1"))
    file_a = w.send(k1, DISTRICT)
    for kpj in kpjs[K1][:8]:
        cards.record_step(k1, kpj, Step("kirim_desa", on(6), desa=desa_of(k1, kpj)))
    cards.record_steps(k1, kpjs[K1][:5], Step("serahkan", on(9), details={"penerima": "sendiri"}))
    cards.record_step(k1, kpjs[K1][5], Step("kembalikan", on(10), reason="pindah"))
    cards.record_step(k1, kpjs[K1][5], Step("kembali_ke_kabupaten", on(12)))
    cards.record_step(k1, kpjs[K1][8], Step("hilang", on(7), reason="rusak terkena air"))
    file_b = w.send(k1, DISTRICT)
    cards.record_steps(k1, kpjs[K1][9:11], Step("serahkan", on(13), details={"penerima": "wakil"}))
    file_c = w.send(k1, DISTRICT)

    # Tanjung Kemuning's first stick is lost; the next file carries everything again.
    cards.record_steps(k2, kpjs[K2], Step("terima_kecamatan", on(5)))
    w.send(k2, DISTRICT)  # lost on the way
    cards.record_steps(k2, kpjs[K2][:6], Step("serahkan", on(8), details={"penerima": "sendiri"}))
    cards.record_step(k2, kpjs[K2][6], Step("kembalikan", on(8), reason="meninggal"))
    file_k2 = w.send(k2, DISTRICT)

    # Kaur Utara confirms; its file arrives twice.
    cards.record_steps(k3, kpjs[K3], Step("terima_kecamatan", on(3)))
    file_k3 = w.send(k3, DISTRICT)

    before_a = positions(w.district)
    assert w.deliver(file_b, w.district).added == 12 + 8 + 5 + 3  # file b holds file a's events too
    assert w.deliver(file_k3, w.district).status == receive.APPLIED
    assert w.deliver(file_k3, w.district).status == receive.ALREADY
    after_b = positions(w.district)
    assert after_b != before_a
    with pytest.raises(SyncRefused, match="lebih lama"):  # file a came late: older than b
        w.deliver(file_a, w.district)
    assert positions(w.district) == after_b
    assert w.deliver(file_k2, w.district).added == 12 + 6 + 1
    assert w.deliver(file_c, w.district).added == 2
    assert w.deliver(file_c, w.district).status == receive.ALREADY

    # The district acknowledges Kaur Utara; Kaur Utara's next file starts after that acknowledgement.
    w.deliver(w.send(w.district, K3), k3)
    for kpj in kpjs[K3][:4]:
        cards.record_step(k3, kpj, Step("kirim_desa", on(5), desa=desa_of(k3, kpj)))
    cards.record_steps(k3, kpjs[K3][:3], Step("serahkan", on(11), details={"penerima": "sendiri"}))
    next_k3 = w.send(k3, DISTRICT)
    assert review.status(k3)["offices"][0]["last_sent"]["events"] == 4 + 3
    assert w.deliver(next_k3, w.district).added == 7

    # Card for card, the district's picture is what each kecamatan recorded.
    district_positions = positions(w.district)
    for kode, conn in w.kec.items():
        assert positions(conn) == {k: v for k, v in district_positions.items() if k in kpjs[kode]}
    assert district_positions[kpjs[K1][5]][:2] == ("dikembalikan", DISTRICT)
    assert district_positions[kpjs[K1][8]][0] == "hilang"
    for conn in (w.district, *w.kec.values()):
        assert check.run(conn).ok, check.run(conn).problems
    status = review.status(w.district)
    assert [o["kode"] for o in status["offices"]] == [K1, K2, K3]
    assert all(o["files_held"] == 0 and o["conflicts"] == 0 for o in status["offices"])
    assert status["conflicts_open"] == 0
    w.close()


def test_a_file_after_a_gap_is_held_until_the_gap_fills(tmp_path):
    """Kinal's PC is restored from an older backup: the district's next file starts after a gap."""
    import shutil

    w = World(tmp_path, kecamatan=(K1,))
    w.enroll_all()
    kpjs = w.register_people(4)
    w.send_cards(kpjs, ARRIVAL)
    w.deliver(w.send(w.district, K1), w.kec[K1], first_contact=True)
    w.kec[K1].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(tmp_path / f"{K1}.db", tmp_path / "cadangan.db")

    more = w.register_people(2)  # a second batch for Kinal
    w.send_cards({K1: more[K1]}, ARRIVAL + timedelta(days=1))
    w.deliver(w.send(w.district, K1), w.kec[K1])
    w.deliver(w.send(w.kec[K1], DISTRICT), w.district)  # acknowledges the second batch

    w.kec[K1].close()  # the PC dies; yesterday's backup goes back
    shutil.copy(tmp_path / "cadangan.db", tmp_path / f"{K1}.db")
    from desktop.core import db

    k1 = w.kec[K1] = db.connect(tmp_path / f"{K1}.db")
    latest = w.register_people(1)  # one more person for Kinal, sent in the next file
    gap_file = w.send(w.district, K1)  # starts after the acknowledged batch the PC no longer has
    before = positions(k1)
    held = w.deliver(gap_file, k1)
    assert held.status == receive.HELD and held.held_files == 1
    assert positions(k1) == before
    assert review.status(k1)["offices"][0]["files_held"] == 1

    w.deliver(w.send(k1, DISTRICT), w.district)  # tells the district how far this PC really is
    repaired = w.deliver(w.send(w.district, K1), k1)
    assert repaired.status == receive.APPLIED and repaired.released == 1 and repaired.held_files == 0
    assert positions(k1) == {k: v for k, v in positions(w.district).items() if k in kpjs[K1] + more[K1] + latest[K1]}
    assert check.run(k1).ok
    w.close()


def test_a_card_stepped_by_two_offices_goes_to_the_review_list(tmp_path):
    w = World(tmp_path, kecamatan=(K1,))
    w.enroll_all()
    kpjs = w.register_people(3)
    w.send_cards(kpjs, ARRIVAL)
    k1 = w.kec[K1]
    w.deliver(w.send(w.district, K1), k1, first_contact=True)
    cards.record_steps(k1, kpjs[K1], Step("terima_kecamatan", on(2)))

    # Kinal's office is taken off the roster for a while; the district records hops from the papers.
    identity.revoke(w.district, K1)
    cards.record_step(w.district, kpjs[K1][0], Step("terima_kecamatan", on(2)))
    cards.record_step(w.district, kpjs[K1][0], Step("kembalikan", on(4), reason="tidak_ditemukan"))
    w.enroll_all()  # back on the roster with the same keys
    from desktop.core import deliveries

    # Kinal hands the card to its desa head with a berita acara, then the worker gets it.
    deliveries.send_to_desa(k1, desa_of(k1, kpjs[K1][0]), "Kepala Desa", on(5), kpjs=[kpjs[K1][0]])
    cards.record_step(k1, kpjs[K1][0], Step("serahkan", on(6), details={"penerima": "sendiri"}))

    result = w.deliver(w.send(k1, DISTRICT), w.district)
    assert result.conflicts == 3  # Kinal's received, to-desa and handed over, for the card the district moved
    listed = review.conflicts(w.district)
    assert [c["kpj"] for c in listed] == [kpjs[K1][0]] * 3
    assert "Kinal" in listed[0]["message"] and "Dikembalikan" in listed[0]["message"]
    assert positions(w.district)[kpjs[K1][0]][0] == "dikembalikan"  # not merged silently
    assert positions(w.district)[kpjs[K1][1]][0] == "di_kecamatan"  # the other cards went through
    assert review.status(w.district)["offices"][0]["conflicts"] == 3
    assert check.run(w.district).ok, check.run(w.district).problems
    users.create_admin(w.district, "admin", "rahasia-kaur-1")
    review.mark_reviewed(w.district, listed[0]["id"], "Dicek dengan camat: kartu diserahkan", user="admin")
    assert len(review.conflicts(w.district)) == 2
    assert w.district.execute("SELECT reviewed_by FROM sync_conflicts WHERE id = ?",
                              (listed[0]["id"],)).fetchone()[0] == "admin"
    w.close()


def test_a_berita_acara_delivery_travels_and_comes_back_confirmed(tmp_path):
    from desktop.core import deliveries

    w = World(tmp_path, kecamatan=(K1,))
    w.enroll_all()
    kpjs = w.register_people(6)
    box = deliveries.send_to_kecamatan(w.district, K1, on(1))
    k1 = w.kec[K1]
    w.deliver(w.send(w.district, K1), k1, first_contact=True)
    assert deliveries.get(k1, box.no).jumlah == 6  # the same berita acara, number and lines, at Kinal
    deliveries.receive(k1, box.no, on(2), missing=[kpjs[K1][5]], received_by="Sekcam")
    desa = desa_of(k1, kpjs[K1][0])
    to_desa = deliveries.send_to_desa(k1, desa, "Kepala Desa", on(3))
    w.deliver(w.send(k1, DISTRICT), w.district)

    at_district = deliveries.get(w.district, box.no)
    assert at_district.received_on == on(2)
    assert at_district.lines == deliveries.get(k1, box.no).lines
    assert deliveries.get(w.district, to_desa.no).jumlah == deliveries.get(k1, to_desa.no).jumlah
    assert positions(w.district) == positions(k1)
    assert check.run(w.district).ok and check.run(k1).ok
    w.close()


def test_a_person_whose_kecamatan_is_set_later_or_changes_reaches_the_right_office(tmp_path):
    """Imported without a known region, the desa is picked later; later still the person moves."""
    from desktop.core import ledger, nik, register
    from desktop.core.db import transaction
    from desktop.core.ledger import NewEvent

    w = World(tmp_path, kecamatan=(K1, K2))
    w.enroll_all()
    w.register_people(2)
    for kode, conn in w.kec.items():
        w.deliver(w.send(w.district, kode), conn, first_contact=True)
    person = register.PesertaData(nik=nik.build(K1, ARRIVAL.replace(year=1980), "L", 77), nama="Tanpa Wilayah")
    register.add_peserta(w.district, person, on=on(1), kpj="90000000077")

    def move(kecamatan: str, desa: str) -> None:
        with transaction(w.district):
            ledger.append(w.district, [NewEvent("peserta_diubah", on(2), nik=person.nik, kecamatan_kode=kecamatan,
                                                payload={"kecamatan_kode": kecamatan, "desa_kode": desa})])

    w.deliver(w.send(w.district, K1), w.kec[K1])  # acknowledges everything so far at Kinal
    w.deliver(w.send(w.kec[K1], DISTRICT), w.district)
    assert "90000000077" not in positions(w.kec[K1])  # no region yet: no kecamatan gets the person
    move(K1, f"{K1}.2001")
    w.deliver(w.send(w.district, K1), w.kec[K1])
    assert positions(w.kec[K1])["90000000077"] == positions(w.district)["90000000077"]
    w.deliver(w.send(w.kec[K1], DISTRICT), w.district)

    move(K2, f"{K2}.2002")  # the person moved to Tanjung Kemuning
    w.deliver(w.send(w.district, K2), w.kec[K2])
    w.deliver(w.send(w.district, K1), w.kec[K1])
    assert positions(w.kec[K2])["90000000077"] == positions(w.district)["90000000077"]
    row = w.kec[K1].execute("SELECT kecamatan_kode FROM cards WHERE kpj = '90000000077'").fetchone()
    assert row[0] == K2  # Kinal learned that the person left, so its lists no longer count them
    for conn in (w.district, *w.kec.values()):
        assert check.run(conn).ok
    w.close()


def test_a_large_file_goes_through_the_batch_path_and_projects_the_same(tmp_path):
    """Hundreds of events in one file are stored in runs; the result is the same, card for card."""
    from desktop.core import ledger

    w = World(tmp_path, kecamatan=(K1,))
    w.enroll_all()
    kpjs = w.register_people(40)
    w.send_cards(kpjs, ARRIVAL)
    k1 = w.kec[K1]
    result = w.deliver(w.send(w.district, K1), k1, first_contact=True)
    assert result.added == 1 + 2 * 40 >= ledger.BATCH_FROM  # per person: peserta with card, sent
    cards.record_steps(k1, kpjs[K1], Step("terima_kecamatan", on(1)))
    cards.record_steps(k1, kpjs[K1], Step("serahkan", on(2), details={"penerima": "sendiri"}))
    assert w.deliver(w.send(k1, DISTRICT), w.district).added == 80
    assert positions(w.district) == positions(k1)
    assert check.run(w.district).ok and check.run(k1).ok
    w.close()
