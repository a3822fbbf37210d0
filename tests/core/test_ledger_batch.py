"""The batched ledger path writes exactly what the one-event path writes: same JSON text, same hashes."""

import hashlib
import json

from desktop.core import check, ledger
from desktop.core.db import transaction
from desktop.core.ledger import NewEvent

SAMPLES = [
    ["uuid", "17.04", 7, "peserta_ditambahkan", None, "1704010503780001", "17.04.01", None, None, None, None,
     "2026-11-22", "2026-11-22T01:02:03.000+00:00", "sistem", None, '{"nama":"Ma’ruf"}', "0" * 64],
    {"nama": "Siti Ma’ruf “Ani”", "alamat": "Jl. Merdeka\nNo. 5", "target": 7130, "iuran": 16800.5,
     "kosong": None, "benar": True, "daftar": [1, "dua", {"b": 2, "a": 1}], "\u00e9": "\u2603\\"},
]


def test_the_encoders_write_what_json_dumps_writes():
    for sample in SAMPLES:
        assert ledger._encode_hashed(sample) == json.dumps(sample, ensure_ascii=False, separators=(",", ":"))
        assert ledger._encode_payload(sample) == json.dumps(sample, ensure_ascii=False, sort_keys=True,
                                                            separators=(",", ":"))


def test_batched_and_single_appends_chain_alike(conn):
    def events(n, start):
        return [NewEvent("program_disimpan", "2026-11-22",
                         payload={"uuid": f"p{start + i}", "nama": f"Program {start + i}", "pendana": "APBD",
                                  "iuran_per_bulan": 16800})
                for i in range(n)]

    with transaction(conn):
        ledger.append(conn, events(3, 0))  # one by one
        ledger.append(conn, events(ledger.BATCH_FROM + 5, 3))  # batched
    assert ledger.verify_chains(conn) == []
    rows = conn.execute("SELECT * FROM events ORDER BY seq").fetchall()
    for row in rows:
        reference = json.dumps([row[c] for c in ledger.HASHED_COLUMNS], ensure_ascii=False, separators=(",", ":"))
        assert hashlib.sha256(reference.encode("utf-8")).hexdigest() == row["hash"]
    assert conn.execute("SELECT count(*) FROM programs").fetchone()[0] == ledger.BATCH_FROM + 8
    assert check.run(conn).ok
