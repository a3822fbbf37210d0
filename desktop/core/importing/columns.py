"""Which row is the header, and which column holds what — by the names people give their columns.

A mapping is {field: column index}. The clerk's choice for a header is remembered in the database
(table import_mappings) under the header's signature, so the next file with the same header maps itself.
"""

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass

from desktop.core.errors import InvalidInput

IGNORE = "abaikan"  # --map "HEADER=abaikan": leave this column out

# field -> label shown to the clerk
FIELDS = {
    "nik": "NIK",
    "nama": "Nama",
    "tanggal_lahir": "Tanggal lahir",
    "tempat_tanggal_lahir": "Tempat/tanggal lahir",
    "jenis_kelamin": "Jenis kelamin",
    "alamat": "Alamat",
    "desa": "Desa/kelurahan",
    "kecamatan": "Kecamatan",
    "kode_kemdagri": "Kode wilayah desa",
    "pekerjaan": "Pekerjaan",
    "kpj": "Nomor KPJ",
    "telepon": "Nomor HP",
}

# Header texts as people write them, after normalise_header(). Order matters only for the same column.
ALIASES = {
    "nik": ["nik", "no nik", "nomor nik", "no. nik", "nomor induk kependudukan", "nik ktp", "no ktp",
            "nomor ktp", "nik peserta", "nik_kk"],
    "nama": ["nama", "nama lengkap", "nama peserta", "nama tenaga kerja", "nama pekerja", "nama penerima",
             "nama sesuai ktp", "kepala keluarga", "nama kepala keluarga", "nama_lengkap"],
    "tanggal_lahir": ["tanggal lahir", "tgl lahir", "tgl. lahir", "tanggal_lahir", "tgl_lahir", "tanggal lhr",
                      "tgl lhr"],
    "tempat_tanggal_lahir": ["tempat/tgl lahir", "tempat/tanggal lahir", "tempat tanggal lahir", "ttl",
                             "tempat, tanggal lahir", "tempat, tgl lahir", "tempat tgl lahir"],
    "jenis_kelamin": ["jenis kelamin", "jk", "l/p", "jenis_kelamin", "kelamin", "sex", "gender", "l / p"],
    "alamat": ["alamat", "alamat lengkap", "alamat rumah", "alamat domisili", "alamat ktp", "dusun", "rt/rw"],
    "desa": ["desa", "kelurahan", "desa/kelurahan", "desa / kelurahan", "desa_kelurahan", "kel/desa",
             "kelurahan/desa", "desa/kel", "nama desa", "desa kelurahan"],
    "kecamatan": ["kecamatan", "kec", "kec.", "nama kecamatan"],
    "kode_kemdagri": ["kode_kemdagri", "kode kemdagri", "kode desa", "kode wilayah", "kode_desa",
                      "kode_wilayah", "kode kemendagri"],
    "pekerjaan": ["pekerjaan", "jenis pekerjaan", "profesi", "mata pencaharian", "pekerjaan utama"],
    "kpj": ["no kpj", "nomor kpj", "kpj", "no. kpj", "no kartu", "no. kartu", "nomor kartu", "no peserta",
            "no. peserta", "nomor peserta", "no_kpj", "nomor_kpj", "no kartu bpjs", "nomor kartu bpjs"],
    "telepon": ["no hp", "no. hp", "nomor hp", "telepon", "no telepon", "no telp", "no. telp", "telp", "hp",
                "no_hp", "nomor telepon", "no wa", "no. wa", "nomor whatsapp"],
}
_LOOKUP = {}
for _field, _names in ALIASES.items():
    for _name in _names:
        _LOOKUP[re.sub(r"[\s._]+", " ", _name).strip()] = _field

HEADER_SCAN_ROWS = 30


def normalise_header(cell) -> str:
    text = str(cell if cell is not None else "").lower().replace("\n", " ")
    return re.sub(r"[\s._]+", " ", text).strip(" :*")


def field_for(cell) -> str | None:
    text = normalise_header(cell)
    if text in _LOOKUP:
        return _LOOKUP[text]
    # "NIK (16 digit)", "NAMA LENGKAP SESUAI KTP": the words before a bracket decide
    head = re.split(r"[(\[]", text)[0].strip()
    return _LOOKUP.get(head)


def find_header_row(rows: list[list]) -> int:
    """The 1-based number of the row that names the columns: the first of the top rows to name a NIK or
    a name column and the most known columns. Title rows above it ("DAFTAR PENERIMA …") are skipped."""
    best, best_score = 0, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        fields = {field_for(c) for c in row if str(c).strip()} - {None}
        if not fields & {"nik", "nama"}:
            continue
        if len(fields) > best_score:
            best, best_score = index + 1, len(fields)
    if not best_score:
        raise InvalidInput(
            "Baris judul kolom tidak ditemukan: tidak ada kolom bernama NIK atau NAMA di 30 baris pertama. "
            "Pilih baris judul (--header-row N) dan tentukan kolomnya (--map \"JUDUL=nik\")."
        )
    return best


def header_cells(rows: list[list], header_row: int) -> list[str]:
    if not 1 <= header_row <= len(rows):
        raise InvalidInput(f"Baris judul {header_row} tidak ada; lembar ini berisi {len(rows)} baris.")
    return [str(c).strip() if c is not None else "" for c in rows[header_row - 1]]


def signature(header: list[str]) -> str:
    """The same header (case, spacing and empty trailing columns aside) gives the same signature."""
    names = [normalise_header(h) for h in header]
    while names and not names[-1]:
        names.pop()
    return hashlib.sha1("\x1f".join(names).encode("utf-8")).hexdigest()


def guess_mapping(header: list[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for index, cell in enumerate(header):
        found = field_for(cell)
        if found and found not in mapping:
            mapping[found] = index
    return mapping


@dataclass
class MappingChoice:
    mapping: dict[str, int]
    remembered: bool  # taken from an earlier confirmed import of the same header


def mapping_for(conn: sqlite3.Connection, header: list[str]) -> MappingChoice:
    """The remembered mapping for this header if there is one, else the guess from the column names."""
    row = conn.execute("SELECT mapping FROM import_mappings WHERE signature = ?", (signature(header),)).fetchone()
    if row:
        saved = {f: i for f, i in json.loads(row[0]).items() if f in FIELDS and 0 <= i < len(header)}
        return MappingChoice(saved, True)
    return MappingChoice(guess_mapping(header), False)


def remember(conn: sqlite3.Connection, header: list[str], mapping: dict[str, int], *, on: str) -> None:
    conn.execute(
        "INSERT INTO import_mappings (signature, header, mapping, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at",
        (signature(header), json.dumps(header, ensure_ascii=False), json.dumps(mapping, sort_keys=True), on),
    )


def check_override(item: str) -> tuple[str, str]:
    """'JUDUL KOLOM=kolom tujuan' -> (header, target); the shape and the target checked, not the header."""
    name, sep, target = item.rpartition("=")
    target = target.strip().lower()
    if not sep or not name.strip():
        raise InvalidInput(f"--map '{item}' harus berbentuk \"JUDUL KOLOM=kolom tujuan\", mis. \"NO. KTP=nik\".")
    if target not in FIELDS and target != IGNORE:
        raise InvalidInput(f"Kolom tujuan '{target}' tidak dikenal; pilihan: {', '.join(FIELDS)}, atau {IGNORE}.")
    return name, target


def apply_overrides(header: list[str], mapping: dict[str, int], overrides: list[str]) -> dict[str, int]:
    """--map "HEADER=field" (or "HEADER=abaikan"): the clerk's word beats the guess."""
    result = dict(mapping)
    normalised = [normalise_header(h) for h in header]
    for item in overrides:
        name, target = check_override(item)
        key = normalise_header(name)
        if key not in normalised:
            raise InvalidInput(f"Kolom '{name.strip()}' tidak ada di baris judul. Kolom yang ada: "
                               + ", ".join(h for h in header if h) + ".")
        index = normalised.index(key)
        result = {f: i for f, i in result.items() if i != index}
        if target != IGNORE:
            result[target] = index
    return result


def require_essentials(mapping: dict[str, int]) -> None:
    missing = [f for f in ("nik", "nama") if f not in mapping]
    if missing:
        hints = " ".join(f'--map "JUDUL={f}"' for f in missing)
        raise InvalidInput(
            f"Kolom {' dan '.join(FIELDS[f] for f in missing)} belum ditentukan. Pilih kolomnya (di GUI, atau "
            f"{hints}, dengan JUDUL judul kolom itu di berkas)."
        )
