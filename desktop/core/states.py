"""The card rules of DESIGN §3 as data: states, return reasons, and which step may follow which.

Pure: no database. `next_position()` is the single place where a card step is judged; the ledger calls
it for every event it records, the demo generator and the sync importer included.
"""

from dataclasses import dataclass

from desktop.core.errors import InvalidInput, InvalidTransition

DI_KABUPATEN = "di_kabupaten"
DIKIRIM = "dikirim"
DI_KECAMATAN = "di_kecamatan"
DI_DESA = "di_desa"
DISERAHKAN = "diserahkan"
DIKEMBALIKAN = "dikembalikan"
HILANG = "hilang"

STATES = (DI_KABUPATEN, DIKIRIM, DI_KECAMATAN, DI_DESA, DISERAHKAN, DIKEMBALIKAN, HILANG)
STATE_LABELS = {
    DI_KABUPATEN: "Di kabupaten",
    DIKIRIM: "Dikirim ke kecamatan",
    DI_KECAMATAN: "Di kecamatan",
    DI_DESA: "Di desa/kelurahan",
    DISERAHKAN: "Diserahkan",
    DIKEMBALIKAN: "Dikembalikan",
    HILANG: "Hilang/rusak",
}
# Not yet in the worker's hand and still moving: these are the states that can be held too long.
UNDELIVERED = (DI_KABUPATEN, DIKIRIM, DI_KECAMATAN, DI_DESA)

RETURN_REASONS = {
    "meninggal": "Meninggal dunia",
    "pindah": "Pindah domisili",
    "tidak_ditemukan": "Tidak ditemukan",
    "menolak": "Menolak",
    "data_salah": "Data salah",
    "ganda": "Ganda",
}

PESERTA = "peserta"  # the custodian of a delivered card: the worker

# Event types that move a card.
DAFTAR = "kartu_didaftarkan"
KIRIM_KECAMATAN = "kirim_kecamatan"
TERIMA_KECAMATAN = "terima_kecamatan"
KIRIM_DESA = "kirim_desa"
SERAHKAN = "serahkan"
KEMBALIKAN = "kembalikan"
KEMBALI_KABUPATEN = "kembali_ke_kabupaten"
HILANG_EVENT = "hilang"
KOREKSI = "koreksi"
# Delivery (serah terima) events: they move no card themselves; the cards' own events carry the delivery.
PENGIRIMAN_DIBUAT = "pengiriman_dibuat"
PENGIRIMAN_DITERIMA = "pengiriman_diterima"
DOKUMEN_DICETAK = "dokumen_dicetak"  # a printed paper: which, for what, NIK unmasked or not
NIK_DIEKSPOR = "nik_diekspor"  # a file written with whole NIKs: which, how many rows, where (exports/disclosure)

# A card registration that brings its person (an imported list, a late addition with a card).
PERSON_WITH_CARD_LABEL = "Peserta ditambahkan dengan kartunya"

EVENT_LABELS = {
    DAFTAR: "Kartu didaftarkan",
    KIRIM_KECAMATAN: "Dikirim ke kecamatan",
    TERIMA_KECAMATAN: "Diterima kecamatan",
    KIRIM_DESA: "Diserahkan ke desa/kelurahan",
    SERAHKAN: "Diserahkan ke peserta",
    KEMBALIKAN: "Dikembalikan",
    KEMBALI_KABUPATEN: "Dikembalikan ke kabupaten",
    HILANG_EVENT: "Dicatat hilang/rusak",
    KOREKSI: "Koreksi",
    "peserta_ditambahkan": "Peserta ditambahkan",
    "peserta_diubah": "Data peserta diubah",
    "program_disimpan": "Program disimpan",
    PENGIRIMAN_DIBUAT: "Berita acara serah terima dibuat",
    PENGIRIMAN_DITERIMA: "Kiriman dikonfirmasi diterima",
    DOKUMEN_DICETAK: "Dokumen dicetak",
    NIK_DIEKSPOR: "Berkas dengan NIK utuh ditulis",
}

# step -> the states it may start from
ALLOWED_FROM = {
    KIRIM_KECAMATAN: (DI_KABUPATEN,),
    TERIMA_KECAMATAN: (DIKIRIM,),
    KIRIM_DESA: (DI_KECAMATAN,),
    SERAHKAN: (DI_KABUPATEN, DI_KECAMATAN, DI_DESA),
    KEMBALIKAN: (DI_KABUPATEN, DI_KECAMATAN, DI_DESA),
    KEMBALI_KABUPATEN: (DIKEMBALIKAN,),
    HILANG_EVENT: (DI_KABUPATEN, DIKIRIM, DI_KECAMATAN, DI_DESA, DIKEMBALIKAN),
}


@dataclass(frozen=True)
class Position:
    """Where a card is: its state, who holds it (a region code or PESERTA), and since when."""

    state: str
    custodian: str
    since: str  # ISO date the card reached this custodian
    reason: str | None = None


def kecamatan_of(kode: str) -> str:
    return ".".join(kode.split(".")[:3])


def kabupaten_of(kode: str) -> str:
    return ".".join(kode.split(".")[:2])


def next_position(step: str, current: Position, *, on: str, kecamatan: str, desa: str | None = None,
                  reason: str | None = None) -> Position:
    """The position after `step`, or InvalidTransition saying in Indonesian why not."""
    allowed = ALLOWED_FROM.get(step)
    if allowed is None:
        raise InvalidInput(f"Jenis langkah '{step}' tidak dikenal.")
    if current.state not in allowed:
        raise InvalidTransition(
            f"Langkah '{EVENT_LABELS[step]}' tidak bisa dicatat: kartu ini berstatus "
            f"'{STATE_LABELS[current.state]}'. Langkah ini hanya untuk kartu berstatus "
            + ", ".join(f"'{STATE_LABELS[s]}'" for s in allowed) + "."
        )
    if on < current.since:
        raise InvalidTransition(
            f"Tanggal {on} lebih awal dari tanggal kartu sampai di pemegangnya sekarang ({current.since}). "
            "Periksa tanggalnya."
        )
    if step == KIRIM_KECAMATAN:
        return Position(DIKIRIM, kecamatan, on)
    if step == TERIMA_KECAMATAN:
        return Position(DI_KECAMATAN, kecamatan, on)
    if step == KIRIM_DESA:
        if not desa:
            raise InvalidInput("Pilih desa/kelurahan tujuan.")
        return Position(DI_DESA, desa, on)
    if step == SERAHKAN:
        return Position(DISERAHKAN, PESERTA, on)
    if step == KEMBALIKAN:
        if reason not in RETURN_REASONS:
            raise InvalidInput(
                "Alasan pengembalian harus salah satu dari: " + ", ".join(RETURN_REASONS) + "."
            )
        # An undeliverable card goes back to the kecamatan office (from a desa) or stays where it is.
        holder = kecamatan if current.state == DI_DESA else current.custodian
        return Position(DIKEMBALIKAN, holder, on, reason)
    if step == KEMBALI_KABUPATEN:
        if current.custodian == kabupaten_of(kecamatan):
            raise InvalidTransition("Kartu kembali ini sudah berada di kabupaten.")
        return Position(DIKEMBALIKAN, kabupaten_of(kecamatan), on, current.reason)
    return Position(HILANG, current.custodian, on, reason)
