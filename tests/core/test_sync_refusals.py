"""Every refused sync file: a clear Indonesian message, and nothing changed in the receiving office."""

import json
import shutil

import pyrage
import pytest
from pyrage import x25519

from desktop.core import cards
from desktop.core.cards import Step
from desktop.core.sync import envelope, export, identity, receive
from desktop.core.sync.identity import SyncRefused
from tests.core.syncworld import ARRIVAL, DISTRICT, World

K1, K2 = "17.04.01", "17.04.02"
TABLES = ("events", "offices", "sync_held", "sync_conflicts", "cards", "peserta")


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path, kecamatan=(K1, K2))
    w.enroll_all()
    kpjs = w.register_people(3)
    w.send_cards(kpjs, ARRIVAL)
    for kode, conn in w.kec.items():
        w.deliver(w.send(w.district, kode), conn, first_contact=True)
    cards.record_steps(w.kec[K1], kpjs[K1], Step("terima_kecamatan", ARRIVAL.isoformat()))
    w.kpjs = kpjs
    yield w
    w.close()


def snapshot(conn) -> dict:
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def refused(conn, path, match: str, **kwargs) -> None:
    before = snapshot(conn)
    with pytest.raises(SyncRefused, match=match):
        receive.import_file(conn, path, **kwargs)
    assert snapshot(conn) == before


def reseal(world, path, recipient_conn, change) -> None:
    """Someone holding the recipient's public key opens nothing, but writes a new file with changed content."""
    me = identity.load(recipient_conn)
    header, body = envelope.unseal(path.read_bytes(), me, path.name)
    header_bytes, body = change(json.dumps(header).encode(), body)
    plaintext = header_bytes + b"\n" + body
    path.write_bytes(pyrage.encrypt(plaintext, [x25519.Recipient.from_str(me.public.age_recipient)]))


def test_tampered_ciphertext(world):
    path = world.send(world.kec[K1], DISTRICT)
    data = bytearray(path.read_bytes())
    data[len(data) // 2 + 40] ^= 0x01
    path.write_bytes(bytes(data))
    refused(world.district, path, "rusak: terpotong atau diubah")


def test_truncated(world):
    path = world.send(world.kec[K1], DISTRICT)
    path.write_bytes(path.read_bytes()[:-70])
    refused(world.district, path, "rusak: terpotong atau diubah")


def test_content_changed_and_encrypted_again_fails_the_signature(world):
    path = world.send(world.kec[K1], DISTRICT)
    reseal(world, path, world.district, lambda h, b: (h, b.replace(b'"terima_kecamatan"', b'"serahkan"', 1)))
    refused(world.district, path, "Tanda tangan .* tidak sah")


def test_not_for_this_office(world):
    path = world.send(world.district, K1)
    refused(world.kec[K2], path, "tidak ditujukan untuk kantor ini")


def test_unknown_sender(world, tmp_path):
    stranger = world._office("kecamatan", "17.04.05")  # never enrolled, yet it found the district's key
    identity.save_office(stranger, identity.public_identity(world.district), revoked_at=None)
    path = tmp_path / "asing.age"
    export.export_file(stranger, DISTRICT, path)
    refused(world.district, path, "belum terdaftar")
    stranger.close()


def test_revoked_sender(world):
    path = world.send(world.kec[K1], DISTRICT)
    identity.revoke(world.district, K1)
    refused(world.district, path, "sudah dicabut")


def test_replay_of_an_older_file(world):
    older = world.send(world.kec[K1], DISTRICT)
    newer = world.send(world.kec[K1], DISTRICT)
    world.deliver(newer, world.district)
    refused(world.district, older, "lebih lama")


def test_newer_format_version(world, monkeypatch):
    monkeypatch.setattr(envelope, "VERSION", envelope.VERSION + 1)
    path = world.send(world.kec[K1], DISTRICT)
    monkeypatch.undo()
    refused(world.district, path, "versi yang lebih baru")


def test_not_a_sync_file(world, tmp_path):
    path = tmp_path / "daftar.xlsx"
    path.write_bytes(b"PK\x03\x04 not a sync file")
    refused(world.district, path, "bukan berkas sinkronisasi")


def test_first_contact_needs_the_right_fingerprint(tmp_path):
    w = World(tmp_path, kecamatan=(K1,))
    w.enroll_all()
    path = w.send(w.district, K1)
    assert receive.first_contact(w.kec[K1], path).fingerprint == w.fingerprint(w.district)
    refused(w.kec[K1], path, "Cocokkan dengan kantor itu")
    refused(w.kec[K1], path, "Sidik jari tidak cocok", fingerprint="1234 5678 9012 3456 7890")
    assert receive.import_file(w.kec[K1], path, fingerprint=w.fingerprint(w.district).replace(" ", "-")).pinned
    assert receive.first_contact(w.kec[K1], path) is None  # pinned: no more comparing
    w.close()


def test_a_forked_chain_is_refused(world, tmp_path):
    """Kinal went back to an old backup and recorded other steps under numbers the district holds."""
    from desktop.core import db

    k1 = world.kec[K1]
    k1.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = tmp_path / "cadangan.db"
    k1.execute(f"VACUUM INTO '{backup}'")
    cards.record_step(k1, world.kpjs[K1][0], Step("hilang", ARRIVAL.isoformat(), reason="rusak"))
    world.deliver(world.send(k1, DISTRICT), world.district)
    k1.close()
    shutil.copy(backup, tmp_path / f"{K1}.db")
    k1 = world.kec[K1] = db.connect(tmp_path / f"{K1}.db")
    cards.record_step(k1, world.kpjs[K1][0], Step("kembalikan", ARRIVAL.isoformat(), reason="pindah"))
    path = world.send(k1, DISTRICT)
    refused(world.district, path, "berbeda dengan peristiwa bernomor sama")


def test_enrolment_needs_the_fingerprint_read_out(tmp_path):
    w = World(tmp_path, kecamatan=(K1,))
    path = tmp_path / "id.json"
    path.write_bytes(identity.identity_file_bytes(identity.load(w.kec[K1])))
    for typed, match in ((None, "Cocokkan"), ("0000 0000 0000 0000 0000", "tidak cocok")):
        with pytest.raises(SyncRefused, match=match):
            identity.enroll(w.district, path, typed)
    assert w.district.execute("SELECT count(*) FROM offices").fetchone()[0] == 0
    document = json.loads(path.read_text())
    document["kantor"]["age_recipient"] = identity.public_identity(w.district).age_recipient
    path.write_text(json.dumps(document))
    with pytest.raises(SyncRefused, match="Tanda tangan berkas identitas"):
        identity.enroll(w.district, path, w.fingerprint(w.kec[K1]))
    w.close()


def test_key_file_is_private_and_its_loss_is_noticed(tmp_path):
    w = World(tmp_path, kecamatan=(K1,))
    key = identity.key_path(w.kec[K1])
    assert key.stat().st_mode & 0o777 == 0o600
    assert "AGE-SECRET-KEY-1" in key.read_text()
    fingerprint = w.fingerprint(w.kec[K1])
    assert len(fingerprint.replace(" ", "")) == 20 and fingerprint.replace(" ", "").isdigit()
    assert identity.ensure(w.kec[K1]).fingerprint == fingerprint  # a second call keeps the keys
    key.rename(key.with_suffix(".bak"))
    with pytest.raises(identity.UserError, match="tidak ada"):
        identity.load(w.kec[K1])
    w.close()


def test_a_file_that_cannot_be_written_is_not_counted_as_sent(world, tmp_path):
    k1 = world.kec[K1]
    before = k1.execute("SELECT last_out_nomor FROM offices WHERE kode = ?", (DISTRICT,)).fetchone()[0]
    with pytest.raises(SyncRefused, match="tidak dapat ditulis"):
        export.export_file(k1, DISTRICT, tmp_path / "flashdisk-dicabut" / "berkas.age")
    assert k1.execute("SELECT last_out_nomor FROM offices WHERE kode = ?", (DISTRICT,)).fetchone()[0] == before
    written = world.send(k1, DISTRICT)  # the next try gets the number the failed one would have had
    assert receive.import_file(world.district, written).nomor == before + 1
    assert not list(written.parent.glob(".*.sementara"))  # no temporary file left behind
