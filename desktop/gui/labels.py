"""Words the core defines (card states, return reasons, event names) shown in the UI language.

The core keeps its Indonesian labels (they are also printed and exported); the GUI shows them through
`label()`, which translates them in the context "CoreLabels". lupdate finds them in `_MARKED` below;
tests/gui/test_translations.py fails when the core gains a label that is not listed here.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.states import EVENT_LABELS, RETURN_REASONS, STATE_LABELS

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
    QT_TRANSLATE_NOOP("CoreLabels", "Data peserta diubah"),
    QT_TRANSLATE_NOOP("CoreLabels", "Program disimpan"),
)


def label(text: str) -> str:
    """A core label in the UI language (unknown labels come back as they are)."""
    return QCoreApplication.translate(CONTEXT, text)


def state(key: str) -> str:
    return label(STATE_LABELS[key])


def reason(key: str) -> str:
    return label(RETURN_REASONS.get(key, key))


def event(key: str) -> str:
    return label(EVENT_LABELS.get(key, key))


def core_labels() -> set[str]:
    """Every label the core defines (what _MARKED must cover)."""
    return {*STATE_LABELS.values(), *RETURN_REASONS.values(), *EVENT_LABELS.values()}
