"""Berita acara numbers across offices: a kecamatan → desa series has one issuer, so no number is given twice.

A kecamatan's desa handovers are numbered in that kecamatan's yearly series ('001/BAST-KD/<desa>/XI/2026'),
first by the district while it works alone, then by the kecamatan's own office once enrolled.
"""

from datetime import timedelta

import pytest

from desktop.core import check, deliveries
from desktop.core.errors import NotOwner
from desktop.core.sync import identity, receive
from tests.core.syncworld import ARRIVAL, DISTRICT, World, desa_of, positions

K1 = "17.04.01"
DESA_COUNT = 14  # desa in Kinal: the world gives person i the desa i % 14, so i and i + 14 share one


def on(days: int) -> str:
    return (ARRIVAL + timedelta(days=days)).isoformat()


def desa_numbers(conn) -> list[str]:
    return [r[0] for r in conn.execute("SELECT no FROM deliveries WHERE kind = 'desa' ORDER BY no")]


def test_the_kecamatan_office_goes_on_with_the_series_the_district_began(tmp_path):
    """The hand-over of the series at enrolment is safe: the kecamatan's first file carries every number
    the district gave, and the kecamatan holds no card to hand out before that file arrives."""
    w = World(tmp_path, kecamatan=(K1,))
    kpjs = w.register_people(2 * DESA_COUNT)[K1]
    box = deliveries.send_to_kecamatan(w.district, K1, on(1))
    deliveries.receive(w.district, box.no, on(2))  # working alone: the district records Kinal's hops
    by_district = [deliveries.send_to_desa(w.district, desa_of(w.district, kpj), "Kepala Desa", on(3), kpjs=[kpj])
                   for kpj in kpjs[:2]]
    assert [d.no.split("/")[0] for d in by_district] == ["001", "002"]

    w.enroll_all()
    k1 = w.kec[K1]
    w.deliver(w.send(w.district, K1), k1, first_contact=True)
    by_kinal = [deliveries.send_to_desa(k1, desa_of(k1, kpj), "Kepala Desa", on(4), kpjs=[kpj])
                for kpj in kpjs[DESA_COUNT:DESA_COUNT + 2]]  # the same two desa again
    assert [d.no.split("/")[0] for d in by_kinal] == ["003", "004"]
    assert w.deliver(w.send(k1, DISTRICT), w.district).status == receive.APPLIED
    assert desa_numbers(w.district) == desa_numbers(k1) and len(desa_numbers(k1)) == 4
    assert check.run(w.district).ok and check.run(k1).ok
    w.close()


def test_a_revoked_kecamatan_keeps_its_series_so_the_district_never_repeats_its_numbers(tmp_path):
    """Kinal numbered a handover whose file has not reached the district yet when its office is revoked.
    Numbering from what it holds, the district would give that number again; the same desa and month make
    the very same string, and each office would then refuse the other's next file for ever."""
    w = World(tmp_path, kecamatan=(K1,))
    w.enroll_all()
    kpjs = w.register_people(2 * DESA_COUNT)[K1]
    box = deliveries.send_to_kecamatan(w.district, K1, on(1))
    k1 = w.kec[K1]
    w.deliver(w.send(w.district, K1), k1, first_contact=True)
    deliveries.receive(k1, box.no, on(2), received_by="Sekcam")
    w.deliver(w.send(k1, DISTRICT), w.district)
    first, second = kpjs[0], kpjs[DESA_COUNT]
    desa = desa_of(k1, first)
    at_kinal = deliveries.send_to_desa(k1, desa, "Kepala Desa", on(3), kpjs=[first])  # its stick stays in a drawer

    identity.revoke(w.district, K1)  # the district works alone again for a while
    with pytest.raises(NotOwner, match="diberi nomor oleh kantor kecamatan"):
        deliveries.send_to_desa(w.district, desa, "Kepala Desa", on(3), kpjs=[second])
    assert desa_numbers(w.district) == []
    assert positions(w.district)[second][0] == "di_kecamatan"

    w.enroll_all()  # back on the roster: Kinal records the second handover itself
    later = deliveries.send_to_desa(k1, desa, "Kepala Desa", on(3), kpjs=[second])
    assert later.no != at_kinal.no and later.no.split("/")[0] == "002"
    assert w.deliver(w.send(k1, DISTRICT), w.district).status == receive.APPLIED
    assert w.deliver(w.send(w.district, K1), k1).status == receive.APPLIED
    assert desa_numbers(w.district) == desa_numbers(k1) == sorted([at_kinal.no, later.no])
    assert positions(w.district) == positions(k1)
    assert check.run(w.district).ok and check.run(k1).ok
    w.close()
