"""Any order and any duplication of sync file deliveries ends in the same state (DESIGN §7)."""

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import cards, check, db
from desktop.core.cards import Step
from desktop.core.sync import receive
from desktop.core.sync.identity import KEY_FILE_SUFFIX, SyncRefused
from tests.core.syncworld import ARRIVAL, DISTRICT, World, desa_of, positions

K1, K2 = "17.04.01", "17.04.02"


def day(n: int) -> str:
    return (ARRIVAL + timedelta(days=n)).isoformat()


def keep(conn, folder: Path, name: str) -> Path:
    """A copy of an office as it is now (database and key file), to replay deliveries on."""
    folder.mkdir(exist_ok=True)
    target = folder / f"{name}.db"
    conn.execute(f"VACUUM INTO '{target}'")
    source = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    shutil.copy(source.with_name(source.stem + KEY_FILE_SUFFIX), folder / f"{name}{KEY_FILE_SUFFIX}")
    return target


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """Files from two kecamatan to the district and from the district to Kinal, made without any
    acknowledgement in between (each one cumulative), and the receivers as they were before them."""
    folder = tmp_path_factory.mktemp("urutan")
    w = World(folder, kecamatan=(K1, K2))
    w.enroll_all()
    kpjs = w.register_people(5)
    w.send_cards(kpjs, ARRIVAL)
    for kode, conn in w.kec.items():
        w.deliver(w.send(w.district, kode), conn, first_contact=True)
    receivers = {"kab": keep(w.district, folder / "awal", "kab"), "k1": keep(w.kec[K1], folder / "awal", "k1")}
    k1, k2 = w.kec[K1], w.kec[K2]
    files = []
    cards.record_steps(k1, kpjs[K1], Step("terima_kecamatan", day(1)))
    files.append((w.send(k1, DISTRICT), "kab"))
    for kpj in kpjs[K1][:3]:
        cards.record_step(k1, kpj, Step("kirim_desa", day(2), desa=desa_of(k1, kpj)))
    files.append((w.send(k1, DISTRICT), "kab"))
    cards.record_step(k1, kpjs[K1][0], Step("serahkan", day(4), details={"penerima": "sendiri"}))
    cards.record_step(k1, kpjs[K1][4], Step("hilang", day(4), reason="rusak"))
    files.append((w.send(k1, DISTRICT), "kab"))
    cards.record_steps(k2, kpjs[K2][:2], Step("terima_kecamatan", day(1)))
    files.append((w.send(k2, DISTRICT), "kab"))
    cards.record_steps(k2, kpjs[K2][2:], Step("terima_kecamatan", day(2)))
    files.append((w.send(k2, DISTRICT), "kab"))
    for _ in range(2):
        more = w.register_people(1)
        w.send_cards({K1: more[K1]}, ARRIVAL + timedelta(days=3))
        files.append((w.send(w.district, K1), "k1"))
    w.close()
    reference = {name: _deliver(path, [f for f in files if f[1] == name]) for name, path in receivers.items()}
    return receivers, files, reference


def _deliver(template: Path, deliveries) -> tuple:
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / template.name
        shutil.copy(template, target)
        shutil.copy(template.with_name(template.stem + KEY_FILE_SUFFIX), Path(scratch))
        conn = db.connect(target)
        try:
            for path, _ in deliveries:
                try:
                    receive.import_file(conn, path)
                except SyncRefused as exc:
                    assert "lebih lama" in str(exc)  # the only refusal a mixed-up order may meet
            assert check.run(conn).ok
            events = conn.execute("SELECT office, seq, hash FROM events ORDER BY office, seq").fetchall()
            return positions(conn), [tuple(e) for e in events]
        finally:
            conn.close()


@st.composite
def deliveries(draw, count: int):
    """Every file at least once, in any order, some of them again."""
    order = draw(st.permutations(range(count)))
    extra = draw(st.lists(st.integers(0, count - 1), max_size=count))
    result = list(order)
    for index in extra:
        result.insert(draw(st.integers(0, len(result))), index)
    return result


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_order_and_duplication_ends_in_the_same_state(scenario, data):
    receivers, files, reference = scenario
    order = data.draw(deliveries(len(files)))
    for name, template in receivers.items():
        mine = [files[i] for i in order if files[i][1] == name]
        assert _deliver(template, mine) == reference[name]


def test_the_reference_state_holds_every_step(scenario):
    _, files, reference = scenario
    district_positions, _ = reference["kab"]
    assert sum(state == "di_kecamatan" for state, *_ in district_positions.values()) == 1 + 5
    assert {state for state, *_ in district_positions.values()} >= {"di_desa", "diserahkan", "hilang"}
    kinal_positions, _ = reference["k1"]
    assert len(kinal_positions) == 7
