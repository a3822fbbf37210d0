"""Words the core defines (card states, return reasons, event names, documents, import fields and problem
codes, BPJS cross-check findings, audit entries, roles) shown in the UI language.

The core keeps its Indonesian labels (they are also printed and exported); the GUI shows them through
`label()`, which translates them in the context "CoreLabels". lupdate finds them in `_MARKED` below;
tests/gui/test_translations.py fails when the core gains a label that is not listed here.
"""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from desktop.core.audit import AUDIT_LABELS
from desktop.core.documents.printing import DOCUMENTS
from desktop.core.formatting import long_date as indonesian_long_date
from desktop.core.importing.columns import FIELDS
from desktop.core.importing.problems import CODES
from desktop.core.reports import bpjs_check
from desktop.core.states import EVENT_LABELS, RETURN_REASONS, STATE_LABELS
from desktop.core.users import ROLE_LABELS
from desktop.gui import i18n

CONTEXT = "CoreLabels"

_MARKED = (
    QT_TRANSLATE_NOOP("CoreLabels", "Di kabupaten"),
    QT_TRANSLATE_NOOP("CoreLabels", "Dikirim ke kecamatan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Di kecamatan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Di desa/kelurahan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Diserahkan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Dikembalikan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Hilang/rusak"),
    QT_TRANSLATE_NOOP("CoreLabels", "Meninggal dunia"),
    QT_TRANSLATE_NOOP("CoreLabels", "Pindah domisili"),
    QT_TRANSLATE_NOOP("CoreLabels", "Tidak ditemukan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Menolak"),
    QT_TRANSLATE_NOOP("CoreLabels", "Data salah"),
    QT_TRANSLATE_NOOP("CoreLabels", "Ganda"),
    QT_TRANSLATE_NOOP("CoreLabels", "Kartu didaftarkan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Diterima kecamatan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Diserahkan ke desa/kelurahan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Diserahkan ke peserta"),
    QT_TRANSLATE_NOOP("CoreLabels", "Dikembalikan ke kabupaten"),
    QT_TRANSLATE_NOOP("CoreLabels", "Dicatat hilang/rusak"),
    QT_TRANSLATE_NOOP("CoreLabels", "Koreksi"),
    QT_TRANSLATE_NOOP("CoreLabels", "Peserta ditambahkan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Peserta ditambahkan dengan kartunya"),
    QT_TRANSLATE_NOOP("CoreLabels", "Data peserta diubah"),
    QT_TRANSLATE_NOOP("CoreLabels", "Program disimpan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Berita acara serah terima dibuat"),
    QT_TRANSLATE_NOOP("CoreLabels", "Kiriman dikonfirmasi diterima"),
    QT_TRANSLATE_NOOP("CoreLabels", "Dokumen dicetak"),
    QT_TRANSLATE_NOOP("CoreLabels", "Berkas dengan NIK utuh ditulis"),
    QT_TRANSLATE_NOOP("CoreLabels", "Daftar serah terima"),
    QT_TRANSLATE_NOOP("CoreLabels", "Tanda terima"),
    QT_TRANSLATE_NOOP("CoreLabels", "Berita acara serah terima"),
    QT_TRANSLATE_NOOP("CoreLabels", "NIK"),
    QT_TRANSLATE_NOOP("CoreLabels", "Nama"),
    QT_TRANSLATE_NOOP("CoreLabels", "Tanggal lahir"),
    QT_TRANSLATE_NOOP("CoreLabels", "Tempat/tanggal lahir"),
    QT_TRANSLATE_NOOP("CoreLabels", "Jenis kelamin"),
    QT_TRANSLATE_NOOP("CoreLabels", "Alamat"),
    QT_TRANSLATE_NOOP("CoreLabels", "Desa/kelurahan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Kecamatan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Kode wilayah desa"),
    QT_TRANSLATE_NOOP("CoreLabels", "Pekerjaan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Nomor KPJ"),
    QT_TRANSLATE_NOOP("CoreLabels", "Nomor HP"),
    QT_TRANSLATE_NOOP("CoreLabels", "NIK tidak sah"),
    QT_TRANSLATE_NOOP("CoreLabels", "Tanggal dalam NIK tidak sah"),
    QT_TRANSLATE_NOOP("CoreLabels", "Nama kosong"),
    QT_TRANSLATE_NOOP("CoreLabels", "NIK ganda dalam berkas"),
    QT_TRANSLATE_NOOP("CoreLabels", "NIK dari sel angka Excel"),
    QT_TRANSLATE_NOOP("CoreLabels", "NIK sudah terdaftar atas nama lain"),
    QT_TRANSLATE_NOOP("CoreLabels", "Wilayah NIK berbeda dari alamat"),
    QT_TRANSLATE_NOOP("CoreLabels", "Tanggal lahir berbeda dari NIK"),
    QT_TRANSLATE_NOOP("CoreLabels", "Tanggal lahir tidak terbaca"),
    QT_TRANSLATE_NOOP("CoreLabels", "Jenis kelamin berbeda dari NIK"),
    QT_TRANSLATE_NOOP("CoreLabels", "Desa/kecamatan tidak dikenali"),
    QT_TRANSLATE_NOOP("CoreLabels", "Nomor KPJ tidak sah"),
    QT_TRANSLATE_NOOP("CoreLabels", "KPJ dipakai orang lain"),
    QT_TRANSLATE_NOOP("CoreLabels", "Peserta sudah punya kartu lain"),
    QT_TRANSLATE_NOOP("CoreLabels", "Di daftar BPJS, tidak ada di register"),
    QT_TRANSLATE_NOOP("CoreLabels", "Di register tanpa kartu"),
    QT_TRANSLATE_NOOP("CoreLabels", "KPJ berbeda"),
    QT_TRANSLATE_NOOP("CoreLabels", "Nama berbeda"),
    QT_TRANSLATE_NOOP("CoreLabels", "Kartu di register, tidak ada di daftar BPJS"),
    QT_TRANSLATE_NOOP("CoreLabels", "KPJ ganda di daftar BPJS"),
    QT_TRANSLATE_NOOP("CoreLabels", "Kategori"),
    QT_TRANSLATE_NOOP("CoreLabels", "Baris di daftar BPJS"),
    QT_TRANSLATE_NOOP("CoreLabels", "KPJ (BPJS)"),
    QT_TRANSLATE_NOOP("CoreLabels", "NIK (BPJS)"),
    QT_TRANSLATE_NOOP("CoreLabels", "Nama (BPJS)"),
    QT_TRANSLATE_NOOP("CoreLabels", "Status BPJS"),
    QT_TRANSLATE_NOOP("CoreLabels", "KPJ (register)"),
    QT_TRANSLATE_NOOP("CoreLabels", "NIK (register)"),
    QT_TRANSLATE_NOOP("CoreLabels", "Nama (register)"),
    QT_TRANSLATE_NOOP("CoreLabels", "Desa/Kelurahan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Keterangan"),
    QT_TRANSLATE_NOOP("CoreLabels", "NIK lengkap ditampilkan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Ekspor data"),
    QT_TRANSLATE_NOOP("CoreLabels", "Cetak dokumen"),
    QT_TRANSLATE_NOOP("CoreLabels", "Cadangan dibuat"),
    QT_TRANSLATE_NOOP("CoreLabels", "Dipulihkan dari cadangan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Masuk"),
    QT_TRANSLATE_NOOP("CoreLabels", "Pengguna dibuat"),
    QT_TRANSLATE_NOOP("CoreLabels", "Pengguna diaktifkan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Pengguna dinonaktifkan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Kata sandi diubah"),
    QT_TRANSLATE_NOOP("CoreLabels", "Kata sandi direset admin"),
    QT_TRANSLATE_NOOP("CoreLabels", "Admin"),
    QT_TRANSLATE_NOOP("CoreLabels", "Petugas"),
    QT_TRANSLATE_NOOP("CoreLabels", "Pimpinan"),
)


def label(text: str) -> str:
    """A core label in the UI language (unknown labels come back as they are)."""
    return QCoreApplication.translate(CONTEXT, text)


def long_date(day: date | str | None) -> str:
    """'22 November 2026' with the month in the UI language (the core writes Indonesian, for print)."""
    if not day or i18n.current() == "id":
        return indonesian_long_date(day)
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return english.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def state(key: str) -> str:
    return label(STATE_LABELS.get(key, key))


def reason(key: str) -> str:
    return label(RETURN_REASONS.get(key, key))


def event(key: str) -> str:
    return label(EVENT_LABELS.get(key, key))


def document(key: str) -> str:
    return label(DOCUMENTS.get(key, key))


def field(key: str) -> str:
    """An import column's name (columns.FIELDS)."""
    return label(FIELDS.get(key, key))


def problem(code: str) -> str:
    """A problem code's short label (problems.CODES)."""
    return label(CODES[code][1] if code in CODES else code)


def core_labels() -> set[str]:
    """Every label the core defines (what _MARKED must cover)."""
    return {*STATE_LABELS.values(), *RETURN_REASONS.values(), *EVENT_LABELS.values(), *DOCUMENTS.values(),
            *FIELDS.values(), *(v[1] for v in CODES.values()), *bpjs_check.CATEGORIES.values(),
            *(c.header for c in bpjs_check.REPORT_COLUMNS), *AUDIT_LABELS.values(), *ROLE_LABELS.values()}
