"""The audit trail: audit events, the Riwayat filter, its export."""

import csv
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.core import audit, audit_export, cards, check, regions, users
from desktop.core.audit import AuditFilter
from desktop.core.cards import Step
from desktop.core.errors import InvalidInput


def test_audit_events_change_nothing_and_keep_the_chain(demo_conn):
    state = demo_conn.execute("SELECT count(*), sum(length(state)) FROM cards").fetchone()
    row = demo_conn.execute("SELECT p.nik, c.kpj FROM peserta p JOIN cards c ON c.id = p.card_id").fetchone()
    event_id = audit.record(demo_conn, "nik_dibuka", {"layar": "Kartu & Peserta"}, "sistem",
                            nik=row["nik"], kpj=row["kpj"])
    stored = demo_conn.execute("SELECT type, nik, kpj, to_state FROM events WHERE id = ?", (event_id,)).fetchone()
    assert tuple(stored) == ("audit_nik_dibuka", row["nik"], row["kpj"], None)
    assert tuple(demo_conn.execute("SELECT count(*), sum(length(state)) FROM cards").fetchone()) == tuple(state)
    assert check.run(demo_conn).ok
    with pytest.raises(InvalidInput):
        audit.record(demo_conn, "Bukan Jenis!", {}, "sistem")


def test_filters_find_a_persons_whole_history(demo_conn):
    users.create_admin(demo_conn, "admin", "rahasia-kaur-1")
    row = demo_conn.execute(
        "SELECT p.nik, p.nama, c.kpj FROM peserta p JOIN cards c ON c.id = p.card_id "
        "WHERE c.state = 'di_kabupaten' LIMIT 1").fetchone()
    cards.record_step(demo_conn, row["kpj"], Step("kirim_kecamatan", "2026-11-22", doc_no="BAST/77"),
                      user="admin")
    audit.record(demo_conn, "nik_dibuka", {}, "admin", nik=row["nik"])
    by_nik = audit.ids(demo_conn, AuditFilter(text=row["nik"]))
    by_kpj = audit.ids(demo_conn, AuditFilter(text=row["kpj"]))
    assert by_nik == by_kpj and len(by_nik) == 3  # added with the card, sent, NIK shown
    assert by_nik == sorted(by_nik, reverse=True)  # newest first
    assert audit.ids(demo_conn, AuditFilter(text=row["nama"].split()[0] + " " + row["nama"].split()[-1]))
    assert len(audit.ids(demo_conn, AuditFilter(text="BAST/77"))) == 1
    mine = audit.ids(demo_conn, AuditFilter(user="admin"))
    assert len(mine) == 2  # the step and the NIK shown (the first admin is created by the system)
    assert len(audit.ids(demo_conn, AuditFilter(user="admin", type="audit"))) == 1
    assert len(audit.ids(demo_conn, AuditFilter(type="audit"))) == 2
    assert len(audit.ids(demo_conn, AuditFilter(type="kirim_kecamatan", user="admin"))) == 1
    today = date.today()
    assert set(mine) <= set(audit.ids(demo_conn, AuditFilter(date_from=today, date_to=today)))
    assert not audit.ids(demo_conn, AuditFilter(date_to=date(2000, 1, 1)))
    shown = audit.rows(demo_conn, by_nik)
    assert all("******" in r["nik"] for r in shown.values() if r["nik"])
    assert {r["jenis"] for r in shown.values()} >= {"Dikirim ke kecamatan", "NIK lengkap ditampilkan"}
    sent = next(r for r in shown.values() if r["jenis"] == "Dikirim ke kecamatan")
    kecamatan = regions.name_of(demo_conn, demo_conn.execute(
        "SELECT custodian FROM cards WHERE kpj = ?", (row["kpj"],)).fetchone()[0])
    assert sent["perpindahan"] == f"Kabupaten Kaur → {kecamatan}"  # the holders by name, not by code
    assert ("audit_nik_dibuka", "NIK lengkap ditampilkan") in audit.event_types(demo_conn)
    assert "admin" in audit.user_names(demo_conn)


def test_sorting_every_column(demo_conn):
    for key in audit.SORT_SQL:
        found = audit.ids(demo_conn, AuditFilter(), sort=key, descending=False, limit=50)
        assert len(found) == 50


def test_export_xlsx_and_csv_mask_nik_and_are_recorded(demo_conn, tmp_path):
    f = AuditFilter(type="serahkan")
    expected = len(audit.ids(demo_conn, f))
    assert audit_export.export(demo_conn, f, tmp_path / "riwayat.xlsx", user="sistem") == expected
    sheet = load_workbook(tmp_path / "riwayat.xlsx", read_only=True).active
    values = list(sheet.values)
    assert values[0][0] == "No." and len(values) == expected + 1
    assert audit_export.export(demo_conn, AuditFilter(type="kartu_didaftarkan"), tmp_path / "r.csv",
                               user="sistem") == 7130
    with open(tmp_path / "r.csv", encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert len(lines) == 7131 and all("******" in line[7] for line in lines[1:])
    last = demo_conn.execute("SELECT type, payload FROM events ORDER BY id DESC LIMIT 1").fetchone()
    assert last["type"] == "audit_ekspor" and "r.csv" in last["payload"]
    with pytest.raises(InvalidInput):
        audit_export.export(demo_conn, f, tmp_path / "riwayat.pdf", user="sistem")


def test_details_read_in_indonesian_with_the_return_reason_named():
    """The Rincian column: stored keys such as 'reason' (English, kept in the hash chain) shown in words."""
    text = audit.details_text('{"reason": "pindah", "nama_wakil": "Sumarni", "hubungan": "istri", "catatan": ""}')
    assert text == "alasan: Pindah domisili; nama wakil: Sumarni; hubungan: istri"
    assert audit.details_text('{"nik_wakil": "1704010503780001"}') == "NIK wakil: 170401******0001"


def test_details_name_the_delivery_programme_and_undone_step_instead_of_their_ids(demo_conn):
    """Rincian shows what a clerk knows (a delivery's number, a programme's name, the step a correction
    undid), never a uuid; the stored events keep the ids."""
    users.create_admin(demo_conn, "admin", "rahasia-kaur-1")
    program = demo_conn.execute("SELECT uuid, nama FROM programs").fetchone()
    box = demo_conn.execute("SELECT uuid, no FROM deliveries WHERE kind = 'desa' LIMIT 1").fetchone()
    kpj = demo_conn.execute("SELECT kpj FROM cards WHERE state = 'di_kabupaten' LIMIT 1").fetchone()[0]
    cards.record_step(demo_conn, kpj, Step("kirim_kecamatan", "2026-11-22", doc_no="BAST/77"), user="admin")
    cards.correct_last_step(demo_conn, kpj, "salah pindai", on="2026-11-23", user="admin")

    def rincian(sql: str, *params) -> str:
        event_id = demo_conn.execute(sql + " ORDER BY id DESC LIMIT 1", params).fetchone()[0]
        return audit.rows(demo_conn, [event_id])[event_id]["rincian"]

    registered = rincian("SELECT id FROM events WHERE type = 'kartu_didaftarkan'")
    person = demo_conn.execute("SELECT p.nama, p.alamat FROM events e JOIN peserta p ON p.nik = e.nik "
                               "WHERE e.type = 'kartu_didaftarkan' ORDER BY e.id DESC LIMIT 1").fetchone()
    # the programme first; the person the registration brought along read as a person's own event, not JSON
    assert registered.startswith(f"program: {program['nama']}; ") and "{" not in registered
    assert f"nama: {person['nama']}" in registered and f"alamat: {person['alamat']}" in registered
    to_desa = rincian("SELECT id FROM events WHERE type = 'kirim_desa' AND payload LIKE ?", f"%{box['uuid']}%")
    # the delivery's number is the row's document number already: not repeated
    assert to_desa.startswith("penerima: ") and box["uuid"] not in to_desa and "kiriman" not in to_desa
    made = rincian("SELECT id FROM events WHERE type = 'pengiriman_dibuat' AND doc_no = ?", box["no"])
    assert "uuid" not in made and box["uuid"] not in made and box["no"] not in made and "jenis: desa" in made
    saved = rincian("SELECT id FROM events WHERE type = 'program_disimpan'")
    assert program["uuid"] not in saved and "batas distribusi: " in saved
    assert rincian("SELECT id FROM events WHERE type = 'koreksi'") == (
        "membatalkan: Dikirim ke kecamatan (2026-11-22); alasan: salah pindai; sejak: "
        + demo_conn.execute("SELECT since FROM cards WHERE kpj = ?", (kpj,)).fetchone()[0])
    # another delivery's box named by number; an id this office does not know is left out
    names = audit.referenced_names(demo_conn, [f'{{"delivery": "{box["uuid"]}"}}'])
    assert audit.details_text(f'{{"delivery": "{box["uuid"]}"}}', names) == f"kiriman: {box['no']}"
    assert audit.details_text('{"delivery": "d4211650-0000-4000-8000-000000000000", "diterima": 3}', names) == (
        "diterima: 3")
