"""Problem codes of DESIGN §6: what is wrong with a row, how bad, and how it reads for a clerk."""

from dataclasses import dataclass

ERROR = "error"  # the row is not imported
WARNING = "warning"  # the row is imported and marked "perlu dicek"

# code -> (severity, short Indonesian label for filters and reports). Extend; never rename.
CODES = {
    "nik_format": (ERROR, "NIK tidak sah"),
    "nik_date": (ERROR, "Tanggal dalam NIK tidak sah"),
    "name_missing": (ERROR, "Nama kosong"),
    "nik_duplicate_in_file": (ERROR, "NIK ganda dalam berkas"),
    "nik_excel_number": (WARNING, "NIK dari sel angka Excel"),
    "nik_duplicate_in_db": (WARNING, "NIK sudah terdaftar atas nama lain"),
    "nik_region_mismatch": (WARNING, "Wilayah NIK berbeda dari alamat"),
    "birthdate_mismatch": (WARNING, "Tanggal lahir berbeda dari NIK"),
    "birthdate_format": (WARNING, "Tanggal lahir tidak terbaca"),
    "sex_mismatch": (WARNING, "Jenis kelamin berbeda dari NIK"),
    "region_unknown": (WARNING, "Desa/kecamatan tidak dikenali"),
    "kpj_format": (WARNING, "Nomor KPJ tidak sah"),
    "kpj_duplicate": (WARNING, "KPJ dipakai orang lain"),
    "kpj_changed": (WARNING, "Peserta sudah punya kartu lain"),
}


@dataclass(frozen=True)
class Problem:
    row: int  # the spreadsheet's own row number (1-based, as Excel shows it)
    column: str  # the header text of the column concerned ("" when the row as a whole)
    code: str
    message: str

    @property
    def severity(self) -> str:
        return CODES[self.code][0]

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "code": self.code, "severity": self.severity,
                "message": self.message}


def label(code: str) -> str:
    return CODES[code][1] if code in CODES else code


def perlu_dicek_text(problems: list[Problem]) -> str:
    """What peserta.perlu_dicek stores: one 'code: message' line per warning (empty = nothing to check)."""
    if not problems:
        return ""  # most rows of a list (runs for each of them)
    return "\n".join(f"{p.code}: {p.message}" for p in problems if p.severity == WARNING)


def parse_perlu_dicek(text: str) -> list[tuple[str, str]]:
    """(code, message) pairs back from peserta.perlu_dicek; a line without a code is kept as a note."""
    pairs = []
    for line in (text or "").splitlines():
        code, sep, message = line.partition(": ")
        pairs.append((code, message) if sep and code in CODES else ("", line))
    return [p for p in pairs if p[1].strip()]


def perlu_dicek_summary(text: str) -> str:
    """One short line for a table cell: the labels of the reasons ('Desa/kecamatan tidak dikenali; …')."""
    return "; ".join(dict.fromkeys(label(code) if code else message for code, message in parse_perlu_dicek(text)))


def perlu_dicek_details(text: str) -> str:
    """Every reason with its message, one per line, for the detail panel."""
    return "\n".join(f"{label(code)}: {message}" if code else message for code, message in parse_perlu_dicek(text))
