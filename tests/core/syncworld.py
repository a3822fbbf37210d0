"""A small kabupaten for sync tests: a district office and kecamatan offices, each in its own database."""

from datetime import date, timedelta
from pathlib import Path

from desktop.core import cards, db, office, regions, register
from desktop.core import nik as nik_rules
from desktop.core.cards import Step
from desktop.core.sync import export, identity, receive

DISTRICT = "17.04"
KECAMATAN = ("17.04.01", "17.04.02", "17.04.03")
ARRIVAL = date(2026, 10, 1)


class World:
    """Offices as separate databases in `folder`, and the files that travel between them."""

    def __init__(self, folder: Path, kecamatan=KECAMATAN) -> None:
        self.folder = Path(folder)
        self.files = 0
        self.program: str | None = None
        self.people: dict[str, int] = {}
        self.district = self._office("kabupaten", DISTRICT)
        self.kec = {k: self._office("kecamatan", k) for k in kecamatan}

    def _office(self, kind: str, kode: str):
        conn = db.connect(self.folder / f"{kode}.db")
        office.init_office(conn, kind, kode)
        identity.ensure(conn)
        return conn

    def close(self) -> None:
        for conn in (self.district, *self.kec.values()):
            conn.close()

    def fingerprint(self, conn) -> str:
        return identity.public_identity(conn).fingerprint

    def enroll_all(self) -> None:
        for kode, conn in self.kec.items():
            path = self.folder / f"identitas-{kode}.json"
            path.write_bytes(identity.identity_file_bytes(identity.load(conn)))
            identity.enroll(self.district, path, self.fingerprint(conn))

    def send(self, conn, to: str) -> Path:
        """Export the next file from `conn` to office `to`; returns the file (the 'stick')."""
        self.files += 1
        path = self.folder / f"berkas-{self.files:03d}.age"
        export.export_file(conn, to, path)
        return path

    def deliver(self, path: Path, conn, *, first_contact: bool = False) -> receive.ImportResult:
        typed = self.fingerprint(self.district) if first_contact else None
        return receive.import_file(conn, path, fingerprint=typed)

    def register_people(self, per_kecamatan: int) -> dict[str, list[str]]:
        """The district adds people with their cards; returns the KPJs per kecamatan."""
        if self.program is None:
            self.program = register.save_program(
                self.district, register.Program("Pekerja Rentan 2026", target=99), on=ARRIVAL.isoformat())
        kpjs: dict[str, list[str]] = {}
        for k_index, kode in enumerate(self.kec):
            desa = [r["kode"] for r in regions.children(self.district, kode)]
            start = self.people.get(kode, 0)
            self.people[kode] = start + per_kecamatan
            for i in range(start, start + per_kecamatan):
                birth = date(1970, 1, 1) + timedelta(days=97 * i + k_index)
                data = register.PesertaData(
                    nik=nik_rules.build(kode, birth, "LP"[i % 2], i + 1), nama=f"Warga {kode} {i}",
                    jenis_kelamin="LP"[i % 2], desa_kode=desa[i % len(desa)], kecamatan_kode=kode)
                kpj = f"{k_index + 1}{i:010d}"
                register.add_peserta(self.district, data, on=ARRIVAL.isoformat(), kpj=kpj,
                                     program_uuid=self.program)
                kpjs.setdefault(kode, []).append(kpj)
        return kpjs

    def send_cards(self, kpjs: dict[str, list[str]], on: date) -> None:
        for kode, numbers in kpjs.items():
            cards.record_steps(self.district, numbers, Step("kirim_kecamatan", on.isoformat(),
                                                             doc_no=f"BAST/{kode}/1"))


def positions(conn) -> dict[str, tuple]:
    """Every card's position: what must agree between the offices, card for card."""
    rows = conn.execute("SELECT kpj, state, custodian, since, reason FROM cards ORDER BY kpj")
    return {r["kpj"]: tuple(r)[1:] for r in rows}


def desa_of(conn, kpj: str) -> str:
    return conn.execute("SELECT desa_kode FROM cards WHERE kpj = ?", (kpj,)).fetchone()[0]
