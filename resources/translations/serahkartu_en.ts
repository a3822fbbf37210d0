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
    <name>DeskPanel</name>
    <message>
        <source>Pindai kartu atau ketik KPJ, NIK, atau nama peserta, lalu tekan Enter.</source>
        <translation>Scan the card or type the worker&apos;s KPJ, NIK or name, then press Enter.</translation>
    </message>
    <message>
        <source>Pindai kartu / ketik KPJ, NIK, atau nama — Enter</source>
        <translation>Scan a card / type KPJ, NIK or name — Enter</translation>
    </message>
    <message>
        <source>Tanggal serah:</source>
        <translation>Handover date:</translation>
    </message>
    <message>
        <source>Langsung catat saat dipindai (diterima peserta sendiri)</source>
        <translation>Record as soon as scanned (received by the worker in person)</translation>
    </message>
    <message>
        <source>boleh dikosongkan</source>
        <translation>may be left empty</translation>
    </message>
    <message>
        <source>Nama wakil</source>
        <translation>Proxy&apos;s name</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>NIK wakil</source>
        <translation>Proxy&apos;s NIK</translation>
    </message>
    <message>
        <source>Serahkan ke peserta  [Enter]</source>
        <translation>Hand to the worker  [Enter]</translation>
    </message>
    <message>
        <source>Lewat wakil…  [F2]</source>
        <translation>Through a proxy…  [F2]</translation>
    </message>
    <message>
        <source>Batal  [Esc]</source>
        <translation>Cancel  [Esc]</translation>
    </message>
    <message>
        <source>Dicatat di meja ini</source>
        <translation>Recorded at this desk</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Batalkan penyerahan yang dipilih (koreksi)</source>
        <translation>Undo the selected handover (correction)</translation>
    </message>
    <message>
        <source>{n} kartu diserahkan di meja ini</source>
        <translation>{n} cards handed over at this desk</translation>
    </message>
    <message>
        <source>Kartu {kpj} ({nama}) BELUM dicatat — dipindai kartu lain.</source>
        <translation>Card {kpj} ({nama}) was NOT recorded — another card was scanned.</translation>
    </message>
    <message>
        <source>Tidak ada kartu untuk &apos;{text}&apos;. Periksa nomornya atau ketik nama.</source>
        <translation>No card for &apos;{text}&apos;. Check the number or type the name.</translation>
    </message>
    <message>
        <source>{n} peserta cocok. Pilih dengan panah atas/bawah lalu Enter.</source>
        <translation>{n} workers match. Choose with the Up/Down arrows, then Enter.</translation>
    </message>
    <message>
        <source>KPJ {kpj} · NIK {nik} · {desa}, Kec. {kec} · {state} sejak {since}</source>
        <translation>KPJ {kpj} · NIK {nik} · {desa}, Kec. {kec} · {state} since {since}</translation>
    </message>
    <message>
        <source>Sekarang: {nama}. Enter: serahkan · F2: lewat wakil · Esc: batal</source>
        <translation>Now: {nama}. Enter: hand over · F2: through a proxy · Esc: cancel</translation>
    </message>
    <message>
        <source>Enter: serahkan ke peserta sendiri · F2: lewat wakil · Esc: batal</source>
        <translation>Enter: hand to the worker in person · F2: through a proxy · Esc: cancel</translation>
    </message>
    <message>
        <source>wakil {nama} ({hubungan})</source>
        <translation>proxy {nama} ({hubungan})</translation>
    </message>
    <message>
        <source>peserta sendiri</source>
        <translation>the worker in person</translation>
    </message>
    <message>
        <source>✓ {nama} — KPJ {kpj} diserahkan kepada {who}.</source>
        <translation>✓ {nama} — KPJ {kpj} handed to {who}.</translation>
    </message>
    <message>
        <source>Dibatalkan; kartu {kpj} tidak dicatat.</source>
        <translation>Cancelled; card {kpj} was not recorded.</translation>
    </message>
    <message>
        <source>Pilih dulu baris yang akan dibatalkan.</source>
        <translation>First select the row to undo.</translation>
    </message>
    <message>
        <source>Penyerahan kartu {kpj} dibatalkan; kartu kembali ke pemegang sebelumnya.</source>
        <translation>The handover of card {kpj} was undone; the card is back with its previous holder.</translation>
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
    <name>FollowUpPanel</name>
    <message>
        <source>Tanggal kirim</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>Kirim kartu yang dicentang ke kabupaten</source>
        <translation>Send the ticked cards to the district</translation>
    </message>
    <message>
        <source>Kartu kembali di kecamatan</source>
        <translation>Cards returned to the kecamatan</translation>
    </message>
    <message>
        <source>Ahli waris (klaim JKM)</source>
        <translation>Heirs (JKM claim)</translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Kartu kembali di kecamatan ({n})</source>
        <translation>Cards returned to the kecamatan ({n})</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ahli waris (klaim JKM) ({n})</source>
        <translation>Heirs (JKM claim) ({n})</translation>
    </message>
    <message>
        <source>Cetak ulang ({n})</source>
        <translation>Reprint ({n})</translation>
    </message>
    <message>
        <source>{n} kartu dikirim kembali ke kabupaten.</source>
        <translation>{n} cards sent back to the district.</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Berlaku untuk pengguna PC ini. Jendela dibuka ulang dengan bahasa yang dipilih; dokumen cetak dan ekspor tetap berbahasa Indonesia.</source>
        <translation>Applies to the users of this PC. The window reopens in the chosen language; printed documents and exports stay in Indonesian.</translation>
    </message>
    <message>
        <source>Pakai bahasa ini</source>
        <translation>Use this language</translation>
    </message>
    <message>
        <source>Langkah awal</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>Ulangi langkah-langkah saat pertama kali memasang: kop surat dan penanda tangan, pengguna admin, dan impor daftar pertama. Setiap langkah bisa dilewati; data yang sudah ada tidak hilang.</source>
        <translation>Go through the first-run steps again: letterhead and signatories, the admin user, and importing the first list. Every step can be skipped; existing data is kept.</translation>
    </message>
    <message>
        <source>Ulangi langkah awal</source>
        <translation>Go through the first steps again</translation>
    </message>
    <message>
        <source>Bahasa ini sudah dipakai.</source>
        <translation>This language is already in use.</translation>
    </message>
    <message>
        <source>Bahasa disimpan; berlaku saat SerahKartu dibuka lagi.</source>
        <translation>Language saved; it applies when SerahKartu is next opened.</translation>
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
    <name>HoldLimitsSection</name>
    <message>
        <source>Batas hari kartu di kabupaten</source>
        <translation>Day limit for cards at the district</translation>
    </message>
    <message>
        <source>Batas hari kartu di kecamatan</source>
        <translation>Day limit for cards at the kecamatan</translation>
    </message>
    <message>
        <source>Batas hari kartu di desa/kelurahan</source>
        <translation>Day limit for cards at the desa/kelurahan</translation>
    </message>
    <message>
        <source>Kartu yang belum diserahkan dan sudah lebih lama dari batas ini di satu tempat dihitung TERTAHAN: tampil paling atas di Beranda, daftar tertahan, dan rekonsiliasi.</source>
        <translation>A card not yet delivered that stays at one place longer than this limit counts as HELD TOO LONG: it comes first on Home, in the overdue list and in the reconciliation.</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Simpan batas waktu</source>
        <translation>Save the time limits</translation>
    </message>
    <message>
        <source>Batas waktu disimpan; angka tertahan dihitung ulang.</source>
        <translation>Time limits saved; the held-too-long figures are recounted.</translation>
    </message>
</context>
<context>
    <name>HopPanel</name>
    <message>
        <source>Pilih semua</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Clear</translation>
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
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
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
        <source>Pencarian gagal: {message}</source>
        <translation>Search failed: {message}</translation>
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
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Serah Terima</source>
        <translation>Handover</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ProgramSection</name>
    <message>
        <source>(belum diisi)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Program baru</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>mis. APBD Kabupaten Kaur</source>
        <translation>e.g. APBD Kabupaten Kaur</translation>
    </message>
    <message>
        <source> pekerja</source>
        <translation> workers</translation>
    </message>
    <message>
        <source>Nama program</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <source>Pendana</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Perlindungan mulai</source>
        <translation>Coverage starts</translation>
    </message>
    <message>
        <source>Perlindungan selesai</source>
        <translation>Coverage ends</translation>
    </message>
    <message>
        <source>Iuran per pekerja per bulan</source>
        <translation>Premium per worker per month</translation>
    </message>
    <message>
        <source>Target peserta</source>
        <translation>Target number of workers</translation>
    </message>
    <message>
        <source>Batas distribusi kartu</source>
        <translation>Card distribution deadline</translation>
    </message>
    <message>
        <source>Simpan program</source>
        <translation>Save programme</translation>
    </message>
    <message>
        <source>Program ditetapkan oleh kantor kabupaten; di sini hanya dapat dilihat.</source>
        <translation>Programmes are set by the district office; here they can only be viewed.</translation>
    </message>
    <message>
        <source>Perkiraan anggaran: {n} pekerja × {m} bulan × {iuran} = {total}</source>
        <translation>Estimated budget: {n} workers × {m} months × {iuran} = {total}</translation>
    </message>
    <message>
        <source>Program &apos;{nama}&apos; disimpan.</source>
        <translation>Programme &apos;{nama}&apos; saved.</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <source>pindai kartu yang ada di kotak, atau ketik KPJ lalu Enter</source>
        <translation>scan the cards in the box, or type a KPJ and press Enter</translation>
    </message>
    <message>
        <source>Kiriman</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Pindai</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Konfirmasi penerimaan ({n} kartu ada)</source>
        <translation>Confirm receipt ({n} cards present)</translation>
    </message>
    <message>
        <source>Tidak ada kiriman yang menunggu konfirmasi.</source>
        <translation>No shipment is waiting for confirmation.</translation>
    </message>
    <message>
        <source>Diharapkan {e} · Ada {f} · Belum ditemukan {m}</source>
        <translation>Expected {e} · Present {f} · Not yet found {m}</translation>
    </message>
    <message>
        <source>KPJ {kpj} tidak ada dalam kiriman ini.</source>
        <translation>KPJ {kpj} is not in this shipment.</translation>
    </message>
    <message>
        <source>KPJ {kpj} sudah dipindai.</source>
        <translation>KPJ {kpj} was already scanned.</translation>
    </message>
    <message>
        <source>✓ KPJ {kpj} ada.</source>
        <translation>✓ KPJ {kpj} present.</translation>
    </message>
    <message>
        <source>Kartu tidak ada</source>
        <translation>Cards missing</translation>
    </message>
    <message>
        <source>{m} kartu tidak ditemukan di kotak dan akan dicatat HILANG (perlu cetak ulang). Lanjutkan?</source>
        <translation>{m} cards were not found in the box and will be recorded LOST (reprint needed). Continue?</translation>
    </message>
    <message>
        <source>Kiriman {no} diterima: {f} dari {e} kartu ada{extra}.</source>
        <translation>Shipment {no} received: {f} of {e} cards present{extra}.</translation>
    </message>
    <message>
        <source>, {m} dicatat hilang</source>
        <translation>, {m} recorded lost</translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message>
        <source>Pindai kartu atau ketik KPJ / NIK / nama, lalu Enter</source>
        <translation>Scan the card or type KPJ / NIK / name, then Enter</translation>
    </message>
    <message>
        <source>Belum ada kartu dipilih.</source>
        <translation>No card chosen yet.</translation>
    </message>
    <message>
        <source>Riwayat kartu</source>
        <translation>Card history</translation>
    </message>
    <message>
        <source>Kartu tidak dapat diserahkan</source>
        <translation>The card cannot be delivered</translation>
    </message>
    <message>
        <source>Hilang/rusak (perlu cetak ulang)</source>
        <translation>Lost/damaged (reprint needed)</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tanggal meninggal</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Ahli waris</source>
        <translation>Heir</translation>
    </message>
    <message>
        <source>Telepon ahli waris</source>
        <translation>Heir&apos;s phone</translation>
    </message>
    <message>
        <source>Catat pengembalian</source>
        <translation>Record the return</translation>
    </message>
    <message>
        <source>Koreksi: batalkan langkah terakhir kartu ini</source>
        <translation>Correction: undo this card&apos;s last step</translation>
    </message>
    <message>
        <source>alasan koreksi (wajib)</source>
        <translation>reason for the correction (required)</translation>
    </message>
    <message>
        <source>Batalkan langkah terakhir</source>
        <translation>Undo the last step</translation>
    </message>
    <message>
        <source>Tidak ada kartu untuk itu.</source>
        <translation>No card for that.</translation>
    </message>
    <message>
        <source>Lebih dari satu peserta cocok; ketik KPJ atau NIK.</source>
        <translation>More than one worker matches; type the KPJ or NIK.</translation>
    </message>
    <message>
        <source>{nama} — KPJ {kpj}
{state} sejak {since}, {desa}</source>
        <translation>{nama} — KPJ {kpj}
{state} since {since}, {desa}</translation>
    </message>
    <message>
        <source>Pilih dulu kartunya.</source>
        <translation>First choose the card.</translation>
    </message>
    <message>
        <source>Kartu {kpj} dicatat: {reason}.</source>
        <translation>Card {kpj} recorded: {reason}.</translation>
    </message>
    <message>
        <source>Langkah terakhir kartu {kpj} dibatalkan; riwayat menyimpan keduanya.</source>
        <translation>The last step of card {kpj} was undone; the history keeps both.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programmes</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Kecamatan tujuan</source>
        <translation>Destination kecamatan</translation>
    </message>
    <message>
        <source>Tanggal kirim</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>Catatan berita acara</source>
        <translation>Note for the berita acara</translation>
    </message>
    <message>
        <source>Kirim {n} kartu dan buat berita acara</source>
        <translation>Send {n} cards and make the berita acara</translation>
    </message>
    <message>
        <source>kartu di kabupaten</source>
        <translation>cards at the district</translation>
    </message>
    <message>
        <source>Kiriman {no} dibuat: {n} kartu ke Kecamatan {kec}. Cetak berita acaranya dengan nomor ini.</source>
        <translation>Shipment {no} made: {n} cards to Kecamatan {kec}. Print its berita acara with this number.</translation>
    </message>
</context>
<context>
    <name>SerahTerimaPage</name>
    <message>
        <source>Serah Terima Kartu</source>
        <translation>Card Handover</translation>
    </message>
    <message>
        <source>Meja serah (ke peserta)</source>
        <translation>Handover desk (to workers)</translation>
    </message>
    <message>
        <source>Kirim ke kecamatan</source>
        <translation>Send to kecamatan</translation>
    </message>
    <message>
        <source>Terima kiriman</source>
        <translation>Receive a shipment</translation>
    </message>
    <message>
        <source>Ke desa/kelurahan</source>
        <translation>To desa/kelurahan</translation>
    </message>
    <message>
        <source>Daftar bertanda tangan</source>
        <translation>Signed lists</translation>
    </message>
    <message>
        <source>Pengembalian &amp;&amp; koreksi</source>
        <translation>Returns &amp;&amp; corrections</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
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
<context>
    <name>SignedListPanel</name>
    <message>
        <source>pindai QR pada baris yang ditandatangani, atau ketik KPJ lalu Enter</source>
        <translation>scan the QR on each signed row, or type a KPJ and press Enter</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Tanggal tanda tangan</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Pindai</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Buka daftar bertanda tangan (.xlsx/.ods/.csv)…</source>
        <translation>Open a signed list (.xlsx/.ods/.csv)…</translation>
    </message>
    <message>
        <source>Catat {n} kartu sudah diterima peserta</source>
        <translation>Record {n} cards as received by the workers</translation>
    </message>
    <message>
        <source>kartu di desa</source>
        <translation>cards at the desa</translation>
    </message>
    <message>
        <source>KPJ {kpj} tidak ada dalam daftar desa ini (atau sudah diserahkan).</source>
        <translation>KPJ {kpj} is not in this desa&apos;s list (or was already delivered).</translation>
    </message>
    <message>
        <source>KPJ {kpj} sudah dicentang.</source>
        <translation>KPJ {kpj} is already ticked.</translation>
    </message>
    <message>
        <source>✓ KPJ {kpj} dicentang.</source>
        <translation>✓ KPJ {kpj} ticked.</translation>
    </message>
    <message>
        <source>Daftar bertanda tangan</source>
        <translation>Signed lists</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>{n} kartu dicatat diterima peserta.</source>
        <translation>{n} cards recorded as received by the workers.</translation>
    </message>
    <message>
        <source>
… dan {n} lagi.</source>
        <translation>
… and {n} more.</translation>
    </message>
    <message>
        <source> {n} baris TIDAK dicatat:
</source>
        <translation> {n} rows were NOT recorded:
</translation>
    </message>
</context>
<context>
    <name>ToDesaPanel</name>
    <message>
        <source>nama yang menandatangani berita acara</source>
        <translation>the name of whoever signs the berita acara</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tanggal serah</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>Serahkan {n} kartu ke desa/kelurahan</source>
        <translation>Hand {n} cards to the desa/kelurahan</translation>
    </message>
    <message>
        <source>kartu di kecamatan</source>
        <translation>cards at the kecamatan</translation>
    </message>
    <message>
        <source>kartu</source>
        <translation>cards</translation>
    </message>
    <message>
        <source>Serah terima {no}: {n} kartu ke {jabatan} {desa}, {nama}.</source>
        <translation>Handover {no}: {n} cards to the {jabatan} of {desa}, {nama}.</translation>
    </message>
</context>
</TS>
