from collections import Counter

from desktop.core import check, db, demo, figures, regions
from desktop.core.states import STATES
from tests.conftest import TODAY

KAUR_KECAMATAN = {
    "Kinal", "Tanjung Kemuning", "Kaur Utara", "Kaur Tengah", "Kaur Selatan", "Maje", "Nasal",
    "Semidang Gumay", "Kelam Tengah", "Luas", "Muara Sahung", "Tetap", "Lungkang Kule",
    "Padang Guci Hilir", "Padang Guci Hulu",
}


def test_demo_is_kaur_with_7130_cards_in_every_state(demo_conn):
    status = figures.status(demo_conn, TODAY)
    assert status["total"] == 7130 == sum(status["states"].values())
    assert all(status["states"][s] > 0 for s in STATES)
    assert {k["nama"] for k in status["kecamatan"]} == KAUR_KECAMATAN
    assert sum(k["total"] for k in status["kecamatan"]) == 7130
    assert 0 < status["tertahan"] < 7130
    assert check.run(demo_conn).ok


def test_demo_niks_are_valid_and_match_their_kecamatan(demo_conn):
    from desktop.core import nik

    for row in demo_conn.execute("SELECT nik, kecamatan_kode, desa_kode, jenis_kelamin FROM peserta"):
        assert nik.problem(row["nik"]) is None
        assert row["nik"][:6] == row["kecamatan_kode"].replace(".", "")
        assert regions.find(row["desa_kode"]).parent == row["kecamatan_kode"]
        assert nik.info(row["nik"]).sex == row["jenis_kelamin"]


def test_demo_is_deterministic(tmp_path, demo_conn):
    other = db.connect(tmp_path / "again.db")
    demo.build(other, seed=1, today=TODAY, workers=7130)
    query = ("SELECT p.nik, p.nama, c.kpj, c.state, c.since FROM peserta p "
             "JOIN cards c ON c.peserta_id = p.id ORDER BY p.nik")
    assert other.execute(query).fetchall() == demo_conn.execute(query).fetchall()


def test_demo_scales_down_and_varies_with_the_seed(tmp_path):
    first, second = db.connect(tmp_path / "a.db"), db.connect(tmp_path / "b.db")
    demo.build(first, seed=1, today=TODAY, workers=300)
    demo.build(second, seed=2, today=TODAY, workers=300)
    names = [Counter(r[0] for r in c.execute("SELECT nama FROM peserta")) for c in (first, second)]
    assert sum(names[0].values()) == 300 and names[0] != names[1]
