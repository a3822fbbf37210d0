<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AdminStep</name>
    <message>
        <source>mis. admin.kaur (huruf kecil, tanpa spasi)</source>
        <translation>e.g. admin.kaur (lower case, no spaces)</translation>
    </message>
    <message>
        <source>nama lengkap</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi (min. {n})</source>
        <translation>&amp;Password (min. {n})</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>Admin kantor ini sudah ada. Pengguna lain ditambahkan dan kata sandi diganti di Pengaturan › Pengguna.</source>
        <translation>This office already has its admin. Other users are added and passwords changed in Settings › Users.</translation>
    </message>
    <message>
        <source>Admin mengatur pengguna lain (petugas, pimpinan), pengaturan, dan pemulihan cadangan. Setelah langkah awal selesai, setiap orang masuk dengan nama pengguna dan kata sandinya sendiri, dan setiap catatan memuat namanya. Simpan kata sandi ini baik-baik.</source>
        <translation>The admin manages the other users (officers, heads), the settings and restoring backups. Once the first steps are done, everyone signs in with their own username and password, and every record carries their name. Keep this password safe.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama. Ketik ulang.</source>
        <translation>The two passwords differ. Type them again.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Waktu dicatat</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dari → ke</source>
        <translation>From → to</translation>
    </message>
    <message>
        <source>No. dokumen</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tanggal kejadian</source>
        <translation>Date it happened</translation>
    </message>
    <message>
        <source>Kantor #urut</source>
        <translation>Office #seq</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Cadangkan ke flashdisk…</source>
        <translation>Back up to a USB stick…</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>SerahKartu mencadangkan basis data dengan sendirinya setiap hari dan sebelum setiap impor, sinkronisasi dan pembaruan (10 terakhir dan 7 harian disimpan) di:
%s
Cadangan tersimpan: %s, terbaru %s. Simpan juga cadangan terenkripsi di flashdisk secara berkala, di tempat terpisah dari PC ini.</source>
        <translation>SerahKartu backs up the database by itself every day and before every import, sync and update (the last 10 and 7 daily ones are kept) in:
%s
Backups kept: %s, newest %s. Also keep an encrypted backup on a USB stick regularly, stored away from this PC.</translation>
    </message>
    <message>
        <source>Pilih folder tujuan (mis. flashdisk)</source>
        <translation>Choose the destination folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Cadangan terenkripsi disimpan:
%s

Tanpa kata sandinya, cadangan ini tidak dapat dibuka. Simpan kata sandi itu di tempat aman.</source>
        <translation>Encrypted backup saved:
%s

Without its password this backup cannot be opened. Keep the password in a safe place.</translation>
    </message>
    <message>
        <source>Membuat cadangan</source>
        <translation>Making a backup</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Cadangan SerahKartu (*.age *.db)</source>
        <translation>SerahKartu backups (*.age *.db)</translation>
    </message>
</context>
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
        <source>0–7 hr</source>
        <translation>0–7 d</translation>
    </message>
    <message>
        <source>Kartu belum diserahkan yang sudah {tip} hari di pemegangnya sekarang</source>
        <translation>Undelivered cards that have been {tip} days with their current holder</translation>
    </message>
    <message>
        <source>Kolom hari: kartu yang belum diserahkan, menurut lamanya di pemegang sekarang. Klik dua kali satu baris untuk melihat kartu yang tertahan di wilayah itu.</source>
        <translation>Day columns: undelivered cards by how long they have been with their current holder. Double-click a row to see the cards held too long in that area.</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Menghitung angka…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Menghitung angka</source>
        <translation>Counting</translation>
    </message>
    <message>
        <source>Per {today}: {delivered} dari {total} kartu sudah di tangan pekerja ({pct}). {held} kartu tertahan melewati batas waktu.</source>
        <translation>As of {today}: {delivered} of {total} cards are in the workers&apos; hands ({pct}). {held} cards are held past their time limit.</translation>
    </message>
    <message>
        <source>{n} hari lagi</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <source>SUDAH LEWAT {n} hari</source>
        <translation>PASSED {n} days ago</translation>
    </message>
    <message>
        <source> — perlu ±{n} kartu per hari</source>
        <translation> — about {n} cards a day needed</translation>
    </message>
    <message>
        <source>Batas distribusi {program}: {date} ({when}). {n} kartu belum diserahkan{pace}.</source>
        <translation>Distribution deadline of {program}: {date} ({when}). {n} cards not yet delivered{pace}.</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>Desa di Kec. {nama}</source>
        <translation>Desa in Kec. {nama}</translation>
    </message>
    <message>
        <source>Belum ada kartu yang tercatat. Mulai dari halaman Impor Daftar: masukkan daftar penerima dari Excel, lalu serahkan kartunya ke kecamatan di halaman Serah Terima.</source>
        <translation>No cards recorded yet. Start on the Import List page: bring in the recipients&apos; list from Excel, then send the cards to the kecamatan on the Handover page.</translation>
    </message>
    <message>
        <source>Belum ada kartu untuk kecamatan ini. Kartu datang dari kabupaten: terima berkas sinkronisasi dari kabupaten di halaman Sinkronisasi.</source>
        <translation>No cards for this kecamatan yet. Cards come from the district: receive the district&apos;s sync file on the Sync page.</translation>
    </message>
    <message>
        <source>Per kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>Per desa/kelurahan</source>
        <translation>Per desa/kelurahan</translation>
    </message>
</context>
<context>
    <name>BpjsFindings</name>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>{rows} baris BPJS, {matched} cocok</source>
        <translation>{rows} BPJS rows, {matched} matched</translation>
    </message>
    <message>
        <source>Semua temuan ({n})</source>
        <translation>All findings ({n})</translation>
    </message>
</context>
<context>
    <name>CardChecklist</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
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
        <source>{nama}
Perlu dicek: {alasan}</source>
        <translation>{nama}
Needs checking: {alasan}</translation>
    </message>
    <message>
        <source>Belum ada kartu</source>
        <translation>No card yet</translation>
    </message>
</context>
<context>
    <name>CetakPage</name>
    <message>
        <source>Cetak Dokumen</source>
        <translation>Print Documents</translation>
    </message>
    <message>
        <source>Daftar serah terima untuk ditandatangani (atau cap jempol) peserta per desa, tanda terima per peserta, dan berita acara untuk setiap kiriman.</source>
        <translation>Handover lists for the workers to sign (or thumbprint) per desa, a receipt per worker, and the berita acara for each shipment.</translation>
    </message>
    <message>
        <source>NIK disamarkan kecuali Anda memilih sebaliknya.</source>
        <translation>NIKs are masked unless you choose otherwise.</translation>
    </message>
    <message>
        <source>NIK selalu disamarkan.</source>
        <translation>NIKs are always masked.</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Cetak ke printer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Pilihan berubah: tekan Pratinjau untuk membuat dokumennya.</source>
        <translation>The choices changed: press Preview to build the document.</translation>
    </message>
    <message>
        <source>Menyusun dokumen…</source>
        <translation>Building the document…</translation>
    </message>
    <message>
        <source>Menyusun {doc}</source>
        <translation>Building {doc}</translation>
    </message>
    <message>
        <source>{doc}: {rows} kartu, {pages} halaman {paper}{nik}.</source>
        <translation>{doc}: {rows} cards, {pages} pages {paper}{nik}.</translation>
    </message>
    <message>
        <source>, NIK LENGKAP</source>
        <translation>, FULL NIK</translation>
    </message>
    <message>
        <source>, NIK disamarkan</source>
        <translation>, NIK masked</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan di {path}: {why}. Pilih tempat lain.</source>
        <translation>The PDF cannot be saved at {path}: {why}. Choose another place.</translation>
    </message>
    <message>
        <source>PDF disimpan: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <source>{pages} halaman dikirim ke printer.</source>
        <translation>{pages} pages sent to the printer.</translation>
    </message>
    <message>
        <source>Pencetakan dibatalkan atau printer menolak; tidak ada yang dicatat.</source>
        <translation>Printing was cancelled or the printer refused; nothing was recorded.</translation>
    </message>
    <message>
        <source>Mengirim halaman ke printer…</source>
        <translation>Sending the pages to the printer…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Simpan baris bermasalah (.xlsx)…</source>
        <translation>Save the rows with problems (.xlsx)…</translation>
    </message>
    <message>
        <source>Pilih program, atau ketik nama program baru</source>
        <translation>Choose a programme, or type a new programme&apos;s name</translation>
    </message>
    <message>
        <source>Wajib diisi: biaya iuran kartu dihitung per program.</source>
        <translation>Required: card premiums are costed per programme.</translation>
    </message>
    <message>
        <source>{n} kartu dicatat di program:</source>
        <translation>{n} cards are registered in programme:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{read}&lt;/b&gt; baris dibaca dari {file}: &lt;b&gt;{new}&lt;/b&gt; peserta baru, &lt;b&gt;{upd}&lt;/b&gt; diperbarui, {same} tidak berubah, &lt;b style=&apos;color:#b91c1c&apos;&gt;{rej}&lt;/b&gt; ditolak, &lt;b style=&apos;color:#92400e&apos;&gt;{warn}&lt;/b&gt; diimpor dengan tanda perlu dicek, {cards} kartu dicatat.</source>
        <translation>&lt;b&gt;{read}&lt;/b&gt; rows read from {file}: &lt;b&gt;{new}&lt;/b&gt; new workers, &lt;b&gt;{upd}&lt;/b&gt; updated, {same} unchanged, &lt;b style=&apos;color:#b91c1c&apos;&gt;{rej}&lt;/b&gt; refused, &lt;b style=&apos;color:#92400e&apos;&gt;{warn}&lt;/b&gt; imported marked to check, {cards} cards recorded.</translation>
    </message>
    <message>
        <source>Semua masalah ({n})</source>
        <translation>All problems ({n})</translation>
    </message>
    <message>
        <source>Tidak ada baris data di bawah baris judul (baris {row}). Kembali dan periksa baris judulnya, atau pilih berkas lain.</source>
        <translation>There are no data rows under the header row (row {row}). Go back and check the header row, or choose another file.</translation>
    </message>
    <message>
        <source>Semua baris ditolak, jadi tidak ada yang bisa diimpor. Simpan baris bermasalah, minta pembuat daftar memperbaikinya, lalu impor lagi.</source>
        <translation>Every row was refused, so there is nothing to import. Save the problem rows, ask whoever made the list to fix them, then import again.</translation>
    </message>
    <message>
        <source>Tidak ada yang baru: semua baris sudah ada di register tanpa perubahan.</source>
        <translation>Nothing new: every row is already in the register, unchanged.</translation>
    </message>
    <message>
        <source>Tidak ada masalah.</source>
        <translation>No problems.</translation>
    </message>
    <message>
        <source>Baris {row} di berkas</source>
        <translation>Row {row} in the file</translation>
    </message>
    <message>
        <source>Simpan baris bermasalah</source>
        <translation>Save the rows with problems</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} baris bermasalah disimpan di {path}. Kirim berkas ini kepada pembuat daftar untuk diperbaiki.</source>
        <translation>{n} rows with problems saved in {path}. Send this file to whoever made the list to correct them.</translation>
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
        <source>Peserta ditambahkan dengan kartunya</source>
        <translation>Worker added with their card</translation>
    </message>
    <message>
        <source>Data peserta diubah</source>
        <translation>Worker&apos;s data changed</translation>
    </message>
    <message>
        <source>Program disimpan</source>
        <translation>Programme saved</translation>
    </message>
    <message>
        <source>Berita acara serah terima dibuat</source>
        <translation>Handover record (berita acara) made</translation>
    </message>
    <message>
        <source>Kiriman dikonfirmasi diterima</source>
        <translation>Shipment confirmed received</translation>
    </message>
    <message>
        <source>Dokumen dicetak</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <source>Berkas dengan NIK utuh ditulis</source>
        <translation>File written with full NIKs</translation>
    </message>
    <message>
        <source>Daftar serah terima</source>
        <translation>Handover list</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Berita acara serah terima</source>
        <translation>Handover record (berita acara)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Tempat/tanggal lahir</source>
        <translation>Place/date of birth</translation>
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
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kode wilayah desa</source>
        <translation>Desa region code</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>NIK tidak sah</source>
        <translation>Invalid NIK</translation>
    </message>
    <message>
        <source>Tanggal dalam NIK tidak sah</source>
        <translation>Invalid date in the NIK</translation>
    </message>
    <message>
        <source>Nama kosong</source>
        <translation>Name missing</translation>
    </message>
    <message>
        <source>NIK ganda dalam berkas</source>
        <translation>NIK twice in the file</translation>
    </message>
    <message>
        <source>NIK dari sel angka Excel</source>
        <translation>NIK from an Excel number cell</translation>
    </message>
    <message>
        <source>NIK sudah terdaftar atas nama lain</source>
        <translation>NIK already registered to another name</translation>
    </message>
    <message>
        <source>Wilayah NIK berbeda dari alamat</source>
        <translation>NIK region differs from the address</translation>
    </message>
    <message>
        <source>Tanggal lahir berbeda dari NIK</source>
        <translation>Date of birth differs from the NIK</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak terbaca</source>
        <translation>Date of birth unreadable</translation>
    </message>
    <message>
        <source>Jenis kelamin berbeda dari NIK</source>
        <translation>Sex differs from the NIK</translation>
    </message>
    <message>
        <source>Desa/kecamatan tidak dikenali</source>
        <translation>Desa/kecamatan not recognised</translation>
    </message>
    <message>
        <source>Nomor KPJ tidak sah</source>
        <translation>Invalid KPJ number</translation>
    </message>
    <message>
        <source>KPJ dipakai orang lain</source>
        <translation>KPJ used by someone else</translation>
    </message>
    <message>
        <source>Peserta sudah punya kartu lain</source>
        <translation>The worker already has another card</translation>
    </message>
    <message>
        <source>Di daftar BPJS, tidak ada di register</source>
        <translation>On the BPJS list, not in the register</translation>
    </message>
    <message>
        <source>Di register tanpa kartu</source>
        <translation>In the register without a card</translation>
    </message>
    <message>
        <source>KPJ berbeda</source>
        <translation>Different KPJ</translation>
    </message>
    <message>
        <source>Nama berbeda</source>
        <translation>Different name</translation>
    </message>
    <message>
        <source>Kartu di register, tidak ada di daftar BPJS</source>
        <translation>Card in the register, not on the BPJS list</translation>
    </message>
    <message>
        <source>KPJ ganda di daftar BPJS</source>
        <translation>KPJ twice on the BPJS list</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Baris di daftar BPJS</source>
        <translation>Row on the BPJS list</translation>
    </message>
    <message>
        <source>KPJ (BPJS)</source>
        <translation>KPJ (BPJS)</translation>
    </message>
    <message>
        <source>NIK (BPJS)</source>
        <translation>NIK (BPJS)</translation>
    </message>
    <message>
        <source>Nama (BPJS)</source>
        <translation>Name (BPJS)</translation>
    </message>
    <message>
        <source>Status BPJS</source>
        <translation>BPJS status</translation>
    </message>
    <message>
        <source>KPJ (register)</source>
        <translation>KPJ (register)</translation>
    </message>
    <message>
        <source>NIK (register)</source>
        <translation>NIK (register)</translation>
    </message>
    <message>
        <source>Nama (register)</source>
        <translation>Name (register)</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>NIK lengkap ditampilkan</source>
        <translation>Full NIK shown</translation>
    </message>
    <message>
        <source>Ekspor data</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Cetak dokumen</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Dipulihkan dari cadangan</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Pengguna dibuat</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>Pengguna diaktifkan</source>
        <translation>User activated</translation>
    </message>
    <message>
        <source>Pengguna dinonaktifkan</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <source>Kata sandi diubah</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Kata sandi direset admin</source>
        <translation>Password reset by an admin</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Pimpinan</source>
        <translation>Head</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>Buat akun admin — SerahKartu</source>
        <translation>Create the admin account — SerahKartu</translation>
    </message>
    <message>
        <source>Buat akun admin</source>
        <translation>Create the admin account</translation>
    </message>
    <message>
        <source>Kantor ini belum punya pengguna. Admin mengatur pengguna lain, pengaturan, dan pemulihan cadangan. Simpan kata sandinya baik-baik.</source>
        <translation>This office has no users yet. The admin manages the other users, the settings and restoring backups. Keep the password safe.</translation>
    </message>
    <message>
        <source>mis. admin.kaur</source>
        <translation>e.g. admin.kaur</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Kata sandi (min. 8)</source>
        <translation>Password (min. 8)</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Buat admin</source>
        <translation>Create admin</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
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
        <source>Serahkan ke wakil  [Enter]</source>
        <translation>Hand to the proxy  [Enter]</translation>
    </message>
    <message>
        <source>Isi nama wakil dan hubungannya dengan peserta, lalu Enter. Esc: batal</source>
        <translation>Fill in the proxy&apos;s name and relation to the worker, then Enter. Esc: cancel</translation>
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
        <source>Lihat peserta yang perlu dicek</source>
        <translation>See the workers to check</translation>
    </message>
    <message>
        <source>Impor berkas lain</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <source>Impor selesai. &lt;b&gt;{new}&lt;/b&gt; peserta baru, &lt;b&gt;{upd}&lt;/b&gt; diperbarui, {same} tidak berubah, {rej} baris ditolak.</source>
        <translation>Import finished. &lt;b&gt;{new}&lt;/b&gt; new workers, &lt;b&gt;{upd}&lt;/b&gt; updated, {same} unchanged, {rej} rows refused.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{warn}&lt;/b&gt; peserta ditandai perlu dicek: buka Kartu &amp;amp; Peserta, centang &quot;Perlu dicek&quot;, lalu perbaiki desa atau NIK-nya.</source>
        <translation>&lt;b&gt;{warn}&lt;/b&gt; workers marked to check: open Cards &amp;amp; Workers, tick &quot;To check&quot;, then correct their desa or NIK.</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang perlu dicek.</source>
        <translation>No worker needs checking.</translation>
    </message>
    <message>
        <source>Kartu dicatat di program {name}.</source>
        <translation>The cards are registered in programme {name}.</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <source>Pilih daftar peserta yang diterima dari Bappeda, Dinas, atau BPJS: .xlsx, .xls, .ods, atau .csv. Judul di atas tabel, NIK yang diketik sebagai angka, dan nama kolom yang berbeda-beda akan dikenali.</source>
        <translation>Choose the workers&apos; list received from Bappeda, the Dinas or BPJS: .xlsx, .xls, .ods or .csv. Titles above the table, NIKs typed as numbers and differently named columns are recognised.</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Pilih program, atau ketik nama program baru</source>
        <translation>Choose a programme, or type a new programme&apos;s name</translation>
    </message>
    <message>
        <source>Kartu dari daftar yang berisi nomor KPJ dicatat di program ini; biaya iuran dihitung per program. Daftar tanpa nomor KPJ tidak memerlukan program.</source>
        <translation>Cards from a list with KPJ numbers are registered in this programme; premiums are costed per programme. A list without KPJ numbers needs no programme.</translation>
    </message>
    <message>
        <source>Program daftar ini</source>
        <translation>This list&apos;s programme</translation>
    </message>
    <message>
        <source>Pilih daftar peserta</source>
        <translation>Choose the workers&apos; list</translation>
    </message>
    <message>
        <source>Daftar (*.xlsx *.xls *.ods *.csv *.xlsm)</source>
        <translation>Lists (*.xlsx *.xls *.ods *.csv *.xlsm)</translation>
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
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Ahli waris</source>
        <translation>Heir</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Dalam masa program</source>
        <translation>Within the programme period</translation>
    </message>
    <message>
        <source>Ahli waris (klaim JKM)</source>
        <translation>Heirs (JKM claim)</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
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
    <name>IdentitySection</name>
    <message>
        <source>Kantor lain mengenali berkas sinkronisasi dari kantor ini lewat sidik jari di bawah. Bacakan atau kirimkan lembar sidik jarinya saat kantor itu mendaftarkan atau menerima berkas pertama.</source>
        <translation>Other offices recognise this office&apos;s sync files by the fingerprint below. Read it out or send the fingerprint sheet when that office enrols this one or receives its first file.</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Berkas kunci rahasia</source>
        <translation>Secret key file</translation>
    </message>
    <message>
        <source>Cadangkan berkas kunci rahasia bersama basis data dan jangan dibagikan: tanpa berkas itu kantor ini tidak dapat membuka atau mengirim berkas sinkronisasi.</source>
        <translation>Back up the secret key file together with the database and never share it: without it this office can neither open nor send sync files.</translation>
    </message>
    <message>
        <source>Simpan lembar sidik jari (PDF)…</source>
        <translation>Save the fingerprint sheet (PDF)…</translation>
    </message>
    <message>
        <source>Simpan lembar sidik jari</source>
        <translation>Save the fingerprint sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Lembar sidik jari disimpan ke {path}. Cetak, tanda tangani, dan kirimkan.</source>
        <translation>Fingerprint sheet saved to {path}. Print it, sign it and send it.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>1. Berkas</source>
        <translation>1. File</translation>
    </message>
    <message>
        <source>2. Lembar</source>
        <translation>2. Sheet</translation>
    </message>
    <message>
        <source>3. Judul &amp; kolom</source>
        <translation>3. Headings &amp; columns</translation>
    </message>
    <message>
        <source>4. Periksa</source>
        <translation>4. Check</translation>
    </message>
    <message>
        <source>5. Impor</source>
        <translation>5. Import</translation>
    </message>
    <message>
        <source>Impor Daftar Peserta</source>
        <translation>Import a Workers&apos; List</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Lanjut ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Impor sekarang</source>
        <translation>Import now</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Lembar ini kosong. Pilih lembar atau berkas lain.</source>
        <translation>This sheet is empty. Choose another sheet or file.</translation>
    </message>
    <message>
        <source>Memeriksa daftar…</source>
        <translation>Checking the list…</translation>
    </message>
    <message>
        <source>Mengimpor daftar…</source>
        <translation>Importing the list…</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <source>Daftar penerima kartu yang pertama (misalnya daftar P3KE) diimpor di sini, langkah demi langkah. SerahKartu memeriksa setiap baris dan tidak menyimpan apa pun sebelum Anda menekan &quot;Impor sekarang&quot;. Daftar berikutnya diimpor di halaman Impor Daftar.</source>
        <translation>The first list of card recipients (a P3KE list, for example) is imported here, step by step. SerahKartu checks every row and saves nothing before you press &quot;Import now&quot;. Later lists are imported on the Import List page.</translation>
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
        <source>Tambah peserta…</source>
        <translation>Add a worker…</translation>
    </message>
    <message>
        <source>Ubah / perbaiki data…</source>
        <translation>Edit / correct data…</translation>
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
    <name>LaporanPage</name>
    <message>
        <source>Rekonsiliasi (Excel)</source>
        <translation>Reconciliation (Excel)</translation>
    </message>
    <message>
        <source>Ringkasan per kecamatan dengan jumlah dan selisih, grafik, per desa, rincian setiap kartu, perlu tindakan (tertahan, meninggal, hilang, dikembalikan, perlu dicek), biaya program.</source>
        <translation>Summary per kecamatan with totals and differences, a chart, per desa, every card in detail, action needed (held too long, deceased, lost, returned, to check), programme cost.</translation>
    </message>
    <message>
        <source>Kartu tertahan (Excel)</source>
        <translation>Cards held too long (Excel)</translation>
    </message>
    <message>
        <source>Kartu yang melewati batas hari, per kecamatan, yang terlama dulu, dengan jumlah per kecamatan.</source>
        <translation>Cards past their day limit, per kecamatan, longest first, with totals per kecamatan.</translation>
    </message>
    <message>
        <source>Kartu tertahan (CSV)</source>
        <translation>Cards held too long (CSV)</translation>
    </message>
    <message>
        <source>Daftar yang sama sebagai CSV (pemisah titik koma), untuk diolah di aplikasi lain.</source>
        <translation>The same list as CSV (semicolon-separated), for use in other programs.</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Buku kerja untuk Bupati dan BPJS: di mana setiap kartu berada, dibuktikan dengan selisih nol di setiap baris, dan daftar yang perlu ditindaklanjuti. Angkanya sama dengan Beranda.</source>
        <translation>Workbooks for the Bupati and BPJS: where every card is, proven by a zero difference on every row, and the lists to follow up. The figures are the same as on Home.</translation>
    </message>
    <message>
        <source>Buat laporan</source>
        <translation>Make a report</translation>
    </message>
    <message>
        <source>Tampilkan NIK lengkap (dicatat)</source>
        <translation>Show the full NIK (logged)</translation>
    </message>
    <message>
        <source>Buka berkas setelah selesai</source>
        <translation>Open the file when done</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Buat dan simpan…</source>
        <translation>Make and save…</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>NIK lengkap</source>
        <translation>Full NIK</translation>
    </message>
    <message>
        <source>NIK lengkap memuat tanggal lahir dan jenis kelamin (data pribadi, UU 27/2022). Tampilkan hanya bila benar-benar perlu; pilihan ini dicatat atas nama Anda. Lanjutkan?</source>
        <translation>A full NIK carries the date of birth and sex (personal data, UU 27/2022). Show it only when truly needed; this choice is logged in your name. Continue?</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Menyusun laporan</source>
        <translation>Building the report</translation>
    </message>
    <message>
        <source>Rekonsiliasi: {cards} kartu, {rows} kecamatan. {balance}</source>
        <translation>Reconciliation: {cards} cards, {rows} kecamatan. {balance}</translation>
    </message>
    <message>
        <source>Selisih 0 di setiap baris.</source>
        <translation>Difference 0 on every row.</translation>
    </message>
    <message>
        <source>ADA SELISIH: jalankan pemeriksaan basis data dan hubungi petugas TI.</source>
        <translation>THERE IS A DIFFERENCE: run the database check and contact your IT officer.</translation>
    </message>
    <message>
        <source>Kartu tertahan: {cards} kartu di {areas} kecamatan.</source>
        <translation>Held too long: {cards} cards in {areas} kecamatan.</translation>
    </message>
    <message>
        <source>Disimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Cocokkan dengan daftar peserta dari BPJS</source>
        <translation>Compare with the BPJS workers&apos; list</translation>
    </message>
    <message>
        <source>Buka daftar peserta yang dikirim BPJS Ketenagakerjaan (KPJ, NIK, nama, status; .xlsx, .xls, .ods atau .csv). Hasilnya: yang ada di daftar BPJS tetapi tidak di register, peserta tanpa kartu, KPJ atau nama yang berbeda.</source>
        <translation>Open the workers&apos; list sent by BPJS Ketenagakerjaan (KPJ, NIK, name, status; .xlsx, .xls, .ods or .csv). The result: who is on the BPJS list but not in the register, workers without a card, different KPJs or names.</translation>
    </message>
    <message>
        <source>Buka daftar BPJS…</source>
        <translation>Open the BPJS list…</translation>
    </message>
    <message>
        <source>Simpan temuan (Excel)…</source>
        <translation>Save the findings (Excel)…</translation>
    </message>
    <message>
        <source>Daftar peserta dari BPJS</source>
        <translation>Workers&apos; list from BPJS</translation>
    </message>
    <message>
        <source>Daftar (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Lists (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Mencocokkan…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>Mencocokkan daftar BPJS</source>
        <translation>Comparing the BPJS list</translation>
    </message>
    <message>
        <source>{rows} baris dibaca dari {file}: {matched} cocok, {found} temuan.</source>
        <translation>{rows} rows read from {file}: {matched} matched, {found} findings.</translation>
    </message>
    <message>
        <source>Simpan temuan</source>
        <translation>Save the findings</translation>
    </message>
    <message>
        <source>Menyimpan temuan</source>
        <translation>Saving the findings</translation>
    </message>
    <message>
        <source>Temuan disimpan: {path}</source>
        <translation>Findings saved: {path}</translation>
    </message>
</context>
<context>
    <name>LetterheadStep</name>
    <message>
        <source>Kop surat dan nama penanda tangan dicetak pada berita acara, daftar serah terima, dan tanda terima. Isi yang Anda ketahui sekarang; sisanya bisa dilengkapi kapan saja di Pengaturan › Kop dan tanda tangan.</source>
        <translation>The letterhead and the signatories&apos; names are printed on berita acara, handover lists and receipts. Fill in what you know now; the rest can be completed at any time in Settings › Letterhead and signatures.</translation>
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
        <source>Masuk sebagai {who}</source>
        <translation>Signed in as {who}</translation>
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
    <name>MappingStep</name>
    <message>
        <source>Baris judul kolom:</source>
        <translation>Column heading row:</translation>
    </message>
    <message>
        <source>Periksa isi setiap kolom dan pilih artinya di baris paling atas. NIK dan Nama wajib. Pilihan ini diingat untuk berkas lain dengan judul kolom yang sama.</source>
        <translation>Check each column&apos;s content and choose its meaning in the top row. NIK and Name are required. These choices are remembered for other files with the same column headings.</translation>
    </message>
    <message>
        <source>Pemetaan kolom diambil dari impor sebelumnya dengan judul yang sama.</source>
        <translation>Column mapping taken from an earlier import with the same headings.</translation>
    </message>
    <message>
        <source>Kolom dikenali dari judulnya; ubah bila keliru.</source>
        <translation>Columns recognised from their headings; change them if wrong.</translation>
    </message>
    <message>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>mis. budi.santoso</source>
        <translation>e.g. budi.santoso</translation>
    </message>
    <message>
        <source>Petugas — impor, serah terima, cetak, sinkron</source>
        <translation>Officer — import, handover, print, sync</translation>
    </message>
    <message>
        <source>Pimpinan — melihat dan mengekspor laporan</source>
        <translation>Head — view and export reports</translation>
    </message>
    <message>
        <source>Admin — semua, termasuk pengguna dan pemulihan</source>
        <translation>Admin — everything, users and restore included</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi awal (min. 8)</source>
        <translation>Initial password (min. 8)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
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
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Impor Daftar</source>
        <translation>Import List</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Kata sandi cadangan</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <source>Cadangan dienkripsi dengan kata sandi ini (paling sedikit 8 karakter). Tanpa kata sandi, cadangan tidak dapat dibuka oleh siapa pun — termasuk Anda.</source>
        <translation>The backup is encrypted with this password (at least 8 characters). Without the password nobody can open the backup — you included.</translation>
    </message>
    <message>
        <source>Masukkan kata sandi yang dipakai saat cadangan ini dibuat.</source>
        <translation>Enter the password used when this backup was made.</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
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
    <name>PesertaDialog</name>
    <message>
        <source>Ubah data peserta</source>
        <translation>Edit the worker&apos;s data</translation>
    </message>
    <message>
        <source>Tambah peserta</source>
        <translation>Add a worker</translation>
    </message>
    <message>
        <source>Data sudah dicek dengan KTP/KK — hapus tanda &quot;perlu dicek&quot;</source>
        <translation>Data checked against the KTP/KK — remove the &quot;to check&quot; mark</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>hh-bb-tttt, mis. 05-03-1978</source>
        <translation>dd-mm-yyyy, e.g. 05-03-1978</translation>
    </message>
    <message>
        <source>(dari NIK)</source>
        <translation>(from the NIK)</translation>
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
        <source>(pilih kecamatan)</source>
        <translation>(choose a kecamatan)</translation>
    </message>
    <message>
        <source>11 digit, bila kartunya sudah ada</source>
        <translation>11 digits, if the card exists already</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
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
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>(pilih desa/kelurahan)</source>
        <translation>(choose a desa/kelurahan)</translation>
    </message>
    <message>
        <source>Perlu dicek:</source>
        <translation>To check:</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak terbaca. Tulis hh-bb-tttt, mis. 05-03-1978.</source>
        <translation>Date of birth unreadable. Write dd-mm-yyyy, e.g. 05-03-1978.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Pilih dokumen lalu tekan Pratinjau.</source>
        <translation>Choose a document, then press Preview.</translation>
    </message>
    <message>
        <source>dari {n}</source>
        <translation>of {n}</translation>
    </message>
</context>
<context>
    <name>PrintOptions</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>Juga kartu yang sudah diserahkan</source>
        <translation>Also cards already delivered</translation>
    </message>
    <message>
        <source>Cetak ulang untuk arsip: termasuk kartu yang sudah diserahkan atau dikembalikan. Tanpa ini hanya kartu yang belum sampai ke peserta.</source>
        <translation>Reprint for the archive: includes cards already delivered or returned. Without it, only cards that have not reached their workers.</translation>
    </message>
    <message>
        <source>{nama} ({n} belum diserahkan)</source>
        <translation>{nama} ({n} not yet delivered)</translation>
    </message>
    <message>
        <source>Kotak meterai Rp10.000</source>
        <translation>Rp10,000 duty stamp box</translation>
    </message>
    <message>
        <source>Cetak NIK lengkap (dicatat)</source>
        <translation>Print the full NIK (logged)</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Kiriman</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Urutan</source>
        <translation>Order</translation>
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
        <source>{no} · {tanggal} · {ke} · {n} kartu</source>
        <translation>{no} · {tanggal} · {ke} · {n} cards</translation>
    </message>
    <message>
        <source>(belum ada kiriman)</source>
        <translation>(no shipments yet)</translation>
    </message>
    <message>
        <source>NIK lengkap</source>
        <translation>Full NIK</translation>
    </message>
    <message>
        <source>NIK lengkap memuat tanggal lahir dan jenis kelamin (data pribadi, UU 27/2022). Cetak NIK lengkap hanya bila benar-benar perlu; pencetakan ini dicatat atas nama Anda. Lanjutkan?</source>
        <translation>A full NIK carries the date of birth and sex (personal data, UU 27/2022). Print full NIKs only when truly needed; this print is logged in your name. Continue?</translation>
    </message>
</context>
<context>
    <name>PrintingSection</name>
    <message>
        <source>Atas</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Kanan</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Bawah</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Kiri</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Simpan pengaturan cetak</source>
        <translation>Save print settings</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>(boleh kosong)</source>
        <translation>(may be empty)</translation>
    </message>
    <message>
        <source>Baris {n}</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <source>Jl. … No. …, telepon, kode pos</source>
        <translation>Jl. … No. …, phone, postcode</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>tempat penandatanganan, mis. Bintuhan</source>
        <translation>place of signing, e.g. Bintuhan</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Kertas dan margin</source>
        <translation>Paper and margins</translation>
    </message>
    <message>
        <source>Daftar dan tanda terima</source>
        <translation>Lists and receipts</translation>
    </message>
    <message>
        <source>Berita acara</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>Penanda tangan kantor ini</source>
        <translation>This office&apos;s signatories</translation>
    </message>
    <message>
        <source>Kepala kantor</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Nama lengkap dan gelar</source>
        <translation>Full name and title</translation>
    </message>
    <message>
        <source>NIP 18 digit (kosong bila bukan ASN)</source>
        <translation>18-digit NIP (empty if not a civil servant)</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nama yang dicetak pada blok tanda tangan daftar dan berita acara. Yang kosong dicetak sebagai garis titik-titik untuk diisi tangan.</source>
        <translation>The names printed in the signature blocks of lists and berita acara. Empty ones print as a dotted line to fill in by hand.</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Camat tiap kecamatan</source>
        <translation>The camat of each kecamatan</translation>
    </message>
    <message>
        <source>Kepala desa / lurah tiap desa dan kelurahan</source>
        <translation>The head (kades / lurah) of each desa and kelurahan</translation>
    </message>
    <message>
        <source>Pengaturan cetak disimpan; dokumen berikutnya memakai kop dan nama ini.</source>
        <translation>Print settings saved; the next documents use this letterhead and these names.</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Akibat</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Perlu dicek</source>
        <translation>To check</translation>
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
        <source>Program ditetapkan oleh kantor kabupaten dan datang lewat sinkronisasi; di kantor kecamatan hanya dapat dilihat.</source>
        <translation>Programmes are set by the district office and arrive through sync; a kecamatan office can only view them.</translation>
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
        <source>{mulai} s.d. {selesai}</source>
        <translation>{mulai} to {selesai}</translation>
    </message>
    <message>
        <source>mulai {mulai}</source>
        <translation>from {mulai}</translation>
    </message>
    <message>
        <source>sampai {selesai}</source>
        <translation>until {selesai}</translation>
    </message>
    <message>
        <source>masa perlindungan belum diisi</source>
        <translation>coverage dates not set</translation>
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
    <name>ReadyStep</name>
    <message>
        <source>Buka SerahKartu</source>
        <translation>Open SerahKartu</translation>
    </message>
    <message>
        <source>{kantor} siap dipakai. Kop surat, penanda tangan, bahasa, dan batas hari kartu tertahan bisa diubah kapan saja di Pengaturan. Tekan F1 di setiap halaman untuk panduan singkatnya.</source>
        <translation>{kantor} is ready. The letterhead, signatories, language and hold-time limits can be changed at any time in Settings. Press F1 on any page for its short guide.</translation>
    </message>
    <message>
        <source>Register: {peserta} peserta, {kartu} kartu.</source>
        <translation>Register: {peserta} workers, {kartu} cards.</translation>
    </message>
    <message>
        <source>Kartu tercatat saat daftar yang berisi nomor KPJ diimpor (misalnya daftar dari BPJS Ketenagakerjaan); sampai itu, angka di Beranda masih nol.</source>
        <translation>Cards are recorded when a list with KPJ numbers is imported (for example the list from BPJS Ketenagakerjaan); until then the figures on Home stay at zero.</translation>
    </message>
    <message>
        <source>Daftar berikutnya diimpor di halaman Impor Daftar.</source>
        <translation>Later lists are imported on the Import List page.</translation>
    </message>
    <message>
        <source>Data peserta kecamatan ini datang dari kantor kabupaten dalam berkas sinkronisasi (flashdisk): buka halaman Sinkronisasi untuk mendaftarkan kantor ini ke kabupaten dan mengimpor berkasnya.</source>
        <translation>This kecamatan&apos;s workers come from the district office in a sync file (USB stick): open the Sync page to enrol this office with the district and import its file.</translation>
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
        <source>Konfirmasi penerimaan</source>
        <translation>Confirm receipt</translation>
    </message>
    <message>
        <source>Konfirmasi: semua {n} kartu ada</source>
        <translation>Confirm: all {n} cards present</translation>
    </message>
    <message>
        <source>Konfirmasi: {f} kartu ada, {m} dicatat hilang</source>
        <translation>Confirm: {f} cards present, {m} recorded lost</translation>
    </message>
    <message>
        <source>{no} — {ke} — {n} kartu — {tanggal}</source>
        <translation>{no} — {ke} — {n} cards — {tanggal}</translation>
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
        <source>Semua {n} kartu tidak ada…</source>
        <translation>All {n} cards missing…</translation>
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
        <source>Semua kartu tidak ada</source>
        <translation>All cards missing</translation>
    </message>
    <message>
        <source>Tidak ada satu pun dari {n} kartu kiriman {no} yang dipindai atau dicentang. Semua {n} kartu akan dicatat HILANG (perlu cetak ulang) dan kiriman ini ditutup. Lanjutkan?</source>
        <translation>None of the {n} cards of shipment {no} was scanned or ticked. All {n} cards will be recorded LOST (reprint needed) and this shipment closed. Continue?</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Berkas: %s</source>
        <translation>File: %s</translation>
    </message>
    <message>
        <source>Kata sandi cadangan</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <source>Periksa cadangan</source>
        <translation>Check the backup</translation>
    </message>
    <message>
        <source>Memulihkan mengganti seluruh isi basis data dengan isi cadangan. Basis data sekarang disimpan dulu di folder cadangan (sebelum-pulih) dan tidak dihapus. Setelah pemulihan, masuk lagi.</source>
        <translation>Restoring replaces the whole database with the backup&apos;s contents. The current database is first kept in the backup folder (sebelum-pulih) and is not deleted. After restoring, sign in again.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Memeriksa cadangan</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <source>Cadangan utuh: kantor %s, %s peristiwa, %s kartu, peristiwa terakhir %s. Integritas SQLite dan rantai hash diperiksa: semua benar.</source>
        <translation>Backup intact: office %s, %s events, %s cards, last event %s. SQLite integrity and the hash chains checked: all correct.</translation>
    </message>
    <message>
        <source>Memulihkan</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Dipulihkan</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Basis data dipulihkan: %s peristiwa, %s kartu, semua pemeriksaan lulus.
Basis data sebelumnya disimpan di:
%s</source>
        <translation>Database restored: %s events, %s cards, every check passed.
The previous database is kept in:
%s</translation>
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
        <source>Pilih alasan…</source>
        <translation>Choose a reason…</translation>
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
        <source>Pilih alasan kartu ini tidak dapat diserahkan, lalu catat lagi.</source>
        <translation>Choose why this card cannot be delivered, then record it again.</translation>
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
    <name>RiwayatPage</name>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Pencarian gagal: {message}</source>
        <translation>Search failed: {message}</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Semua peristiwa yang tercatat, terbaru di atas. Catatan ini tidak dapat diubah atau dihapus; setiap peristiwa terkunci dalam rantai hash.</source>
        <translation>Every recorded event, newest first. These records cannot be changed or deleted; every event is locked in a hash chain.</translation>
    </message>
    <message>
        <source>Cari KPJ, NIK, nama, no. dokumen</source>
        <translation>Search KPJ, NIK, name, document no.</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Klik kanan judul kolom untuk memilih kolom yang tampil.</source>
        <translation>Right-click a column heading to choose the columns shown.</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Catatan audit saja</source>
        <translation>Audit records only</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>%s peristiwa</source>
        <translation>%s events</translation>
    </message>
    <message>
        <source>Ekspor riwayat</source>
        <translation>Export the history</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%s peristiwa disimpan ke %s.</source>
        <translation>%s events saved to %s.</translation>
    </message>
    <message>
        <source>Mengekspor riwayat</source>
        <translation>Exporting the history</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>{first} atau {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <source>Anda hanya dapat melihat bagian ini; perubahannya dilakukan oleh {roles}.</source>
        <translation>You can only view this section; changes are made by {roles}.</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat memakai ini.</source>
        <translation>Only {roles} can use this.</translation>
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
    <message>
        <source>Identitas kantor</source>
        <translation>Office identity</translation>
    </message>
    <message>
        <source>Kop dan tanda tangan</source>
        <translation>Letterhead and signatures</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
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
    <message>
        <source>Cetak berita acara {no}</source>
        <translation>Print berita acara {no}</translation>
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
    <message>
        <source>Impor daftar pertama</source>
        <translation>Import the first list</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Kop surat dan penanda tangan</source>
        <translation>Letterhead and signatories</translation>
    </message>
    <message>
        <source>Pengguna admin</source>
        <translation>Admin user</translation>
    </message>
</context>
<context>
    <name>SheetStep</name>
    <message>
        <source>Berkas ini berisi beberapa lembar. Pilih lembar yang berisi daftar.</source>
        <translation>This file has several sheets. Choose the sheet with the list.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Masuk — SerahKartu</source>
        <translation>Sign in — SerahKartu</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Keluar dari aplikasi</source>
        <translation>Quit the app</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Masuk ke SerahKartu</source>
        <translation>Sign in to SerahKartu</translation>
    </message>
    <message>
        <source>Layar dikunci karena tidak dipakai. Masukkan kata sandi untuk melanjutkan, atau masuk sebagai pengguna lain.</source>
        <translation>The screen was locked because it was not in use. Enter your password to continue, or sign in as another user.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>mis. budi.santoso</source>
        <translation>e.g. budi.santoso</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
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
        <source>Baris {row}: </source>
        <translation>Row {row}: </translation>
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
    <name>SinkronisasiPage</name>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Terakhir dikirim</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>Terakhir diterima</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Berkas tertahan</source>
        <translation>Files on hold</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kartu (KPJ)</source>
        <translation>Card (KPJ)</translation>
    </message>
    <message>
        <source>Dari kantor</source>
        <translation>From office</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ditemukan</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Sinkronisasi antarkantor</source>
        <translation>Sync between offices</translation>
    </message>
    <message>
        <source>Bacakan sidik jari ini kepada kantor lain (telepon atau surat) saat mereka mencocokkannya; mereka membacakan sidik jari kantornya kepada Anda.</source>
        <translation>Read this fingerprint to the other office (by phone or letter) when they compare it; they read their office&apos;s fingerprint to you.</translation>
    </message>
    <message>
        <source>Menunggu dikirim: peristiwa kantor ini yang belum dikonfirmasi diterima kantor itu; semuanya ikut lagi di berkas berikutnya, jadi flashdisk yang hilang tidak menghilangkan data. Berkas tertahan: berkas yang datang sebelum berkas yang mendahuluinya; diterapkan sendiri begitu celahnya terisi.</source>
        <translation>Waiting to be sent: this office&apos;s events not yet confirmed as received by that office; they all go again in the next file, so a lost USB stick loses no data. Files on hold: files that arrived before the file that precedes them; applied by themselves as soon as the gap is filled.</translation>
    </message>
    <message>
        <source>Tandai sudah diperiksa…</source>
        <translation>Mark as reviewed…</translation>
    </message>
    <message>
        <source>Tidak ada konflik. Kartu yang dicatat oleh dua kantor muncul di sini.</source>
        <translation>No conflicts. Cards recorded by two offices appear here.</translation>
    </message>
    <message>
        <source>Terima berkas…</source>
        <translation>Receive a file…</translation>
    </message>
    <message>
        <source>Kirim berkas ke kecamatan terpilih…</source>
        <translation>Send a file to the selected kecamatan…</translation>
    </message>
    <message>
        <source>Kirim berkas ke kabupaten…</source>
        <translation>Send a file to the district…</translation>
    </message>
    <message>
        <source>Kirim ke semua kecamatan…</source>
        <translation>Send to every kecamatan…</translation>
    </message>
    <message>
        <source>Daftarkan kantor kecamatan…</source>
        <translation>Enrol a kecamatan office…</translation>
    </message>
    <message>
        <source>Simpan identitas kantor ini…</source>
        <translation>Save this office&apos;s identity…</translation>
    </message>
    <message>
        <source>Kantor ini: &lt;b&gt;{nama}&lt;/b&gt; ({kode}) &amp;nbsp;·&amp;nbsp; Sidik jari: &lt;b style=&apos;font-size:13pt&apos;&gt;{fp}&lt;/b&gt;</source>
        <translation>This office: &lt;b&gt;{nama}&lt;/b&gt; ({kode}) &amp;nbsp;·&amp;nbsp; Fingerprint: &lt;b style=&apos;font-size:13pt&apos;&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Belum ada kantor kecamatan yang terdaftar. Minta tiap kantor kecamatan menyimpan berkas identitasnya, lalu pilih &apos;Daftarkan kantor kecamatan…&apos; dan cocokkan sidik jarinya lewat telepon.</source>
        <translation>No kecamatan office is enrolled yet. Ask each kecamatan office to save its identity file, then choose &apos;Enrol a kecamatan office…&apos; and compare its fingerprint by phone.</translation>
    </message>
    <message>
        <source>Belum pernah menerima berkas dari kabupaten. Simpan identitas kantor ini dan serahkan ke kabupaten; lalu terima berkas pertama dari kabupaten dan cocokkan sidik jarinya.</source>
        <translation>No file received from the district yet. Save this office&apos;s identity and give it to the district; then receive the district&apos;s first file and compare its fingerprint.</translation>
    </message>
    <message>
        <source> — pendaftaran dicabut</source>
        <translation> — enrolment withdrawn</translation>
    </message>
    <message>
        <source>no. {n}, {t}</source>
        <translation>no. {n}, {t}</translation>
    </message>
    <message>
        <source>Konflik yang perlu diperiksa: {n}</source>
        <translation>Conflicts to review: {n}</translation>
    </message>
    <message>
        <source>Menulis berkas untuk {kode}</source>
        <translation>Writing the file for {kode}</translation>
    </message>
    <message>
        <source>Membuat berkas sinkronisasi</source>
        <translation>Making the sync file</translation>
    </message>
    <message>
        <source>Berkas nomor {n} untuk {nama}: {count} peristiwa → {path}</source>
        <translation>File number {n} for {nama}: {count} events → {path}</translation>
    </message>
    <message>
        <source>Berkas ditulis dan sudah diperiksa ulang:</source>
        <translation>Files written and checked again:</translation>
    </message>
    <message>
        <source>Membuka dan memeriksa berkas</source>
        <translation>Opening and checking the file</translation>
    </message>
    <message>
        <source>Menerima berkas sinkronisasi</source>
        <translation>Receiving the sync file</translation>
    </message>
    <message>
        <source>Pilih dulu kantor tujuan di tabel.</source>
        <translation>First choose the destination office in the table.</translation>
    </message>
    <message>
        <source>Pilih folder tujuan (mis. flashdisk)</source>
        <translation>Choose the destination folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Pilih berkas sinkronisasi</source>
        <translation>Choose the sync file</translation>
    </message>
    <message>
        <source>Berkas sinkronisasi (*.age);;Semua berkas (*)</source>
        <translation>Sync files (*.age);;All files (*)</translation>
    </message>
    <message>
        <source>kabupaten</source>
        <translation>district</translation>
    </message>
    <message>
        <source>Cocokkan sidik jari</source>
        <translation>Compare fingerprints</translation>
    </message>
    <message>
        <source>Berkas ini dari {nama} ({kode}).

Sidik jari {what}:

    {fp}

Telepon kantor itu dan minta mereka membacakan sidik jarinya (di halaman Sinkronisasi mereka). Apakah sama persis?</source>
        <translation>This file is from {nama} ({kode}).

Fingerprint of the {what}:

    {fp}

Phone that office and ask them to read out their fingerprint (on their Sync page). Is it exactly the same?</translation>
    </message>
    <message>
        <source>Pilih berkas identitas kantor kecamatan</source>
        <translation>Choose the kecamatan office&apos;s identity file</translation>
    </message>
    <message>
        <source>Berkas identitas (*.json);;Semua berkas (*)</source>
        <translation>Identity files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>kantor kecamatan</source>
        <translation>kecamatan office</translation>
    </message>
    <message>
        <source>{nama} terdaftar.</source>
        <translation>{nama} enrolled.</translation>
    </message>
    <message>
        <source>Simpan berkas identitas</source>
        <translation>Save the identity file</translation>
    </message>
    <message>
        <source>Berkas identitas (*.json)</source>
        <translation>Identity files (*.json)</translation>
    </message>
    <message>
        <source>Identitas disimpan ke {path}. Sidik jari: {fp}</source>
        <translation>Identity saved to {path}. Fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Konflik diperiksa</source>
        <translation>Conflict reviewed</translation>
    </message>
    <message>
        <source>Bagaimana konflik no. {n} diselesaikan? (mis. dicek dengan camat, koreksi dicatat)</source>
        <translation>How was conflict no. {n} resolved? (e.g. checked with the camat, correction recorded)</translation>
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
    <message>
        <source>Cetak berita acara {no}</source>
        <translation>Print berita acara {no}</translation>
    </message>
    <message>
        <source>Cetak daftar serah terima {desa}</source>
        <translation>Print the handover list of {desa}</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Buat akun admin…</source>
        <translation>Create the admin account…</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tambah pengguna…</source>
        <translation>Add a user…</translation>
    </message>
    <message>
        <source>Setel ulang kata sandi…</source>
        <translation>Reset the password…</translation>
    </message>
    <message>
        <source>Aktifkan/nonaktifkan</source>
        <translation>Activate/deactivate</translation>
    </message>
    <message>
        <source>Ubah kata sandi saya…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Kunci layar setelah tidak dipakai</source>
        <translation>Lock the screen when not in use for</translation>
    </message>
    <message>
        <source>Anda masuk sebagai %s.</source>
        <translation>You are signed in as %s.</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Kantor ini belum punya pengguna, jadi belum ada yang masuk dan catatan dibuat atas nama &quot;sistem&quot;. Buat akun admin: admin mengatur pengguna lain (petugas, pimpinan), pengaturan, dan pemulihan cadangan. Setelah itu setiap orang masuk dengan nama pengguna dan kata sandinya sendiri.</source>
        <translation>This office has no users yet, so nobody is signed in and records are made in the name of &quot;sistem&quot;. Create the admin account: the admin manages the other users (officers, heads), the settings and restoring backups. After that, everyone signs in with their own username and password.</translation>
    </message>
    <message>
        <source>Admin %s dibuat; Anda sekarang masuk sebagai admin itu.</source>
        <translation>Admin %s created; you are now signed in as that admin.</translation>
    </message>
    <message>
        <source>Pengguna %s dibuat.</source>
        <translation>User %s created.</translation>
    </message>
    <message>
        <source>Setel ulang kata sandi</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk %s:</source>
        <translation>New password for %s:</translation>
    </message>
    <message>
        <source>Kata sandi %s diganti.</source>
        <translation>Password of %s changed.</translation>
    </message>
    <message>
        <source>%s dinonaktifkan.</source>
        <translation>%s deactivated.</translation>
    </message>
    <message>
        <source>%s diaktifkan.</source>
        <translation>%s activated.</translation>
    </message>
    <message>
        <source>Ubah kata sandi</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>Kata sandi sekarang:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Kata sandi baru (min. 8):</source>
        <translation>New password (min. 8):</translation>
    </message>
    <message>
        <source>Kata sandi Anda diganti.</source>
        <translation>Your password was changed.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Memperbarui basis data untuk versi SerahKartu ini…
Hanya sekali; untuk data yang besar bisa beberapa menit.
Jangan tutup aplikasi atau matikan komputer.</source>
        <translation>Updating the database for this version of SerahKartu…
Only once; with a lot of data it may take a few minutes.
Do not close the app or switch off the computer.</translation>
    </message>
    <message>
        <source>Cadangan harian gagal: </source>
        <translation>Daily backup failed: </translation>
    </message>
</context>
</TS>
