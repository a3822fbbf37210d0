<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>BerandaPage</name>
    <message>
        <source>Semua kartu</source>
        <translation>All cards</translation>
    </message>
    <message>
        <source>Tertahan terlalu lama</source>
        <translation>Held too long</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Diserahkan</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Tertahan</source>
        <translation>Held too long</translation>
    </message>
    <message>
        <source>Masih dipegang</source>
        <translation>Still held</translation>
    </message>
    <message>
        <source>Klik dua kali satu baris untuk melihat kartu yang tertahan di wilayah itu.</source>
        <translation>Double-click a row to see the cards held too long in that area.</translation>
    </message>
    <message>
        <source>Paling lama tertahan</source>
        <translation>Held longest</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Di</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Per {today}: {delivered} dari {total} kartu sudah di tangan pekerja ({pct}). {held} kartu tertahan melewati batas waktu.</source>
        <translation>As of {today}: {delivered} of {total} cards are in the workers&apos; hands ({pct}). {held} cards are held past their time limit.</translation>
    </message>
    <message>
        <source>Per kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>Per desa/kelurahan</source>
        <translation>Per desa/kelurahan</translation>
    </message>
    <message>
        <source>Kabupaten, untuk {kecamatan}</source>
        <translation>District, for {kecamatan}</translation>
    </message>
</context>
<context>
    <name>CardDetail</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status kartu</source>
        <translation>Card status</translation>
    </message>
    <message>
        <source>Perlu dicek</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat rinciannya.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <source>Riwayat kartu</source>
        <translation>Card history</translation>
    </message>
    <message>
        <source>dicatat {at} oleh {user}, {office}</source>
        <translation>recorded {at} by {user}, {office}</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Belum ada kartu</source>
        <translation>No card yet</translation>
    </message>
    <message>
        <source>{state} sejak {date}</source>
        <translation>{state} since {date}</translation>
    </message>
    <message>
        <source>({n} hari, TERTAHAN)</source>
        <translation>({n} days, HELD TOO LONG)</translation>
    </message>
    <message>
        <source>({n} hari)</source>
        <translation>({n} days)</translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Status kartu</source>
        <translation>Card status</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Perlu dicek</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Belum ada kartu</source>
        <translation>No card yet</translation>
    </message>
</context>
<context>
    <name>CoreLabels</name>
    <message>
        <source>Di kabupaten</source>
        <translation>At the district</translation>
    </message>
    <message>
        <source>Dikirim ke kecamatan</source>
        <translation>Sent to the kecamatan</translation>
    </message>
    <message>
        <source>Di kecamatan</source>
        <translation>At the kecamatan</translation>
    </message>
    <message>
        <source>Di desa/kelurahan</source>
        <translation>At the desa/kelurahan</translation>
    </message>
    <message>
        <source>Diserahkan</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Hilang/rusak</source>
        <translation>Lost/damaged</translation>
    </message>
    <message>
        <source>Meninggal dunia</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Pindah domisili</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Menolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Data salah</source>
        <translation>Wrong data</translation>
    </message>
    <message>
        <source>Ganda</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Kartu didaftarkan</source>
        <translation>Card registered</translation>
    </message>
    <message>
        <source>Diterima kecamatan</source>
        <translation>Received by the kecamatan</translation>
    </message>
    <message>
        <source>Diserahkan ke desa/kelurahan</source>
        <translation>Handed to the desa/kelurahan</translation>
    </message>
    <message>
        <source>Diserahkan ke peserta</source>
        <translation>Handed to the worker</translation>
    </message>
    <message>
        <source>Dikembalikan ke kabupaten</source>
        <translation>Returned to the district</translation>
    </message>
    <message>
        <source>Dicatat hilang/rusak</source>
        <translation>Recorded lost/damaged</translation>
    </message>
    <message>
        <source>Koreksi</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Peserta ditambahkan</source>
        <translation>Worker added</translation>
    </message>
    <message>
        <source>Data peserta diubah</source>
        <translation>Worker&apos;s data changed</translation>
    </message>
    <message>
        <source>Program disimpan</source>
        <translation>Programme saved</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <source>Buka SerahKartu</source>
        <translation>Open SerahKartu</translation>
    </message>
    <message>
        <source>{kantor} siap dipakai. Kop surat, penanda tangan, pengguna, bahasa, dan batas hari kartu tertahan bisa diubah kapan saja di Pengaturan; daftar penerima diimpor di halaman Impor. Tekan F1 di setiap halaman untuk panduan singkatnya.</source>
        <translation>{kantor} is ready. The letterhead, signatories, users, language and hold-time limits can be changed at any time in Settings; recipient lists are imported on the Import page. Press F1 on any page for its short guide.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Selamat datang di SerahKartu</source>
        <translation>Welcome to SerahKartu</translation>
    </message>
    <message>
        <source>Tekan F1 untuk panduan.</source>
        <translation>Press F1 for the guide.</translation>
    </message>
    <message>
        <source>Lewati, nanti saja</source>
        <translation>Skip, do it later</translation>
    </message>
    <message>
        <source>Simpan dan lanjut</source>
        <translation>Save and continue</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Panduan — SerahKartu</source>
        <translation>Guide — SerahKartu</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KartuPage</name>
    <message>
        <source>Kartu &amp; Peserta</source>
        <translation>Cards &amp; Workers</translation>
    </message>
    <message>
        <source>Cari nama, NIK, atau KPJ…</source>
        <translation>Search name, NIK or KPJ…</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Tertahan</source>
        <translation>Held too long</translation>
    </message>
    <message>
        <source>Perlu dicek</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>Semua desa/kelurahan</source>
        <translation>All desa/kelurahan</translation>
    </message>
    <message>
        <source>{n} peserta</source>
        <translation>{n} workers</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Membuat data contoh…</source>
        <translation>Building the sample data…</translation>
    </message>
    <message>
        <source>(data contoh)</source>
        <translation>(sample data)</translation>
    </message>
    <message>
        <source>DATA CONTOH — bukan data sebenarnya. Perubahan tidak disimpan ke data kantor.</source>
        <translation>SAMPLE DATA — not real data. Changes are not saved to the office&apos;s data.</translation>
    </message>
    <message>
        <source>Panduan (F1)</source>
        <translation>Guide (F1)</translation>
    </message>
    <message>
        <source>Panduan singkat untuk halaman ini</source>
        <translation>A short guide to this page</translation>
    </message>
</context>
<context>
    <name>OfficeStep</name>
    <message>
        <source>SerahKartu mencatat setiap kartu BPJS Ketenagakerjaan dari kabupaten sampai ke tangan pekerja, dan menunjukkan kartu yang tertahan terlalu lama. Coba dulu dengan data contoh, atau langsung siapkan kantor Anda dalam beberapa langkah singkat; semuanya bisa diubah nanti di Pengaturan.</source>
        <translation>SerahKartu records every BPJS Ketenagakerjaan card from the district to the worker&apos;s hand, and shows the cards held too long. Try it first with sample data, or set up your office now in a few short steps; everything can be changed later in Settings.</translation>
    </message>
    <message>
        <source>Coba dengan data contoh</source>
        <translation>Try with sample data</translation>
    </message>
    <message>
        <source>Kabupaten Kaur dengan 7.130 pekerja rentan di 15 kecamatan, kartu di setiap tahap. Data contoh disimpan terpisah dan tidak tercampur dengan data kantor Anda.</source>
        <translation>Kabupaten Kaur with 7,130 vulnerable workers in 15 kecamatan, cards at every stage. The sample data is kept apart and never mixes with your office&apos;s data.</translation>
    </message>
    <message>
        <source>Siapkan kantor ini</source>
        <translation>Set up this office</translation>
    </message>
    <message>
        <source>Kantor kabupaten/kota (dinas)</source>
        <translation>District/city office (dinas)</translation>
    </message>
    <message>
        <source>Kantor kecamatan</source>
        <translation>Kecamatan office</translation>
    </message>
    <message>
        <source>&amp;Cari wilayah kantor:</source>
        <translation>&amp;Find your office&apos;s area:</translation>
    </message>
    <message>
        <source>Ketik nama wilayah, mis. Kaur atau Kinal</source>
        <translation>Type the area&apos;s name, e.g. Kaur or Kinal</translation>
    </message>
    <message>
        <source>Pilih dulu wilayah kantor Anda dari daftar.</source>
        <translation>First choose your office&apos;s area from the list.</translation>
    </message>
    <message>
        <source>Siapkan kantor ini untuk {wilayah}?

Wilayah kantor tidak bisa diubah setelah data dicatat.</source>
        <translation>Set up this office for {wilayah}?

The office&apos;s area cannot be changed once data is recorded.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Kartu &amp; Peserta</source>
        <translation>Cards &amp; Workers</translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
</context>
</TS>
