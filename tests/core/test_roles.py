"""Roles are real in the core (issue 8): every function that changes data or writes a file or a paper
checks the user it is given. Each guarded function is run as each role: a role with the permission gets
the work done; a role without it is refused (NotPermitted) and nothing is written — no event, no
setting, no file, no backup."""

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core import (
    audit_export,
    db,
    deliveries,
    firstrun,
    handover,
    ledger,
    office_backup,
    peserta_edit,
    register,
    restore,
    settings,
    signed_list,
    users,
)
from desktop.core import backups as backups_module
from desktop.core import cards as cards_module
from desktop.core import nik as nik_rules
from desktop.core.audit import AuditFilter
from desktop.core.documents import config, printing
from desktop.core.documents.source import Scope
from desktop.core.errors import NotPermitted
from desktop.core.exports import peserta
from desktop.core.importing import report
from desktop.core.importing.pipeline import ImportRequest, import_file
from desktop.core.reports import bpjs_check, rekonsiliasi, tertahan
from desktop.core.sync import export, fingerprint_sheet, identity, receive, review
from tests.conftest import TODAY
from tests.core.syncworld import World
from tests.core.test_import_files import FIXTURES

PASSWORD = "rahasia-kaur-1"
USER_OF = {users.ADMIN: "admin.kaur", users.PETUGAS: "budi.petugas", users.PIMPINAN: "bu.kepala"}
ON = TODAY.isoformat()
KINAL = "17.04.01"


def add_users(conn) -> None:
    users.create_admin(conn, USER_OF[users.ADMIN], PASSWORD)
    for role in (users.PETUGAS, users.PIMPINAN):
        users.create_user(conn, USER_OF[users.ADMIN], USER_OF[role], PASSWORD, role)


@pytest.fixture(scope="session")
def roles_template(demo_template, tmp_path_factory):
    """The demo district with an admin, a petugas and a pimpinan."""
    path = tmp_path_factory.mktemp("roles") / "demo.db"
    shutil.copy(demo_template, path)
    conn = db.connect(path)
    add_users(conn)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@dataclass
class Place:
    """Where a case runs: the database it writes to, and the folder its files would go to."""

    conn: sqlite3.Connection
    db_path: Path
    out: Path


def demo_place(tmp_path: Path, template: Path) -> Place:
    path = tmp_path / "kantor" / "demo.db"
    path.parent.mkdir()
    shutil.copy(template, path)
    out = tmp_path / "keluar"
    out.mkdir()
    return Place(db.connect(path), path, out)


def card(conn, where: str, *params) -> sqlite3.Row:
    return conn.execute(f"SELECT * FROM cards WHERE {where} ORDER BY kpj LIMIT 1", params).fetchone()


# Each case: (id, permissions needed, setup(tmp_path, template) -> (place, act(user))).
CASES = []


def case(name: str, *permissions: str):
    def register_case(setup):
        CASES.append(pytest.param(permissions, setup, id=name))
        return setup
    return register_case


# -- impor ------------------------------------------------------------------------------------------
@case("import-commit", "impor")
def _import(tmp_path, template):
    place = demo_place(tmp_path, template)
    request = ImportRequest(FIXTURES / "daftar_judul.xlsx", program="BPU Uji 2026")
    return place, lambda user: import_file(place.conn, request, today=TODAY, user=user)


@case("import-problem-report", "impor")
def _import_report(tmp_path, template):
    place = demo_place(tmp_path, template)
    plan = import_file(place.conn, ImportRequest(FIXTURES / "daftar_judul.xlsx", dry_run=True), today=TODAY)
    return place, lambda user: report.save(place.conn, plan, place.out / "masalah.xlsx", user=user)


@case("peserta-correct", "impor")
def _correct(tmp_path, template):
    place = demo_place(tmp_path, template)
    nik = place.conn.execute("SELECT nik FROM peserta ORDER BY id LIMIT 1").fetchone()[0]
    data = peserta_edit.load(place.conn, nik)
    data.alamat = "Jl. Pasar Baru No. 7"
    return place, lambda user: peserta_edit.correct_person(place.conn, nik, data, today=TODAY, user=user)


@case("peserta-add", "impor")
def _add(tmp_path, template):
    place = demo_place(tmp_path, template)
    desa = place.conn.execute("SELECT kode FROM regions WHERE parent = ? ORDER BY kode", (KINAL,)).fetchone()[0]
    data = register.PesertaData(nik=nik_rules.build(KINAL, TODAY.replace(year=1980), "L", 9876), nama="Warga Baru",
                                desa_kode=desa, kecamatan_kode=KINAL)
    return place, lambda user: peserta_edit.add_person(place.conn, data, today=TODAY, user=user)


@case("program-save", "impor")
def _program(tmp_path, template):
    place = demo_place(tmp_path, template)
    return place, lambda user: register.save_program(place.conn, register.Program("Program Uji"), on=ON, user=user)


# -- serah terima -----------------------------------------------------------------------------------
@case("send-to-kecamatan", "serah_terima")
def _send(tmp_path, template):
    place = demo_place(tmp_path, template)
    found = card(place.conn, "state = 'di_kabupaten'")
    return place, lambda user: deliveries.send_to_kecamatan(place.conn, found["kecamatan_kode"], ON,
                                                            kpjs=[found["kpj"]], user=user)


@case("send-to-desa", "serah_terima")
def _to_desa(tmp_path, template):
    place = demo_place(tmp_path, template)
    found = card(place.conn, "state = 'di_kecamatan' AND desa_kode IS NOT NULL")
    return place, lambda user: deliveries.send_to_desa(place.conn, found["desa_kode"], "Syamsul Bahri", ON,
                                                       kpjs=[found["kpj"]], user=user)


@case("receive-delivery", "serah_terima")
def _receive(tmp_path, template):
    place = demo_place(tmp_path, template)
    pending = deliveries.listing(place.conn, kind="kecamatan", pending=True)[0]
    return place, lambda user: deliveries.receive(place.conn, pending.no, ON, user=user)


@case("deliver", "serah_terima")
def _deliver(tmp_path, template):
    place = demo_place(tmp_path, template)
    kpj = card(place.conn, "state = 'di_desa'")["kpj"]
    return place, lambda user: handover.deliver(place.conn, kpj, ON, user=user)


@case("deliver-many", "serah_terima")
def _deliver_many(tmp_path, template):
    place = demo_place(tmp_path, template)
    kpj = card(place.conn, "state = 'di_desa'")["kpj"]
    return place, lambda user: handover.deliver_many(place.conn, [(2, kpj, ON)], user=user)


@case("signed-list", "serah_terima")
def _signed(tmp_path, template):
    place = demo_place(tmp_path, template)
    kpj = card(place.conn, "state = 'di_desa'")["kpj"]
    sheet = tmp_path / "daftar-ttd.csv"
    sheet.write_text(f"KPJ;TTD\n{kpj};v\n", encoding="utf-8")
    return place, lambda user: signed_list.deliver_from_file(place.conn, sheet, ON, user=user)


@case("return-card", "serah_terima")
def _return(tmp_path, template):
    place = demo_place(tmp_path, template)
    kpj = card(place.conn, "state = 'di_desa'")["kpj"]
    return place, lambda user: handover.return_card(place.conn, kpj, "pindah", ON, user=user)


@case("send-up", "serah_terima")
def _send_up(tmp_path, template):
    place = demo_place(tmp_path, template)
    kpj = card(place.conn, "state = 'dikembalikan' AND custodian LIKE '__.__.__'")["kpj"]
    return place, lambda user: handover.send_up(place.conn, [kpj], ON, user=user)


@case("correct-last-step", "serah_terima")
def _undo(tmp_path, template):
    place = demo_place(tmp_path, template)
    kpj = card(place.conn, "state = 'di_desa'")["kpj"]
    return place, lambda user: cards_module.correct_last_step(place.conn, kpj, "salah pindai", on=ON, user=user)


# -- cetak --------------------------------------------------------------------------------------------
def _print_case(tmp_path, template, *, unmask: bool, whole: bool):
    place = demo_place(tmp_path, template)
    desa = card(place.conn, "state = 'di_desa'")["desa_kode"]
    request = printing.PrintRequest("daftar", Scope(desa=desa), unmask_nik=unmask)
    target = place.out / "daftar.pdf"
    if whole:
        return place, lambda user: printing.print_document(place.conn, request, target, today=TODAY, user=user)
    return place, lambda user: printing.render(place.conn, request, target, today=TODAY, user=user)


@case("print-preview", "cetak")
def _preview(tmp_path, template):
    return _print_case(tmp_path, template, unmask=False, whole=False)


@case("print-document", "cetak")
def _print(tmp_path, template):
    return _print_case(tmp_path, template, unmask=False, whole=True)


@case("print-unmasked", "cetak", "buka_nik")
def _print_unmasked(tmp_path, template):
    return _print_case(tmp_path, template, unmask=True, whole=True)


@case("print-record", "cetak")
def _print_record(tmp_path, template):
    place = demo_place(tmp_path, template)
    request, result = printing.PrintRequest("daftar", Scope(kecamatan=KINAL)), {"paper": "a4", "pages": 2, "rows": 9}
    return place, lambda user: printing.record(place.conn, request, result, today=TODAY, user=user)


# -- ekspor -------------------------------------------------------------------------------------------
def _export_case(tmp_path, template, kind: str, unmask: bool):
    place = demo_place(tmp_path, template)
    target = place.out / ("rekonsiliasi.xlsx" if kind == "rekonsiliasi" else f"{kind}.csv")
    if kind == "peserta":
        return place, lambda user: peserta.export(place.conn, target, unmask_nik=unmask, kecamatan=KINAL, user=user)
    writer = rekonsiliasi.write if kind == "rekonsiliasi" else tertahan.write
    return place, lambda user: writer(place.conn, target, TODAY, kecamatan=KINAL, unmask_nik=unmask, user=user)


for _kind in ("peserta", "rekonsiliasi", "tertahan"):
    case(f"export-{_kind}", "ekspor")(lambda tmp_path, template, k=_kind: _export_case(tmp_path, template, k, False))
    case(f"export-{_kind}-unmasked", "ekspor", "buka_nik")(
        lambda tmp_path, template, k=_kind: _export_case(tmp_path, template, k, True))


def _bpjs_case(tmp_path, template, unmask: bool):
    place = demo_place(tmp_path, template)
    result = bpjs_check.compare(place.conn, [], file="daftar-bpjs.xlsx", kecamatan=KINAL)
    return place, lambda user: bpjs_check.save_report(place.conn, result, place.out / "temuan.xlsx", "Uji",
                                                      kecamatan=KINAL, unmask=unmask, user=user)


@case("bpjs-findings", "ekspor")
def _bpjs(tmp_path, template):
    return _bpjs_case(tmp_path, template, False)


@case("bpjs-findings-unmasked", "ekspor", "buka_nik")
def _bpjs_unmasked(tmp_path, template):
    return _bpjs_case(tmp_path, template, True)


@case("riwayat-export", "ekspor")
def _riwayat(tmp_path, template):
    place = demo_place(tmp_path, template)
    chosen = AuditFilter(type="kirim_kecamatan")
    return place, lambda user: audit_export.export(place.conn, chosen, place.out / "riwayat.csv", user=user)


# -- pengaturan, cadangan, pulihkan ------------------------------------------------------------------
@case("setting", "pengaturan")
def _setting(tmp_path, template):
    place = demo_place(tmp_path, template)
    return place, lambda user: settings.put(place.conn, settings.HOLD_LIMIT_DESA, 10, user=user)


@case("letterhead", "pengaturan")
def _letterhead(tmp_path, template):
    place = demo_place(tmp_path, template)
    value = config.load(place.conn)
    value.kota, value.kepala = "Bintuhan", config.Signatory("Drs. H. Sapuan", "197001011990031004", "Kepala Dinas")
    return place, lambda user: config.save(place.conn, value, user=user)


@case("first-run-again", "pengaturan")
def _first_run(tmp_path, template):
    place = demo_place(tmp_path, template)
    return place, lambda user: firstrun.start(place.conn, user=user)


@case("backup", "cadangan")
def _backup(tmp_path, template):
    place = demo_place(tmp_path, template)
    return place, lambda user: office_backup.make(place.conn, place.out, "kartu-sampai-ke-tangan", user=user)


@case("restore", "pulihkan")
def _restore(tmp_path, template):
    place = demo_place(tmp_path, template)
    made = backups_module.to_folder(place.conn, tmp_path / "cadangan-lama.db.age", "kartu-sampai-ke-tangan")
    return place, lambda user: restore.restore(place.db_path, made, passphrase="kartu-sampai-ke-tangan", user=user)


# -- sinkron ------------------------------------------------------------------------------------------
def world_place(tmp_path: Path, conn) -> Place:
    add_users(conn)
    out = tmp_path / "keluar"
    out.mkdir(exist_ok=True)
    path = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    return Place(conn, path, out)


@case("sync-export", "sinkron")
def _sync_export(tmp_path, _template):
    world = World(tmp_path / "kantor", kecamatan=(KINAL,))
    world.enroll_all()
    place = world_place(tmp_path, world.district)
    return place, lambda user: export.export_file(place.conn, KINAL, place.out / "ke-kinal.age", user=user)


@case("sync-import", "sinkron")
def _sync_import(tmp_path, _template):
    world = World(tmp_path / "kantor", kecamatan=(KINAL,))
    world.enroll_all()
    world.register_people(2)
    sent = world.send(world.district, KINAL)
    typed = world.fingerprint(world.district)
    place = world_place(tmp_path, world.kec[KINAL])
    return place, lambda user: receive.import_file(place.conn, sent, fingerprint=typed, user=user)


@case("sync-enroll", "sinkron")
def _sync_enroll(tmp_path, _template):
    world = World(tmp_path / "kantor", kecamatan=(KINAL,))
    found = tmp_path / "identitas-kinal.json"
    export.identity_file(world.kec[KINAL], found)
    typed = world.fingerprint(world.kec[KINAL])
    place = world_place(tmp_path, world.district)
    return place, lambda user: identity.enroll(place.conn, found, typed, user=user)


@case("sync-revoke", "sinkron")
def _sync_revoke(tmp_path, _template):
    world = World(tmp_path / "kantor", kecamatan=(KINAL,))
    world.enroll_all()
    place = world_place(tmp_path, world.district)
    return place, lambda user: identity.revoke(place.conn, KINAL, user=user)


@case("sync-identity-file", "sinkron")
def _sync_identity(tmp_path, _template):
    world = World(tmp_path / "kantor", kecamatan=(KINAL,))
    place = world_place(tmp_path, world.kec[KINAL])
    return place, lambda user: export.identity_file(place.conn, place.out / "identitas.json", user=user)


@case("sync-fingerprint-sheet", "sinkron")
def _sync_sheet(tmp_path, _template):
    world = World(tmp_path / "kantor", kecamatan=(KINAL,))
    place = world_place(tmp_path, world.kec[KINAL])
    return place, lambda user: fingerprint_sheet.write(place.conn, place.out / "sidik-jari.pdf", user=user)


@case("sync-conflict-reviewed", "sinkron")
def _sync_review(tmp_path, template):
    place = demo_place(tmp_path, template)
    event = place.conn.execute("SELECT id, kpj FROM events WHERE type = 'terima_kecamatan' LIMIT 1").fetchone()
    place.conn.execute("INSERT INTO sync_conflicts (event_id, kpj, office, message, found_at) "
                       "VALUES (?, ?, '17.04.01', 'kartu sudah dipindahkan kabupaten', ?)",
                       (event["id"], event["kpj"], ledger.now_utc()))
    conflict = place.conn.execute("SELECT max(id) FROM sync_conflicts").fetchone()[0]
    return place, lambda user: review.mark_reviewed(place.conn, conflict, "Dicek dengan camat", user=user)


# -- the test ----------------------------------------------------------------------------------------
def written(place: Place, folder: Path) -> tuple:
    """Everything a refused call must leave as it was, read through a connection of its own."""
    raw = sqlite3.connect(place.db_path)
    try:
        found = tuple(tuple(map(tuple, raw.execute(sql).fetchall())) for sql in (
            "SELECT count(*), max(id) FROM events",
            "SELECT key, value FROM settings ORDER BY key",
            "SELECT * FROM offices ORDER BY kode",
            "SELECT id, reviewed_at, reviewed_by, note FROM sync_conflicts ORDER BY id",
        ))
    finally:
        raw.close()
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()
                   and not p.name.endswith(("-wal", "-shm")))
    return found, files


@pytest.mark.parametrize("role", users.ROLES)
@pytest.mark.parametrize(("permissions", "setup"), CASES)
def test_each_guarded_function_lets_a_role_do_only_what_it_may(permissions, setup, role, roles_template, tmp_path):
    place, act = setup(tmp_path, roles_template)
    user = USER_OF[role]
    before = written(place, tmp_path)
    try:
        if all(p in users.PERMISSIONS[role] for p in permissions):
            act(user)
            assert written(place, tmp_path) != before, "the work was done"
            recorded_by = place.conn.execute(
                "SELECT DISTINCT user FROM events WHERE id > ? AND office = (SELECT kode FROM office)",
                (before[0][0][0][1] or 0,)).fetchall()
            assert {r[0] for r in recorded_by} <= {user}, "in the user's name"
        else:
            with pytest.raises(NotPermitted, match=users.ROLE_LABELS[role]):
                act(user)
            assert written(place, tmp_path) == before
    finally:
        place.conn.close()


def test_the_command_line_acts_as_the_system_user(roles_template, tmp_path):
    """No one signs in on the CLI: whoever runs it already holds the database file (users.py)."""
    place = demo_place(tmp_path, roles_template)
    peserta.export(place.conn, place.out / "p.csv", unmask_nik=True, kecamatan=KINAL)
    last = place.conn.execute("SELECT type, user FROM events ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(last) == ("nik_diekspor", ledger.SYSTEM_USER)
    place.conn.close()


def test_an_unknown_or_disabled_user_is_refused_like_a_role_without_permission(roles_template, tmp_path):
    place = demo_place(tmp_path, roles_template)
    before = written(place, tmp_path)
    with pytest.raises(NotPermitted, match="tidak terdaftar"):
        settings.put(place.conn, settings.HOLD_LIMIT_DESA, 10, user="orang.lain")
    users.set_active(place.conn, USER_OF[users.ADMIN], USER_OF[users.PETUGAS], False)
    kpj = card(place.conn, "state = 'di_desa'")["kpj"]
    events = place.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(NotPermitted, match="dinonaktifkan"):
        handover.deliver(place.conn, kpj, ON, user=USER_OF[users.PETUGAS])
    assert place.conn.execute("SELECT count(*) FROM events").fetchone()[0] == events  # the disabling only
    assert written(place, tmp_path)[0][1:] == before[0][1:]
    place.conn.close()
