from desktop.core import figures, search
from desktop.core.search import CardFilter
from tests.conftest import TODAY


def _one(conn):
    return conn.execute("SELECT p.id, p.nik, p.nama, c.kpj FROM peserta p JOIN cards c ON c.id = p.card_id "
                        "WHERE p.nama LIKE '% % %' LIMIT 1").fetchone()


def test_find_by_nik_kpj_and_name_prefix(demo_conn):
    person = _one(demo_conn)
    assert search.ids(demo_conn, CardFilter(text=person["nik"]), TODAY) == [person["id"]]
    assert search.ids(demo_conn, CardFilter(text=person["kpj"]), TODAY) == [person["id"]]
    first, *_, last = person["nama"].split()
    found = search.ids(demo_conn, CardFilter(text=f"{first[:3].lower()} {last[:4]}"), TODAY)
    assert person["id"] in found
    for row in search.rows(demo_conn, found).values():
        words = row["nama"].lower().split()
        assert any(w.startswith(first[:3].lower()) for w in words)


def test_partial_number_matches_nik_or_kpj_prefix(demo_conn):
    person = _one(demo_conn)
    found = search.rows(demo_conn, search.ids(demo_conn, CardFilter(text=person["kpj"][:6]), TODAY))
    assert person["id"] in found
    assert all(r["kpj"].startswith(person["kpj"][:6]) or r["nik"].startswith(person["kpj"][:6])
               for r in found.values())


def test_filters_agree_with_the_dashboard_figures(demo_conn):
    areas = figures.per_area(demo_conn, TODAY)
    for area in areas[:4]:
        assert len(search.ids(demo_conn, CardFilter(kecamatan=area.kode), TODAY)) == area.total
        assert len(search.ids(demo_conn, CardFilter(kecamatan=area.kode, tertahan=True), TODAY)) == area.tertahan
        delivered = CardFilter(kecamatan=area.kode, state="diserahkan")
        assert len(search.ids(demo_conn, delivered, TODAY)) == area.delivered


def test_sorting_is_by_name_without_regard_to_case(demo_conn):
    found = search.ids(demo_conn, CardFilter(), TODAY, limit=50)
    names = [search.rows(demo_conn, found)[i]["nama"].lower() for i in found]
    assert names == sorted(names)


def test_overdue_list_is_longest_first_and_past_the_limit(demo_conn):
    items = figures.overdue(demo_conn, TODAY)
    assert len(items) == figures.tertahan_count(demo_conn, TODAY)
    assert [i["hari"] for i in items] == sorted((i["hari"] for i in items), reverse=True)
    assert all(i["hari"] > i["batas"] or i["state"] in ("di_kabupaten",) for i in items[:50])
