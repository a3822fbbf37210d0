"""The fixed columns of the reports' card lists, and the Keterangan sheet that explains every figure."""

from desktop.core.reports.xlsx import Book, Column

RINCIAN_COLUMNS = [
    Column("No", "int", 7), Column("KPJ", "code", 13), Column("NIK", "code", 18), Column("Nama", "text", 26),
    Column("Kecamatan", "text", 17, repeats=True), Column("Desa/Kelurahan", "text", 18, repeats=True),
    Column("Status", "text", 18, repeats=True), Column("Pemegang", "text", 22, repeats=True),
    Column("Alasan", "text", 16, repeats=True), Column("Program", "text", 22, repeats=True),
    Column("Didaftarkan", "date", 12), Column("Dikirim ke kecamatan", "date", 12),
    Column("Diterima kecamatan", "date", 12), Column("Diserahkan ke desa", "date", 12),
    Column("Tanggal status", "date", 12), Column("Lama dipegang (hari)", "int", 10),
    Column("Tertahan", "text", 9, repeats=True), Column("Perlu dicek", "text", 24), Column("Telepon", "code", 15),
]

ACTION_COLUMNS = [
    Column("Kategori", "text", 20, repeats=True), Column("KPJ", "code", 13), Column("NIK", "code", 18),
    Column("Nama", "text", 24), Column("Kecamatan", "text", 16, repeats=True),
    Column("Desa/Kelurahan", "text", 17, repeats=True), Column("Status", "text", 17, repeats=True),
    Column("Pemegang", "text", 20, repeats=True), Column("Sejak", "date", 12),
    Column("Lama dipegang (hari)", "int", 10), Column("Batas (hari)", "int", 8), Column("Keterangan", "note", 36),
    Column("Tanggal meninggal", "date", 12), Column("Ahli waris", "text", 20),
    Column("Telepon ahli waris", "code", 15), Column("Telepon peserta", "code", 15),
]

PROGRAM_COLUMNS = [
    Column("Program", "text", 36, repeats=True), Column("Kode", "code", 10),
    Column("Kecamatan", "text", 18, repeats=True), Column("Mulai", "date", 12), Column("Selesai", "date", 12),
    Column("Pekerja", "int", 10), Column("Bulan", "int", 8), Column("Iuran per bulan (Rp)", "money", 13),
    Column("Biaya (Rp)", "money", 16, 'IF(G{r}="","",F{r}*G{r}*H{r})'),
]

TERMS = [
    ("Dialokasikan", "Semua kartu peserta yang beralamat di kecamatan/desa itu."),
    ("Belum sampai kecamatan / desa", "Kartu yang belum diterima kantor itu: masih di kabupaten, masih dalam "
     "pengiriman, atau sudah diselesaikan di tingkat atasnya (mis. diserahkan langsung di kabupaten)."),
    ("Diterima kecamatan", "Kartu yang menurut catatan peristiwa sudah diterima kantor camat (penerimaan yang "
     "dibatalkan dengan koreksi tidak dihitung)."),
    ("Diteruskan ke desa / Diterima desa", "Kartu yang menurut catatan peristiwa sudah diserahkan kecamatan "
     "kepada kepala desa/lurah."),
    ("Diserahkan, Dikembalikan, Hilang/rusak", "Kartu yang sudah selesai di tingkat itu atau di bawahnya: di "
     "tangan pekerja (atau wakilnya), dikembalikan dengan alasannya, atau hilang/rusak (perlu cetak ulang)."),
    ("Masih di kecamatan / Masih di desa", "Kartu yang sekarang masih dipegang kantor camat / kepala desa."),
    ("Tertahan", "Kartu yang belum diserahkan dan sudah melewati batas hari di pemegangnya (bawaan 7 hari di "
     "kecamatan, 14 hari di desa) atau melewati batas distribusi program."),
    ("% diserahkan", "Diserahkan dibagi Dialokasikan."),
    ("Median hari sampai diserahkan", "Nilai tengah lama hari dari kartu diterima kecamatan sampai di tangan "
     "pekerja."),
    ("Selisih (Ringkasan)", "Diterima kecamatan − (Diserahkan + Dikembalikan + Hilang/rusak + Masih di "
     "kecamatan + Masih di desa). Selalu 0: setiap kartu yang diterima tercatat keberadaannya."),
    ("Selisih (Per desa)", "Diterima desa − (Diserahkan + Dikembalikan + Hilang/rusak + Masih di desa). "
     "Selalu 0."),
    ("Alokasi", "Pada setiap baris, Dialokasikan = Belum sampai + Diterima."),
    ("Wilayah", "Kartu dihitung menurut alamat peserta (kecamatan dan desa/kelurahan), bukan menurut "
     "pemegangnya sekarang."),
    ("Perlu tindakan", "Kartu tertahan (terlama dulu), peserta meninggal dalam masa pertanggungan (ahli waris "
     "dibantu mengajukan klaim JKM), kartu hilang/rusak, kartu dikembalikan, dan data peserta yang perlu dicek."),
    ("Program", "Biaya = pekerja × bulan pertanggungan × iuran per bulan. Bulan dihitung dari tanggal mulai "
     "sampai selesai (kedua ujung dihitung), dibulatkan ke bulan terdekat."),
    ("NIK", "Disamarkan (digit 7–12, tanggal lahir dan jenis kelamin) sesuai UU 27/2022 tentang Pelindungan "
     "Data Pribadi, kecuali pengekspor memilih menampilkannya utuh."),
]


def keterangan(book: Book, heading: str) -> None:
    book.table("Keterangan", "Keterangan kolom", heading,
               [Column("Kolom", "text", 32), Column("Arti", "note", 100)], TERMS, landscape=False)
