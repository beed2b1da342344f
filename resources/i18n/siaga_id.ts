<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Siaga TPPO</source>
        <translation>Tentang Siaga TPPO</translation>
    </message>
    <message>
        <source>Helps village heads and lurah prevent trafficking in persons (TPPO) and people smuggling (TPPM). Works without internet; your data stays on this computer until you send it.</source>
        <translation>Membantu kepala desa dan lurah mencegah tindak pidana perdagangan orang (TPPO) dan penyelundupan manusia (TPPM). Bekerja tanpa internet; data Anda tetap di komputer ini sampai Anda mengirimnya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Area codes&lt;/b&gt; (provinsi, kabupaten/kota, kecamatan, desa/kelurahan): from the idn-area-data package version 4.0.1 by Fityan Ali Nugroho (github.com/fityannugroho/idn-area-data), based on the decree of the Ministry of Home Affairs (Kemendagri). Made available under the Open Database License (ODbL) 1.0.</source>
        <translation>&lt;b&gt;Kode wilayah&lt;/b&gt; (provinsi, kabupaten/kota, kecamatan, desa/kelurahan): dari paket idn-area-data versi 4.0.1 karya Fityan Ali Nugroho (github.com/fityannugroho/idn-area-data), berdasarkan keputusan Menteri Dalam Negeri (Kemendagri). Tersedia di bawah Open Database License (ODbL) 1.0.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Country names&lt;/b&gt;: the ISO 3166-1 list and its Indonesian translation from the Debian iso-codes project, as shipped in the pycountry package; GNU LGPL 2.1 or later (resources/countries).</source>
        <translation>&lt;b&gt;Nama negara&lt;/b&gt;: daftar ISO 3166-1 beserta terjemahan Indonesianya dari proyek iso-codes Debian, sebagaimana disertakan dalam paket pycountry; GNU LGPL 2.1 atau yang lebih baru (resources/countries).</translation>
    </message>
    <message>
        <source>Show the &amp;licence text (ODbL)</source>
        <translation>Tampilkan teks &amp;lisensi (ODbL)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The dates the content was checked cannot be read.</source>
        <translation>Tanggal pemeriksaan isi tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Content last checked against its sources on {date}: the material, the leaflets and the hotlines. Job-offer questions: version {version} of {released}.</source>
        <translation>Isi terakhir diperiksa dengan sumbernya pada {date}: materi, leaflet, dan nomor pengaduan. Daftar pertanyaan Cek Tawaran Kerja: versi {version}, {released}.</translation>
    </message>
</context>
<context>
    <name>AboutTab</name>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Folder data: {folder}</translation>
    </message>
    <message>
        <source>&amp;About Siaga TPPO and its data sources</source>
        <translation>&amp;Tentang Siaga TPPO dan sumber datanya</translation>
    </message>
</context>
<context>
    <name>AddressTokenFields</name>
    <message>
        <source>Show the token</source>
        <translation>Tampilkan token</translation>
    </message>
    <message>
        <source>Enter the access token without spaces.</source>
        <translation>Isi token akses tanpa spasi.</translation>
    </message>
    <message>
        <source>The address must start with https://, so that the token cannot be read on the way (http:// only for a receiver on this computer).</source>
        <translation>Alamat harus diawali https:// agar token tidak dapat dibaca di perjalanan (http:// hanya untuk penerima di komputer ini sendiri).</translation>
    </message>
    <message>
        <source>The address must start with https://, for example https://imigrasi.example/siaga</source>
        <translation>Alamat harus diawali https://, misalnya https://imigrasi.example/siaga</translation>
    </message>
    <message>
        <source>Enter the access token from the office&apos;s slip.</source>
        <translation>Isi token akses dari lembar token kantor.</translation>
    </message>
    <message>
        <source>The access token is too short.</source>
        <translation>Token akses terlalu pendek.</translation>
    </message>
    <message>
        <source>The access token has five groups of five letters and digits.</source>
        <translation>Token akses terdiri atas lima kelompok, masing-masing lima huruf dan angka.</translation>
    </message>
    <message>
        <source>Group {n} of the token must have five letters and digits.</source>
        <translation>Kelompok ke-{n} token harus berisi lima huruf dan angka.</translation>
    </message>
    <message>
        <source>Group {n} has a character tokens never use: there is no 0, O, 1, I or L in a token.</source>
        <translation>Kelompok ke-{n} memuat huruf yang tidak pernah dipakai token: token tidak pernah memuat 0, O, 1, I atau L.</translation>
    </message>
    <message>
        <source>Group {n} of the token has a typing mistake: compare it with the slip.</source>
        <translation>Ada salah ketik di kelompok ke-{n} token: cocokkan lagi dengan lembar token.</translation>
    </message>
</context>
<context>
    <name>ApproxDayEdit</name>
    <message>
        <source>Not known</source>
        <translation>Tidak tahu</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Tanggal pasti</translation>
    </message>
    <message>
        <source>Month and year only</source>
        <translation>Bulan dan tahun saja</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Tahun saja</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Your village</source>
        <translation>Desa Anda</translation>
    </message>
    <message>
        <source>Choose the province, regency, district and village this office serves.</source>
        <translation>Pilih provinsi, kabupaten/kota, kecamatan, dan desa/kelurahan yang dilayani kantor ini.</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Provinsi</translation>
    </message>
    <message>
        <source>&amp;Regency / city</source>
        <translation>&amp;Kabupaten/kota</translation>
    </message>
    <message>
        <source>&amp;District (kecamatan)</source>
        <translation>K&amp;ecamatan</translation>
    </message>
    <message>
        <source>&amp;Village (desa / kelurahan)</source>
        <translation>&amp;Desa/kelurahan</translation>
    </message>
    <message>
        <source>Area &amp;code</source>
        <translation>Kode &amp;wilayah</translation>
    </message>
    <message>
        <source>Type part of a name to search, or type the 10-digit area code if you know it.</source>
        <translation>Ketik sebagian nama untuk mencari, atau ketik kode wilayah 10 angka bila Anda tahu.</translation>
    </message>
    <message>
        <source>Area code {code} was not found. Check it, or choose from the lists.</source>
        <translation>Kode wilayah {code} tidak ditemukan. Periksa kodenya, atau pilih dari daftar.</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>{level} (recorded as an incident)</source>
        <translation>{level} (dicatat sebagai kejadian)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Opened with the passphrase</source>
        <translation>Dibuka dengan kata sandi</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Kata sandi salah</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <source>Protection set up</source>
        <translation>Perlindungan dipasang</translation>
    </message>
    <message>
        <source>Earlier data encrypted</source>
        <translation>Data lama dienkripsi</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>Kunci pemulihan dipakai</translation>
    </message>
    <message>
        <source>Export (encrypted)</source>
        <translation>Ekspor (terenkripsi)</translation>
    </message>
    <message>
        <source>Export WITHOUT encryption</source>
        <translation>Ekspor TANPA enkripsi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Printed with personal data</source>
        <translation>Dicetak dengan data pribadi</translation>
    </message>
    <message>
        <source>Office key made</source>
        <translation>Kunci kantor dibuat</translation>
    </message>
    <message>
        <source>Office public key saved to a file</source>
        <translation>Kunci publik kantor disimpan ke berkas</translation>
    </message>
    <message>
        <source>Office key installed</source>
        <translation>Kunci kantor dipasang</translation>
    </message>
    <message>
        <source>Village signing key made</source>
        <translation>Kunci tanda tangan desa dibuat</translation>
    </message>
    <message>
        <source>Village key registered</source>
        <translation>Kunci desa didaftarkan</translation>
    </message>
    <message>
        <source>Export from a changed village key held back</source>
        <translation>Ekspor dari kunci desa yang berubah ditahan</translation>
    </message>
    <message>
        <source>New village key accepted</source>
        <translation>Kunci desa baru diterima</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>how: {via}</source>
        <translation>cara: {via}</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} kali</translation>
    </message>
    <message>
        <source>to: {place}</source>
        <translation>ke: {place}</translation>
    </message>
    <message>
        <source>office: {office}</source>
        <translation>kantor: {office}</translation>
    </message>
    <message>
        <source>village: {code}</source>
        <translation>desa: {code}</translation>
    </message>
    <message>
        <source>with names, NIK and phone numbers</source>
        <translation>dengan nama, NIK dan nomor telepon</translation>
    </message>
    <message>
        <source>without names, NIK or phone numbers</source>
        <translation>tanpa nama, NIK atau nomor telepon</translation>
    </message>
    <message>
        <source>file: {name}</source>
        <translation>berkas: {name}</translation>
    </message>
    <message>
        <source>key fingerprint: {fp}</source>
        <translation>sidik kunci: {fp}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>alasan: {reason}</translation>
    </message>
    <message>
        <source>{rows} rows</source>
        <translation>{rows} baris</translation>
    </message>
    <message>
        <source>computer account: {name}</source>
        <translation>akun komputer: {name}</translation>
    </message>
    <message>
        <source>Content pack for the villages made</source>
        <translation>Paket isi untuk desa dibuat</translation>
    </message>
    <message>
        <source>Content pack from the office installed</source>
        <translation>Paket isi dari kantor dipasang</translation>
    </message>
    <message>
        <source>Content pack from the office undone (earlier content back)</source>
        <translation>Paket isi dari kantor dibatalkan (isi sebelumnya dipakai lagi)</translation>
    </message>
    <message>
        <source>pack number {number}</source>
        <translation>paket nomor {number}</translation>
    </message>
    <message>
        <source>Names, NIK and phone numbers of a record shown</source>
        <translation>Nama, NIK dan nomor telepon sebuah catatan ditampilkan</translation>
    </message>
    <message>
        <source>Another version of a record used</source>
        <translation>Versi lain sebuah catatan dipakai</translation>
    </message>
    <message>
        <source>Choice of a version undone</source>
        <translation>Pilihan versi dibatalkan</translation>
    </message>
    <message>
        <source>record no. {number}</source>
        <translation>catatan no. {number}</translation>
    </message>
    <message>
        <source>officer: {name}</source>
        <translation>petugas: {name}</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Every opening, wrong passphrase, export, import, printout with personal data and change of passphrase or keys is written here. Entries cannot be changed or deleted.</source>
        <translation>Setiap pembukaan data, kata sandi yang salah, ekspor, impor, cetakan berisi data pribadi, dan penggantian kata sandi atau kunci dicatat di sini. Catatan ini tidak dapat diubah atau dihapus.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Show &amp;older entries</source>
        <translation>Tampilkan catatan yang &amp;lebih lama</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries.</source>
        <translation>Menampilkan {shown} dari {total} catatan.</translation>
    </message>
</context>
<context>
    <name>BackupItem</name>
    <message>
        <source>&amp;Backups</source>
        <translation>Ca&amp;dangan</translation>
    </message>
    <message>
        <source>&lt;b&gt;The automatic backup could not be made today.&lt;/b&gt; Check that the disk has free space, then make a backup in Settings.</source>
        <translation>&lt;b&gt;Cadangan otomatis hari ini gagal dibuat.&lt;/b&gt; Periksa apakah disk masih punya ruang kosong, lalu buat cadangan di Pengaturan.</translation>
    </message>
    <message>
        <source>Backed up automatically every day; last on {when}.</source>
        <translation>Dicadangkan otomatis setiap hari; terakhir {when}.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Siaga TPPO backs up your data automatically once a day and keeps the last 14 daily backups in {folder}.</source>
        <translation>Siaga TPPO mencadangkan data Anda secara otomatis sekali sehari dan menyimpan 14 cadangan harian terakhir di {folder}.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Buat cadangan sekarang</translation>
    </message>
    <message>
        <source>&amp;Restore from backup</source>
        <translation>&amp;Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Restore from another &amp;file…</source>
        <translation>Pulihkan dari &amp;berkas lain…</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>harian</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>dibuat manual</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Sedang membuat cadangan…</translation>
    </message>
    <message>
        <source>Backup made: {when}.</source>
        <translation>Cadangan dibuat: {when}.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Pilih berkas cadangan</translation>
    </message>
    <message>
        <source>Siaga TPPO backups (*.sqlite3)</source>
        <translation>Cadangan Siaga TPPO (*.sqlite3)</translation>
    </message>
    <message>
        <source>The immigration office already holds newer data than this backup: it acknowledged export number {number} of {when}, with {changes} changes saved after this backup. They stay at the office, but this computer goes back to the backup; the office will see that this village went back to a backup. Tell the office.</source>
        <translation>Kantor imigrasi sudah menyimpan data yang lebih baru daripada cadangan ini: kantor sudah menerima ekspor nomor {number} tanggal {when}, yang memuat {changes} perubahan sesudah cadangan ini dibuat. Perubahan itu tetap ada di kantor, tetapi komputer ini kembali ke keadaan cadangan; kantor akan melihat bahwa desa ini memulihkan cadangan. Beri tahu kantor.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Everything saved after this backup was made will be replaced by the backup. Records and checks deleted for good stay deleted. A copy of the current data is kept as a backup first, so this can be undone.</source>
        <translation>Semua yang disimpan setelah cadangan ini dibuat akan diganti oleh isi cadangan. Catatan yang sudah dihapus permanen dan pemeriksaan yang sudah dihapus tetap terhapus. Data yang sekarang disimpan dulu sebagai cadangan, jadi langkah ini dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Pulihkan cadangan ini?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Sedang memulihkan…</translation>
    </message>
    <message>
        <source>The backup has been restored.</source>
        <translation>Cadangan sudah dipulihkan.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Kata sandi sekarang</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Kata sandi &amp;sekarang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Kata sandi sekarang belum benar.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>Terlalu banyak kata sandi salah. Coba lagi {seconds} detik lagi.</translation>
    </message>
    <message>
        <source>The key file does not belong to the open data.</source>
        <translation>Berkas kunci bukan milik data yang sedang dibuka.</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Install the content from the office?</source>
        <translation>Pasang isi dari kantor?</translation>
    </message>
    <message>
        <source>Content pack number {number} from {office}, made on {date}.</source>
        <translation>Paket isi nomor {number} dari {office}, dibuat {date}.</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Yang berubah</translation>
    </message>
    <message>
        <source>Nothing you recorded changes. You can bring back the content shown now with “Bring back the earlier content” on this page.</source>
        <translation>Catatan Anda tidak berubah sedikit pun. Isi yang tampil sekarang dapat dipakai lagi dengan tombol “Kembalikan isi sebelumnya” di halaman ini.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Pasang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Nothing the village sees changes.</source>
        <translation>Tidak ada yang berubah pada yang dilihat desa.</translation>
    </message>
    <message>
        <source>Warnings about recruiters</source>
        <translation>Peringatan tentang perekrut</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Baru:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Diubah:</translation>
    </message>
    <message>
        <source>Withdrawn:</source>
        <translation>Dicabut:</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Nomor layanan</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ditambahkan:</translation>
    </message>
    <message>
        <source>No longer listed:</source>
        <translation>Tidak dicantumkan lagi:</translation>
    </message>
    <message>
        <source>Check a job offer</source>
        <translation>Cek Tawaran Kerja</translation>
    </message>
    <message>
        <source>New checks use the questions of version {after} instead of version {before}. Checks already saved keep the questions they were made with.</source>
        <translation>Cek baru memakai pertanyaan versi {after}, bukan lagi versi {before}. Cek yang sudah disimpan tetap memakai pertanyaan saat cek itu dibuat.</translation>
    </message>
    <message>
        <source>Material and leaflets</source>
        <translation>Materi dan leaflet</translation>
    </message>
    <message>
        <source>New topics:</source>
        <translation>Topik baru:</translation>
    </message>
    <message>
        <source>Topics rewritten:</source>
        <translation>Topik yang ditulis ulang:</translation>
    </message>
    <message>
        <source>Topics taken away:</source>
        <translation>Topik yang dihapus:</translation>
    </message>
    <message>
        <source>Contacts from the office</source>
        <translation>Kontak dari kantor</translation>
    </message>
    <message>
        <source>The office&apos;s own contact details change.</source>
        <translation>Kontak kantor imigrasi sendiri berubah.</translation>
    </message>
</context>
<context>
    <name>CheckTable</name>
    <message>
        <source>Checked</source>
        <translation>Diperiksa</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kel.</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Job offered</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Company or recruiter</source>
        <translation>Perusahaan atau perekrut</translation>
    </message>
    <message>
        <source>Recorded as incident</source>
        <translation>Jadi catatan kejadian</translation>
    </message>
</context>
<context>
    <name>CheckTableModel</name>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Job-offer check</source>
        <translation>Cek tawaran kerja</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Buka catatan itu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>This check is no longer held here.</source>
        <translation>Cek ini tidak ada lagi di sini.</translation>
    </message>
    <message>
        <source>village not known</source>
        <translation>desa tidak diketahui</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>{kind} {village}, Kec. {district}</source>
        <translation>{kind} {village}, Kec. {district}</translation>
    </message>
    <message>
        <source>Job-offer check — {place}</source>
        <translation>Cek tawaran kerja — {place}</translation>
    </message>
    <message>
        <source>It was not recorded as an incident.</source>
        <translation>Cek ini tidak dicatat sebagai kejadian.</translation>
    </message>
    <message>
        <source>It was recorded as an incident that is not held here.</source>
        <translation>Cek ini dicatat sebagai kejadian, tetapi catatan itu tidak ada di sini.</translation>
    </message>
    <message>
        <source>Recorded as incident no. {number}.</source>
        <translation>Dicatat sebagai kejadian no. {number}.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Very high risk</source>
        <translation>Risiko sangat tinggi</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risiko tinggi</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risiko sedang</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risiko rendah</translation>
    </message>
    <message>
        <source>There is a clear danger sign of trafficking or smuggling. The authorities must be told now.</source>
        <translation>Ada tanda bahaya yang jelas dari perdagangan orang atau penyelundupan manusia. Pihak berwenang harus segera diberi tahu.</translation>
    </message>
    <message>
        <source>There are strong risk signs. Nothing should go ahead before the authorities have checked the offer.</source>
        <translation>Ada tanda risiko yang kuat. Jangan lanjutkan apa pun sebelum pihak berwenang memeriksa tawaran ini.</translation>
    </message>
    <message>
        <source>There are risk signs to check before anything goes ahead.</source>
        <translation>Ada tanda risiko yang perlu dicek sebelum melanjutkan apa pun.</translation>
    </message>
    <message>
        <source>The answers given show no strong risk sign.</source>
        <translation>Dari jawaban yang diberikan, tidak ada tanda risiko yang kuat.</translation>
    </message>
    <message>
        <source>Things not known yet, to be checked: {count}.</source>
        <translation>Hal yang belum diketahui dan perlu dicek: {count}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Tidak tahu</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <source>DANGER SIGN</source>
        <translation>TANDA BAHAYA</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Check a job offer</source>
        <translation>Cek Tawaran Kerja</translation>
    </message>
    <message>
        <source>Some questions are not answered</source>
        <translation>Ada pertanyaan yang belum dijawab</translation>
    </message>
    <message>
        <source>{count} question(s) have no answer. They will be counted as Don&apos;t know and listed as things to check.</source>
        <translation>{count} pertanyaan belum dijawab. Pertanyaan itu akan dianggap &quot;Tidak tahu&quot; dan dicantumkan sebagai hal yang perlu dicek.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Lihat hasil</translation>
    </message>
    <message>
        <source>Keep answering</source>
        <translation>Lanjut menjawab</translation>
    </message>
    <message>
        <source>This check was made with question list version {version}, which this copy of Siaga TPPO does not have. Please install the newest version.</source>
        <translation>Pemeriksaan ini dibuat dengan daftar pertanyaan versi {version}, yang tidak ada di Siaga TPPO ini. Silakan pasang versi terbaru.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Tutup tanpa menyimpan?</translation>
    </message>
    <message>
        <source>This check has not been saved. Its answers will be lost.</source>
        <translation>Pemeriksaan ini belum disimpan. Jawabannya akan hilang.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Stop this check?</source>
        <translation>Hentikan pemeriksaan ini?</translation>
    </message>
    <message>
        <source>The answers given so far will be lost.</source>
        <translation>Jawaban yang sudah diberikan akan hilang.</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Hentikan pemeriksaan</translation>
    </message>
    <message>
        <source>Delete this check?</source>
        <translation>Hapus pemeriksaan ini?</translation>
    </message>
    <message>
        <source>The saved check will be removed from this computer, and from the immigration office&apos;s register once the next export reaches it. A printed sheet or a recorded incident is not affected.</source>
        <translation>Pemeriksaan tersimpan ini akan dihapus dari komputer ini, dan dari daftar kantor imigrasi begitu ekspor berikutnya sampai di sana. Lembar yang sudah dicetak atau catatan kejadian yang sudah dibuat tidak terpengaruh.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Result sheet saved: {path}</source>
        <translation>Lembar hasil disimpan: {path}</translation>
    </message>
    <message>
        <source>A check that was not finished has been brought back. Carry on answering, or press Cancel on the first screen to stop it.</source>
        <translation>Pemeriksaan yang belum selesai dibuka kembali. Lanjutkan menjawab, atau tekan Batal di layar pertama untuk menghentikannya.</translation>
    </message>
</context>
<context>
    <name>ChecksItem</name>
    <message>
        <source>&amp;History of checks</source>
        <translation>Lihat &amp;riwayat cek</translation>
    </message>
    <message>
        <source>No job offer has been checked yet in {month}.</source>
        <translation>Belum ada tawaran kerja yang dicek pada {month}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job offers checked in {month}: {count}&lt;/b&gt; ({high} at a high risk).</source>
        <translation>&lt;b&gt;Tawaran kerja dicek {month}: {count}&lt;/b&gt; ({high} berisiko tinggi).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job offers checked in {month}: {count}&lt;/b&gt; (none at a high risk).</source>
        <translation>&lt;b&gt;Tawaran kerja dicek {month}: {count}&lt;/b&gt; (tidak ada yang berisiko tinggi).</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Village checks</source>
        <translation>Cek dari desa</translation>
    </message>
    <message>
        <source>Job-offer checks from the villages</source>
        <translation>Cek tawaran kerja dari desa</translation>
    </message>
    <message>
        <source>Every risk level</source>
        <translation>Semua tingkat risiko</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>No stage (question list version 1)</source>
        <translation>Tanpa tahap (daftar pertanyaan versi 1)</translation>
    </message>
    <message>
        <source>any destination</source>
        <translation>semua tujuan</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Desa/kelurahan:</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>T&amp;ahap:</translation>
    </message>
    <message>
        <source>D&amp;estination:</source>
        <translation>T&amp;ujuan:</translation>
    </message>
    <message>
        <source>Checked &amp;from:</source>
        <translation>Diperiksa da&amp;ri:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;sampai:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Tampilkan se&amp;mua</translation>
    </message>
    <message>
        <source>Checks of all villages</source>
        <translation>Cek dari semua desa</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>By risk level</source>
        <translation>Menurut tingkat risiko</translation>
    </message>
    <message>
        <source>By destination (as written at the village)</source>
        <translation>Menurut tujuan (seperti ditulis di desa)</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Menurut tahap</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>No checks yet. Villages send their saved job-offer checks with their exports.</source>
        <translation>Belum ada cek. Desa mengirim cek tawaran kerja yang tersimpan bersama ekspornya.</translation>
    </message>
    <message>
        <source>{count} checks.</source>
        <translation>{count} cek.</translation>
    </message>
    <message>
        <source>{shown} of {count} checks shown.</source>
        <translation>{shown} dari {count} cek ditampilkan.</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(tidak ditulis)</translation>
    </message>
    <message>
        <source>{count} other destinations</source>
        <translation>{count} tujuan lain</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Semua desa/kelurahan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
</context>
<context>
    <name>CodeChangeBox</name>
    <message>
        <source>The government changed the village&apos;s code?</source>
        <translation>Kode desa diubah pemerintah?</translation>
    </message>
    <message>
        <source>Only after a pemekaran or a new code from Kemendagri. The immigration office then keeps this village&apos;s records under the new code, and remembers the old.</source>
        <translation>Hanya setelah pemekaran atau ada kode baru dari Kemendagri. Kantor imigrasi lalu menyimpan catatan desa ini dengan kode baru dan tetap mengingat kode lama.</translation>
    </message>
    <message>
        <source>C&amp;hange the area code…</source>
        <translation>&amp;Ganti kode wilayah…</translation>
    </message>
</context>
<context>
    <name>CodeChangeDialog</name>
    <message>
        <source>Change the area code</source>
        <translation>Ganti kode wilayah</translation>
    </message>
    <message>
        <source>Now: {village} ({code}). Choose the village as the new official list names it, and write why the code changed (for example the regulation on the pemekaran).</source>
        <translation>Sekarang: {village} ({code}). Pilih desa sesuai nama dalam daftar resmi yang baru, lalu tulis mengapa kodenya berubah (misalnya peraturan tentang pemekaran).</translation>
    </message>
    <message>
        <source>&amp;Why did the code change?</source>
        <translation>&amp;Mengapa kodenya berubah?</translation>
    </message>
    <message>
        <source>for example: Pemekaran, Perda Kabupaten 2026</source>
        <translation>misalnya: Pemekaran, Perda Kabupaten 2026</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>Ganti kode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>That is already this village&apos;s code. Choose the new one.</source>
        <translation>Itu kode desa ini yang sekarang. Pilih kode yang baru.</translation>
    </message>
    <message>
        <source>Choose the village in all four lists, or type its new code.</source>
        <translation>Pilih desa di keempat daftar, atau ketik kode barunya.</translation>
    </message>
    <message>
        <source>Write why the code changed.</source>
        <translation>Tulis alasan kodenya berubah.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Alasannya terlalu panjang.</translation>
    </message>
    <message>
        <source>The area code of this village cannot be changed.</source>
        <translation>Kode wilayah desa ini tidak dapat diganti.</translation>
    </message>
    <message>
        <source>Change the area code?</source>
        <translation>Ganti kode wilayah?</translation>
    </message>
    <message>
        <source>{old} ({old_code}) becomes {new} ({new_code}). Do this only when the government changed the code. The change is recorded, signed with this village&apos;s key and sent to the immigration office with the next export; it cannot be undone here.</source>
        <translation>{old} ({old_code}) menjadi {new} ({new_code}). Lakukan ini hanya bila pemerintah memang mengubah kodenya. Perubahan ini dicatat, ditandatangani dengan kunci desa ini, dan dikirim ke kantor imigrasi bersama ekspor berikutnya; perubahan ini tidak dapat dibatalkan di sini.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>that code is already this village&apos;s code</source>
        <translation>kode itu sudah kode desa ini</translation>
    </message>
    <message>
        <source>that code is not a village (desa or kelurahan) in Kemendagri&apos;s official list</source>
        <translation>kode itu bukan desa/kelurahan dalam daftar resmi Kemendagri</translation>
    </message>
    <message>
        <source>the reason must be filled in</source>
        <translation>alasan wajib diisi</translation>
    </message>
    <message>
        <source>the reason is too long (500 characters at most)</source>
        <translation>alasan terlalu panjang (paling banyak 500 huruf)</translation>
    </message>
    <message>
        <source>a made-up MODE LATIHAN village; its code is not changed</source>
        <translation>desa MODE LATIHAN fiktif; kodenya tidak diganti</translation>
    </message>
    <message>
        <source>this folder holds no village&apos;s data yet (command init)</source>
        <translation>folder ini belum berisi data desa (perintah init)</translation>
    </message>
    <message>
        <source>change this village&apos;s area code (a split or a change of code by Kemendagri); signed with the village&apos;s key, recorded, and carried to the office by the next export</source>
        <translation>ganti kode wilayah desa ini (pemekaran atau perubahan kode dari Kemendagri); ditandatangani kunci desa, dicatat, dan dibawa ekspor berikutnya ke kantor</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>the new area code</source>
        <translation>kode wilayah baru</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ALASAN</translation>
    </message>
    <message>
        <source>why the code changed, for example &quot;Pemekaran Kecamatan Bangko (Permendagri ...)&quot;</source>
        <translation>mengapa kode berubah, misalnya &quot;Pemekaran Kecamatan Bangko (Permendagri ...)&quot;</translation>
    </message>
    <message>
        <source>The folder {folder} is not set up yet (command init).</source>
        <translation>Folder {folder} belum disiapkan (perintah init).</translation>
    </message>
    <message>
        <source>The area code data cannot be read: {detail}</source>
        <translation>Data kode wilayah tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>The area code was not changed: {why}. Nothing was written.</source>
        <translation>Kode wilayah tidak diganti: {why}. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Area code changed: {before} ({before_code}) became {village}, Kec. {district}, {regency} ({code}). The change is signed with the village&apos;s key and carried by the next export to the immigration office.</source>
        <translation>Kode wilayah diganti: {before} ({before_code}) menjadi {village}, Kec. {district}, {regency} ({code}). Perubahan ini ditandatangani kunci desa dan dibawa ekspor berikutnya ke kantor imigrasi.</translation>
    </message>
    <message>
        <source>export keys: save the office&apos;s public key, install the office&apos;s key in the village</source>
        <translation>kunci ekspor: simpan kunci publik kantor, pasang kunci kantor di desa</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>LANGKAH</translation>
    </message>
    <message>
        <source>(office) save the office&apos;s public key to a file for the villages</source>
        <translation>(kantor) simpan kunci publik kantor ke berkas untuk desa</translation>
    </message>
    <message>
        <source>the file to write, for example E:/kunci.siagakunci</source>
        <translation>berkas tujuan, misalnya E:/kunci.siagakunci</translation>
    </message>
    <message>
        <source>(village) install the office&apos;s public key from a file</source>
        <translation>(desa) pasang kunci publik kantor dari berkas</translation>
    </message>
    <message>
        <source>DIGITS</source>
        <translation>ANGKA</translation>
    </message>
    <message>
        <source>the key fingerprint read out by the office; when given it must match (without asking)</source>
        <translation>sidik kunci yang dibacakan kantor; bila diberikan harus sama (tanpa bertanya)</translation>
    </message>
    <message>
        <source>(office) save the registered villages&apos; keys, for the receiver (receive --keys)</source>
        <translation>(kantor) simpan kunci desa yang terdaftar, untuk penerima (receive --keys)</translation>
    </message>
    <message>
        <source>show the key fingerprint of this village or office</source>
        <translation>tampilkan sidik kunci desa atau kantor ini</translation>
    </message>
    <message>
        <source>(office) villages whose exports are held until their key fingerprint is compared</source>
        <translation>(kantor) desa yang ekspornya ditahan sampai sidik kuncinya dicocokkan</translation>
    </message>
    <message>
        <source>(office) accept the village&apos;s key (once its fingerprint is compared); the held exports are imported</source>
        <translation>(kantor) terima kunci desa (sesudah sidik kuncinya dicocokkan); ekspor ditahan diimpor</translation>
    </message>
    <message>
        <source>(office) refuse the village&apos;s key; the exports held with that key are deleted unread</source>
        <translation>(kantor) tolak kunci desa; ekspor yang ditahan dengan kunci itu dihapus tanpa dibaca</translation>
    </message>
    <message>
        <source>the village&apos;s area code</source>
        <translation>kode wilayah desa</translation>
    </message>
    <message>
        <source>the key fingerprint read out by the village or written on its registration sheet</source>
        <translation>sidik kunci yang dibacakan desa atau tertulis di lembar pendaftarannya</translation>
    </message>
    <message>
        <source>The office&apos;s key is installed in the data of a village.</source>
        <translation>Kunci kantor dipasang di data desa/kelurahan.</translation>
    </message>
    <message>
        <source>Only an immigration office&apos;s data has a public key for villages.</source>
        <translation>Hanya data kantor imigrasi yang mempunyai kunci publik untuk desa.</translation>
    </message>
    <message>
        <source>Registered village keys are only in an office&apos;s data.</source>
        <translation>Kunci desa terdaftar hanya ada di data kantor.</translation>
    </message>
    <message>
        <source>The file {file} cannot be written: {reason}</source>
        <translation>Berkas {file} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>The public key of {office} is saved: {file}</source>
        <translation>Kunci publik {office} disimpan: {file}</translation>
    </message>
    <message>
        <source>Key fingerprint (read it out to the villages by telephone): {fingerprint}</source>
        <translation>Sidik kunci (bacakan ke desa lewat telepon): {fingerprint}</translation>
    </message>
    <message>
        <source>{count} village keys saved: {file}</source>
        <translation>{count} kunci desa disimpan: {file}</translation>
    </message>
    <message>
        <source>{file} is not a whole office key file of Siaga TPPO.</source>
        <translation>{file} bukan berkas kunci kantor Siaga TPPO yang utuh.</translation>
    </message>
    <message>
        <source>Key from: {office}</source>
        <translation>Kunci dari: {office}</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Sidik kunci: {fingerprint}</translation>
    </message>
    <message>
        <source>The office&apos;s key is installed. From the next export on only {office} can read them.</source>
        <translation>Kunci kantor dipasang. Ekspor berikutnya hanya dapat dibaca {office}.</translation>
    </message>
    <message>
        <source>The fingerprint is NOT THE SAME as the one the office read out. The key was not installed. Ask the office itself for the right key file.</source>
        <translation>Sidik kunci TIDAK SAMA dengan yang dibacakan kantor. Kunci tidak dipasang. Minta berkas kunci yang benar langsung dari kantor.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the office: run this again with --fingerprint ANGKA, or in a terminal. The key is not installed yet.</source>
        <translation>Cocokkan sidik kunci dengan kantor: jalankan lagi dengan --fingerprint ANGKA, atau di terminal. Kunci belum dipasang.</translation>
    </message>
    <message>
        <source>Is the fingerprint the same as the one the office read out? (ya/tidak)</source>
        <translation>Apakah sidik kunci sama dengan yang dibacakan kantor? (ya/tidak)</translation>
    </message>
    <message>
        <source>The key was not installed.</source>
        <translation>Kunci tidak dipasang.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>The office&apos;s key fingerprint: {fingerprint}</source>
        <translation>Sidik kunci kantor: {fingerprint}</translation>
    </message>
    <message>
        <source>The village&apos;s key fingerprint: {fingerprint}</source>
        <translation>Sidik kunci desa: {fingerprint}</translation>
    </message>
    <message>
        <source>The office&apos;s key: not installed yet</source>
        <translation>Kunci kantor: belum dipasang</translation>
    </message>
    <message>
        <source>The office&apos;s key: {office}, fingerprint {fingerprint}</source>
        <translation>Kunci kantor: {office}, sidik {fingerprint}</translation>
    </message>
    <message>
        <source>first export</source>
        <translation>ekspor pertama</translation>
    </message>
    <message>
        <source>a key other than the registered one</source>
        <translation>kunci berbeda dengan yang terdaftar</translation>
    </message>
    <message>
        <source>{code}: {why}; key fingerprint {fingerprint}; {count} exports held since {date}</source>
        <translation>{code}: {why}; sidik kunci {fingerprint}; {count} ekspor ditahan sejak {date}</translation>
    </message>
    <message>
        <source>No export is held for {code} with that fingerprint. See siaga-tppo keys held. Nothing was changed.</source>
        <translation>Tidak ada ekspor yang ditahan untuk {code} dengan sidik kunci itu. Lihat siaga-tppo keys held. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Key refused: {count} exports from {code} deleted unread.</source>
        <translation>Kunci ditolak: {count} ekspor dari {code} dihapus tanpa dibaca.</translation>
    </message>
    <message>
        <source>The key of {code} is accepted (fingerprint {fingerprint}).</source>
        <translation>Kunci {code} diterima (sidik {fingerprint}).</translation>
    </message>
    <message>
        <source>fill in made-up incident records (for training and speed tests)</source>
        <translation>isi catatan kejadian fiktif (untuk latihan dan uji kecepatan)</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>JUMLAH</translation>
    </message>
    <message>
        <source>number of records (default: 300)</source>
        <translation>jumlah catatan (bawaan: 300)</translation>
    </message>
    <message>
        <source>The number of records must be 1 or more.</source>
        <translation>Jumlah catatan harus 1 atau lebih.</translation>
    </message>
    <message>
        <source>Name the folder for the sample data with --data-dir FOLDER.</source>
        <translation>Sebutkan folder untuk data contoh dengan --data-dir FOLDER.</translation>
    </message>
    <message>
        <source>The folder {folder} holds a real village&apos;s data (protected by a passphrase). Sample data is made only in a new folder or a training folder. Nothing was written.</source>
        <translation>Folder {folder} berisi data desa sebenarnya (dilindungi kata sandi). Data contoh hanya dibuat di folder baru atau folder latihan. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The folder {folder} holds a real village&apos;s data. Sample data is made only in a new folder or a training folder. Nothing was written.</source>
        <translation>Folder {folder} berisi data desa sebenarnya. Data contoh hanya dibuat di folder baru atau folder latihan. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The sample data could not be made in {folder}: {detail}</source>
        <translation>Gagal membuat data contoh di {folder}: {detail}</translation>
    </message>
    <message>
        <source>Ready: {count} made-up incident records made ({seconds} seconds). Data in {folder}</source>
        <translation>Siap: {count} catatan kejadian fiktif dibuat ({seconds} detik). Data di {folder}</translation>
    </message>
    <message>
        <source>a three-fold leaflet</source>
        <translation>leaflet lipat tiga</translation>
    </message>
    <message>
        <source>a poster</source>
        <translation>poster</translation>
    </message>
    <message>
        <source>pocket cards</source>
        <translation>kartu saku</translation>
    </message>
    <message>
        <source>make a PDF of the trifold leaflet, the poster or the pocket card with the village&apos;s contacts</source>
        <translation>buat PDF leaflet lipat tiga, poster, atau kartu saku dengan kontak desa</translation>
    </message>
    <message>
        <source>trifold = trifold leaflet, poster = poster, card = pocket card</source>
        <translation>trifold = leaflet lipat tiga, poster = poster, card = kartu saku</translation>
    </message>
    <message>
        <source>paper size (default: a4)</source>
        <translation>ukuran kertas (bawaan: a4)</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>BERKAS.pdf</translation>
    </message>
    <message>
        <source>the PDF to make</source>
        <translation>PDF yang dibuat</translation>
    </message>
    <message>
        <source>language of the contents (default: id)</source>
        <translation>bahasa isi (bawaan: id)</translation>
    </message>
    <message>
        <source>There is no village data in {folder} yet. Set it up first with: siaga-tppo init --data-dir FOLDER --village KODE --head NAMA</source>
        <translation>Belum ada data desa di {folder}. Siapkan dulu dengan: siaga-tppo init --data-dir FOLDER --village KODE --head NAMA</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>Folder {folder} tidak ada. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The village profile in {folder} is not filled in yet. Run siaga-tppo init first.</source>
        <translation>Profil desa di {folder} belum diisi. Jalankan siaga-tppo init dulu.</translation>
    </message>
    <message>
        <source>The app&apos;s material content is damaged or missing: {detail}</source>
        <translation>Isi materi aplikasi rusak atau hilang: {detail}</translation>
    </message>
    <message>
        <source>The text does not fit on this paper. Shorten the contact names in the village profile, or use --paper f4. Nothing was written.</source>
        <translation>Teks tidak muat di kertas ini. Pendekkan nama kontak di profil desa, atau pakai --paper f4. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Ready: {kind} {paper} for {village}: {file}</source>
        <translation>Siap: {kind} {paper} untuk {village}: {file}</translation>
    </message>
    <message>
        <source>(office) recap of the villages&apos; records for a month, quarter or year, to PDF or XLSX</source>
        <translation>(kantor) rekap catatan desa satu bulan, triwulan, atau tahun ke PDF atau XLSX</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIODE</translation>
    </message>
    <message>
        <source>month 2026-11, quarter 2026-Q4, or year 2026</source>
        <translation>bulan 2026-11, triwulan 2026-Q4, atau tahun 2026</translation>
    </message>
    <message>
        <source>a .pdf or .xlsx file</source>
        <translation>berkas .pdf atau .xlsx</translation>
    </message>
    <message>
        <source>PDF paper size (default: a4)</source>
        <translation>ukuran kertas PDF (bawaan: a4)</translation>
    </message>
    <message>
        <source>&apos;{period}&apos; is not a period. For example: 2026-11 (a month), 2026-Q4 (a quarter), 2026 (a year). Nothing was written.</source>
        <translation>&apos;{period}&apos; bukan periode. Contoh: 2026-11 (bulan), 2026-Q4 (triwulan), 2026 (tahun). Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The file {file} must end in .pdf or .xlsx. Nothing was written.</source>
        <translation>Berkas {file} harus berakhiran .pdf atau .xlsx. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The folder {folder} is not set up yet (command init --office &quot;NAMA&quot; --covers KODE).</source>
        <translation>Folder {folder} belum disiapkan (perintah init --office &quot;NAMA&quot; --covers KODE).</translation>
    </message>
    <message>
        <source>The folder {folder} is not an immigration office&apos;s data: a recap is made at the office. Nothing was written.</source>
        <translation>Folder {folder} bukan data kantor imigrasi: rekap dibuat di kantor. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The recap cannot be saved in {folder} ({reason}). Choose another folder. The office&apos;s data is unchanged.</source>
        <translation>Rekap tidak dapat disimpan di {folder} ({reason}). Pilih folder lain. Data kantor tidak berubah.</translation>
    </message>
    <message>
        <source>Recap {period}: {records} records from {villages} villages, {events} awareness events. Saved: {file}</source>
        <translation>Rekap {period}: {records} catatan dari {villages} desa/kelurahan, {events} kegiatan sosialisasi. Disimpan: {file}</translation>
    </message>
    <message>
        <source>Bhabinkamtibmas</source>
        <translation>Bhabinkamtibmas</translation>
    </message>
    <message>
        <source>Babinsa</source>
        <translation>Babinsa</translation>
    </message>
    <message>
        <source>Immigration office</source>
        <translation>Kantor Imigrasi</translation>
    </message>
    <message>
        <source>District manpower office</source>
        <translation>Dinas tenaga kerja kabupaten</translation>
    </message>
    <message>
        <source>BP3MI/P4MI</source>
        <translation>BP3MI/P4MI</translation>
    </message>
    <message>
        <source>set up the village&apos;s profile, or an immigration office, without the window (for many PCs)</source>
        <translation>siapkan profil desa, atau kantor imigrasi, tanpa jendela (untuk banyak PC)</translation>
    </message>
    <message>
        <source>name of the village head or lurah</source>
        <translation>nama kepala desa/lurah</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>NOMOR</translation>
    </message>
    <message>
        <source>telephone of the village office</source>
        <translation>telepon kantor desa</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>PERAN</translation>
    </message>
    <message>
        <source>a local contact for the leaflet (may be repeated); PERAN: {roles}. NAMA or NOMOR may be &quot;&quot; when not known yet. Example: --kontak bp3mi &quot;BP3MI Riau&quot; &quot;&quot;</source>
        <translation>kontak setempat untuk leaflet (boleh diulang); PERAN: {roles}. NAMA atau NOMOR boleh &quot;&quot; bila belum diketahui. Contoh: --kontak bp3mi &quot;BP3MI Riau&quot; &quot;&quot;</translation>
    </message>
    <message>
        <source>save the recovery key sheet (PDF) to this file when a new passphrase is set</source>
        <translation>simpan lembar kunci pemulihan (PDF) ke berkas ini bila kata sandi baru dipasang</translation>
    </message>
    <message>
        <source>set up as an Immigration Office with this name</source>
        <translation>siapkan sebagai Kantor Imigrasi dengan nama ini</translation>
    </message>
    <message>
        <source>CODE,CODE</source>
        <translation>KODE,KODE</translation>
    </message>
    <message>
        <source>codes of the regencies or cities the office covers, for example 15.01,15.02</source>
        <translation>kode kabupaten/kota wilayah kerja kantor, misalnya 15.01,15.02</translation>
    </message>
    <message>
        <source>The data in {folder} could not be set up: {detail}</source>
        <translation>Gagal menyiapkan data di {folder}: {detail}</translation>
    </message>
    <message>
        <source>Ready: {place}, {regency} ({code}). Data in {folder}</source>
        <translation>Siap: {place}, {regency} ({code}). Data di {folder}</translation>
    </message>
    <message>
        <source>Local contacts for the leaflet: {names}.</source>
        <translation>Kontak setempat untuk leaflet: {names}.</translation>
    </message>
    <message>
        <source>The area code &apos;{code}&apos; is not shaped like a village&apos;s code (for example 15.02.02.2004).</source>
        <translation>Kode wilayah &apos;{code}&apos; tidak berbentuk kode desa/kelurahan (contoh: 15.02.02.2004).</translation>
    </message>
    <message>
        <source>The area code {code} is not in Kemendagri&apos;s official list. Check the code again.</source>
        <translation>Kode wilayah {code} tidak ada dalam daftar resmi Kemendagri. Periksa kembali kodenya.</translation>
    </message>
    <message>
        <source>Not valid: {field} {rule}</source>
        <translation>Isian tidak sah: {field} {rule}</translation>
    </message>
    <message>
        <source>The contact role &apos;{role}&apos; is not known. Choose one of: {roles}.</source>
        <translation>Peran kontak &apos;{role}&apos; tidak dikenal. Pilih salah satu: {roles}.</translation>
    </message>
    <message>
        <source>The folder {folder} holds an immigration office&apos;s data. A village uses a folder of its own.</source>
        <translation>Folder {folder} berisi data kantor imigrasi. Desa memakai folder sendiri.</translation>
    </message>
    <message>
        <source>The folder {folder} holds training (made-up) data. Training data cannot become a real village&apos;s data: set the village up in a new folder.</source>
        <translation>Folder {folder} berisi data latihan (fiktif). Data latihan tidak dapat menjadi data desa sebenarnya: siapkan desa di folder baru.</translation>
    </message>
    <message>
        <source>The folder {folder} is already set up for {village} ({code}). A village&apos;s area code is not changed by init. If the code has really changed (a new district, or a code changed by Kemendagri), use: siaga-tppo change-code --village KODE_BARU --reason &quot;ALASAN&quot;.</source>
        <translation>Folder {folder} sudah disiapkan untuk {village} ({code}). Kode wilayah desa tidak diganti dengan init. Bila kodenya memang berubah (pemekaran atau perubahan kode dari Kemendagri), pakai: siaga-tppo change-code --village KODE_BARU --reason &quot;ALASAN&quot;.</translation>
    </message>
    <message>
        <source>The data in {folder} cannot be read: {detail}.</source>
        <translation>Data di {folder} tidak dapat dibaca: {detail}.</translation>
    </message>
    <message>
        <source>the name of the village head or lurah</source>
        <translation>nama kepala desa/lurah</translation>
    </message>
    <message>
        <source>the village office&apos;s telephone</source>
        <translation>telepon kantor desa</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>terlalu panjang</translation>
    </message>
    <message>
        <source>may contain only digits, spaces, +, - and brackets</source>
        <translation>hanya boleh berisi angka, spasi, +, - dan tanda kurung</translation>
    </message>
    <message>
        <source>must start with 0 or +62</source>
        <translation>harus diawali 0 atau +62</translation>
    </message>
    <message>
        <source>must have 9 to 13 digits</source>
        <translation>harus 9 sampai 13 angka</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>the telephone of the contact {name}</source>
        <translation>telepon kontak {name}</translation>
    </message>
    <message>
        <source>the name of the contact {name}</source>
        <translation>nama kontak {name}</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a village&apos;s data. An immigration office uses a folder of its own.</source>
        <translation>Folder {folder} sudah berisi data desa. Kantor imigrasi memakai folder sendiri.</translation>
    </message>
    <message>
        <source>Ready: {office}, working area {regencies}. Data in {folder}</source>
        <translation>Siap: {office}, wilayah kerja {regencies}. Data di {folder}</translation>
    </message>
    <message>
        <source>The office&apos;s key fingerprint (read it out to the villages by telephone): {fingerprint}. Save the public key for the villages with: siaga-tppo keys export-public BERKAS</source>
        <translation>Sidik kunci kantor (bacakan ke desa lewat telepon): {fingerprint}. Simpan kunci publik untuk desa dengan: siaga-tppo keys export-public BERKAS</translation>
    </message>
    <message>
        <source>The office&apos;s name must be filled in (120 characters at most).</source>
        <translation>Nama kantor wajib diisi (paling panjang 120 huruf).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not the code of a kabupaten or kota (for example 15.02).</source>
        <translation>&apos;{code}&apos; bukan kode kabupaten/kota (contoh: 15.02).</translation>
    </message>
    <message>
        <source>Name the codes of the working area&apos;s kabupaten/kota (--covers).</source>
        <translation>Sebutkan kode kabupaten/kota wilayah kerja (--covers).</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <source>must have the form &apos;KODE_WILAYAH sha256:SIDIK&apos; (made with siaga-tppo tokens add), or &apos;KODE_WILAYAH TOKEN&apos; as before</source>
        <translation>harus berbentuk &apos;KODE_WILAYAH sha256:SIDIK&apos; (dibuat dengan siaga-tppo tokens add), atau &apos;KODE_WILAYAH TOKEN&apos; seperti dulu</translation>
    </message>
    <message>
        <source>the token is too short (16 letters or digits at least)</source>
        <translation>token terlalu pendek (paling sedikit 16 huruf/angka)</translation>
    </message>
    <message>
        <source>the same token is used twice</source>
        <translation>token yang sama dipakai dua kali</translation>
    </message>
    <message>
        <source>holds not a single token (make one with: siaga-tppo tokens add KODE)</source>
        <translation>tidak berisi satu token pun (buat dengan: siaga-tppo tokens add KODE)</translation>
    </message>
    <message>
        <source>The receiver for sending over the internet is not installed here (the module {module} is missing). The app installed with the installer leaves it out because a village does not need it. Install the receiver on the office&apos;s server with pip install &apos;siaga-tppo[office]&apos; (see docs/dev/receiver.md), then run siaga-tppo receive there.</source>
        <translation>Penerima kiriman internet tidak terpasang di sini (modul {module} tidak ada). Aplikasi yang dipasang dengan penginstal tidak memuatnya karena desa tidak memerlukannya. Pasang penerima di server kantor dengan pip install &apos;siaga-tppo[office]&apos; (lihat docs/dev/receiver.md), lalu jalankan siaga-tppo receive di sana.</translation>
    </message>
    <message>
        <source> line {line}</source>
        <translation> baris {line}</translation>
    </message>
    <message>
        <source>The tokens file {file}{where}: {problem}.</source>
        <translation>Berkas token {file}{where}: {problem}.</translation>
    </message>
    <message>
        <source>The certificate cannot be written in {folder}.</source>
        <translation>Sertifikat tidak dapat ditulis di {folder}.</translation>
    </message>
    <message>
        <source>run the receiver of the villages&apos; sendings at the immigration office</source>
        <translation>jalankan penerima kiriman desa di kantor imigrasi</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ALAMAT</translation>
    </message>
    <message>
        <source>address (default: 127.0.0.1)</source>
        <translation>alamat (bawaan: 127.0.0.1)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>port (default: 8750)</source>
        <translation>port (bawaan: 8750)</translation>
    </message>
    <message>
        <source>the folder where sendings wait for the office to fetch them (not the office&apos;s data folder)</source>
        <translation>folder tempat kiriman menunggu diambil kantor (bukan folder data kantor)</translation>
    </message>
    <message>
        <source>the villages&apos; token file (from siaga-tppo tokens)</source>
        <translation>berkas token desa (dari siaga-tppo tokens)</translation>
    </message>
    <message>
        <source>the villages&apos; keys registered at the office (siaga-tppo keys export-villages)</source>
        <translation>kunci desa yang terdaftar di kantor (siaga-tppo keys export-villages)</translation>
    </message>
    <message>
        <source>a file holding the office&apos;s token for fetching sendings (siaga-tppo fetch)</source>
        <translation>berkas berisi token kantor untuk mengambil kiriman (siaga-tppo fetch)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>the largest sending in MB</source>
        <translation>ukuran kiriman terbesar dalam MB</translation>
    </message>
    <message>
        <source>the most sendings waiting per village</source>
        <translation>kiriman menunggu paling banyak per desa</translation>
    </message>
    <message>
        <source>the most MB waiting per village</source>
        <translation>MB menunggu paling banyak per desa</translation>
    </message>
    <message>
        <source>also take signed exports without encryption (default: refused)</source>
        <translation>terima juga ekspor bertanda tangan tanpa enkripsi (bawaan: ditolak)</translation>
    </message>
    <message>
        <source>HTTPS on 127.0.0.1 too (other addresses always use HTTPS)</source>
        <translation>HTTPS juga di 127.0.0.1 (alamat lain selalu HTTPS)</translation>
    </message>
    <message>
        <source>FILE.pem</source>
        <translation>BERKAS.pem</translation>
    </message>
    <message>
        <source>your own TLS certificate</source>
        <translation>sertifikat TLS sendiri</translation>
    </message>
    <message>
        <source>that certificate&apos;s key</source>
        <translation>kunci sertifikat itu</translation>
    </message>
    <message>
        <source>make an own certificate (in the folder --store), show its fingerprint, then stop</source>
        <translation>buat sertifikat sendiri (di folder --store), tampilkan sidiknya, lalu berhenti</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>the receiver&apos;s host name or IP address for the certificate (may be repeated)</source>
        <translation>nama host atau alamat IP penerima untuk sertifikat (boleh diulang)</translation>
    </message>
    <message>
        <source>the address of a reverse proxy in front of the receiver (for example 127.0.0.1 for Caddy)</source>
        <translation>alamat reverse proxy di depan penerima (misalnya 127.0.0.1 untuk Caddy)</translation>
    </message>
    <message>
        <source>(office) the villages&apos; sending tokens: add, list, revoke</source>
        <translation>(kantor) token pengiriman desa: add, list, revoke</translation>
    </message>
    <message>
        <source>the token file (default: penerima/token-desa.txt)</source>
        <translation>berkas token (bawaan: penerima/token-desa.txt)</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>TINDAKAN</translation>
    </message>
    <message>
        <source>make a new token for a desa or kelurahan</source>
        <translation>buat token baru untuk sebuah desa/kelurahan</translation>
    </message>
    <message>
        <source>the area code of the desa or kelurahan</source>
        <translation>kode wilayah desa/kelurahan</translation>
    </message>
    <message>
        <source>save the token sheet (PDF) here</source>
        <translation>simpan lembar token (PDF) ke sini</translation>
    </message>
    <message>
        <source>the receiver&apos;s address for the villages</source>
        <translation>alamat penerima untuk desa</translation>
    </message>
    <message>
        <source>show the tokens in force</source>
        <translation>tampilkan token yang berlaku</translation>
    </message>
    <message>
        <source>revoke a village&apos;s tokens (or one token)</source>
        <translation>cabut token sebuah desa (atau satu token)</translation>
    </message>
    <message>
        <source>CODE_OR_ID</source>
        <translation>KODE_ATAU_ID</translation>
    </message>
    <message>
        <source>an area code, or an ID from list</source>
        <translation>kode wilayah, atau ID dari list</translation>
    </message>
    <message>
        <source>The folder {folder} holds data of Siaga TPPO. The receiver uses a folder of its own: what is sent is kept there, locked, until the office fetches it (siaga-tppo fetch).</source>
        <translation>Folder {folder} berisi data Siaga TPPO. Penerima memakai folder sendiri: kiriman disimpan terkunci di sana sampai diambil kantor (siaga-tppo fetch).</translation>
    </message>
    <message>
        <source>--max-mb, --quota-files and --quota-mb must be 1 or more.</source>
        <translation>--max-mb, --quota-files dan --quota-mb harus 1 atau lebih.</translation>
    </message>
    <message>
        <source>The receiver runs at {address} for {count} village tokens; what is sent is kept locked in {folder}. Press Ctrl+C to stop.</source>
        <translation>Penerima berjalan di {address} untuk {count} token desa; kiriman disimpan terkunci di {folder}. Tekan Ctrl+C untuk berhenti.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (enter it in Pengaturan › Penerima kantor): {fingerprint}</source>
        <translation>Sidik sertifikat (masukkan di Pengaturan › Penerima kantor): {fingerprint}</translation>
    </message>
    <message>
        <source>Certificate made: {file} (for {names}).</source>
        <translation>Sertifikat dibuat: {file} (untuk {names}).</translation>
    </message>
    <message>
        <source>Certificate fingerprint: {fingerprint}</source>
        <translation>Sidik sertifikat: {fingerprint}</translation>
    </message>
    <message>
        <source>Name the villages&apos; tokens file with --tokens BERKAS.</source>
        <translation>Sebutkan berkas token desa dengan --tokens BERKAS.</translation>
    </message>
    <message>
        <source>The village keys file {file} cannot be read.</source>
        <translation>Berkas kunci desa {file} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The office token file {file}: one token (16 letters at least) or sha256:SIDIK.</source>
        <translation>Berkas token kantor {file}: satu token (paling sedikit 16 huruf) atau sha256:SIDIK.</translation>
    </message>
    <message>
        <source>--certificate and --private-key are used together.</source>
        <translation>--certificate dan --private-key dipakai bersama.</translation>
    </message>
    <message>
        <source>New certificate made: {file}</source>
        <translation>Sertifikat baru dibuat: {file}</translation>
    </message>
    <message>
        <source>The certificate {file} cannot be read.</source>
        <translation>Sertifikat {file} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>{count} tokens in {file}.</source>
        <translation>{count} token di {file}.</translation>
    </message>
    <message>
        <source>There is no token &apos;{which}&apos; in {file}.</source>
        <translation>Tidak ada token &apos;{which}&apos; di {file}.</translation>
    </message>
    <message>
        <source>Revoked: {count} tokens. The receiver uses the new file by itself.</source>
        <translation>Dicabut: {count} token. Penerima memakai berkas baru dengan sendirinya.</translation>
    </message>
    <message>
        <source>The tokens file {file} cannot be written. Nothing has changed.</source>
        <translation>Berkas token {file} tidak dapat ditulis. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a village&apos;s code (for example 15.02.02.2004).</source>
        <translation>&apos;{code}&apos; bukan kode desa/kelurahan (contoh: 15.02.02.2004).</translation>
    </message>
    <message>
        <source>The code {code} is not in Kemendagri&apos;s official list.</source>
        <translation>Kode {code} tidak ada dalam daftar resmi Kemendagri.</translation>
    </message>
    <message>
        <source>Token for {village} ({code}): {token}</source>
        <translation>Token untuk {village} ({code}): {token}</translation>
    </message>
    <message>
        <source>ID {id}, in {file}. This token is not shown again.</source>
        <translation>ID {id}, di {file}. Token ini tidak ditampilkan lagi.</translation>
    </message>
    <message>
        <source>Token sheet: {file} (print it, give it to the village, then delete this file).</source>
        <translation>Lembar token: {file} (cetak, serahkan ke desa, lalu hapus berkas ini).</translation>
    </message>
    <message>
        <source>that address answers, but it is not a receiver of Siaga TPPO</source>
        <translation>alamat itu menjawab, tetapi bukan penerima Siaga TPPO</translation>
    </message>
    <message>
        <source>On the command line: siaga-tppo configure.</source>
        <translation>Lewat baris perintah: siaga-tppo configure.</translation>
    </message>
    <message>
        <source>set the immigration office&apos;s address and the sending token</source>
        <translation>atur alamat kantor imigrasi dan token pengiriman</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>the receiver&apos;s address</source>
        <translation>alamat penerima</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>a file holding the token from the office (or the variable {variable}, or typed)</source>
        <translation>berkas berisi token dari kantor (atau variabel {variable}, atau diketik)</translation>
    </message>
    <message>
        <source>export the records to a folder</source>
        <translation>ekspor catatan ke sebuah folder</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>the destination folder</source>
        <translation>folder tujuan</translation>
    </message>
    <message>
        <source>include the names, NIK and telephone numbers of the people involved, for this reason</source>
        <translation>sertakan nama, NIK dan telepon orang yang terlibat, dengan alasan ini</translation>
    </message>
    <message>
        <source>WITHOUT encryption (only while the office&apos;s key is missing): anyone who finds the flash drive can read it; written in the audit trail</source>
        <translation>TANPA enkripsi (hanya bila kunci kantor belum ada): siapa pun yang menemukan flashdisk dapat membacanya; dicatat di jejak audit</translation>
    </message>
    <message>
        <source>send the waiting exports to the office</source>
        <translation>kirim ekspor yang menunggu ke kantor</translation>
    </message>
    <message>
        <source>The folder {folder} is not set up yet (command {setup}).</source>
        <translation>Folder {folder} belum disiapkan (perintah {setup}).</translation>
    </message>
    <message>
        <source>The folder {folder} holds no village&apos;s data yet. Set it up first with: siaga-tppo init --village KODE --head NAMA</source>
        <translation>Folder {folder} belum berisi data desa/kelurahan. Siapkan dulu dengan: siaga-tppo init --village KODE --head NAMA</translation>
    </message>
    <message>
        <source>The folder {folder} is not an immigration office&apos;s data. Set it up first with: siaga-tppo init --office &quot;NAMA KANTOR&quot; --covers KODE</source>
        <translation>Folder {folder} bukan data kantor imigrasi. Siapkan dulu dengan: siaga-tppo init --office &quot;NAMA KANTOR&quot; --covers KODE</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Token kosong.</translation>
    </message>
    <message>
        <source>The token may not contain spaces.</source>
        <translation>Token tidak boleh berisi spasi.</translation>
    </message>
    <message>
        <source>The token is too short.</source>
        <translation>Token terlalu pendek.</translation>
    </message>
    <message>
        <source>A token is 5 groups of 5 letters or digits.</source>
        <translation>Token terdiri atas 5 kelompok berisi 5 huruf/angka.</translation>
    </message>
    <message>
        <source>Group {group} must hold 5 letters or digits.</source>
        <translation>Kelompok ke-{group} harus berisi 5 huruf/angka.</translation>
    </message>
    <message>
        <source>Group {group} holds a letter that tokens never use (0, O, 1, I, L).</source>
        <translation>Kelompok ke-{group} memuat huruf yang tidak pernah dipakai token (0, O, 1, I, L).</translation>
    </message>
    <message>
        <source>There is a typing error in group {group}: check it against the token sheet.</source>
        <translation>Ada salah ketik di kelompok ke-{group}: periksa lagi dengan lembar token.</translation>
    </message>
    <message>
        <source>--token is no longer used: a token typed on the command line is seen by the other users of this computer and kept in the command history. Use --token-file BERKAS, the environment variable {variable}, or run without either and type the token when asked.</source>
        <translation>--token tidak dipakai lagi: token yang diketik di baris perintah terlihat oleh pengguna lain komputer ini dan tersimpan di riwayat perintah. Pakai --token-file BERKAS, variabel lingkungan {variable}, atau jalankan tanpa keduanya lalu ketik token saat diminta.</translation>
    </message>
    <message>
        <source>The token file {file} cannot be read.</source>
        <translation>Berkas token {file} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>A token is needed: --token-file BERKAS, the environment variable {variable}, or run this in a terminal so that the token can be typed.</source>
        <translation>Token diperlukan: --token-file BERKAS, variabel lingkungan {variable}, atau jalankan di terminal agar token dapat diketik.</translation>
    </message>
    <message>
        <source>Access token from the office:</source>
        <translation>Token akses dari kantor:</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; must start with https:// so that the token cannot be read on the network (http:// only for a receiver on this computer itself).</source>
        <translation>Alamat &apos;{url}&apos; harus diawali https:// agar token tidak terbaca di jaringan (http:// hanya untuk penerima di komputer ini sendiri).</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; is not valid. For example: https://imigrasi.example/siaga</source>
        <translation>Alamat &apos;{url}&apos; tidak sah. Contoh: https://imigrasi.example/siaga</translation>
    </message>
    <message>
        <source>Saved: sending to {url}. Waiting to be sent: {count} exports.</source>
        <translation>Tersimpan: kiriman ke {url}. Menunggu dikirim: {count} ekspor.</translation>
    </message>
    <message>
        <source>{count} exports that had failed will be tried again.</source>
        <translation>{count} ekspor yang tadinya gagal akan dicoba lagi.</translation>
    </message>
    <message>
        <source>The reason for including identities must be filled in.</source>
        <translation>Alasan menyertakan identitas wajib diisi.</translation>
    </message>
    <message>
        <source>The immigration office&apos;s key is not installed, so the export cannot be locked. Install it first: siaga-tppo keys import-office BERKAS. (With --unencrypted the export is written without encryption: anyone who finds the flash drive can read it.)</source>
        <translation>Kunci kantor imigrasi belum dipasang, jadi ekspor tidak dapat dikunci. Pasang dulu: siaga-tppo keys import-office BERKAS. (Dengan --unencrypted ekspor ditulis tanpa enkripsi: siapa pun yang menemukan flashdisk dapat membacanya.)</translation>
    </message>
    <message>
        <source>The export could not be written to {folder}.</source>
        <translation>Ekspor gagal ditulis ke {folder}.</translation>
    </message>
    <message>
        <source>A new export cannot be made.</source>
        <translation>Ekspor baru tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Not sent yet. {why}</source>
        <translation>Belum terkirim. {why}</translation>
    </message>
    <message>
        <source>Export {number}: {why}</source>
        <translation>Ekspor ke-{number}: {why}</translation>
    </message>
    <message>
        <source>Export {number}: {records} records, {versions} versions, {checks} checks.</source>
        <translation>Ekspor ke-{number}: {records} catatan, {versions} versi, {checks} penilaian.</translation>
    </message>
    <message>
        <source>Identities included.</source>
        <translation>Identitas disertakan.</translation>
    </message>
    <message>
        <source>WARNING: WITHOUT encryption, anyone who holds the file can read it.</source>
        <translation>PERINGATAN: TANPA enkripsi, siapa pun yang memegang berkas dapat membacanya.</translation>
    </message>
    <message>
        <source>A copy is waiting to be sent.</source>
        <translation>Salinan menunggu dikirim.</translation>
    </message>
    <message>
        <source>The immigration office&apos;s key is not installed: exports are sent only locked for the office. Install it first: siaga-tppo keys import-office BERKAS.</source>
        <translation>Kunci kantor imigrasi belum dipasang: ekspor hanya dikirim terkunci untuk kantor. Pasang dulu: siaga-tppo keys import-office BERKAS.</translation>
    </message>
    <message>
        <source>No new export was made: the immigration office&apos;s key is not installed (siaga-tppo keys import-office BERKAS).</source>
        <translation>Ekspor baru tidak dibuat: kunci kantor imigrasi belum dipasang (siaga-tppo keys import-office BERKAS).</translation>
    </message>
    <message>
        <source>New export {number} made to be sent.</source>
        <translation>Ekspor baru ke-{number} dibuat untuk dikirim.</translation>
    </message>
    <message>
        <source>Export {number}: taken in by the receiver.</source>
        <translation>Ekspor ke-{number}: diterima penerima.</translation>
    </message>
    <message>
        <source>New receipts from the office: {count}.</source>
        <translation>Tanda terima kantor yang baru: {count}.</translation>
    </message>
    <message>
        <source>Waiting: {waiting}; failed (to be put right): {failed}.</source>
        <translation>Menunggu: {waiting}; gagal (perlu diperbaiki): {failed}.</translation>
    </message>
    <message>
        <source>A new content pack from the office was received. See what it changes and install it in the app: Kirim &amp; Ekspor, Isi dari kantor imigrasi.</source>
        <translation>Paket isi baru dari kantor diterima. Lihat perubahannya dan pasang di aplikasi: Kirim &amp; Ekspor, Isi dari kantor imigrasi.</translation>
    </message>
    <message>
        <source>{file}: {village}, export {number}: imported already {when}</source>
        <translation>{file}: {village}, ekspor ke-{number}: sudah diimpor {when}</translation>
    </message>
    <message>
        <source>{file}: {village}, export {number}: {counts}</source>
        <translation>{file}: {village}, ekspor ke-{number}: {counts}</translation>
    </message>
    <message>
        <source>On the command line: siaga-tppo keys accept KODE --fingerprint ANGKA.</source>
        <translation>Lewat baris perintah: siaga-tppo keys accept KODE --fingerprint ANGKA.</translation>
    </message>
    <message>
        <source>On the command line: siaga-tppo keys export-public.</source>
        <translation>Lewat baris perintah: siaga-tppo keys export-public.</translation>
    </message>
    <message>
        <source>import export files (office)</source>
        <translation>impor berkas ekspor (kantor)</translation>
    </message>
    <message>
        <source>FILE_OR_FOLDER</source>
        <translation>BERKAS_ATAU_FOLDER</translation>
    </message>
    <message>
        <source>(office) fetch and import what waits at the receiver</source>
        <translation>(kantor) ambil dan impor kiriman yang menunggu di penerima</translation>
    </message>
    <message>
        <source>the receiver&apos;s address (kept)</source>
        <translation>alamat penerima (disimpan)</translation>
    </message>
    <message>
        <source>a file holding the office&apos;s token (kept)</source>
        <translation>berkas berisi token kantor (disimpan)</translation>
    </message>
    <message>
        <source>(office) make a signed content pack for the villages from a folder</source>
        <translation>(kantor) buat paket isi bertanda tangan untuk desa dari sebuah folder</translation>
    </message>
    <message>
        <source>Make a content pack for the villages from FOLDER (its layout: docs/dev/content-pack.md): kantor.json, peringatan.json, contacts/hotlines.json, checklists/, content/. The pack is signed with the office&apos;s key and given the next number.</source>
        <translation>Buat paket isi untuk desa dari FOLDER (susunannya: docs/dev/content-pack.md): kantor.json, peringatan.json, contacts/hotlines.json, checklists/, content/. Paket ditandatangani dengan kunci kantor dan diberi nomor berikutnya.</translation>
    </message>
    <message>
        <source>build = make the pack</source>
        <translation>build = buat paket</translation>
    </message>
    <message>
        <source>the folder of the pack&apos;s contents</source>
        <translation>folder isi paket</translation>
    </message>
    <message>
        <source>FILE.siagapaket</source>
        <translation>BERKAS.siagapaket</translation>
    </message>
    <message>
        <source>the pack to make</source>
        <translation>paket yang dibuat</translation>
    </message>
    <message>
        <source>also give it to the receiver (the office&apos;s address and token from the command fetch)</source>
        <translation>berikan juga ke penerima (alamat dan token kantor dari perintah fetch)</translation>
    </message>
    <message>
        <source>{file}: REFUSED. {why}{detail}</source>
        <translation>{file}: DITOLAK. {why}{detail}</translation>
    </message>
    <message>
        <source>Total: {counts}, {refused} files refused</source>
        <translation>Jumlah: {counts}, {refused} berkas ditolak</translation>
    </message>
    <message>
        <source>Receipts written beside {count} files.</source>
        <translation>Tanda terima ditulis di samping {count} berkas.</translation>
    </message>
    <message>
        <source>Receipts could NOT be written beside {count} files (flash drive locked?).</source>
        <translation>Tanda terima TIDAK dapat ditulis di samping {count} berkas (flashdisk terkunci?).</translation>
    </message>
    <message>
        <source>No export files (*.siaga or *.json) were found.</source>
        <translation>Tidak ada berkas ekspor (*.siaga atau *.json) yang ditemukan.</translation>
    </message>
    <message>
        <source>the receiver cannot be reached</source>
        <translation>penerima tidak terjangkau</translation>
    </message>
    <message>
        <source>the receiver refused the office&apos;s token</source>
        <translation>token kantor ditolak penerima</translation>
    </message>
    <message>
        <source>the important numbers (contacts/hotlines.json)</source>
        <translation>nomor penting (contacts/hotlines.json)</translation>
    </message>
    <message>
        <source>the questions of Cek Tawaran Kerja (checklists/)</source>
        <translation>pertanyaan Cek Tawaran Kerja (checklists/)</translation>
    </message>
    <message>
        <source>the topics of Materi (content/)</source>
        <translation>topik Materi (content/)</translation>
    </message>
    <message>
        <source>the warnings (peringatan.json)</source>
        <translation>peringatan (peringatan.json)</translation>
    </message>
    <message>
        <source>the local contacts (kantor.json)</source>
        <translation>kontak setempat (kantor.json)</translation>
    </message>
    <message>
        <source>the office&apos;s contact (kantor.json)</source>
        <translation>kontak kantor (kantor.json)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was made.</source>
        <translation>Folder {folder} tidak ada. Tidak ada yang dibuat.</translation>
    </message>
    <message>
        <source>The file {file} for {part} is missing or cannot be read ({detail}). Nothing was made.</source>
        <translation>Berkas {file} untuk {part} tidak ada atau tidak terbaca ({detail}). Tidak ada yang dibuat.</translation>
    </message>
    <message>
        <source>This office has no key yet (run: siaga-tppo keys export-public). Nothing was made.</source>
        <translation>Kantor ini belum mempunyai kunci (jalankan: siaga-tppo keys export-public). Tidak ada yang dibuat.</translation>
    </message>
    <message>
        <source>The pack is too large</source>
        <translation>Paket terlalu besar</translation>
    </message>
    <message>
        <source>The villages would not be able to use {part}</source>
        <translation>Desa tidak akan dapat memakai {part}</translation>
    </message>
    <message>
        <source>the pack&apos;s contents</source>
        <translation>isi paket</translation>
    </message>
    <message>
        <source>{what} (details: {detail}). Nothing was made.</source>
        <translation>{what} (rincian: {detail}). Tidak ada yang dibuat.</translation>
    </message>
    <message>
        <source>The receiver is not set yet (command fetch --endpoint --token-file).</source>
        <translation>Penerima belum diatur (perintah fetch --endpoint --token-file).</translation>
    </message>
    <message>
        <source>Pack number {number} was made but cannot be written to {file}. {why} Write it again from the office&apos;s window (Isi untuk desa).</source>
        <translation>Paket nomor {number} dibuat tetapi tidak dapat ditulis ke {file}. {why} Tulis lagi dari jendela kantor (Isi untuk desa).</translation>
    </message>
    <message>
        <source>Content pack number {number} made, signed and checked: {file}</source>
        <translation>Paket isi nomor {number} dibuat, ditandatangani dan diperiksa: {file}</translation>
    </message>
    <message>
        <source>The receiver: {why}.</source>
        <translation>Penerima: {why}.</translation>
    </message>
    <message>
        <source>The receiver keeps pack number {number} for the villages.</source>
        <translation>Penerima menyimpan paket nomor {number} untuk desa.</translation>
    </message>
    <message>
        <source>The token file {file} holds no valid token.</source>
        <translation>Berkas token {file} tidak berisi token yang sah.</translation>
    </message>
    <message>
        <source>The receiver&apos;s address or the token is not valid.</source>
        <translation>Alamat penerima atau token tidak sah.</translation>
    </message>
    <message>
        <source>Give --endpoint URL and --token-file BERKAS (once only).</source>
        <translation>Sebutkan --endpoint URL dan --token-file BERKAS (sekali saja).</translation>
    </message>
    <message>
        <source>What was sent cannot be fetched: {why}.</source>
        <translation>Kiriman tidak dapat diambil: {why}.</translation>
    </message>
    <message>
        <source>Still waiting at the receiver: {count} (tried again later).</source>
        <translation>Masih menunggu di penerima: {count} (dicoba lagi nanti).</translation>
    </message>
    <message>
        <source>Receipts left at the receiver for the villages: {count}.</source>
        <translation>Tanda terima dititipkan di penerima untuk desa: {count}.</translation>
    </message>
    <message>
        <source>To do so, open the app (siaga-tppo, without a command). The damaged file is {path}.</source>
        <translation>Untuk itu, buka aplikasinya (siaga-tppo, tanpa perintah). Berkas yang rusak: {path}.</translation>
    </message>
    <message>
        <source>Or open the app (siaga-tppo, without a command) to restore a backup.</source>
        <translation>Atau buka aplikasinya (siaga-tppo, tanpa perintah) untuk memulihkan cadangan.</translation>
    </message>
    <message>
        <source>A passphrase is needed. Set the environment variable {variable}, or run this command in a terminal so that the passphrase can be typed. A passphrase is never given as an argument of the command.</source>
        <translation>Kata sandi diperlukan. Isi variabel lingkungan {variable}, atau jalankan perintah ini di terminal agar kata sandi dapat diketik. Kata sandi tidak pernah diberikan sebagai argumen perintah.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {count} letters.</source>
        <translation>Kata sandi terlalu pendek: paling sedikit {count} huruf.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.{because} Choose another, for example three words and a number: kopi-sawah-merah-27.</source>
        <translation>Kata sandi ini terlalu mudah ditebak.{because} Pilih yang lain, misalnya tiga kata dan angka: kopi-sawah-merah-27.</translation>
    </message>
    <message>
        <source>New passphrase for this data: </source>
        <translation>Kata sandi baru untuk data ini: </translation>
    </message>
    <message>
        <source>Type it once more: </source>
        <translation>Ketik sekali lagi: </translation>
    </message>
    <message>
        <source>The two typings differ. Nothing was written.</source>
        <translation>Kedua ketikan tidak sama. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>RECOVERY KEY (SECRET): {key}
This key opens the data when the passphrase is forgotten. Write it down or print it, then keep it in the office safe. The key is not stored on the computer and is not shown again.</source>
        <translation>KUNCI PEMULIHAN (RAHASIA): {key}
Kunci ini membuka data bila kata sandi terlupa. Tulis atau cetak, lalu simpan di brankas kantor. Kunci ini tidak disimpan di komputer dan tidak ditampilkan lagi.</translation>
    </message>
    <message>
        <source>Recovery sheet: {file} (print it, keep it in the safe, then delete this file).</source>
        <translation>Lembar pemulihan: {file} (cetak, simpan di brankas, lalu hapus berkas ini).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Kata sandi: </translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message>
        <source>Wait {seconds} seconds before trying again.</source>
        <translation>Tunggu {seconds} detik sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait {seconds} seconds, then try again.</source>
        <translation>Terlalu banyak kata sandi salah. Tunggu {seconds} detik, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The key file {file} is damaged. Open the app and use the recovery key.</source>
        <translation>Berkas kunci {file} rusak. Buka aplikasi dan pakai kunci pemulihan.</translation>
    </message>
    <message>
        <source>The data in {folder} was made by an old version and is not protected by a passphrase yet. Open the app once (or run siaga-tppo init again) to set a passphrase.</source>
        <translation>Data di {folder} dibuat versi lama dan belum dilindungi kata sandi. Buka aplikasi sekali (atau jalankan siaga-tppo init lagi) untuk memasang kata sandi.</translation>
    </message>
    <message>
        <source>The key file in {folder} is missing. Open the app and use the recovery key to make a new passphrase.</source>
        <translation>Berkas kunci di {folder} tidak ada. Buka aplikasi dan pakai kunci pemulihan untuk membuat kata sandi baru.</translation>
    </message>
    <message>
        <source>The data in {folder} cannot be opened: {error}</source>
        <translation>Data di {folder} tidak dapat dibuka: {error}</translation>
    </message>
    <message>
        <source>the app&apos;s data folder (default: the user&apos;s data folder)</source>
        <translation>folder data aplikasi (bawaan: folder data pengguna)</translation>
    </message>
    <message>
        <source>Siaga TPPO: preventing human trafficking, for village heads and lurah.</source>
        <translation>Siaga TPPO — pencegahan perdagangan orang untuk kepala desa dan lurah.</translation>
    </message>
    <message>
        <source>show the program&apos;s version and exit</source>
        <translation>tampilkan versi program lalu keluar</translation>
    </message>
    <message>
        <source>open TRAINING MODE with a made-up village and data</source>
        <translation>buka MODE LATIHAN dengan desa dan data fiktif</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>PERINTAH</translation>
    </message>
    <message>
        <source>check the installation without the window; exit 0 when it is sound</source>
        <translation>periksa instalasi tanpa jendela; keluar 0 bila baik</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Local contacts</source>
        <translation>Kontak setempat</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>These contacts are printed on leaflets and reports. Fill in what you know; you can complete them later in Settings.</source>
        <translation>Kontak ini dicetak pada leaflet dan laporan. Isi yang Anda ketahui; sisanya dapat dilengkapi nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>Name or office</source>
        <translation>Nama atau kantor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
</context>
<context>
    <name>ContentItem</name>
    <message>
        <source>&amp;View and install</source>
        <translation>Lihat dan pa&amp;sang</translation>
    </message>
    <message>
        <source>&lt;b&gt;New content from {office} waits to be installed&lt;/b&gt; (pack no. {number}, made on {day}): hotlines, material and warnings about recruiters.</source>
        <translation>&lt;b&gt;Isi baru dari {office} menunggu dipasang&lt;/b&gt; (paket no. {number}, dibuat {day}): nomor pengaduan, materi, dan peringatan tentang perekrut.</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>Type or choose a country</source>
        <translation>Ketik atau pilih negara</translation>
    </message>
</context>
<context>
    <name>CoversPicker</name>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provinsi:</translation>
    </message>
    <message>
        <source>— choose a province —</source>
        <translation>— pilih provinsi —</translation>
    </message>
    <message>
        <source>Regencies and cities</source>
        <translation>Kabupaten dan kota</translation>
    </message>
    <message>
        <source>Covered: {names}</source>
        <translation>Wilayah kerja: {names}</translation>
    </message>
    <message>
        <source>No regency or city chosen yet.</source>
        <translation>Belum ada kabupaten/kota yang dipilih.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>An error occurred</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Sorry, something unexpected went wrong. What you have typed is still in its form; please check it and save again. If this keeps happening, tell the immigration office and give them the log file.</source>
        <translation>Maaf, terjadi kesalahan yang tidak terduga. Isian yang sudah Anda ketik masih ada di formulirnya; periksa lalu simpan kembali. Bila ini terus terjadi, beri tahu kantor imigrasi dan serahkan berkas catatan (log) kepada mereka.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Berkas catatan (log): {path}</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Tampilkan rincian</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <source>About this offer</source>
        <translation>Tentang tawaran ini</translation>
    </message>
    <message>
        <source>Write down what is known about the offer. Every field may be left empty. For the person, write initials only (for example S.A.), never the full name.</source>
        <translation>Tulis yang diketahui tentang tawaran ini. Semua isian boleh dikosongkan. Untuk calon pekerja, tulis inisialnya saja (misalnya S.A.), jangan nama lengkap.</translation>
    </message>
    <message>
        <source>&amp;Initials of the person offered the job</source>
        <translation>&amp;Inisial calon pekerja</translation>
    </message>
    <message>
        <source>&amp;Company or recruiter</source>
        <translation>&amp;Perusahaan atau perekrut</translation>
    </message>
    <message>
        <source>&amp;Destination country and city</source>
        <translation>&amp;Negara dan kota tujuan</translation>
    </message>
    <message>
        <source>&amp;Job offered</source>
        <translation>Pe&amp;kerjaan yang ditawarkan</translation>
    </message>
    <message>
        <source>Recruiter&apos;s &amp;contact (phone, WhatsApp, account)</source>
        <translation>K&amp;ontak perekrut (telepon, WhatsApp, akun)</translation>
    </message>
    <message>
        <source>for example S.A.</source>
        <translation>misalnya S.A.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Ke&amp;mbali</translation>
    </message>
    <message>
        <source>&amp;Next: the questions</source>
        <translation>&amp;Lanjut ke pertanyaan</translation>
    </message>
    <message>
        <source>Write initials only, at most five letters, for example S.A.</source>
        <translation>Tulis inisial saja, paling banyak lima huruf, misalnya S.A.</translation>
    </message>
</context>
<context>
    <name>DisplayTab</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Ukuran teks</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{label} must be filled in.</source>
        <translation>{label} wajib diisi.</translation>
    </message>
    <message>
        <source>{label} is too long; please shorten it.</source>
        <translation>{label} terlalu panjang; mohon dipersingkat.</translation>
    </message>
    <message>
        <source>{label} may contain only digits, spaces, +, - and brackets, e.g. 0812-3456-7890.</source>
        <translation>{label} hanya boleh berisi angka, spasi, tanda +, tanda - dan tanda kurung, misalnya 0812-3456-7890.</translation>
    </message>
    <message>
        <source>{label} must start with 0 or +62, for example 0812-3456-7890.</source>
        <translation>{label} harus diawali 0 atau +62, misalnya 0812-3456-7890.</translation>
    </message>
    <message>
        <source>{label} must have 9 to 13 digits, for example 0812-3456-7890.</source>
        <translation>{label} harus terdiri dari 9 sampai 13 angka, misalnya 0812-3456-7890.</translation>
    </message>
    <message>
        <source>{label} is not a valid area code, for example 15.02.02.2004.</source>
        <translation>{label} bukan kode wilayah yang sah; contoh yang benar: 15.02.02.2004.</translation>
    </message>
    <message>
        <source>Choose a village (desa or kelurahan), not only a higher level.</source>
        <translation>Pilih sampai tingkat desa atau kelurahan, bukan hanya tingkat di atasnya.</translation>
    </message>
    <message>
        <source>{label} is not valid.</source>
        <translation>{label} tidak sah.</translation>
    </message>
    <message>
        <source>The disk {drive} is full.</source>
        <translation>Disk {drive} penuh.</translation>
    </message>
    <message>
        <source>Nothing may be written in {folder}.</source>
        <translation>Tidak ada yang boleh ditulis di {folder}.</translation>
    </message>
    <message>
        <source>Another program is using the data file.</source>
        <translation>Berkas data sedang dipakai program lain.</translation>
    </message>
    <message>
        <source>The drive or folder {folder} is no longer there.</source>
        <translation>Drive atau folder {folder} tidak ada lagi.</translation>
    </message>
    <message>
        <source>The disk {drive} reported an error while reading or writing.</source>
        <translation>Disk {drive} melaporkan kesalahan saat membaca atau menulis.</translation>
    </message>
    <message>
        <source>Delete or move files you no longer need (old downloads or videos, for example) and empty the Recycle Bin.</source>
        <translation>Hapus atau pindahkan berkas yang tidak diperlukan lagi (misalnya unduhan atau video lama) dan kosongkan Recycle Bin.</translation>
    </message>
    <message>
        <source>At least {needed} of free space is needed; now {free} is free.</source>
        <translation>Diperlukan ruang kosong paling sedikit {needed}; sekarang hanya ada {free}.</translation>
    </message>
    <message>
        <source>The disk is write-protected, or this Windows account may not change that folder.</source>
        <translation>Disknya dikunci dari penulisan, atau akun Windows ini tidak boleh mengubah folder itu.</translation>
    </message>
    <message>
        <source>Close the other program (Siaga TPPO opened twice, or a backup or antivirus program).</source>
        <translation>Tutup program lain itu (Siaga TPPO yang terbuka dua kali, atau program cadangan atau antivirus).</translation>
    </message>
    <message>
        <source>If it is on a flash drive or an external disk, plug it in again.</source>
        <translation>Bila ada di flashdisk atau disk luar, pasang kembali.</translation>
    </message>
    <message>
        <source>It may be failing: if this happens again, ask a technician to check it.</source>
        <translation>Mungkin disk itu mulai rusak: bila terjadi lagi, minta teknisi memeriksanya.</translation>
    </message>
    <message>
        <source>Siaga TPPO cannot open your data now.</source>
        <translation>Siaga TPPO belum dapat membuka data Anda.</translation>
    </message>
    <message>
        <source>Your data is not damaged and has not been changed.</source>
        <translation>Data Anda tidak rusak dan tidak diubah.</translation>
    </message>
    <message>
        <source>This could not be saved.</source>
        <translation>Ini tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Nothing of it was written; what was saved before is unchanged.</source>
        <translation>Tidak ada yang tertulis; yang sudah tersimpan sebelumnya tetap seperti semula.</translation>
    </message>
    <message>
        <source>The data file {path} is missing, although the key file of this data is there. Nothing has been created in its place. If the file was moved, put it back.</source>
        <translation>Berkas data {path} tidak ada, padahal berkas kunci data ini ada. Tidak ada yang dibuat sebagai gantinya. Bila berkas itu dipindahkan, kembalikan ke tempatnya.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>Cadangan tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Your data has not been changed: it is as it was before.</source>
        <translation>Data Anda tidak diubah: tetap seperti sebelumnya.</translation>
    </message>
    <message>
        <source>The restore did not finish. The damaged data file was kept as {aside}, and the restored copy as {staged}. Do not delete anything in {folder}; ask the immigration office or a technician for help.</source>
        <translation>Pemulihan tidak selesai. Berkas data yang rusak disimpan sebagai {aside}, dan salinan cadangannya sebagai {staged}. Jangan hapus apa pun di {folder}; minta bantuan kantor imigrasi atau teknisi.</translation>
    </message>
    <message>
        <source>The data file of this app is damaged and cannot be opened safely. It has not been changed. You can restore the newest good backup.</source>
        <translation>Berkas data aplikasi ini rusak dan tidak dapat dibuka dengan aman. Berkas itu tidak diubah. Anda dapat memulihkan cadangan baik yang terbaru.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Siaga TPPO. Please install the newest version; your data has not been changed.</source>
        <translation>Data ini disimpan oleh versi Siaga TPPO yang lebih baru. Pasang versi terbaru; data Anda tidak diubah.</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>Cadangan tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Your data has not been changed.</source>
        <translation>Data Anda tidak diubah.</translation>
    </message>
    <message>
        <source>The backup could not be made. Check that the disk is not full, then try again. Your data has not been changed.</source>
        <translation>Cadangan tidak dapat dibuat. Periksa apakah disk penuh, lalu coba lagi. Data Anda tidak diubah.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not a Siaga TPPO backup. Choose another backup. Nothing has been changed.</source>
        <translation>Berkas cadangan ini rusak atau bukan cadangan Siaga TPPO. Pilih cadangan lain. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The list of area codes could not be read. Please reinstall Siaga TPPO. Nothing has been changed.</source>
        <translation>Daftar kode wilayah tidak dapat dibaca. Pasang ulang Siaga TPPO. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used. Check that the disk is connected and has free space.</source>
        <translation>Folder data {path} tidak dapat dipakai. Periksa apakah disk terpasang dan masih ada ruang kosong.</translation>
    </message>
    <message>
        <source>Area code {code} is not in the official list.</source>
        <translation>Kode wilayah {code} tidak ada dalam daftar resmi.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Berkas tidak dapat dibaca atau ditulis.</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>What you typed is still here: save again once this is fixed.</source>
        <translation>Yang Anda ketik masih ada di sini: simpan lagi setelah masalah ini teratasi.</translation>
    </message>
    <message>
        <source>What you type cannot be kept as a draft at the moment (the disk may be full). It is still here: save it as soon as you can.</source>
        <translation>Yang Anda ketik saat ini tidak dapat disimpan sebagai draf (mungkin disk penuh). Ketikan masih ada di sini: simpan secepatnya.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you entered has been lost.</source>
        <translation>Terjadi kesalahan. Tidak ada isian Anda yang hilang.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New socialisation event</source>
        <translation>Kegiatan sosialisasi baru</translation>
    </message>
    <message>
        <source>Socialisation event</source>
        <translation>Kegiatan sosialisasi</translation>
    </message>
    <message>
        <source>Recorded by {village} and sent with its export. Only the village can change or delete it.</source>
        <translation>Dicatat oleh {village} dan dikirim bersama ekspornya. Hanya desa itu yang dapat mengubah atau menghapusnya.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>for example the village hall</source>
        <translation>misalnya balai desa</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <source>Villages reached</source>
        <translation>Desa/kelurahan yang dijangkau</translation>
    </message>
    <message>
        <source>Kecamatan:</source>
        <translation>Kecamatan:</translation>
    </message>
    <message>
        <source>Village reached:</source>
        <translation>Desa/kelurahan yang dijangkau:</translation>
    </message>
    <message>
        <source>— choose the kecamatan —</source>
        <translation>— pilih kecamatan —</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <source>&amp;Villages reached:</source>
        <translation>&amp;Desa/kelurahan yang dijangkau:</translation>
    </message>
    <message>
        <source>names, for example the village secretary</source>
        <translation>nama, misalnya sekretaris desa</translation>
    </message>
    <message>
        <source>&amp;Officers and speakers:</source>
        <translation>Petugas dan &amp;narasumber:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Cata&amp;tan:</translation>
    </message>
    <message>
        <source>Who came (number of people)</source>
        <translation>Yang hadir (jumlah orang)</translation>
    </message>
    <message>
        <source>Material used</source>
        <translation>Materi yang dipakai</translation>
    </message>
    <message>
        <source>&amp;Material used</source>
        <translation>&amp;Materi yang dipakai</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Together: {count} people</source>
        <translation>Seluruhnya: {count} orang</translation>
    </message>
    <message>
        <source>This event was deleted meanwhile. Close the form and record it again.</source>
        <translation>Kegiatan ini sudah dihapus sementara itu. Tutup formulir dan catat kembali.</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Villages reached</source>
        <translation>Desa/kelurahan dijangkau</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Material used</source>
        <translation>Materi yang dipakai</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
</context>
<context>
    <name>ExchangeWords</name>
    <message>
        <source>The file is too large to be an export of Siaga TPPO.</source>
        <translation>Berkas terlalu besar untuk sebuah ekspor Siaga TPPO.</translation>
    </message>
    <message>
        <source>The file could not be read. Was the flash drive pulled out? Put it back and try again.</source>
        <translation>Berkas tidak dapat dibaca. Apakah flashdisk tercabut? Pasang kembali, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file is damaged: it is not readable text.</source>
        <translation>Berkas rusak: isinya bukan teks yang dapat dibaca.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (perhaps the copy was cut off). Ask the village for a new export.</source>
        <translation>Berkas rusak atau tidak utuh (mungkin penyalinannya terputus). Mintalah ekspor baru dari desa.</translation>
    </message>
    <message>
        <source>The file is damaged: its contents are not arranged like an export.</source>
        <translation>Berkas rusak: susunan isinya tidak seperti sebuah ekspor.</translation>
    </message>
    <message>
        <source>This is not an export file of Siaga TPPO.</source>
        <translation>Ini bukan berkas ekspor Siaga TPPO.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of Siaga TPPO. Install the newest version, then import it again.</source>
        <translation>Berkas dibuat oleh Siaga TPPO versi yang lebih baru. Pasang versi terbaru, lalu impor lagi.</translation>
    </message>
    <message>
        <source>The contents of the file do not follow the export format.</source>
        <translation>Isi berkas tidak sesuai dengan format ekspor.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made (its check code does not match). Ask the village for a new export.</source>
        <translation>Berkas berubah atau rusak setelah dibuat (kode pemeriksanya tidak cocok). Mintalah ekspor baru dari desa.</translation>
    </message>
    <message>
        <source>The file holds the same record twice; it is not a proper export.</source>
        <translation>Berkas memuat catatan yang sama dua kali; ini bukan ekspor yang benar.</translation>
    </message>
    <message>
        <source>The history of changes in the file is broken.</source>
        <translation>Riwayat perubahan di dalam berkas tidak utuh.</translation>
    </message>
    <message>
        <source>The village is outside the area this office covers.</source>
        <translation>Desa/kelurahan ini di luar wilayah kerja kantor ini.</translation>
    </message>
    <message>
        <source>The access token is not for this village.</source>
        <translation>Token akses ini bukan untuk desa/kelurahan ini.</translation>
    </message>
    <message>
        <source>An export with the same number but other contents was imported before.</source>
        <translation>Sebelumnya sudah diimpor ekspor dengan nomor yang sama tetapi isinya lain.</translation>
    </message>
    <message>
        <source>The file comes from TRAINING MODE (made-up data); it is not added to the register.</source>
        <translation>Berkas ini dari MODE LATIHAN (data fiktif); tidak dimasukkan ke daftar.</translation>
    </message>
    <message>
        <source>Only an immigration office imports exports.</source>
        <translation>Hanya kantor imigrasi yang mengimpor ekspor.</translation>
    </message>
    <message>
        <source>Not a protected export (it has no signature). Ask the village to export again with the newest Siaga TPPO.</source>
        <translation>Bukan ekspor yang dilindungi (tidak bertanda tangan). Minta desa mengekspor ulang dengan Siaga TPPO terbaru.</translation>
    </message>
    <message>
        <source>The signature does not match: the file was changed, is damaged, or is not from that village.</source>
        <translation>Tanda tangan tidak cocok: berkas sudah diubah, rusak, atau bukan dari desa itu.</translation>
    </message>
    <message>
        <source>HELD BACK: signed with a key other than the village&apos;s registered key. Telephone the village and compare the fingerprint, then confirm the new key on the page Villages; the export is imported then.</source>
        <translation>DITAHAN: ditandatangani dengan kunci lain daripada kunci desa yang terdaftar. Telepon desa itu dan cocokkan sidik kuncinya, lalu konfirmasi kunci barunya di halaman Desa; sesudah itu ekspor diimpor.</translation>
    </message>
    <message>
        <source>Locked for another office: this office cannot open it.</source>
        <translation>Dikunci untuk kantor lain: kantor ini tidak dapat membukanya.</translation>
    </message>
    <message>
        <source>This office has no key yet: see Settings, Security.</source>
        <translation>Kantor ini belum mempunyai kunci: lihat Pengaturan, Keamanan.</translation>
    </message>
    <message>
        <source>HELD BACK: the first export of this village. Confirm the village&apos;s key fingerprint (read over the telephone or from its registration sheet) on the page Villages; the export is imported then.</source>
        <translation>DITAHAN: ekspor pertama desa ini. Cocokkan sidik kunci desa (dibacakan lewat telepon atau dari lembar pendaftarannya) di halaman Desa; sesudah itu ekspor diimpor.</translation>
    </message>
    <message>
        <source>The file from {sender} would change records that belong to {owner}. Nothing of it was added; the refusal is in the audit trail. Telephone {sender} to find out how the file came to hold another village&apos;s records.</source>
        <translation>Berkas dari {sender} akan mengubah catatan milik {owner}. Tidak ada isinya yang dimasukkan; penolakan ini tercatat di jejak audit. Telepon {sender} untuk mengetahui mengapa berkas itu memuat catatan desa lain.</translation>
    </message>
    <message>
        <source>The file names an area code this village&apos;s key was never registered for, without a signed change of code. Telephone the village.</source>
        <translation>Berkas menyebut kode wilayah yang tidak pernah terdaftar untuk kunci desa ini, tanpa perubahan kode yang ditandatangani. Telepon desa itu.</translation>
    </message>
    <message>
        <source>The village&apos;s area code is not in this office&apos;s official list of areas. Install the newest Siaga TPPO, then import it again.</source>
        <translation>Kode wilayah desa tidak ada dalam daftar wilayah resmi di kantor ini. Pasang Siaga TPPO terbaru, lalu impor lagi.</translation>
    </message>
    <message>
        <source>The file holds an impossible time (before 2000 or in the future). The village computer&apos;s date may be wrong: ask the village to set it right and export again.</source>
        <translation>Berkas memuat waktu yang tidak mungkin (sebelum tahun 2000 atau di masa depan). Tanggal di komputer desa mungkin salah: minta desa membetulkannya lalu mengekspor lagi.</translation>
    </message>
    <message>
        <source>The file holds names, NIK or phone numbers although it says it holds none. It was not made by Siaga TPPO as it is; ask the village for a new export.</source>
        <translation>Berkas memuat nama, NIK atau nomor telepon padahal menyatakan tidak memuatnya. Berkas itu tidak dibuat Siaga TPPO seperti adanya; minta ekspor baru dari desa.</translation>
    </message>
    <message>
        <source>The flash drive or folder is full. Make room on it or choose another one, then try again.</source>
        <translation>Flashdisk atau folder penuh. Kosongkan sebagian atau pilih yang lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Nothing can be written there: the flash drive may be locked (check its small switch) or the folder is read-only. Choose another one.</source>
        <translation>Tidak dapat menyimpan ke sana: flashdisk mungkin terkunci (periksa tombol kecilnya) atau folder hanya dapat dibaca. Pilih yang lain.</translation>
    </message>
    <message>
        <source>The flash drive or folder is no longer there. Was it pulled out? Put it back and try again.</source>
        <translation>Flashdisk atau folder tidak ada lagi. Apakah tercabut? Pasang kembali, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file read back from the flash drive was not the same as what was written; the drive may be failing. Try another flash drive.</source>
        <translation>Berkas yang dibaca kembali dari flashdisk tidak sama dengan yang ditulis; flashdisk mungkin rusak. Coba flashdisk lain.</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another place.</source>
        <translation>Berkas tidak dapat disimpan di sana. Pilih tempat lain.</translation>
    </message>
    <message>
        <source>The office&apos;s address and access token are not set yet (Settings, Sending tab).</source>
        <translation>Alamat kantor dan token akses belum diisi (Pengaturan, tab Pengiriman).</translation>
    </message>
    <message>
        <source>The office cannot be reached: no internet connection yet.</source>
        <translation>Kantor belum dapat dihubungi: belum ada sambungan internet.</translation>
    </message>
    <message>
        <source>Something answered at the office&apos;s address, but not the office&apos;s receiver (perhaps a Wi-Fi login page). Check the address in Settings.</source>
        <translation>Ada yang menjawab di alamat kantor, tetapi bukan penerima kantor (mungkin halaman masuk Wi-Fi). Periksa alamat di Pengaturan.</translation>
    </message>
    <message>
        <source>The office took too long to answer.</source>
        <translation>Kantor terlalu lama menjawab.</translation>
    </message>
    <message>
        <source>The office&apos;s computer had a problem. It will be tried again.</source>
        <translation>Komputer kantor sedang bermasalah. Akan dicoba lagi.</translation>
    </message>
    <message>
        <source>The office did not confirm receipt. It will be tried again.</source>
        <translation>Kantor belum memberi tanda terima. Akan dicoba lagi.</translation>
    </message>
    <message>
        <source>The office refused the access token. Check the token in Settings, or ask the office for a new one.</source>
        <translation>Kantor menolak token akses. Periksa token di Pengaturan, atau minta token baru ke kantor.</translation>
    </message>
    <message>
        <source>The access token is not for this village. Ask the office for this village&apos;s token.</source>
        <translation>Token akses ini bukan untuk desa/kelurahan ini. Minta token untuk desa ini ke kantor.</translation>
    </message>
    <message>
        <source>The office refused the contents of this export. Tell the office; a new export will be sent with the next sending.</source>
        <translation>Kantor menolak isi ekspor ini. Beri tahu kantor; ekspor baru akan dikirim pada pengiriman berikutnya.</translation>
    </message>
    <message>
        <source>The office&apos;s address is wrong. Check the address in Settings.</source>
        <translation>Alamat kantor salah. Periksa alamat di Pengaturan.</translation>
    </message>
    <message>
        <source>The office already has an export with this number and other contents.</source>
        <translation>Kantor sudah menerima ekspor bernomor sama dengan isi yang lain.</translation>
    </message>
    <message>
        <source>The export is too large for the office. Carry it on a flash drive.</source>
        <translation>Ekspor terlalu besar untuk kantor. Bawalah dengan flashdisk.</translation>
    </message>
    <message>
        <source>The office refused the request. Check the address in Settings.</source>
        <translation>Kantor menolak permintaan. Periksa alamat di Pengaturan.</translation>
    </message>
    <message>
        <source>The waiting copy of this export is missing; a new one will be made.</source>
        <translation>Salinan ekspor yang menunggu hilang; ekspor baru akan dibuat.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Covered by a later export</source>
        <translation>Tercakup ekspor berikutnya</translation>
    </message>
    <message>
        <source>another village</source>
        <translation>desa lain</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {same} unchanged, {conflicts} conflicts</source>
        <translation>{new} baru, {updated} diperbarui, {same} sama, {conflicts} konflik</translation>
    </message>
    <message>
        <source>Your data is unchanged. If part of the file stayed on the flash drive, it is hidden and is removed by the next export to it.</source>
        <translation>Data Anda tidak berubah. Bila sebagian berkas tertinggal di flashdisk, bagian itu tersembunyi dan terhapus pada ekspor berikutnya ke flashdisk itu.</translation>
    </message>
    <message>
        <source>Nothing was left behind and your data is unchanged.</source>
        <translation>Tidak ada berkas yang tertinggal dan data Anda tidak berubah.</translation>
    </message>
</context>
<context>
    <name>HeadPage</name>
    <message>
        <source>Village head and office</source>
        <translation>Kepala desa dan kantor desa</translation>
    </message>
    <message>
        <source>Only the name of the village head is required.</source>
        <translation>Hanya nama kepala desa/lurah yang wajib diisi.</translation>
    </message>
</context>
<context>
    <name>HeadSection</name>
    <message>
        <source>&amp;Name of the village head (kepala desa / lurah)</source>
        <translation>&amp;Nama kepala desa/lurah</translation>
    </message>
    <message>
        <source>Village office &amp;phone</source>
        <translation>&amp;Telepon kantor desa</translation>
    </message>
    <message>
        <source>Village office &amp;address</source>
        <translation>&amp;Alamat kantor desa</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help — Siaga TPPO manual</source>
        <translation>Bantuan — panduan Siaga TPPO</translation>
    </message>
    <message>
        <source>Search the manual</source>
        <translation>Cari di panduan</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Bab</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Isi bab</translation>
    </message>
    <message>
        <source>&amp;Print the manual (PDF)…</source>
        <translation>&amp;Cetak panduan (PDF)…</translation>
    </message>
    <message>
        <source>&amp;About Siaga TPPO</source>
        <translation>&amp;Tentang Siaga TPPO</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Found in {count} chapters.</source>
        <translation>Ditemukan di {count} bab.</translation>
    </message>
    <message>
        <source>“{query}” is not in the manual. Try another word.</source>
        <translation>“{query}” tidak ada di panduan. Coba kata lain.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>The manual could not be read. Please reinstall Siaga TPPO.</source>
        <translation>Panduan tidak dapat dibaca. Pasang ulang Siaga TPPO.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of record no. {number}</source>
        <translation>Riwayat catatan no. {number}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Check a job offer</source>
        <translation>Cek Tawaran Kerja</translation>
    </message>
    <message>
        <source>Go through the questions together with the person and the family, for example when they ask for the family-permission letter or report a sponsor&apos;s promise of work abroad. Answer each question Yes, No or Don&apos;t know; Siaga TPPO then shows the risk level, the reasons and what to do next.</source>
        <translation>Jawab pertanyaan bersama calon pekerja dan keluarganya, misalnya saat mereka meminta surat izin keluarga atau melapor ada &quot;sponsor&quot; yang menjanjikan kerja di luar negeri. Jawab setiap pertanyaan dengan Ya, Tidak, atau Tidak tahu; Siaga TPPO lalu menunjukkan tingkat risiko, alasannya, dan langkah berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Start a new check</source>
        <translation>&amp;Mulai pemeriksaan baru</translation>
    </message>
    <message>
        <source>Saved checks</source>
        <translation>Pemeriksaan tersimpan</translation>
    </message>
    <message>
        <source>No check has been saved yet.</source>
        <translation>Belum ada pemeriksaan yang disimpan.</translation>
    </message>
    <message>
        <source>&amp;Open the chosen check</source>
        <translation>&amp;Buka pemeriksaan yang dipilih</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>&amp;Change village details</source>
        <translation>&amp;Ubah data desa</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Lurah</source>
        <translation>Lurah</translation>
    </message>
    <message>
        <source>Kepala desa</source>
        <translation>Kepala desa</translation>
    </message>
    <message>
        <source>District {district}, {regency}, {province}</source>
        <translation>Kecamatan {district}, {regency}, {province}</translation>
    </message>
    <message>
        <source>New job-offer chec&amp;k</source>
        <translation>Cek tawaran &amp;baru</translation>
    </message>
    <message>
        <source>New &amp;incident record</source>
        <translation>Ca&amp;tatan baru</translation>
    </message>
    <message>
        <source>&amp;Print leaflets</source>
        <translation>Cetak &amp;leaflet</translation>
    </message>
    <message>
        <source>&amp;Send to the office</source>
        <translation>&amp;Kirim ke kantor</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Yang perlu dikerjakan</translation>
    </message>
    <message>
        <source>Village office:</source>
        <translation>Kantor desa:</translation>
    </message>
    <message>
        <source>no phone or address yet.</source>
        <translation>belum ada telepon atau alamat.</translation>
    </message>
    <message>
        <source>Local contacts:</source>
        <translation>Kontak setempat:</translation>
    </message>
    <message>
        <source>none yet. Add them with “Change village details”.</source>
        <translation>belum ada. Tambahkan lewat “Ubah data desa”.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Show names, NIK and phone numbers</source>
        <translation>Tampilkan nama, NIK dan nomor telepon</translation>
    </message>
    <message>
        <source>Record no. {number} holds personal data of the people involved. Write why you need to see it. Your name, the time and the reason are kept in the audit trail.</source>
        <translation>Catatan no. {number} memuat data pribadi orang yang terlibat. Tulis mengapa Anda perlu melihatnya. Nama Anda, waktunya dan alasannya disimpan di jejak audit.</translation>
    </message>
    <message>
        <source>e.g. the police asked for the victim&apos;s contact</source>
        <translation>misalnya polisi meminta kontak korban</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;name:</source>
        <translation>&amp;Nama petugas:</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Please write the reason in a few words.</source>
        <translation>Tuliskan alasannya dalam beberapa kata.</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Tuliskan nama Anda.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Choose the export files a village brought, or the whole folder of a flash drive. Every file is checked first; a damaged file is refused as a whole and nothing of it is added. Importing the same file again changes nothing.</source>
        <translation>Pilih berkas ekspor yang dibawa desa, atau seluruh folder sebuah flashdisk. Setiap berkas diperiksa dulu; berkas yang rusak ditolak seluruhnya dan tidak ada isinya yang dimasukkan. Mengimpor berkas yang sama lagi tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Pilih &amp;berkas…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Pilih f&amp;older…</translation>
    </message>
    <message>
        <source>Fetch &amp;uploads from the receiver</source>
        <translation>Ambil &amp;kiriman dari penerima</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <source>Nothing imported yet in this session.</source>
        <translation>Belum ada yang diimpor sejak aplikasi dibuka.</translation>
    </message>
    <message>
        <source>Result for each file</source>
        <translation>Hasil untuk setiap berkas</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Sudah diimpor sebelumnya</translation>
    </message>
    <message>
        <source>Exports imported before</source>
        <translation>Ekspor yang sudah diimpor</translation>
    </message>
    <message>
        <source>Choose export files</source>
        <translation>Pilih berkas ekspor</translation>
    </message>
    <message>
        <source>Siaga TPPO exports (*.siaga *.json)</source>
        <translation>Ekspor Siaga TPPO (*.siaga *.json)</translation>
    </message>
    <message>
        <source>Choose a folder with exports</source>
        <translation>Pilih folder berisi ekspor</translation>
    </message>
    <message>
        <source>Checking and importing… you can keep working.</source>
        <translation>Memeriksa dan mengimpor… Anda dapat tetap bekerja.</translation>
    </message>
    <message>
        <source>Fetching the uploads… you can keep working.</source>
        <translation>Mengambil kiriman… Anda dapat terus bekerja.</translation>
    </message>
    <message>
        <source>The uploads could not be fetched: the receiver did not answer, or refused this office&apos;s token.</source>
        <translation>Kiriman tidak dapat diambil: penerima tidak menjawab, atau menolak token kantor ini.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <source>(where: {detail})</source>
        <translation>(bagian: {detail})</translation>
    </message>
    <message>
        <source>Already imported on {when}; nothing changed.</source>
        <translation>Sudah diimpor pada {when}; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Export number {number}: {counts}.</source>
        <translation>Ekspor ke-{number}: {counts}.</translation>
    </message>
    <message>
        <source>Job-offer checks: {counts}.</source>
        <translation>Cek tawaran kerja: {counts}.</translation>
    </message>
    <message>
        <source>Records with a conflict are kept and marked in the register.</source>
        <translation>Catatan yang berkonflik tetap disimpan dan ditandai di daftar.</translation>
    </message>
    <message>
        <source>No export files (*.siaga) were found there.</source>
        <translation>Tidak ada berkas ekspor (*.siaga) di sana.</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {same} unchanged, {conflicts} conflicts, {refused} files refused</source>
        <translation>{new} baru, {updated} diperbarui, {same} sama, {conflicts} konflik, {refused} berkas ditolak</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>flash drive</source>
        <translation>flashdisk</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>{when} — {village} ({how}): export number {number}, {counts}</source>
        <translation>{when} — {village} ({how}): ekspor ke-{number}, {counts}</translation>
    </message>
    <message>
        <source>The office&apos;s receipts could not be written beside {count} files (is the flash drive locked?). The villages learn of the import with their next sending, or from their next flash drive.</source>
        <translation>Tanda terima kantor tidak dapat ditulis di samping {count} berkas (flashdisk terkunci?). Desa akan tahu hasil impor lewat pengiriman berikutnya, atau dari flashdisk berikutnya.</translation>
    </message>
    <message>
        <source>A receipt was written beside each file ({count}): give the flash drive back to the village, and Send and export there shows that the office has imported it.</source>
        <translation>Tanda terima ditulis di samping setiap berkas ({count}). Kembalikan flashdisk ke desa: halaman Kirim &amp; Ekspor di sana akan menunjukkan bahwa kantor sudah mengimpornya.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Your name or position, e.g. Sekretaris Desa</source>
        <translation>Nama atau jabatan Anda, mis. Sekretaris Desa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>New incident record</source>
        <translation>Catatan kejadian baru</translation>
    </message>
    <message>
        <source>Incident record no. {number}</source>
        <translation>Catatan kejadian no. {number}</translation>
    </message>
    <message>
        <source>What you typed last time but had not saved has been brought back. Check it, then save it, or close without saving to throw it away.</source>
        <translation>Isian yang Anda ketik sebelumnya tetapi belum disimpan sudah dikembalikan. Periksa, lalu simpan; atau tutup tanpa menyimpan untuk membuangnya.</translation>
    </message>
    <message>
        <source>{count} field(s) need correcting; see the messages in red.</source>
        <translation>{count} isian perlu diperbaiki; lihat tulisan merah.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>This record was changed or deleted after you opened it, so it was not saved. What you typed is kept as a draft. Close this window and open the record again.</source>
        <translation>Catatan ini diubah atau dihapus setelah Anda membukanya, jadi tidak disimpan. Isian Anda disimpan sebagai konsep. Tutup jendela ini lalu buka lagi catatannya.</translation>
    </message>
    <message>
        <source>Saved: {when}.</source>
        <translation>Tersimpan: {when}.</translation>
    </message>
    <message>
        <source>Save first?</source>
        <translation>Simpan dulu?</translation>
    </message>
    <message>
        <source>The printout shows the saved record. Save your changes first?</source>
        <translation>Yang dicetak adalah catatan yang tersimpan. Simpan perubahan Anda dulu?</translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation>Simpan lalu cetak</translation>
    </message>
</context>
<context>
    <name>IncidentErrors</name>
    <message>
        <source>{label} cannot be later than today.</source>
        <translation>{label} tidak boleh lewat dari hari ini.</translation>
    </message>
    <message>
        <source>The date it happened cannot be after the date it was reported.</source>
        <translation>Tanggal kejadian tidak boleh sesudah tanggal laporan.</translation>
    </message>
    <message>
        <source>{label} is too long ago; please check the year.</source>
        <translation>{label} terlalu lama; periksa tahunnya.</translation>
    </message>
    <message>
        <source>A NIK has exactly 16 digits, as on the KTP or family card.</source>
        <translation>NIK terdiri dari tepat 16 angka, seperti di KTP atau Kartu Keluarga.</translation>
    </message>
    <message>
        <source>{label} must have 6 to 15 digits.</source>
        <translation>{label} harus berisi 6 sampai 15 angka.</translation>
    </message>
    <message>
        <source>{label}: write an amount in rupiah, for example 15000000 or 15 juta.</source>
        <translation>{label}: tulis jumlah dalam rupiah, misalnya 15000000 atau 15 juta.</translation>
    </message>
    <message>
        <source>Choose the destination country from the list.</source>
        <translation>Pilih negara tujuan dari daftar.</translation>
    </message>
    <message>
        <source>The age group is 18 or older, but “under 18” is ticked. Please correct one of them.</source>
        <translation>Kelompok umur 18 tahun ke atas, tetapi “di bawah 18 tahun” dicentang. Perbaiki salah satunya.</translation>
    </message>
    <message>
        <source>A child is recorded: tick the consent of the parent or guardian, or choose a legal basis other than consent (for example the public service duty of the village office).</source>
        <translation>Ada anak yang dicatat: centang persetujuan orang tua atau wali, atau pilih dasar hukum selain persetujuan (misalnya tugas pelayanan publik kantor desa).</translation>
    </message>
    <message>
        <source>Consent is the chosen legal basis: tick it once the person concerned has agreed, or choose another basis.</source>
        <translation>Dasar yang dipilih adalah persetujuan: centang bila yang bersangkutan sudah setuju, atau pilih dasar lain.</translation>
    </message>
    <message>
        <source>Names, NIK or phone numbers are recorded: choose the legal basis for recording them.</source>
        <translation>Ada nama, NIK atau nomor telepon yang dicatat: pilih dasar hukum pencatatannya.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>1. The report</source>
        <translation>1. Laporan</translation>
    </message>
    <message>
        <source>Only the fields marked * are required. Fill in the rest if known.</source>
        <translation>Hanya isian bertanda * yang wajib. Isi yang lain bila diketahui.</translation>
    </message>
    <message>
        <source>Type of report *</source>
        <translation>Jenis laporan *</translation>
    </message>
    <message>
        <source>Date reported *</source>
        <translation>Tanggal lapor *</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak tahu</translation>
    </message>
    <message>
        <source>Modus *</source>
        <translation>Modus *</translation>
    </message>
    <message>
        <source>e.g. Offer of plantation work in Malaysia via Facebook</source>
        <translation>mis. Tawaran kerja kebun sawit di Malaysia lewat Facebook</translation>
    </message>
    <message>
        <source>Do not write victims&apos; names in the summary.</source>
        <translation>Jangan tulis nama korban di ringkasan.</translation>
    </message>
    <message>
        <source>2. Destination and journey</source>
        <translation>2. Tujuan dan perjalanan</translation>
    </message>
    <message>
        <source>e.g. the name of the airport or harbour</source>
        <translation>mis. nama bandara atau pelabuhan</translation>
    </message>
    <message>
        <source>3. The recruiter</source>
        <translation>3. Perekrut</translation>
    </message>
    <message>
        <source>e.g. 15000000 or 15 juta</source>
        <translation>mis. 15000000 atau 15 juta</translation>
    </message>
    <message>
        <source>e.g. RM 1.500 per month</source>
        <translation>mis. RM 1.500 per bulan</translation>
    </message>
    <message>
        <source>4. People involved</source>
        <translation>4. Orang yang terlibat</translation>
    </message>
    <message>
        <source>Add the people this report is about: a (potential) victim, family, witnesses. Names, NIK and phone numbers are optional.</source>
        <translation>Tambahkan orang yang dilaporkan: (calon) korban, keluarga, saksi. Nama, NIK dan nomor telepon tidak wajib.</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>&amp;Tambah orang</translation>
    </message>
    <message>
        <source>5. Permission to record personal data</source>
        <translation>5. Dasar pencatatan data pribadi</translation>
    </message>
    <message>
        <source>Personal data may only be recorded on a legal basis (UU 27/2022 on Personal Data Protection, Pasal 20). A child&apos;s data needs the consent of a parent or guardian (Pasal 25), or another legal basis.</source>
        <translation>Data pribadi hanya boleh dicatat dengan dasar hukum (UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 20). Data anak memerlukan persetujuan orang tua atau wali (Pasal 25), atau dasar hukum lain.</translation>
    </message>
    <message>
        <source>The person concerned has agreed</source>
        <translation>Yang bersangkutan sudah setuju</translation>
    </message>
    <message>
        <source>The parent or guardian has agreed</source>
        <translation>Orang tua atau wali sudah setuju</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Tanggal diketahui</translation>
    </message>
    <message>
        <source>6. Referrals</source>
        <translation>6. Rujukan</translation>
    </message>
    <message>
        <source>Where the case was handed on: the police, the immigration office, BP3MI, UPTD PPA and others, with their reference number if they gave one.</source>
        <translation>Ke mana kasus ini diteruskan: polisi, kantor imigrasi, BP3MI, UPTD PPA dan lainnya, dengan nomor dari mereka bila ada.</translation>
    </message>
    <message>
        <source>Add a &amp;referral</source>
        <translation>Tambah &amp;rujukan</translation>
    </message>
    <message>
        <source>7. Status and notes</source>
        <translation>7. Status dan catatan</translation>
    </message>
</context>
<context>
    <name>IncidentFromCheck</name>
    <message>
        <source>Job-offer check: {level}</source>
        <translation>Cek Tawaran Kerja: {level}</translation>
    </message>
    <message>
        <source>Recorded from the job-offer check of {date} (question list version {version}): {level}.</source>
        <translation>Dicatat dari Cek Tawaran Kerja tanggal {date} (daftar pertanyaan versi {version}): {level}.</translation>
    </message>
    <message>
        <source>Stage: {stage}.</source>
        <translation>Tahap: {stage}.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Yang ditemukan:</translation>
    </message>
    <message>
        <source>Still to check:</source>
        <translation>Perlu dicek:</translation>
    </message>
    <message>
        <source>Record as an incident</source>
        <translation>Catat sebagai kejadian</translation>
    </message>
    <message>
        <source>A new incident record is already being written and is not saved yet. Finish or discard it in the Incident log first, then try again.</source>
        <translation>Ada catatan kejadian baru yang sedang ditulis dan belum disimpan. Selesaikan atau buang dulu di Catatan Kejadian, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Filled in from the job-offer check. Check every field, add what is missing, then save.</source>
        <translation>Diisi dari Cek Tawaran Kerja. Periksa setiap isian, lengkapi yang kurang, lalu simpan.</translation>
    </message>
</context>
<context>
    <name>IncidentHistory</name>
    <message>
        <source>Person {n} removed</source>
        <translation>Orang {n} dihapus</translation>
    </message>
    <message>
        <source>Person {n} added: {who}</source>
        <translation>Orang {n} ditambahkan: {who}</translation>
    </message>
    <message>
        <source>Referral {n} removed</source>
        <translation>Rujukan {n} dihapus</translation>
    </message>
    <message>
        <source>Referral {n} added: {what}</source>
        <translation>Rujukan {n} ditambahkan: {what}</translation>
    </message>
    <message>
        <source>Person {n}</source>
        <translation>Orang {n}</translation>
    </message>
    <message>
        <source>Referral {n}</source>
        <translation>Rujukan {n}</translation>
    </message>
    <message>
        <source>filled in (not shown)</source>
        <translation>diisi (isinya tidak ditampilkan)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>changed (not shown)</source>
        <translation>diubah (isinya tidak ditampilkan)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>{name} changed</source>
        <translation>{name} diubah</translation>
    </message>
    <message>
        <source>Moved to Deleted</source>
        <translation>Dipindahkan ke Terhapus</translation>
    </message>
    <message>
        <source>Removed for good</source>
        <translation>Dihapus permanen</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Catatan dibuat</translation>
    </message>
    <message>
        <source>Restored from Deleted</source>
        <translation>Dipulihkan dari Terhapus</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>oleh {author}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
</context>
<context>
    <name>IncidentJob</name>
    <message>
        <source>Print record no. {number}</source>
        <translation>Cetak catatan no. {number}</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>&amp;Include names, NIK and phone numbers</source>
        <translation>Serta&amp;kan nama, NIK, dan nomor telepon</translation>
    </message>
    <message>
        <source>Personal data is confidential. Include it only when handing the record to the police or the immigration office, and keep the paper safe.</source>
        <translation>Data pribadi bersifat rahasia. Sertakan hanya bila catatan diserahkan ke polisi atau kantor imigrasi, dan simpan kertasnya dengan aman.</translation>
    </message>
    <message>
        <source>incident-record-{number}.pdf</source>
        <translation>catatan-kejadian-{number}.pdf</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <source>Suspicious job offer</source>
        <translation>Tawaran kerja mencurigakan</translation>
    </message>
    <message>
        <source>Planned non-procedural departure</source>
        <translation>Rencana berangkat tidak resmi</translation>
    </message>
    <message>
        <source>Departure has happened</source>
        <translation>Sudah berangkat</translation>
    </message>
    <message>
        <source>Lost contact abroad</source>
        <translation>Hilang kontak di luar negeri</translation>
    </message>
    <message>
        <source>Victim returned or sent home</source>
        <translation>Korban pulang atau dipulangkan</translation>
    </message>
    <message>
        <source>Other report</source>
        <translation>Laporan lain</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Dirujuk</translation>
    </message>
    <message>
        <source>Being followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Closed (handed over)</source>
        <translation>Ditutup (dirujuk)</translation>
    </message>
    <message>
        <source>The victim</source>
        <translation>Korban sendiri</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>A resident</source>
        <translation>Warga</translation>
    </message>
    <message>
        <source>RT or dusun head</source>
        <translation>Ketua RT atau kepala dusun</translation>
    </message>
    <message>
        <source>Pimpasa (village immigration officer)</source>
        <translation>Pimpasa (petugas imigrasi pembina desa)</translation>
    </message>
    <message>
        <source>Babinsa or Bhabinkamtibmas</source>
        <translation>Babinsa atau Bhabinkamtibmas</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Sumber lain</translation>
    </message>
    <message>
        <source>Dumai</source>
        <translation>Dumai</translation>
    </message>
    <message>
        <source>Batam</source>
        <translation>Batam</translation>
    </message>
    <message>
        <source>Tanjungpinang</source>
        <translation>Tanjungpinang</translation>
    </message>
    <message>
        <source>Tanjung Balai</source>
        <translation>Tanjung Balai</translation>
    </message>
    <message>
        <source>Nunukan</source>
        <translation>Nunukan</translation>
    </message>
    <message>
        <source>An airport</source>
        <translation>Bandara</translation>
    </message>
    <message>
        <source>Another place</source>
        <translation>Tempat lain</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak tahu</translation>
    </message>
    <message>
        <source>Checked: licensed</source>
        <translation>Sudah dicek: berizin</translation>
    </message>
    <message>
        <source>Checked: not in the list</source>
        <translation>Sudah dicek: tidak ada di daftar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Belum dicek</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>Jeratan utang</translation>
    </message>
    <message>
        <source>Passport or documents held</source>
        <translation>Paspor atau dokumen ditahan</translation>
    </message>
    <message>
        <source>Wages withheld or taken</source>
        <translation>Gaji ditahan atau diambil</translation>
    </message>
    <message>
        <source>Locked in or not allowed out</source>
        <translation>Dikurung atau tidak boleh keluar</translation>
    </message>
    <message>
        <source>False promises</source>
        <translation>Janji palsu</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation>Kekerasan fisik</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Kekerasan seksual</translation>
    </message>
    <message>
        <source>Psychological abuse</source>
        <translation>Kekerasan psikis</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation>Jam kerja berlebihan</translation>
    </message>
    <message>
        <source>Food, rest or medical care withheld</source>
        <translation>Makan, istirahat atau berobat dibatasi</translation>
    </message>
    <message>
        <source>Other means of control</source>
        <translation>Cara pengendalian lain</translation>
    </message>
    <message>
        <source>Potential victim</source>
        <translation>Calon korban</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Anggota keluarga</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Other sex</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Sex not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>0–8 years</source>
        <translation>0–8 tahun</translation>
    </message>
    <message>
        <source>9–17 years</source>
        <translation>9–17 tahun</translation>
    </message>
    <message>
        <source>18–20 years</source>
        <translation>18–20 tahun</translation>
    </message>
    <message>
        <source>21–23 years</source>
        <translation>21–23 tahun</translation>
    </message>
    <message>
        <source>24–26 years</source>
        <translation>24–26 tahun</translation>
    </message>
    <message>
        <source>27–29 years</source>
        <translation>27–29 tahun</translation>
    </message>
    <message>
        <source>30–38 years</source>
        <translation>30–38 tahun</translation>
    </message>
    <message>
        <source>39–47 years</source>
        <translation>39–47 tahun</translation>
    </message>
    <message>
        <source>48 years or older</source>
        <translation>48 tahun ke atas</translation>
    </message>
    <message>
        <source>Consent of the person concerned</source>
        <translation>Persetujuan yang bersangkutan</translation>
    </message>
    <message>
        <source>Carrying out a legal obligation</source>
        <translation>Menjalankan kewajiban hukum</translation>
    </message>
    <message>
        <source>Protecting someone&apos;s life or safety</source>
        <translation>Melindungi nyawa atau keselamatan seseorang</translation>
    </message>
    <message>
        <source>Public service duty of the village office</source>
        <translation>Tugas pelayanan publik kantor desa</translation>
    </message>
    <message>
        <source>Police (Polres / Polsek)</source>
        <translation>Polisi (Polres / Polsek)</translation>
    </message>
    <message>
        <source>Immigration office</source>
        <translation>Kantor Imigrasi</translation>
    </message>
    <message>
        <source>BP3MI / KP2MI</source>
        <translation>BP3MI / KP2MI</translation>
    </message>
    <message>
        <source>UPTD PPA / SAPA 129</source>
        <translation>UPTD PPA / SAPA 129</translation>
    </message>
    <message>
        <source>Manpower office</source>
        <translation>Dinas Tenaga Kerja</translation>
    </message>
    <message>
        <source>Social affairs office</source>
        <translation>Dinas Sosial</translation>
    </message>
    <message>
        <source>Another office</source>
        <translation>Instansi lain</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>Jenis laporan</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Tanggal lapor</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>Tanggal kejadian</translation>
    </message>
    <message>
        <source>Source of information</source>
        <translation>Sumber informasi</translation>
    </message>
    <message>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Short summary</source>
        <translation>Ringkasan singkat</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <source>Destination city</source>
        <translation>Kota tujuan</translation>
    </message>
    <message>
        <source>Departure point</source>
        <translation>Tempat keberangkatan</translation>
    </message>
    <message>
        <source>Departure point details</source>
        <translation>Keterangan tempat berangkat</translation>
    </message>
    <message>
        <source>Passed an official immigration checkpoint</source>
        <translation>Lewat pemeriksaan imigrasi resmi</translation>
    </message>
    <message>
        <source>Recruiter&apos;s name or nickname</source>
        <translation>Nama atau julukan perekrut</translation>
    </message>
    <message>
        <source>Recruiter&apos;s phone</source>
        <translation>Telepon perekrut</translation>
    </message>
    <message>
        <source>Company or agent</source>
        <translation>Perusahaan atau agen</translation>
    </message>
    <message>
        <source>P3MI licence</source>
        <translation>Izin P3MI</translation>
    </message>
    <message>
        <source>Money asked (Rp)</source>
        <translation>Biaya yang diminta (Rp)</translation>
    </message>
    <message>
        <source>Debt or wage deductions (Rp)</source>
        <translation>Utang atau potongan gaji (Rp)</translation>
    </message>
    <message>
        <source>Wage promised</source>
        <translation>Gaji yang dijanjikan</translation>
    </message>
    <message>
        <source>Means of control</source>
        <translation>Cara pengendalian</translation>
    </message>
    <message>
        <source>Legal basis for recording personal data</source>
        <translation>Dasar pencatatan data pribadi</translation>
    </message>
    <message>
        <source>Consent of parent or guardian</source>
        <translation>Persetujuan orang tua atau wali</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Kelompok umur</translation>
    </message>
    <message>
        <source>Under 18 (a child)</source>
        <translation>Di bawah 18 tahun (anak)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <source>Date referred</source>
        <translation>Tanggal dirujuk</translation>
    </message>
    <message>
        <source>Their reference number</source>
        <translation>Nomor dari instansi penerima</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
</context>
<context>
    <name>IncidentPrintout</name>
    <message>
        <source>OFFICE OF THE LURAH OF {name}</source>
        <translation>KANTOR LURAH {name}</translation>
    </message>
    <message>
        <source>OFFICE OF THE VILLAGE HEAD OF {name}</source>
        <translation>KANTOR KEPALA DESA {name}</translation>
    </message>
    <message>
        <source>GOVERNMENT OF {regency}</source>
        <translation>PEMERINTAH {regency}</translation>
    </message>
    <message>
        <source>DISTRICT {district}</source>
        <translation>KECAMATAN {district}</translation>
    </message>
    <message>
        <source>Phone {phone}</source>
        <translation>Telp. {phone}</translation>
    </message>
    <message>
        <source>Record no. {number}</source>
        <translation>Catatan no. {number}</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Nomor catatan</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Orang {number}</translation>
    </message>
    <message>
        <source>Referral {number}</source>
        <translation>Rujukan {number}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation>Kode pengenal catatan</translation>
    </message>
    <message>
        <source>1. The report</source>
        <translation>1. Laporan</translation>
    </message>
    <message>
        <source>2. Destination and journey</source>
        <translation>2. Tujuan dan perjalanan</translation>
    </message>
    <message>
        <source>3. The recruiter</source>
        <translation>3. Perekrut</translation>
    </message>
    <message>
        <source>4. People involved</source>
        <translation>4. Orang yang terlibat</translation>
    </message>
    <message>
        <source>No people are recorded.</source>
        <translation>Tidak ada orang yang dicatat.</translation>
    </message>
    <message>
        <source>5. Permission to record personal data</source>
        <translation>5. Dasar pencatatan data pribadi</translation>
    </message>
    <message>
        <source>6. Referrals</source>
        <translation>6. Rujukan</translation>
    </message>
    <message>
        <source>Not referred yet.</source>
        <translation>Belum dirujuk.</translation>
    </message>
    <message>
        <source>7. Status and notes</source>
        <translation>7. Status dan catatan</translation>
    </message>
    <message>
        <source>About this record</source>
        <translation>Tentang catatan ini</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — contains personal data. Only for the authorised officer; do not copy or pass on.</source>
        <translation>RAHASIA — memuat data pribadi. Hanya untuk petugas yang berwenang; jangan digandakan atau diteruskan.</translation>
    </message>
    <message>
        <source>Without personal identifiers: names, NIK and phone numbers are not printed.</source>
        <translation>Tanpa identitas pribadi: nama, NIK dan nomor telepon tidak dicetak.</translation>
    </message>
    <message>
        <source>PRACTICE DATA (fictional) — </source>
        <translation>DATA LATIHAN (fiktif) — </translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Lurah</source>
        <translation>Lurah</translation>
    </message>
    <message>
        <source>Village head</source>
        <translation>Kepala Desa</translation>
    </message>
    <message>
        <source>INCIDENT RECORD SUMMARY</source>
        <translation>RINGKASAN CATATAN KEJADIAN</translation>
    </message>
    <message>
        <source>Area code {code} · {kind} {village} · printed {when}</source>
        <translation>Kode wilayah {code} · {kind} {village} · dicetak {when}</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>RAHASIA</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
</context>
<context>
    <name>IncidentSettingsTab</name>
    <message>
        <source>e.g. Sekretaris Desa</source>
        <translation>mis. Sekretaris Desa</translation>
    </message>
    <message>
        <source>Sa&amp;ve name</source>
        <translation>Simpan &amp;nama</translation>
    </message>
    <message>
        <source>&amp;Recorded by (your name or position):</source>
        <translation>&amp;Pencatat (nama atau jabatan Anda):</translation>
    </message>
    <message>
        <source>Every saved change of a record keeps this name with it, so the history shows who changed what.</source>
        <translation>Setiap perubahan catatan yang disimpan menyertakan nama ini, sehingga riwayat menunjukkan siapa mengubah apa.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} hari</translation>
    </message>
    <message>
        <source>&amp;Keep deleted records for:</source>
        <translation>&amp;Simpan catatan terhapus selama:</translation>
    </message>
    <message>
        <source>Deleted records wait in “Deleted” this long, so a mistake can be undone; then they are removed for good. Keep personal data no longer than needed.</source>
        <translation>Catatan yang dihapus menunggu di “Terhapus” selama ini, supaya kekeliruan masih dapat dibatalkan; sesudah itu dihapus permanen. Jangan simpan data pribadi lebih lama dari yang diperlukan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>IncidentTable</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>Jenis laporan</translation>
    </message>
    <message>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Perekrut</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>{count} (child)</source>
        <translation>{count} (ada anak)</translation>
    </message>
</context>
<context>
    <name>IncidentValues</name>
    <message>
        <source>year {year}</source>
        <translation>tahun {year}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>a child</source>
        <translation>anak</translation>
    </message>
    <message>
        <source>with a disability</source>
        <translation>penyandang disabilitas</translation>
    </message>
    <message>
        <source>number {reference}</source>
        <translation>nomor {reference}</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incident log</source>
        <translation>Catatan Kejadian</translation>
    </message>
    <message>
        <source>automatic removal</source>
        <translation>penghapusan otomatis</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>Catatan &amp;baru</translation>
    </message>
    <message>
        <source>A new record was being written but was not saved yet.</source>
        <translation>Ada catatan baru yang sedang ditulis tetapi belum disimpan.</translation>
    </message>
    <message>
        <source>&amp;Continue writing it</source>
        <translation>&amp;Lanjutkan menulis</translation>
    </message>
    <message>
        <source>Search summary, notes, recruiter, company, destination</source>
        <translation>Cari ringkasan, catatan, perekrut, perusahaan, tujuan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All modus</source>
        <translation>Semua modus</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Pilih tanggal…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Modus:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>T&amp;ujuan:</translation>
    </message>
    <message>
        <source>Date re&amp;ported:</source>
        <translation>Tanggal &amp;lapor:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Tampilkan &amp;semua</translation>
    </message>
    <message>
        <source>Incident records</source>
        <translation>Catatan kejadian</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Delete &amp;permanently…</source>
        <translation>Hapus &amp;permanen…</translation>
    </message>
    <message>
        <source>{count} old record(s) were removed for good automatically.</source>
        <translation>{count} catatan lama sudah dihapus permanen secara otomatis.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>Records ({count})</source>
        <translation>Catatan ({count})</translation>
    </message>
    <message>
        <source>Deleted ({count})</source>
        <translation>Terhapus ({count})</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>Tidak ada catatan yang dihapus.</translation>
    </message>
    <message>
        <source>No records yet. Press “New record” to write the first one. Records stay on this computer.</source>
        <translation>Belum ada catatan. Tekan “Catatan baru” untuk menulis yang pertama. Catatan tersimpan hanya di komputer ini.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} records.</source>
        <translation>Menampilkan {shown} dari {total} catatan.</translation>
    </message>
    <message>
        <source>None match; press “Show all” to see every record.</source>
        <translation>Tidak ada yang cocok; tekan “Tampilkan semua” untuk melihat semua catatan.</translation>
    </message>
    <message>
        <source>{total} records.</source>
        <translation>{total} catatan.</translation>
    </message>
    <message>
        <source>Deleted records can be restored. After {days} days they are removed for good (this can be changed in Settings).</source>
        <translation>Catatan yang dihapus dapat dipulihkan. Sesudah {days} hari catatan dihapus permanen (dapat diubah di Pengaturan).</translation>
    </message>
    <message>
        <source>Deleted record</source>
        <translation>Catatan terhapus</translation>
    </message>
    <message>
        <source>This record is deleted. Restore it first to open it.</source>
        <translation>Catatan ini sudah dihapus. Pulihkan dulu untuk membukanya.</translation>
    </message>
    <message>
        <source>village office</source>
        <translation>kantor desa</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Hapus catatan ini?</translation>
    </message>
    <message>
        <source>Record no. {number} will be moved to “Deleted”. It can be restored from there for {days} days.</source>
        <translation>Catatan no. {number} akan dipindahkan ke “Terhapus”. Dari sana catatan dapat dipulihkan selama {days} hari.</translation>
    </message>
    <message>
        <source>Move to Deleted</source>
        <translation>Pindahkan ke Terhapus</translation>
    </message>
    <message>
        <source>Delete permanently?</source>
        <translation>Hapus permanen?</translation>
    </message>
    <message>
        <source>Record no. {number} and all its history will be removed for good. This cannot be undone.</source>
        <translation>Catatan no. {number} beserta seluruh riwayatnya akan dihapus selamanya. Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Hapus permanen</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Tidak diubah</translation>
    </message>
    <message>
        <source>This record was changed in the meantime. The list has been refreshed.</source>
        <translation>Catatan ini sudah berubah sementara itu. Daftar sudah diperbarui.</translation>
    </message>
</context>
<context>
    <name>LeafletJob</name>
    <message>
        <source>Print leaflets and posters</source>
        <translation>Cetak leaflet dan poster</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Yang dicetak</translation>
    </message>
    <message>
        <source>&amp;Tri-fold leaflet (two sides)</source>
        <translation>Leaflet &amp;lipat tiga (bolak-balik)</translation>
    </message>
    <message>
        <source>P&amp;oster for the notice board</source>
        <translation>P&amp;oster untuk papan pengumuman</translation>
    </message>
    <message>
        <source>Poc&amp;ket cards (three per sheet)</source>
        <translation>&amp;Kartu saku (tiga per lembar)</translation>
    </message>
    <message>
        <source>Print on both sides, turning the sheet over on its short edge. A printer that cannot print both sides: print the outside (page 1), put the sheet back in the tray turned over, then print the inside (page 2). Fold along the small marks at the top and bottom edges.</source>
        <translation>Cetak bolak-balik, dibalik pada sisi pendek kertas. Printer yang tidak bisa bolak-balik: cetak sisi luar (halaman 1), masukkan lagi kertasnya ke baki dalam keadaan terbalik, lalu cetak sisi dalam (halaman 2). Lipat mengikuti tanda kecil di tepi atas dan bawah.</translation>
    </message>
    <message>
        <source>Cut along the dashed lines and fold each card in the middle, printed side out.</source>
        <translation>Gunting mengikuti garis putus-putus, lalu lipat setiap kartu di tengah dengan sisi bercetak di luar.</translation>
    </message>
    <message>
        <source>Put the poster up where everyone can read it.</source>
        <translation>Tempel poster di tempat yang mudah dibaca semua orang.</translation>
    </message>
    <message>
        <source>The text does not fit on this paper. Shorten the contact names in Settings, Village profile, or choose F4 paper.</source>
        <translation>Teks tidak muat di kertas ini. Pendekkan nama kontak di Pengaturan, Profil desa, atau pilih kertas F4.</translation>
    </message>
</context>
<context>
    <name>LocalContactDialog</name>
    <message>
        <source>Local contact for the villages</source>
        <translation>Kontak setempat untuk desa</translation>
    </message>
    <message>
        <source>Every village of the office</source>
        <translation>Semua desa wilayah kantor</translation>
    </message>
    <message>
        <source>for example Dinas tenaga kerja kabupaten, Polres, P4MI Jambi</source>
        <translation>misalnya Dinas tenaga kerja kabupaten, Polres, P4MI Jambi</translation>
    </message>
    <message>
        <source>for example the opening hours</source>
        <translation>misalnya jam buka</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Untuk:</translation>
    </message>
    <message>
        <source>&amp;Office or role:</source>
        <translation>&amp;Instansi atau jabatan:</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nama (boleh kosong):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>N&amp;ote (optional):</source>
        <translation>Ca&amp;tatan (boleh kosong):</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Simpan kontak</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Write the office or role (at most 200 characters).</source>
        <translation>Tulis instansi atau jabatannya (paling banyak 200 huruf).</translation>
    </message>
    <message>
        <source>Write a phone number, for example 0746-21234 or 0812-3456-7890.</source>
        <translation>Tulis nomor telepon, misalnya 0746-21234 atau 0812-3456-7890.</translation>
    </message>
    <message>
        <source>Shorten the name or the note.</source>
        <translation>Pendekkan nama atau catatannya.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Siaga TPPO is locked</source>
        <translation>Siaga TPPO terkunci</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Bantuan (F1)</translation>
    </message>
</context>
<context>
    <name>ManualJob</name>
    <message>
        <source>Print the manual</source>
        <translation>Cetak panduan</translation>
    </message>
    <message>
        <source>{app} staff manual</source>
        <translation>Panduan staf {app}</translation>
    </message>
    <message>
        <source>Version {version} · printed {date}</source>
        <translation>Versi {version} · dicetak {date}</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
</context>
<context>
    <name>MateriPage</name>
    <message>
        <source>Material</source>
        <translation>Materi</translation>
    </message>
    <message>
        <source>Awareness material</source>
        <translation>Materi penyuluhan</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;presentasi</translation>
    </message>
    <message>
        <source>Full screen for a projector (F5)</source>
        <translation>Layar penuh untuk proyektor (F5)</translation>
    </message>
    <message>
        <source>Print &amp;leaflets and posters…</source>
        <translation>Cetak &amp;leaflet dan poster…</translation>
    </message>
    <message>
        <source>Search all topics…</source>
        <translation>Cari di semua topik…</translation>
    </message>
    <message>
        <source>Search all topics</source>
        <translation>Cari di semua topik</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Back to the &amp;contents</source>
        <translation>Kembali ke &amp;daftar isi</translation>
    </message>
    <message>
        <source>Text of the material</source>
        <translation>Isi materi</translation>
    </message>
    <message>
        <source>Important contacts</source>
        <translation>Kontak penting</translation>
    </message>
    <message>
        <source>Sources of all topics</source>
        <translation>Sumber semua topik</translation>
    </message>
    <message>
        <source>Found in {count} parts of the material. Choose one to read it.</source>
        <translation>Ditemukan di {count} bagian materi. Pilih salah satu untuk membacanya.</translation>
    </message>
    <message>
        <source>“{query}” is not in the material. Try another word.</source>
        <translation>“{query}” tidak ada di materi. Coba kata lain.</translation>
    </message>
    <message>
        <source>Warnings from the office ({count})</source>
        <translation>Peringatan dari kantor ({count})</translation>
    </message>
    <message>
        <source>The immigration office</source>
        <translation>Kantor imigrasi</translation>
    </message>
</context>
<context>
    <name>MateriViews</name>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>From abroad</source>
        <translation>Dari luar negeri</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>bebas pulsa</translation>
    </message>
    <message>
        <source>Important contacts</source>
        <translation>Kontak penting</translation>
    </message>
    <message>
        <source>National hotlines</source>
        <translation>Layanan pengaduan nasional</translation>
    </message>
    <message>
        <source>Only numbers checked against published sources are listed here.</source>
        <translation>Di sini hanya tercantum nomor yang sudah diperiksa dengan sumber yang diterbitkan.</translation>
    </message>
    <message>
        <source>Checked on {date}. Source: {sources}.</source>
        <translation>Diperiksa pada {date}. Sumber: {sources}.</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Local contacts of {kind} {village}</source>
        <translation>Kontak setempat {kind} {village}</translation>
    </message>
    <message>
        <source>Lurah</source>
        <translation>Lurah</translation>
    </message>
    <message>
        <source>Village head</source>
        <translation>Kepala desa</translation>
    </message>
    <message>
        <source>Village office</source>
        <translation>Kantor desa</translation>
    </message>
    <message>
        <source>Add the missing numbers (Bhabinkamtibmas, Babinsa, immigration office, district manpower office, BP3MI or P4MI) in Settings, Village profile. They are printed on the leaflets too.</source>
        <translation>Lengkapi nomor yang belum ada (Bhabinkamtibmas, Babinsa, kantor imigrasi, dinas tenaga kerja kabupaten, BP3MI atau P4MI) di Pengaturan, Profil desa. Nomor itu juga dicetak di leaflet.</translation>
    </message>
    <message>
        <source>The facts in this material come from the sources below, written in our own plain words. Each topic also lists its sources at its end. Laws were read through published reproductions and summaries; for a real case, ask the police, a prosecutor or a legal adviser which articles apply.</source>
        <translation>Fakta dalam materi ini diambil dari sumber-sumber di bawah, lalu ditulis ulang dengan bahasa sederhana. Setiap topik juga mencantumkan sumbernya di bagian akhir. Bunyi undang-undang dibaca melalui salinan dan ringkasan yang diterbitkan; untuk perkara nyata, tanyakan kepada polisi, jaksa, atau penasihat hukum pasal mana yang berlaku.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Checked on {date}.</source>
        <translation>Diperiksa pada {date}.</translation>
    </message>
    <message>
        <source>{service}: checked on {date}; {sources}.</source>
        <translation>{service}: diperiksa pada {date}; {sources}.</translation>
    </message>
    <message>
        <source>The QR code on the leaflets opens {url} ({label}).</source>
        <translation>Kode QR pada leaflet membuka {url} ({label}).</translation>
    </message>
    <message>
        <source>From the immigration office</source>
        <translation>Dari kantor imigrasi</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Warnings from the immigration office</source>
        <translation>Peringatan dari kantor imigrasi</translation>
    </message>
    <message>
        <source>{office} warns about these recruiters and companies. If one of them offers work to a resident, check the offer with Check a job offer, keep any documents and money at home, and tell the immigration office.</source>
        <translation>{office} memperingatkan tentang perekrut dan perusahaan di bawah ini. Bila salah satunya menawarkan kerja kepada warga, periksa tawarannya dengan Cek Tawaran Kerja, simpan dokumen dan uang di rumah, dan beri tahu kantor imigrasi.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Seen since</source>
        <translation>Terlihat sejak</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Terlihat di</translation>
    </message>
    <message>
        <source>Warning issued on</source>
        <translation>Peringatan dikeluarkan</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Modus</name>
    <message>
        <source>Non-procedural job offer abroad</source>
        <translation>Tawaran kerja ke luar negeri tidak resmi</translation>
    </message>
    <message>
        <source>Online-scam company</source>
        <translation>Perusahaan penipuan daring</translation>
    </message>
    <message>
        <source>Ship crew (ABK)</source>
        <translation>Anak buah kapal (ABK)</translation>
    </message>
    <message>
        <source>Domestic or plantation worker</source>
        <translation>Pekerja rumah tangga atau perkebunan</translation>
    </message>
    <message>
        <source>Mail-order bride</source>
        <translation>Pengantin pesanan</translation>
    </message>
    <message>
        <source>Sexual exploitation of a child</source>
        <translation>Eksploitasi seksual anak</translation>
    </message>
    <message>
        <source>Organ trade</source>
        <translation>Perdagangan organ tubuh</translation>
    </message>
    <message>
        <source>Fake internship or scholarship</source>
        <translation>Magang atau beasiswa palsu</translation>
    </message>
    <message>
        <source>Misuse of an umrah, hajj or visit visa</source>
        <translation>Penyalahgunaan visa umrah, haji atau kunjungan</translation>
    </message>
    <message>
        <source>Other modus</source>
        <translation>Modus lain</translation>
    </message>
</context>
<context>
    <name>OfficeCheck</name>
    <message>
        <source>Checked on {date} with question list version {version}.</source>
        <translation>Diperiksa pada {date} dengan daftar pertanyaan versi {version}.</translation>
    </message>
    <message>
        <source>Stage: {stage}.</source>
        <translation>Tahap: {stage}.</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Company or recruiter</source>
        <translation>Perusahaan atau perekrut</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Job offered</source>
        <translation>Pekerjaan yang ditawarkan</translation>
    </message>
    <message>
        <source>Recruiter&apos;s contact</source>
        <translation>Kontak perekrut</translation>
    </message>
    <message>
        <source>Found (answered Yes)</source>
        <translation>Yang ditemukan (dijawab Ya)</translation>
    </message>
</context>
<context>
    <name>OfficeContentBox</name>
    <message>
        <source>Content from the immigration office</source>
        <translation>Isi dari kantor imigrasi</translation>
    </message>
    <message>
        <source>See what changes and &amp;install…</source>
        <translation>Lihat perubahannya lalu &amp;pasang…</translation>
    </message>
    <message>
        <source>&amp;Bring back the earlier content</source>
        <translation>&amp;Kembalikan isi sebelumnya</translation>
    </message>
    <message>
        <source>This app shows its own content: no content pack from the office is installed.</source>
        <translation>Aplikasi ini menampilkan isinya sendiri: belum ada paket isi dari kantor yang dipasang.</translation>
    </message>
    <message>
        <source>Installed: content pack number {number} from {office}, made on {made}, installed on {installed}.</source>
        <translation>Terpasang: paket isi nomor {number} dari {office}, dibuat {made}, dipasang {installed}.</translation>
    </message>
    <message>
        <source>is on the flash drive ({file})</source>
        <translation>ada di flashdisk ({file})</translation>
    </message>
    <message>
        <source>was received from the office over the internet</source>
        <translation>sudah diterima dari kantor lewat internet</translation>
    </message>
    <message>
        <source>A newer content pack, number {number} from {office}, made on {made}, {where}. Look at what it changes before you install it.</source>
        <translation>Paket isi yang lebih baru, nomor {number} dari {office}, dibuat {made}, {where}. Lihat dulu apa yang berubah sebelum memasangnya.</translation>
    </message>
    <message>
        <source>The content pack on the flash drive ({file}) is the one installed.</source>
        <translation>Paket isi di flashdisk ({file}) adalah paket yang sudah terpasang.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Content installed</source>
        <translation>Isi sudah dipasang</translation>
    </message>
    <message>
        <source>Content pack number {number} from {office} is installed. Material, Check a job offer and the leaflets show it now.</source>
        <translation>Paket isi nomor {number} dari {office} sudah dipasang. Materi, Cek Tawaran Kerja dan leaflet kini menampilkannya.</translation>
    </message>
    <message>
        <source>the content of pack number {number} is shown again</source>
        <translation>isi paket nomor {number} tampil lagi</translation>
    </message>
    <message>
        <source>the app&apos;s own content is shown again</source>
        <translation>isi bawaan aplikasi tampil lagi</translation>
    </message>
    <message>
        <source>Bring back the earlier content?</source>
        <translation>Kembalikan isi sebelumnya?</translation>
    </message>
    <message>
        <source>Content pack number {number} is taken away and {instead}. Saved checks keep the questions they were made with. To have pack number {number} again, the office must make a newer pack.</source>
        <translation>Paket isi nomor {number} dilepas dan {instead}. Cek yang sudah disimpan tetap memakai pertanyaan saat cek itu dibuat. Untuk memakai isi paket nomor {number} lagi, kantor perlu membuat paket yang lebih baru.</translation>
    </message>
    <message>
        <source>Bring back the earlier content</source>
        <translation>Kembalikan isi sebelumnya</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>for example Kantor Imigrasi Kerinci</source>
        <translation>misalnya Kantor Imigrasi Kerinci</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nama kantor:</translation>
    </message>
    <message>
        <source>Regencies and cities the office covers</source>
        <translation>Kabupaten dan kota wilayah kerja kantor</translation>
    </message>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>Isi nama kantor.</translation>
    </message>
    <message>
        <source>Tick at least one regency or city.</source>
        <translation>Centang paling sedikit satu kabupaten atau kota.</translation>
    </message>
</context>
<context>
    <name>OfficePackPage</name>
    <message>
        <source>Content for the villages</source>
        <translation>Isi untuk desa</translation>
    </message>
    <message>
        <source>A content pack takes your office&apos;s contacts, local contacts and warnings about recruiters to the villages of your area, and, if you choose, newer hotlines, job-offer questions and material. It is signed with the office&apos;s key, which the villages already have. They install it from a flash drive, or receive it when they send over the internet.</source>
        <translation>Paket isi membawa kontak kantor, kontak setempat dan peringatan tentang perekrut ke desa-desa di wilayah Anda, dan bila dipilih juga nomor layanan, pertanyaan Cek Tawaran Kerja dan materi yang lebih baru. Paket ditandatangani dengan kunci kantor yang sudah dimiliki desa. Desa memasangnya dari flashdisk, atau menerimanya saat mengirim lewat internet.</translation>
    </message>
    <message>
        <source>The office&apos;s contact details</source>
        <translation>Kontak kantor</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nama kantor:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp:</source>
        <translation>&amp;WhatsApp:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Surel:</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>&amp;Jam buka:</translation>
    </message>
    <message>
        <source>Local contacts for the villages</source>
        <translation>Kontak setempat untuk desa</translation>
    </message>
    <message>
        <source>For example the manpower office of each kabupaten. A contact for one kabupaten or kecamatan reaches only its villages.</source>
        <translation>Misalnya dinas tenaga kerja tiap kabupaten. Kontak untuk satu kabupaten atau kecamatan hanya sampai ke desa-desanya.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Office or role</source>
        <translation>Instansi atau jabatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Tambah kontak…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Every village</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <source>Warnings about recruiters and companies</source>
        <translation>Peringatan tentang perekrut dan perusahaan</translation>
    </message>
    <message>
        <source>Every village of the office gets every warning. A warning stays in each new pack until you remove it here.</source>
        <translation>Setiap desa wilayah kantor menerima semua peringatan. Peringatan ikut di setiap paket baru sampai Anda menghapusnya di sini.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Seen since</source>
        <translation>Terlihat sejak</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Terlihat di</translation>
    </message>
    <message>
        <source>What is known</source>
        <translation>Yang diketahui</translation>
    </message>
    <message>
        <source>Write a warning…</source>
        <translation>Tulis peringatan…</translation>
    </message>
    <message>
        <source>Remove the warning?</source>
        <translation>Hapus peringatan ini?</translation>
    </message>
    <message>
        <source>The warning about {subject} is left out of the next pack; the villages stop showing it once they install that pack.</source>
        <translation>Peringatan tentang {subject} tidak ikut di paket berikutnya; desa tidak menampilkannya lagi setelah memasang paket itu.</translation>
    </message>
    <message>
        <source>Remove the warning</source>
        <translation>Hapus peringatan</translation>
    </message>
    <message>
        <source>What else goes in the pack</source>
        <translation>Isi lain di dalam paket</translation>
    </message>
    <message>
        <source>&amp;Hotlines:</source>
        <translation>Nomor &amp;layanan:</translation>
    </message>
    <message>
        <source>&amp;Job-offer questions:</source>
        <translation>&amp;Pertanyaan Cek Tawaran Kerja:</translation>
    </message>
    <message>
        <source>&amp;Material and leaflets:</source>
        <translation>&amp;Materi dan leaflet:</translation>
    </message>
    <message>
        <source>Not in the pack</source>
        <translation>Tidak disertakan</translation>
    </message>
    <message>
        <source>What is not in the pack stays as each village has it. The folder of edited content is a copy of the app&apos;s own resources folder with the files edited: contacts for the hotlines, checklists for the questions, content for the material.</source>
        <translation>Yang tidak disertakan tetap seperti yang ada di tiap desa. Folder isi yang disunting adalah salinan folder resources milik aplikasi dengan berkas yang sudah disunting: contacts untuk nomor layanan, checklists untuk pertanyaan, content untuk materi.</translation>
    </message>
    <message>
        <source>The ones this app has</source>
        <translation>Yang ada di aplikasi ini</translation>
    </message>
    <message>
        <source>Edited ones from the folder</source>
        <translation>Yang sudah disunting, dari folder</translation>
    </message>
    <message>
        <source>Choose the &amp;folder of edited content…</source>
        <translation>Pilih &amp;folder isi yang disunting…</translation>
    </message>
    <message>
        <source>Folder of edited content: {folder}</source>
        <translation>Folder isi yang disunting: {folder}</translation>
    </message>
    <message>
        <source>No folder of edited content chosen.</source>
        <translation>Belum ada folder isi yang disunting.</translation>
    </message>
    <message>
        <source>Choose the folder of edited content</source>
        <translation>Pilih folder isi yang disunting</translation>
    </message>
    <message>
        <source>Make the pack and save it for the villages</source>
        <translation>Buat paket dan simpan untuk desa</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Pilih tempat menyimpan</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Simpan &amp;ke:</translation>
    </message>
    <message>
        <source>&amp;Look for drives again</source>
        <translation>&amp;Cari flashdisk lagi</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Pilih folder lain…</translation>
    </message>
    <message>
        <source>Also give it to the &amp;receiver, for villages that send over the internet</source>
        <translation>Berikan juga ke &amp;penerima, untuk desa yang mengirim lewat internet</translation>
    </message>
    <message>
        <source>Choose a folder for the pack</source>
        <translation>Pilih folder untuk paket</translation>
    </message>
    <message>
        <source>No pack has been made yet.</source>
        <translation>Belum ada paket yang dibuat.</translation>
    </message>
    <message>
        <source>Last pack: number {number}, made on {date}.</source>
        <translation>Paket terakhir: nomor {number}, dibuat {date}.</translation>
    </message>
    <message>
        <source>&amp;Make pack number {number} and save it</source>
        <translation>&amp;Buat paket nomor {number} lalu simpan</translation>
    </message>
    <message>
        <source>Save pack number {number} &amp;again</source>
        <translation>Simpan paket nomor {number} &amp;lagi</translation>
    </message>
    <message>
        <source>Save the last pack &amp;again</source>
        <translation>Simpan paket terakhir &amp;lagi</translation>
    </message>
    <message>
        <source>Choose a flash drive or a folder first.</source>
        <translation>Pilih flashdisk atau folder dulu.</translation>
    </message>
    <message>
        <source>Saving and checking the pack…</source>
        <translation>Menyimpan dan memeriksa paket…</translation>
    </message>
    <message>
        <source>Pack number {number} was saved and checked: {file}</source>
        <translation>Paket nomor {number} sudah disimpan dan diperiksa: {file}</translation>
    </message>
    <message>
        <source>The receiver could not be reached or refused the office token. Give it the pack again later with “Save pack again”.</source>
        <translation>Penerima tidak terjangkau atau menolak token kantor. Berikan paketnya lagi nanti dengan “Simpan paket lagi”.</translation>
    </message>
    <message>
        <source>The receiver keeps pack number {number} for the villages.</source>
        <translation>Penerima menyimpan paket nomor {number} untuk desa.</translation>
    </message>
    <message>
        <source>For the villages</source>
        <translation>Isi untuk desa</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Village tokens</source>
        <translation>Token desa</translation>
    </message>
    <message>
        <source>To receive uploads from villages, run (on this computer or a server): siaga-tppo receive --store RECEIVER_FOLDER --tokens {tokens} --office-token OFFICE_TOKEN_FILE. The receiver keeps uploads locked and never holds this office&apos;s key. Enter its address and the office token in the Receiver tab.</source>
        <translation>Untuk menerima kiriman desa, jalankan (di komputer ini atau di server): siaga-tppo receive --store FOLDER_PENERIMA --tokens {tokens} --office-token BERKAS_TOKEN_KANTOR. Penerima menyimpan kiriman tetap terkunci dan tidak pernah memegang kunci kantor ini. Isi alamatnya dan token kantor di tab Penerima.</translation>
    </message>
</context>
<context>
    <name>OfficeSetupPage</name>
    <message>
        <source>Immigration office</source>
        <translation>Kantor Imigrasi</translation>
    </message>
    <message>
        <source>At the office Siaga TPPO keeps no village log of its own: it imports the exports of the villages in its area into one register.</source>
        <translation>Di kantor, Siaga TPPO tidak menyimpan catatan desa sendiri: aplikasi mengimpor ekspor desa-desa di wilayah kerjanya ke dalam satu daftar.</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>&amp;Save office details</source>
        <translation>&amp;Simpan data kantor</translation>
    </message>
    <message>
        <source>Office details saved.</source>
        <translation>Data kantor tersimpan.</translation>
    </message>
</context>
<context>
    <name>OpenIncidentsItem</name>
    <message>
        <source>Open the incident &amp;log</source>
        <translation>Buka catatan ke&amp;jadian</translation>
    </message>
    <message>
        <source>No incident is open: every record is done or closed.</source>
        <translation>Tidak ada kejadian yang masih berjalan: semua catatan sudah selesai atau ditutup.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incidents still open: {count}.&lt;/b&gt; Newest:</source>
        <translation>&lt;b&gt;Kejadian yang masih berjalan: {count}.&lt;/b&gt; Yang terbaru:</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>The file could not be read. Was the flash drive removed?</source>
        <translation>Berkas tidak dapat dibaca. Apakah flashdisk tercabut?</translation>
    </message>
    <message>
        <source>This content pack cannot be used.</source>
        <translation>Paket isi ini tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>The immigration office&apos;s key is not installed yet, so this content pack cannot be checked. Install the office&apos;s key file first (Settings, Security).</source>
        <translation>Kunci kantor imigrasi belum dipasang, jadi paket isi ini belum dapat diperiksa. Pasang dulu berkas kunci kantor (Pengaturan, Keamanan).</translation>
    </message>
    <message>
        <source>This content pack (number {number}) is the one installed.</source>
        <translation>Paket isi ini (nomor {number}) adalah paket yang sudah terpasang.</translation>
    </message>
    <message>
        <source>This content pack (number {number}) is not newer than the content already installed from {office} (number {installed}). Older content is never installed, so that the office&apos;s corrections are not undone.</source>
        <translation>Paket isi ini (nomor {number}) tidak lebih baru daripada isi dari {office} yang sudah dipasang (nomor {installed}). Isi yang lebih lama tidak pernah dipasang, supaya perbaikan dari kantor tidak hilang.</translation>
    </message>
    <message>
        <source>This content pack from {office} is for the villages of another area; this village is not among them. It is not installed.</source>
        <translation>Paket isi dari {office} ini untuk desa di wilayah lain; desa ini tidak termasuk. Paket tidak dipasang.</translation>
    </message>
    <message>
        <source>This content pack carries job-offer questions under a version number this app already has, with other words. It is not installed, so that saved checks keep their questions. Tell the office.</source>
        <translation>Paket isi ini membawa pertanyaan Cek Tawaran Kerja dengan nomor versi yang sudah ada di aplikasi ini, tetapi isinya lain. Paket tidak dipasang, supaya cek yang sudah disimpan tetap memakai pertanyaannya. Beri tahu kantor.</translation>
    </message>
    <message>
        <source>Content packs are installed at a village, not here.</source>
        <translation>Paket isi dipasang di desa, bukan di sini.</translation>
    </message>
    <message>
        <source>This content pack is not signed with the key of {ours} installed here (it says it comes from {other}). It is not installed. If your office has a new key, install its key file first (Settings, Security).</source>
        <translation>Paket isi ini tidak ditandatangani dengan kunci {ours} yang terpasang di sini (paket itu mengaku dari {other}). Paket tidak dipasang. Bila kantor Anda memakai kunci baru, pasang dulu berkas kuncinya (Pengaturan, Keamanan).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>your office</source>
        <translation>kantor Anda</translation>
    </message>
    <message>
        <source>The signature of this content pack does not match: the file was changed or damaged after the office made it. It is not installed. Ask the office for the pack again.</source>
        <translation>Tanda tangan paket isi ini tidak cocok: berkasnya berubah atau rusak setelah dibuat kantor. Paket tidak dipasang. Minta paket itu lagi ke kantor.</translation>
    </message>
    <message>
        <source>This content pack was made by a newer Siaga TPPO. Update the app, then try again.</source>
        <translation>Paket isi ini dibuat oleh Siaga TPPO yang lebih baru. Perbarui aplikasi, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file is too large to be a content pack. It is not installed.</source>
        <translation>Berkas terlalu besar untuk sebuah paket isi. Paket tidak dipasang.</translation>
    </message>
    <message>
        <source>This content pack is signed by the office, but this app cannot use {part} in it. It is not installed. Tell the office.</source>
        <translation>Paket isi ini ditandatangani kantor, tetapi aplikasi ini tidak dapat memakai {part} di dalamnya. Paket tidak dipasang. Beri tahu kantor.</translation>
    </message>
    <message>
        <source>This file is not a content pack from an immigration office, or it is damaged or cut off. It is not installed.</source>
        <translation>Berkas ini bukan paket isi dari kantor imigrasi, atau berkasnya rusak atau terpotong. Paket tidak dipasang.</translation>
    </message>
    <message>
        <source>This office has no key to sign with yet. Open Settings, Security, and save the office key file for the villages first.</source>
        <translation>Kantor ini belum mempunyai kunci untuk menandatangani. Buka Pengaturan, Keamanan, lalu simpan dulu berkas kunci kantor untuk desa.</translation>
    </message>
    <message>
        <source>The file {file} for {part} is missing or cannot be read. Nothing was made.</source>
        <translation>Berkas {file} untuk {part} tidak ada atau tidak dapat dibaca. Tidak ada paket yang dibuat.</translation>
    </message>
    <message>
        <source>The pack would be too large for the villages. Nothing was made.</source>
        <translation>Paket akan terlalu besar untuk desa. Tidak ada paket yang dibuat.</translation>
    </message>
    <message>
        <source>The villages could not use {part} of this pack, so nothing was made. Check the files in the folder against the ones the app ships.</source>
        <translation>Desa tidak akan dapat memakai {part} di paket ini, jadi tidak ada paket yang dibuat. Bandingkan berkas di folder itu dengan berkas bawaan aplikasi.</translation>
    </message>
    <message>
        <source>The pack could not be made.</source>
        <translation>Paket tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>the hotlines</source>
        <translation>nomor layanan</translation>
    </message>
    <message>
        <source>the job-offer questions</source>
        <translation>pertanyaan Cek Tawaran Kerja</translation>
    </message>
    <message>
        <source>the Materi topics</source>
        <translation>topik Materi</translation>
    </message>
    <message>
        <source>the warnings</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>the local contacts</source>
        <translation>kontak setempat</translation>
    </message>
    <message>
        <source>the office&apos;s contacts</source>
        <translation>kontak kantor</translation>
    </message>
    <message>
        <source>the content</source>
        <translation>isinya</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Kata sandi baru sekali lagi</translation>
    </message>
    <message>
        <source>&amp;New passphrase (at least {count} characters)</source>
        <translation>Kata sandi &amp;baru (paling sedikit {count} huruf atau angka)</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Ketik sekali &amp;lagi</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Tampilkan yang saya ketik</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Buat kata sandi</translation>
    </message>
    <message>
        <source>Siaga TPPO asks for this passphrase when it starts and after it locks itself. Only staff who may read the incident log should know it. Do not write it on the computer or the desk. A sentence of a few words is easy to remember and hard to guess.</source>
        <translation>Siaga TPPO meminta kata sandi ini setiap kali dibuka dan setelah terkunci sendiri. Hanya staf yang boleh membaca catatan kejadian yang boleh mengetahuinya. Jangan menuliskannya di komputer atau di meja. Kalimat pendek dari beberapa kata mudah diingat dan sulit ditebak.</translation>
    </message>
</context>
<context>
    <name>PatternTable</name>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Seperti ditulis</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Desa/kel.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Cek</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pertama terlihat</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Terakhir terlihat</translation>
    </message>
</context>
<context>
    <name>PatternView</name>
    <message>
        <source>Seen in {count} villages</source>
        <translation>Terlihat di {count} desa/kelurahan</translation>
    </message>
    <message>
        <source>Seen in {villages} villages and kelurahan: {records} records and {checks} checks, from {first} to {last}.</source>
        <translation>Terlihat di {villages} desa dan kelurahan: {records} catatan dan {checks} cek, dari {first} sampai {last}.</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Cek</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pertama terlihat</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Terakhir terlihat</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>All {count}, newest first. Double-click one to open it.</source>
        <translation>Semua {count}, yang terbaru lebih dulu. Klik dua kali untuk membukanya.</translation>
    </message>
    <message>
        <source>The newest {shown} of {count}. Double-click one to open it; the register&apos;s search finds the others among the records.</source>
        <translation>{shown} terbaru dari {count}. Klik dua kali untuk membukanya; pencarian di daftar gabungan menemukan catatan yang lain.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Isi singkat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cek</translation>
    </message>
    <message>
        <source>Records and checks ({count})</source>
        <translation>Catatan dan cek ({count})</translation>
    </message>
    <message>
        <source>&amp;Warn the villages…</source>
        <translation>&amp;Peringatkan desa…</translation>
    </message>
    <message>
        <source>Write a warning about this for the villages; it goes with the next content pack (For the villages).</source>
        <translation>Tulis peringatan tentang ini untuk desa-desa; peringatan ikut paket isi berikutnya (Isi untuk desa).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Perekrut</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>Patterns across villages</source>
        <translation>Pola lintas desa</translation>
    </message>
    <message>
        <source>The same phone number, company or recruiter&apos;s name in the records or checks of two or more villages. Spaces, capitals, punctuation and the +62, 62 or 0 before a number do not count as a difference.</source>
        <translation>Nomor telepon, perusahaan atau nama perekrut yang sama di catatan atau cek dari dua desa atau lebih. Spasi, huruf besar, tanda baca, dan awalan +62, 62 atau 0 pada nomor tidak dianggap beda.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>a number or a name</source>
        <translation>nomor atau nama</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Periksa lagi</translation>
    </message>
    <message>
        <source>Looking for patterns…</source>
        <translation>Sedang mencari pola…</translation>
    </message>
    <message>
        <source>No phone number, company or recruiter has been seen in two or more villages.</source>
        <translation>Belum ada nomor telepon, perusahaan, atau perekrut yang terlihat di dua desa atau lebih.</translation>
    </message>
    <message>
        <source>{count} seen in two or more villages. Open one to see where.</source>
        <translation>{count} terlihat di dua desa atau lebih. Buka salah satunya untuk melihat di mana.</translation>
    </message>
    <message>
        <source>{shown} of {count} shown.</source>
        <translation>{shown} dari {count} ditampilkan.</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Pola lintas desa</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Remove this person</source>
        <translation>Hapus orang ini</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak tahu</translation>
    </message>
    <message>
        <source>Yes, under 18 years old</source>
        <translation>Ya, di bawah 18 tahun</translation>
    </message>
    <message>
        <source>Personal data (private; optional)</source>
        <translation>Data pribadi (rahasia; tidak wajib)</translation>
    </message>
    <message>
        <source>Fill these in only when needed. They are kept apart, left out of searches, and printed only when you choose so.</source>
        <translation>Isi hanya bila perlu. Data ini disimpan terpisah, tidak ikut dicari, dan hanya dicetak bila Anda memilihnya.</translation>
    </message>
    <message>
        <source>16 digits, as on the KTP</source>
        <translation>16 angka, seperti di KTP</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Orang {number}</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Presentasi</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (lanjutan)</translation>
    </message>
    <message>
        <source>Arrow keys or Page Up/Down: next and previous · Esc: leave</source>
        <translation>Tombol panah atau Page Up/Down: maju dan mundur · Esc: keluar</translation>
    </message>
    <message>
        <source>Topic {number} of {count}</source>
        <translation>Topik {number} dari {count}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. You can still save the PDF and print it on another computer or at a photocopy shop.</source>
        <translation>Belum ada printer yang terpasang di komputer ini. Anda tetap dapat menyimpan PDF, lalu mencetaknya di komputer lain atau di tempat fotokopi.</translation>
    </message>
    <message>
        <source>Both sides (two-sided printer)</source>
        <translation>Kedua sisi (printer bolak-balik)</translation>
    </message>
    <message>
        <source>Outside only (page 1)</source>
        <translation>Sisi luar saja (halaman 1)</translation>
    </message>
    <message>
        <source>Inside only (page 2)</source>
        <translation>Sisi dalam saja (halaman 2)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Make sure F4 paper is in the printer tray.</source>
        <translation>Pastikan kertas F4 terpasang di baki printer.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Menyiapkan halaman…</translation>
    </message>
    <message>
        <source>A&amp;4 (210 × 297 mm)</source>
        <translation>A&amp;4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>&amp;F4 / folio (215 × 330 mm)</source>
        <translation>&amp;F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>P&amp;rinter:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Jumlah salinan:</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>Si&amp;si:</translation>
    </message>
    <message>
        <source>The document could not be made. Please try again.</source>
        <translation>Dokumen tidak dapat dibuat. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Halaman {number} dari {count}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and has paper, or save the PDF and print it elsewhere.</source>
        <translation>Printer tidak dapat dipakai. Periksa apakah printer menyala dan ada kertasnya, atau simpan PDF lalu cetak di tempat lain.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sudah dikirim ke printer.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved in {folder}. Choose another folder.</source>
        <translation>PDF tidak dapat disimpan di {folder}. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Bhabinkamtibmas (village police officer)</source>
        <translation>Bhabinkamtibmas</translation>
    </message>
    <message>
        <source>Babinsa (village army officer)</source>
        <translation>Babinsa</translation>
    </message>
    <message>
        <source>Nearest immigration office (Kantor Imigrasi)</source>
        <translation>Kantor Imigrasi terdekat</translation>
    </message>
    <message>
        <source>District manpower office (Dinas tenaga kerja kabupaten)</source>
        <translation>Dinas tenaga kerja kabupaten</translation>
    </message>
    <message>
        <source>Migrant-worker protection office (BP3MI / P4MI)</source>
        <translation>BP3MI / P4MI terdekat</translation>
    </message>
    <message>
        <source>The training village is fictional; its area cannot be changed.</source>
        <translation>Desa latihan ini fiktif; wilayahnya tidak dapat diubah.</translation>
    </message>
    <message>
        <source>The area is fixed once the village is set up: the immigration office knows the village by its code. If the government changed the code, use the button below.</source>
        <translation>Wilayah tidak diubah lagi setelah desa disiapkan: kantor imigrasi mengenal desa dari kodenya. Bila pemerintah mengubah kodenya, pakai tombol di bawah.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>&amp;Save village details</source>
        <translation>&amp;Simpan data desa</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Batalkan perubahan</translation>
    </message>
    <message>
        <source>Changes you had not saved yet were brought back. Save or undo.</source>
        <translation>Perubahan yang belum sempat disimpan telah dikembalikan. Simpan atau batalkan.</translation>
    </message>
    <message>
        <source>The area code is now {code}. The next export tells the office.</source>
        <translation>Kode wilayah sekarang {code}. Ekspor berikutnya memberi tahu kantor.</translation>
    </message>
    <message>
        <source>Some details need correcting; see the messages in red.</source>
        <translation>Ada isian yang perlu diperbaiki; lihat pesan berwarna merah.</translation>
    </message>
    <message>
        <source>Village details saved.</source>
        <translation>Data desa tersimpan.</translation>
    </message>
</context>
<context>
    <name>ProtectionSetup</name>
    <message>
        <source>Siaga TPPO — protect the data</source>
        <translation>Siaga TPPO — lindungi data</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close set-up?</source>
        <translation>Tutup penyiapan?</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. The next time you open Siaga TPPO, set-up starts again with a new recovery key.</source>
        <translation>Belum ada yang disimpan. Saat Siaga TPPO dibuka lagi, penyiapan dimulai dari awal dengan kunci pemulihan baru.</translation>
    </message>
    <message>
        <source>Close set-up</source>
        <translation>Tutup penyiapan</translation>
    </message>
    <message>
        <source>Continue set-up</source>
        <translation>Lanjutkan penyiapan</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Why this matters: {text}</source>
        <translation>Mengapa ini penting: {text}</translation>
    </message>
    <message>
        <source>Law: {reference}</source>
        <translation>Dasar hukum: {reference}</translation>
    </message>
</context>
<context>
    <name>QuestionsView</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>See the &amp;result</source>
        <translation>Lihat &amp;hasil</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>Part {part} of {parts} · {done} of {total} questions answered</source>
        <translation>Bagian {part} dari {parts} · {done} dari {total} pertanyaan sudah dijawab</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation>Alasan perubahan</translation>
    </message>
    <message>
        <source>Record no. {number} has already been referred or closed. Write briefly why it is being changed; the reason is kept in its history.</source>
        <translation>Catatan no. {number} sudah dirujuk atau ditutup. Tulis singkat alasan perubahannya; alasan ini disimpan di riwayat catatan.</translation>
    </message>
    <message>
        <source>e.g. the police gave their report number</source>
        <translation>mis. polisi sudah memberi nomor laporan</translation>
    </message>
    <message>
        <source>Save with this reason</source>
        <translation>Simpan dengan alasan ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Please write the reason.</source>
        <translation>Tuliskan alasannya.</translation>
    </message>
</context>
<context>
    <name>Recap</name>
    <message>
        <source>Quarter {roman} {year}</source>
        <translation>Triwulan {roman} {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Tahun {year}</translation>
    </message>
    <message>
        <source>Period: {period} ({first} – {last})</source>
        <translation>Periode: {period} ({first} – {last})</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>No records in this period.</source>
        <translation>Tidak ada catatan pada periode ini.</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>Records by month reported</source>
        <translation>Catatan per bulan dilaporkan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarter {roman}</source>
        <translation>Triwulan {roman}</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Per triwulan</translation>
    </message>
    <message>
        <source>Records by quarter</source>
        <translation>Catatan per triwulan</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <source>{cities} other cities, {count} records together.</source>
        <translation>{cities} kota lain, bersama-sama {count} catatan.</translation>
    </message>
    <message>
        <source>Involving a child</source>
        <translation>Melibatkan anak</translation>
    </message>
    <message>
        <source>No child involved</source>
        <translation>Tidak melibatkan anak</translation>
    </message>
    <message>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Records by modus</source>
        <translation>Catatan menurut modus</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <source>Records by destination country</source>
        <translation>Catatan menurut negara tujuan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Destination city</source>
        <translation>Kota tujuan</translation>
    </message>
    <message>
        <source>Records by destination city</source>
        <translation>Catatan menurut kota tujuan</translation>
    </message>
    <message>
        <source>City (country)</source>
        <translation>Kota (negara)</translation>
    </message>
    <message>
        <source>No destination city was recorded.</source>
        <translation>Tidak ada kota tujuan yang dicatat.</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Jenis laporan</translation>
    </message>
    <message>
        <source>Records by type of report</source>
        <translation>Catatan menurut jenis laporan</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>Jenis laporan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records by status</source>
        <translation>Catatan menurut status</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Records involving children</source>
        <translation>Catatan yang melibatkan anak</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Records referred, by institution</source>
        <translation>Catatan yang dirujuk, menurut instansi</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>A record referred to several institutions counts at each.</source>
        <translation>Catatan yang dirujuk ke beberapa instansi dihitung di setiap instansi.</translation>
    </message>
    <message>
        <source>No record was referred.</source>
        <translation>Tidak ada catatan yang dirujuk.</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Records by kabupaten/kota</source>
        <translation>Catatan menurut kabupaten/kota</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Records by kecamatan</source>
        <translation>Catatan menurut kecamatan</translation>
    </message>
    <message>
        <source>Kecamatan (kabupaten/kota)</source>
        <translation>Kecamatan (kabupaten/kota)</translation>
    </message>
    <message>
        <source>No socialisation event in this period.</source>
        <translation>Tidak ada kegiatan sosialisasi pada periode ini.</translation>
    </message>
    <message>
        <source>Socialisation by role</source>
        <translation>Sosialisasi menurut peserta</translation>
    </message>
    <message>
        <source>People reached by socialisation, by role</source>
        <translation>Peserta sosialisasi menurut kelompok</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <source>Socialisation by kecamatan</source>
        <translation>Sosialisasi per kecamatan</translation>
    </message>
    <message>
        <source>Socialisation events by kecamatan</source>
        <translation>Kegiatan sosialisasi menurut kecamatan</translation>
    </message>
    <message>
        <source>Held by the office: {office}; recorded by the villages: {villages}.</source>
        <translation>Diadakan kantor: {office}; dicatat desa/kelurahan: {villages}.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Villages reached</source>
        <translation>Desa dijangkau</translation>
    </message>
    <message>
        <source>Records reported in the period</source>
        <translation>Catatan yang dilaporkan pada periode ini</translation>
    </message>
    <message>
        <source>Villages and kelurahan reporting</source>
        <translation>Desa dan kelurahan yang melapor</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Orang yang terlibat</translation>
    </message>
    <message>
        <source>Records involving a child</source>
        <translation>Catatan yang melibatkan anak</translation>
    </message>
    <message>
        <source>Socialisation events held</source>
        <translation>Kegiatan sosialisasi yang diadakan</translation>
    </message>
    <message>
        <source>People reached by socialisation</source>
        <translation>Peserta sosialisasi</translation>
    </message>
    <message>
        <source>Villages and kelurahan reached by socialisation</source>
        <translation>Desa dan kelurahan yang dijangkau sosialisasi</translation>
    </message>
    <message>
        <source>Area covered: {regencies}</source>
        <translation>Wilayah kerja: {regencies}</translation>
    </message>
    <message>
        <source>Counts of the records the villages sent to the office, by the date each was reported, and of the socialisation events the office and the villages held, by the day each was held. Without personal data: no names, NIK, phone numbers or notes. Records and events deleted are not counted.</source>
        <translation>Jumlah catatan yang dikirim desa ke kantor, menurut tanggal dilaporkan, dan jumlah kegiatan sosialisasi yang diadakan kantor dan desa, menurut tanggal diadakan. Tanpa data pribadi: tanpa nama, NIK, nomor telepon, atau catatan isian. Catatan dan kegiatan yang dihapus tidak dihitung.</translation>
    </message>
    <message>
        <source>RECAP OF TPPO/TPPM INCIDENT RECORDS FROM VILLAGES</source>
        <translation>REKAP CATATAN KEJADIAN TPPO/TPPM DARI DESA</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Persen</translation>
    </message>
    <message>
        <source>Prepared by,</source>
        <translation>Disusun oleh,</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>{office} · recap {period} · printed {when}</source>
        <translation>{office} · rekap {period} · dicetak {when}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Tanggal lapor</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <source>Village/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Child involved</source>
        <translation>Melibatkan anak</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Records (no personal data)</source>
        <translation>Catatan (tanpa data pribadi)</translation>
    </message>
</context>
<context>
    <name>RecapJob</name>
    <message>
        <source>Print the recap</source>
        <translation>Cetak rekap</translation>
    </message>
    <message>
        <source>recap-{period}.pdf</source>
        <translation>rekap-{period}.pdf</translation>
    </message>
</context>
<context>
    <name>RecapPage</name>
    <message>
        <source>Recap</source>
        <translation>Rekap</translation>
    </message>
    <message>
        <source>Recap of the villages&apos; records</source>
        <translation>Rekap catatan desa</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>Bulan atau triwulan</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>P&amp;rint or save as PDF…</source>
        <translation>&amp;Cetak atau simpan PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Simpan sebagai &amp;XLSX…</translation>
    </message>
    <message>
        <source>Quarter {roman}</source>
        <translation>Triwulan {roman}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sedang menghitung…</translation>
    </message>
    <message>
        <source>{period}: {records} records from {villages} villages and kelurahan; {events} socialisation events.</source>
        <translation>{period}: {records} catatan dari {villages} desa dan kelurahan; {events} kegiatan sosialisasi.</translation>
    </message>
    <message>
        <source>recap-{period}.xlsx</source>
        <translation>rekap-{period}.xlsx</translation>
    </message>
    <message>
        <source>Save the recap as XLSX</source>
        <translation>Simpan rekap sebagai XLSX</translation>
    </message>
    <message>
        <source>Spreadsheet workbooks (*.xlsx)</source>
        <translation>Berkas Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Sedang menulis buku kerja…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>The workbook could not be saved in {folder}. Choose another folder. The office&apos;s data is unchanged.</source>
        <translation>Buku kerja tidak dapat disimpan di {folder}. Pilih folder lain. Data kantor tidak berubah.</translation>
    </message>
</context>
<context>
    <name>ReceiverSettingsTab</name>
    <message>
        <source>Receiver &amp;address:</source>
        <translation>&amp;Alamat penerima:</translation>
    </message>
    <message>
        <source>Office &amp;token:</source>
        <translation>&amp;Token kantor:</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Alamat penerima</translation>
    </message>
    <message>
        <source>Office token</source>
        <translation>Token kantor</translation>
    </message>
    <message>
        <source>The receiver shows its fingerprint when it starts. Entered here, it is checked at every fetch and goes into the office key file, so villages send only to it.</source>
        <translation>Penerima menampilkan sidik jarinya saat dijalankan. Bila diisi di sini, sidik jari itu diperiksa setiap kali mengambil kiriman dan ikut masuk ke berkas kunci kantor, sehingga desa hanya mengirim ke penerima ini.</translation>
    </message>
    <message>
        <source>&amp;Save receiver settings</source>
        <translation>&amp;Simpan pengaturan penerima</translation>
    </message>
    <message>
        <source>Saved. Fetch the uploads with the button on the Import page.</source>
        <translation>Tersimpan. Ambil kiriman dengan tombol di halaman Impor.</translation>
    </message>
    <message>
        <source>64 letters and digits, shown when the receiver starts</source>
        <translation>64 huruf dan angka, ditampilkan saat penerima mulai berjalan</translation>
    </message>
    <message>
        <source>Villages upload their exports to the receiver, where they wait, still locked, until this office fetches them on the Import page. Enter the receiver&apos;s address and its office token (siaga-tppo receive --office-token).</source>
        <translation>Desa mengunggah ekspornya ke penerima. Di sana ekspor menunggu, tetap terkunci, sampai kantor ini mengambilnya di halaman Impor. Isi alamat penerima dan token kantornya (siaga-tppo receive --office-token).</translation>
    </message>
    <message>
        <source>Receiver certificate fingerprint</source>
        <translation>Sidik sertifikat penerima</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>&amp;Sidik sertifikat:</translation>
    </message>
    <message>
        <source>The fingerprint must be 64 letters (a-f) and digits.</source>
        <translation>Sidik harus berisi 64 huruf (a-f) dan angka.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Show &amp;names, NIK and phone…</source>
        <translation>Tampilkan &amp;nama, NIK dan telepon…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Isi catatan</translation>
    </message>
    <message>
        <source>History and arrival</source>
        <translation>Riwayat dan asal</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Job-offer check</source>
        <translation>Cek tawaran kerja</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Bandingkan &amp;dengan:</translation>
    </message>
    <message>
        <source>&amp;Use this version</source>
        <translation>&amp;Pakai versi ini</translation>
    </message>
    <message>
        <source>&amp;Undo the choice</source>
        <translation>&amp;Batalkan pilihan</translation>
    </message>
    <message>
        <source>Officer&apos;s na&amp;me:</source>
        <translation>Na&amp;ma petugas:</translation>
    </message>
    <message>
        <source>The review is the office&apos;s own mark: it does not change the record and is not sent to the village.</source>
        <translation>Tinjauan adalah tanda milik kantor sendiri: tidak mengubah catatan dan tidak dikirim ke desa.</translation>
    </message>
    <message>
        <source>e.g. passed to the TPPO task force</source>
        <translation>misalnya diteruskan ke Gugus Tugas TPPO</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;name:</source>
        <translation>&amp;Nama petugas:</translation>
    </message>
    <message>
        <source>&amp;Save the review</source>
        <translation>&amp;Simpan tinjauan</translation>
    </message>
    <message>
        <source>This record is no longer held here.</source>
        <translation>Catatan ini tidak ada lagi di sini.</translation>
    </message>
    <message>
        <source>Record no. {number}</source>
        <translation>Catatan no. {number}</translation>
    </message>
    <message>
        <source>village not known</source>
        <translation>desa tidak diketahui</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Remar&amp;k:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>Only what &amp;differs</source>
        <translation>Hanya yang &amp;berbeda</translation>
    </message>
    <message>
        <source>Kec. {district}, {regency} · area code {code}</source>
        <translation>Kec. {district}, {regency} · kode wilayah {code}</translation>
    </message>
    <message>
        <source>Record no. {number} — {village}</source>
        <translation>Catatan no. {number} — {village}</translation>
    </message>
    <message>
        <source>Office review: {state}</source>
        <translation>Tinjauan kantor: {state}</translation>
    </message>
    <message>
        <source>The village moved this record to Deleted on {date}: it is not counted in the register or the recap.</source>
        <translation>Desa memindahkan catatan ini ke Terhapus pada {date}: catatan ini tidak dihitung di daftar gabungan maupun rekap.</translation>
    </message>
    <message>
        <source>No names, NIK or phone numbers of people are held for this record.</source>
        <translation>Tidak ada nama, NIK atau nomor telepon orang yang tersimpan untuk catatan ini.</translation>
    </message>
    <message>
        <source>Names, NIK and phone numbers are shown (kept in the audit trail). They are hidden again when this view is closed.</source>
        <translation>Nama, NIK dan nomor telepon ditampilkan (tercatat di jejak audit). Semuanya disembunyikan lagi ketika tampilan ini ditutup.</translation>
    </message>
    <message>
        <source>Names, NIK and phone numbers are hidden. Show them only when needed.</source>
        <translation>Nama, NIK dan nomor telepon disembunyikan. Tampilkan hanya bila perlu.</translation>
    </message>
    <message>
        <source>Arrived: not recorded (imported before the office noted the export of each version).</source>
        <translation>Asal: tidak tercatat (diimpor sebelum kantor mencatat ekspor untuk setiap versi).</translation>
    </message>
    <message>
        <source>over the internet</source>
        <translation>lewat internet</translation>
    </message>
    <message>
        <source>from the file {name}</source>
        <translation>dari berkas {name}</translation>
    </message>
    <message>
        <source>Arrived with export no. {sequence} (made {made}, imported {imported}, {how}).</source>
        <translation>Tiba dengan ekspor ke-{sequence} (dibuat {made}, diimpor {imported}, {how}).</translation>
    </message>
    <message>
        <source>This is the version in use at the office.</source>
        <translation>Inilah versi yang dipakai kantor.</translation>
    </message>
    <message>
        <source>Another version that does not follow the one in use (conflict).</source>
        <translation>Versi lain yang tidak menyambung dengan versi yang dipakai (konflik).</translation>
    </message>
    <message>
        <source>Referrals ({count})</source>
        <translation>Rujukan ({count})</translation>
    </message>
    <message>
        <source>Not referred yet.</source>
        <translation>Belum dirujuk.</translation>
    </message>
    <message>
        <source>Referral {number}</source>
        <translation>Rujukan {number}</translation>
    </message>
    <message>
        <source>Result: {text}</source>
        <translation>Hasil: {text}</translation>
    </message>
    <message>
        <source>This record was not made from a job-offer check.</source>
        <translation>Catatan ini tidak dibuat dari cek tawaran kerja.</translation>
    </message>
    <message>
        <source>export no. {n}</source>
        <translation>ekspor ke-{n}</translation>
    </message>
    <message>
        <source>Conflict ({count})</source>
        <translation>Konflik ({count})</translation>
    </message>
    <message>
        <source>These versions do not follow each other. Choose the one the office uses: the choice is audited and can be undone, and the village&apos;s record stays as it is.</source>
        <translation>Versi-versi ini tidak saling menyambung. Pilih versi yang dipakai kantor: pilihan ini tercatat di jejak audit dan dapat dibatalkan, dan catatan di desa tetap seperti adanya.</translation>
    </message>
    <message>
        <source>Other version {n} (cannot be read)</source>
        <translation>Versi lain {n} (tidak dapat dibaca)</translation>
    </message>
    <message>
        <source>Other version {n}: {when}, {author}</source>
        <translation>Versi lain {n}: {when}, {author}</translation>
    </message>
    <message>
        <source>Chosen by {officer} on {when}. Undo to use the version before.</source>
        <translation>Dipilih oleh {officer} pada {when}. Batalkan pilihan untuk memakai versi sebelumnya.</translation>
    </message>
    <message>
        <source>It arrived with {export}.</source>
        <translation>Versi ini tiba dengan {export}.</translation>
    </message>
    <message>
        <source>This content arrived under the number of a version already held, with other content: a sign of a damaged or altered file. It cannot be used; the version held stays.</source>
        <translation>Isi ini tiba dengan nomor versi yang sudah tersimpan, tetapi isinya lain: tanda berkas yang rusak atau diubah. Isi ini tidak dapat dipakai; versi yang tersimpan tetap dipakai.</translation>
    </message>
    <message>
        <source>The content of this version cannot be read.</source>
        <translation>Isi versi ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>different</source>
        <translation>berbeda</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Version in use</source>
        <translation>Versi yang dipakai</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Versi lain</translation>
    </message>
    <message>
        <source>Please write your name before choosing.</source>
        <translation>Tuliskan nama Anda sebelum memilih.</translation>
    </message>
    <message>
        <source>The record changed meanwhile (an import came in). Compare again.</source>
        <translation>Catatan ini berubah sementara itu (ada impor baru). Bandingkan lagi.</translation>
    </message>
    <message>
        <source>The office now uses the version chosen. You can undo the choice.</source>
        <translation>Kantor sekarang memakai versi yang dipilih. Pilihan ini dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Please write your name before undoing.</source>
        <translation>Tuliskan nama Anda sebelum membatalkan.</translation>
    </message>
    <message>
        <source>The record changed meanwhile (an import came in); nothing was undone.</source>
        <translation>Catatan ini berubah sementara itu (ada impor baru); tidak ada yang dibatalkan.</translation>
    </message>
    <message>
        <source>Undone: the version used before is used again.</source>
        <translation>Dibatalkan: versi yang dipakai sebelumnya dipakai lagi.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Belum ditinjau.</translation>
    </message>
    <message>
        <source>{when} — {state}, by {officer}</source>
        <translation>{when} — {state}, oleh {officer}</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Tuliskan nama Anda.</translation>
    </message>
    <message>
        <source>The note is too long: at most 1,000 characters.</source>
        <translation>Catatannya terlalu panjang: paling banyak 1.000 huruf.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Tinjauan tersimpan.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>&amp;Print or save the recovery sheet…</source>
        <translation>&amp;Cetak atau simpan lembar pemulihan…</translation>
    </message>
    <message>
        <source>Before you go on: print the sheet or write the key down, and keep it in the office safe.</source>
        <translation>Sebelum lanjut: cetak lembarnya atau tulis kuncinya, lalu simpan di brankas kantor.</translation>
    </message>
    <message>
        <source>&amp;Yes, I have printed or written it down</source>
        <translation>&amp;Ya, sudah saya cetak atau tulis</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Kunci pemulihan Anda</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this recovery key is the only way to open the data again. Print the recovery sheet now and keep it in the office safe. The key is shown only now and is not kept on the computer.</source>
        <translation>Bila kata sandi terlupa, kunci pemulihan ini satu-satunya cara membuka data lagi. Cetak lembar pemulihan sekarang dan simpan di brankas kantor. Kunci ini hanya ditampilkan sekarang dan tidak disimpan di komputer.</translation>
    </message>
    <message>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>Lembar pemulihan sudah dikirim ke printer.</translation>
    </message>
    <message>
        <source>Saved: {file}. Print it, then delete the file.</source>
        <translation>Tersimpan: {file}. Cetak, lalu hapus berkasnya.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetJob</name>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Cetak lembar pemulihan</translation>
    </message>
    <message>
        <source>Keep the printed sheet in the office safe, away from the computer.</source>
        <translation>Simpan lembar yang sudah dicetak di brankas kantor, jauh dari komputer.</translation>
    </message>
    <message>
        <source>Save the recovery sheet?</source>
        <translation>Simpan lembar pemulihan?</translation>
    </message>
    <message>
        <source>Anyone who finds this file can open the data together with a copy of it. Save it on a flash disk, print it, then delete the file.</source>
        <translation>Siapa pun yang menemukan berkas ini dapat membuka data bila juga memegang salinannya. Simpan di flashdisk, cetak, lalu hapus berkasnya.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>ReferralEditor</name>
    <message>
        <source>Remove this referral</source>
        <translation>Hapus rujukan ini</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Tanggal diketahui</translation>
    </message>
    <message>
        <source>Referral {number}</source>
        <translation>Rujukan {number}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>{count} (child)</source>
        <translation>{count} (anak)</translation>
    </message>
    <message>
        <source>Yes ({count})</source>
        <translation>Ya ({count})</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register</source>
        <translation>Daftar gabungan</translation>
    </message>
    <message>
        <source>Register of all villages</source>
        <translation>Daftar gabungan semua desa</translation>
    </message>
    <message>
        <source>Search summary, notes, recruiter, destination</source>
        <translation>Cari ringkasan, catatan, perekrut, tujuan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>All modus</source>
        <translation>Semua modus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Only records with a &amp;conflict</source>
        <translation>Hanya catatan yang ber&amp;konflik</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Desa/kelurahan:</translation>
    </message>
    <message>
        <source>&amp;Modus:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Reported &amp;from:</source>
        <translation>Dilaporkan &amp;dari:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;sampai:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Tampilkan &amp;semua</translation>
    </message>
    <message>
        <source>Records of all villages</source>
        <translation>Catatan semua desa</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Semua desa/kelurahan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>No records yet. Import the exports that villages bring on flash drives (page Import), or run the receiver for uploads.</source>
        <translation>Belum ada catatan. Impor ekspor yang dibawa desa dengan flashdisk (halaman Impor), atau jalankan penerima kiriman internet.</translation>
    </message>
    <message>
        <source>{count} records from {villages} villages.</source>
        <translation>{count} catatan dari {villages} desa/kelurahan.</translation>
    </message>
    <message>
        <source>{shown} of {count} records shown.</source>
        <translation>{shown} dari {count} catatan ditampilkan.</translation>
    </message>
    <message>
        <source>{count} records have a conflict: versions that do not follow each other were kept side by side.</source>
        <translation>{count} catatan berkonflik: versi yang tidak saling menyambung disimpan berdampingan.</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Semua tinjauan</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Tin&amp;jauan:</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kel.</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>Jenis laporan</translation>
    </message>
    <message>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
</context>
<context>
    <name>RegistrationBox</name>
    <message>
        <source>Registration at the immigration office</source>
        <translation>Pendaftaran di kantor imigrasi</translation>
    </message>
    <message>
        <source>Print the &amp;registration sheet…</source>
        <translation>Cetak &amp;lembar pendaftaran…</translation>
    </message>
    <message>
        <source>The immigration office imports this village&apos;s first export only after comparing the fingerprint of this computer&apos;s key: {fingerprint}. Read it to the office when it calls, or print the registration sheet, sign and stamp it, and take it to the office.</source>
        <translation>Kantor imigrasi baru mengimpor ekspor pertama desa ini setelah mencocokkan sidik kunci komputer ini: {fingerprint}. Bacakan kepada kantor bila kantor menelepon, atau cetak lembar pendaftaran, tanda tangani dan cap, lalu bawa ke kantor.</translation>
    </message>
</context>
<context>
    <name>RegistrationSheetJob</name>
    <message>
        <source>Print the registration sheet</source>
        <translation>Cetak lembar pendaftaran</translation>
    </message>
    <message>
        <source>The village head signs and stamps it; it goes to the immigration office with the first export, or stays by the telephone for when the office calls.</source>
        <translation>Kepala desa menandatangani dan mengecapnya; lembar ini dibawa ke kantor imigrasi bersama ekspor pertama, atau disimpan di dekat telepon untuk saat kantor menelepon.</translation>
    </message>
</context>
<context>
    <name>ResultSheetJob</name>
    <message>
        <source>Print the result sheet</source>
        <translation>Cetak lembar hasil</translation>
    </message>
    <message>
        <source>A sheet for the family</source>
        <translation>Lembar untuk keluarga</translation>
    </message>
    <message>
        <source>Print the &amp;initials and the offer</source>
        <translation>Cetak &amp;inisial dan tawarannya</translation>
    </message>
    <message>
        <source>The offer: company, destination and job. Leave this unticked unless the family needs it: the sheet may be seen by others.</source>
        <translation>Tawarannya: perusahaan, tujuan, dan pekerjaan. Biarkan tidak dicentang kecuali keluarga memerlukannya: lembar ini mungkin dilihat orang lain.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Change &amp;answers</source>
        <translation>&amp;Ubah jawaban</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Print result sheet…</source>
        <translation>&amp;Cetak lembar hasil…</translation>
    </message>
    <message>
        <source>Record as an &amp;incident</source>
        <translation>Catat sebagai &amp;kejadian</translation>
    </message>
    <message>
        <source>&amp;Delete this check</source>
        <translation>&amp;Hapus pemeriksaan ini</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Se&amp;lesai</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Hasil pemeriksaan</translation>
    </message>
    <message>
        <source>No question was answered Yes.</source>
        <translation>Tidak ada pertanyaan yang dijawab Ya.</translation>
    </message>
    <message>
        <source>Found (answered Yes)</source>
        <translation>Yang ditemukan (dijawab Ya)</translation>
    </message>
    <message>
        <source>To check (answered Don&apos;t know)</source>
        <translation>Perlu dicek (dijawab Tidak tahu)</translation>
    </message>
    <message>
        <source>For you, the village head (not printed)</source>
        <translation>Untuk kepala desa atau lurah (tidak dicetak)</translation>
    </message>
    <message>
        <source>For the family (also on the printed sheet)</source>
        <translation>Untuk keluarga (juga tercetak di lembar hasil)</translation>
    </message>
    <message>
        <source>Official hotlines</source>
        <translation>Nomor pengaduan resmi</translation>
    </message>
    <message>
        <source>Village contacts</source>
        <translation>Kontak setempat desa</translation>
    </message>
    <message>
        <source>This check has been recorded as an incident.</source>
        <translation>Pemeriksaan ini sudah dicatat sebagai kejadian.</translation>
    </message>
    <message>
        <source>Saved on {date}. A saved result never changes.</source>
        <translation>Disimpan pada {date}. Hasil yang tersimpan tidak pernah berubah.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Belum disimpan.</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Company or recruiter</source>
        <translation>Perusahaan atau perekrut</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Job offered</source>
        <translation>Pekerjaan yang ditawarkan</translation>
    </message>
    <message>
        <source>Recruiter&apos;s contact</source>
        <translation>Kontak perekrut</translation>
    </message>
</context>
<context>
    <name>ResultWording</name>
    <message>
        <source>{question} (not answered)</source>
        <translation>{question} (belum dijawab)</translation>
    </message>
    <message>
        <source>Checked on {date} with question list version {version}.</source>
        <translation>Diperiksa pada {date} dengan daftar pertanyaan versi {version}.</translation>
    </message>
    <message>
        <source>Checked on {date} with question list version {version}. Stage: {stage}.</source>
        <translation>Diperiksa pada {date} dengan daftar pertanyaan versi {version}. Tahap: {stage}.</translation>
    </message>
    <message>
        <source>WhatsApp {number}</source>
        <translation>WhatsApp {number}</translation>
    </message>
    <message>
        <source>from abroad {number}</source>
        <translation>dari luar negeri {number}</translation>
    </message>
    <message>
        <source>{number} (toll-free)</source>
        <translation>{number} (bebas pulsa)</translation>
    </message>
    <message>
        <source>{service}: {numbers}. {purpose}.</source>
        <translation>{service}: {numbers}. {purpose}.</translation>
    </message>
    <message>
        <source>Lurah</source>
        <translation>Lurah</translation>
    </message>
    <message>
        <source>Village head</source>
        <translation>Kepala desa</translation>
    </message>
    <message>
        <source>Village office: {phone}</source>
        <translation>Kantor desa: {phone}</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>{kind} {village}, District {district}, {regency}, {province}</source>
        <translation>{kind} {village}, Kecamatan {district}, {regency}, {province}</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Company or recruiter</source>
        <translation>Perusahaan atau perekrut</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Job offered</source>
        <translation>Pekerjaan yang ditawarkan</translation>
    </message>
    <message>
        <source>Recruiter&apos;s contact</source>
        <translation>Kontak perekrut</translation>
    </message>
    <message>
        <source>Result of the job-offer check</source>
        <translation>Hasil Cek Tawaran Kerja</translation>
    </message>
    <message>
        <source>The offer</source>
        <translation>Tentang tawaran</translation>
    </message>
    <message>
        <source>Call for help or to report</source>
        <translation>Hubungi untuk minta tolong atau melapor</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>This sheet helps decide what to do next. It does not prove or disprove trafficking. Keep the numbers on the first page and call them if anything happens.</source>
        <translation>Lembar ini membantu memutuskan langkah berikutnya. Lembar ini tidak membuktikan ada atau tidaknya perdagangan orang. Simpan nomor di halaman pertama dan hubungi bila terjadi sesuatu.</translation>
    </message>
    <message>
        <source>Village contacts</source>
        <translation>Kontak setempat desa</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Yang ditemukan</translation>
    </message>
    <message>
        <source>No danger sign was found.</source>
        <translation>Tidak ditemukan tanda bahaya.</translation>
    </message>
    <message>
        <source>Not clear yet: to be found out</source>
        <translation>Belum jelas dan perlu dicari tahu</translation>
    </message>
    <message>
        <source>Printed on {printed}. {made_with} Siaga TPPO {app_version}.</source>
        <translation>Dicetak {printed}. {made_with} Siaga TPPO {app_version}.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>New, not reviewed yet</source>
        <translation>Baru, belum ditinjau</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Ditinjau</translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
</context>
<context>
    <name>RoleChoice</name>
    <message>
        <source>Where is this computer used?</source>
        <translation>Di mana komputer ini dipakai?</translation>
    </message>
    <message>
        <source>At a village or kelurahan office (Desa/Kelurahan)</source>
        <translation>Di kantor desa atau kelurahan (Desa/Kelurahan)</translation>
    </message>
    <message>
        <source>At the immigration office, to gather the villages&apos; exports (Kantor Imigrasi)</source>
        <translation>Di kantor imigrasi, untuk mengumpulkan ekspor desa-desa (Kantor Imigrasi)</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>Siaga TPPO works differently at a village office and at the immigration office. This cannot be changed later.</source>
        <translation>Siaga TPPO bekerja berbeda di kantor desa dan di kantor imigrasi. Pilihan ini tidak dapat diubah nanti.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Too short: use at least {count} characters.</source>
        <translation>Terlalu pendek: pakai paling sedikit {count} huruf atau angka.</translation>
    </message>
    <message>
        <source>It contains the name of the village or of its head, which anyone nearby knows.</source>
        <translation>Kata sandi memuat nama desa atau nama kepala desa, yang diketahui semua orang di sekitar.</translation>
    </message>
    <message>
        <source>It is one of the passphrases that guessing programs try first.</source>
        <translation>Kata sandi ini termasuk yang pertama dicoba program penebak.</translation>
    </message>
    <message>
        <source>Keys side by side on the keyboard (like qwerty) are easy to guess.</source>
        <translation>Tombol yang berdampingan di papan ketik (seperti qwerty) mudah ditebak.</translation>
    </message>
    <message>
        <source>Repeated letters or words (like aaa) are easy to guess.</source>
        <translation>Huruf atau kata yang diulang (seperti aaa) mudah ditebak.</translation>
    </message>
    <message>
        <source>Runs like abc or 1234 are easy to guess.</source>
        <translation>Urutan seperti abc atau 1234 mudah ditebak.</translation>
    </message>
    <message>
        <source>Years and dates (a birthday, for example) are easy to guess.</source>
        <translation>Tahun dan tanggal (misalnya tanggal lahir) mudah ditebak.</translation>
    </message>
    <message>
        <source>A name on its own is easy to guess.</source>
        <translation>Nama orang saja mudah ditebak.</translation>
    </message>
    <message>
        <source>One common word on its own is easy to guess.</source>
        <translation>Satu kata umum saja mudah ditebak.</translation>
    </message>
    <message>
        <source>Too easy to guess: choose another, for example three words and a number.</source>
        <translation>Terlalu mudah ditebak: pilih yang lain, misalnya tiga kata dan satu angka.</translation>
    </message>
    <message>
        <source>Weak: allowed, but easy to guess. Longer is better, for example three words and a number: kopi-sawah-merah-27.</source>
        <translation>Lemah: boleh dipakai, tetapi mudah ditebak. Lebih panjang lebih baik, misalnya tiga kata dan angka: kopi-sawah-merah-27.</translation>
    </message>
    <message>
        <source>Fair. A few more characters or another word make it strong.</source>
        <translation>Cukup. Tambah beberapa huruf atau satu kata lagi agar kuat.</translation>
    </message>
    <message>
        <source>Strong. Good.</source>
        <translation>Kuat. Bagus.</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Kunci (Ctrl+L)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Passphrase</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>The data on this computer is locked (encrypted) with the office passphrase. Without it, or the recovery key on the sheet in the office safe, nobody can read it: not on this computer, not from a copy, not from a backup.</source>
        <translation>Data di komputer ini dikunci (dienkripsi) dengan kata sandi kantor. Tanpa kata sandi itu, atau kunci pemulihan di lembar dalam brankas kantor, tidak ada yang dapat membacanya: tidak di komputer ini, tidak dari salinan, tidak dari cadangan.</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Ganti kata sandi…</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Penguncian</translation>
    </message>
    <message>
        <source>after {minutes} minutes</source>
        <translation>setelah {minutes} menit</translation>
    </message>
    <message>
        <source>Lock when not used</source>
        <translation>Kunci bila tidak dipakai</translation>
    </message>
    <message>
        <source>&amp;Lock now (Ctrl+L)</source>
        <translation>&amp;Kunci sekarang (Ctrl+L)</translation>
    </message>
    <message>
        <source>Locking covers the screen until the passphrase is typed. Nothing typed in an open form is lost.</source>
        <translation>Saat terkunci, layar ditutup sampai kata sandi diketik. Isian yang sedang dibuka tidak hilang.</translation>
    </message>
    <message>
        <source>Keys of protected exports</source>
        <translation>Kunci untuk ekspor yang dilindungi</translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key on the sheet stays valid.</source>
        <translation>Kata sandi sudah diganti. Kunci pemulihan di lembar pemulihan tetap berlaku.</translation>
    </message>
    <message>
        <source>Exports are signed with this village&apos;s own key, so the immigration office can be sure they come from here, and are locked with the office&apos;s key, so that only the office can read them.</source>
        <translation>Ekspor ditandatangani dengan kunci milik desa ini, agar kantor imigrasi yakin ekspor itu berasal dari sini, dan dikunci dengan kunci kantor, agar hanya kantor yang dapat membacanya.</translation>
    </message>
    <message>
        <source>&amp;Install the office key from a file…</source>
        <translation>&amp;Pasang kunci kantor dari berkas…</translation>
    </message>
    <message>
        <source>Fingerprint of this village&apos;s key: {fp}</source>
        <translation>Sidik kunci desa ini: {fp}</translation>
    </message>
    <message>
        <source>Office key: not installed yet. Until it is, exports can only be sent without encryption, after a warning. Ask the immigration office for its key file.</source>
        <translation>Kunci kantor: belum dipasang. Sebelum dipasang, ekspor hanya dapat dikirim tanpa enkripsi, setelah peringatan. Minta berkas kunci kepada kantor imigrasi.</translation>
    </message>
    <message>
        <source>Office key: {office}, fingerprint {fp}, installed {when}.</source>
        <translation>Kunci kantor: {office}, sidik kunci {fp}, dipasang {when}.</translation>
    </message>
    <message>
        <source>Choose the office key file</source>
        <translation>Pilih berkas kunci kantor</translation>
    </message>
    <message>
        <source>Office key files (*.siagakunci)</source>
        <translation>Berkas kunci kantor (*.siagakunci)</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Cocokkan sidik kunci</translation>
    </message>
    <message>
        <source>Key of: {office}

Fingerprint:
{fp}

Telephone the immigration office and ask them to read their fingerprint aloud. Install the key only if every digit is the same. If not, the file is not from the office: do not use it.</source>
        <translation>Kunci milik: {office}

Sidik kunci:
{fp}

Telepon kantor imigrasi dan minta petugas membacakan sidik kunci mereka. Pasang kunci hanya bila semua angkanya sama. Bila tidak sama, berkas itu bukan dari kantor: jangan dipakai.</translation>
    </message>
    <message>
        <source>The digits are the same: install</source>
        <translation>Angkanya sama: pasang</translation>
    </message>
    <message>
        <source>Not the same / not checked</source>
        <translation>Tidak sama / belum dicocokkan</translation>
    </message>
    <message>
        <source>Office key</source>
        <translation>Kunci kantor</translation>
    </message>
    <message>
        <source>This file is not a complete Siaga TPPO office key file.</source>
        <translation>Berkas ini bukan berkas kunci kantor Siaga TPPO yang utuh.</translation>
    </message>
    <message>
        <source>Villages lock their exports with this office&apos;s key; only this office can read them. Give villages the public key file on a flash disk, and read the fingerprint to them over the telephone.</source>
        <translation>Desa mengunci ekspornya dengan kunci kantor ini; hanya kantor ini yang dapat membacanya. Berikan berkas kunci publik kepada desa lewat flashdisk, dan bacakan sidik kuncinya lewat telepon.</translation>
    </message>
    <message>
        <source>&amp;Save the public key for villages…</source>
        <translation>&amp;Simpan kunci publik untuk desa…</translation>
    </message>
    <message>
        <source>A village&apos;s key is confirmed on the page Villages: its first export, and one signed by another key, wait there until you compared the fingerprint with the village.</source>
        <translation>Kunci desa dikonfirmasi di halaman Desa: ekspor pertamanya, dan ekspor yang ditandatangani kunci lain, menunggu di sana sampai Anda mencocokkan sidik kuncinya dengan desa.</translation>
    </message>
    <message>
        <source>Fingerprint of this office&apos;s key: {fp}</source>
        <translation>Sidik kunci kantor ini: {fp}</translation>
    </message>
    <message>
        <source>Save the office public key</source>
        <translation>Simpan kunci publik kantor</translation>
    </message>
    <message>
        <source>Saved: {file}. Fingerprint to read to villages: {fp}</source>
        <translation>Tersimpan: {file}. Sidik kunci yang dibacakan kepada desa: {fp}</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Send and export</source>
        <translation>Kirim &amp; Ekspor</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Orang yang terlibat</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>The immigration office keeps one register of all villages. Take your log to the office on a flash drive, or let it go up by itself over the internet. Every export holds the whole log: sending it twice does no harm.</source>
        <translation>Kantor imigrasi menyimpan satu daftar gabungan semua desa. Bawalah catatan Anda ke kantor dengan flashdisk, atau biarkan terkirim sendiri lewat internet. Setiap ekspor berisi seluruh catatan: mengirimnya dua kali tidak apa-apa.</translation>
    </message>
    <message>
        <source>Save to a flash drive</source>
        <translation>Simpan ke flashdisk</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Simpan &amp;ke:</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Pilih tempat menyimpan</translation>
    </message>
    <message>
        <source>&amp;Look for drives again</source>
        <translation>&amp;Cari flashdisk lagi</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Pilih &amp;folder lain…</translation>
    </message>
    <message>
        <source>Include &amp;identities (names, NIK and phone numbers of the people involved)</source>
        <translation>Sertakan &amp;identitas (nama, NIK dan nomor telepon orang yang terlibat)</translation>
    </message>
    <message>
        <source>Why are identities needed? Who asked for them?</source>
        <translation>Mengapa identitas diperlukan? Siapa yang memintanya?</translation>
    </message>
    <message>
        <source>Reason for including identities</source>
        <translation>Alasan menyertakan identitas</translation>
    </message>
    <message>
        <source>Leave this off unless the immigration office or the police ask for them for a case. The reason is written in the export and kept here.</source>
        <translation>Jangan dicentang kecuali kantor imigrasi atau polisi memintanya untuk suatu kasus. Alasannya ditulis di dalam ekspor dan dicatat di sini.</translation>
    </message>
    <message>
        <source>Also save a &amp;table for Excel (CSV)</source>
        <translation>Simpan juga &amp;tabel untuk Excel (CSV)</translation>
    </message>
    <message>
        <source>&amp;Save to the flash drive</source>
        <translation>&amp;Simpan ke flashdisk</translation>
    </message>
    <message>
        <source>flash drive</source>
        <translation>flashdisk</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>diska</translation>
    </message>
    <message>
        <source>{name} ({kind}, {root}) — {free} free</source>
        <translation>{name} ({kind}, {root}) — {free} kosong</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>hanya dapat dibaca</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Folder: {path}</translation>
    </message>
    <message>
        <source>No flash drive found. Plug one in and press Look for drives again, or choose another folder.</source>
        <translation>Flashdisk tidak ditemukan. Colokkan flashdisk lalu tekan Cari flashdisk lagi, atau pilih folder lain.</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Pilih folder untuk ekspor</translation>
    </message>
    <message>
        <source>Choose a flash drive or a folder first.</source>
        <translation>Pilih flashdisk atau folder dulu.</translation>
    </message>
    <message>
        <source>Write why identities are included.</source>
        <translation>Tulis alasan identitas disertakan.</translation>
    </message>
    <message>
        <source>Saving and checking the export…</source>
        <translation>Menyimpan dan memeriksa ekspor…</translation>
    </message>
    <message>
        <source>Save without encryption?</source>
        <translation>Simpan tanpa enkripsi?</translation>
    </message>
    <message>
        <source>The immigration office&apos;s key is not installed yet (Settings, Security), so this export cannot be locked for the office. Anyone who finds the flash drive can read it. Saving it without encryption is recorded in the audit trail. It is not sent over the internet.</source>
        <translation>Kunci kantor imigrasi belum dipasang (Pengaturan, Keamanan), jadi ekspor ini tidak dapat dikunci untuk kantor. Siapa pun yang menemukan flashdisk dapat membacanya. Menyimpan tanpa enkripsi dicatat di jejak audit. Ekspor ini tidak dikirim lewat internet.</translation>
    </message>
    <message>
        <source>Save without encryption</source>
        <translation>Simpan tanpa enkripsi</translation>
    </message>
    <message>
        <source>The office key is not installed: an export here can only be saved without encryption, after a warning.</source>
        <translation>Kunci kantor belum dipasang: ekspor di sini hanya dapat disimpan tanpa enkripsi, setelah peringatan.</translation>
    </message>
    <message>
        <source>Exports are locked so that only {office} can read them. A table for Excel is not saved: it could be read by anyone.</source>
        <translation>Ekspor dikunci sehingga hanya {office} yang dapat membacanya. Tabel untuk Excel tidak disimpan: tabel itu dapat dibaca siapa saja.</translation>
    </message>
    <message>
        <source>NOT encrypted: anyone who has the file can read it.</source>
        <translation>TIDAK dienkripsi: siapa pun yang memegang berkas ini dapat membacanya.</translation>
    </message>
    <message>
        <source>{records} records, {checks} job-offer checks.</source>
        <translation>{records} catatan kejadian, {checks} cek tawaran kerja.</translation>
    </message>
    <message>
        <source>Export number {number} was saved and checked.</source>
        <translation>Ekspor ke-{number} tersimpan dan sudah diperiksa.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Berkas: {file}</translation>
    </message>
    <message>
        <source>Saved on: {place}</source>
        <translation>Disimpan di: {place}</translation>
    </message>
    <message>
        <source>Locked: only {office} can read it.</source>
        <translation>Terkunci: hanya {office} yang dapat membacanya.</translation>
    </message>
    <message>
        <source>Table for Excel: {file}</source>
        <translation>Tabel untuk Excel: {file}</translation>
    </message>
    <message>
        <source>A copy waits to be sent to the office over the internet.</source>
        <translation>Salinannya menunggu dikirim ke kantor lewat internet.</translation>
    </message>
    <message>
        <source>It is safe to remove the flash drive now.</source>
        <translation>Flashdisk sekarang aman dicabut.</translation>
    </message>
    <message>
        <source>This is not a flash drive: to take the export to the office, copy the file to a flash drive.</source>
        <translation>Tempat ini bukan flashdisk: untuk membawa ekspor ke kantor, salin berkas ini ke flashdisk.</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>Ekspor tersimpan</translation>
    </message>
    <message>
        <source>Send over the internet</source>
        <translation>Kirim lewat internet</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Exports waiting and sent</source>
        <translation>Ekspor yang menunggu dan terkirim</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Kirim &amp;sekarang</translation>
    </message>
    <message>
        <source>Export number {number} holds everything this one held</source>
        <translation>Ekspor ke-{number} sudah memuat seluruh isinya</translation>
    </message>
    <message>
        <source>Next try: {when}.</source>
        <translation>Dicoba lagi: {when}.</translation>
    </message>
    <message>
        <source>Will be sent when the office can be reached</source>
        <translation>Dikirim begitu kantor dapat dihubungi</translation>
    </message>
    <message>
        <source>Saved on a flash drive only</source>
        <translation>Hanya disimpan di flashdisk</translation>
    </message>
    <message>
        <source>In TRAINING MODE nothing is sent to the office.</source>
        <translation>Dalam MODE LATIHAN tidak ada yang dikirim ke kantor.</translation>
    </message>
    <message>
        <source>Sending is not set up yet. Enter the address and access token from the immigration office in Settings, Sending tab.</source>
        <translation>Pengiriman belum diatur. Isi alamat dan token akses dari kantor imigrasi di Pengaturan, tab Pengiriman.</translation>
    </message>
    <message>
        <source>Sent to: {address}</source>
        <translation>Dikirim ke: {address}</translation>
    </message>
    <message>
        <source>Last successful sending: {when}</source>
        <translation>Terakhir berhasil terkirim: {when}</translation>
    </message>
    <message>
        <source>Nothing has been sent to the office yet.</source>
        <translation>Belum ada yang terkirim ke kantor.</translation>
    </message>
    <message>
        <source>Not for sending</source>
        <translation>Tidak dikirim</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Ke-{number}</translation>
    </message>
    <message>
        <source>(with identities)</source>
        <translation>(dengan identitas)</translation>
    </message>
    <message>
        <source>Sending… you can keep working.</source>
        <translation>Sedang mengirim… Anda dapat tetap bekerja.</translation>
    </message>
    <message>
        <source>{sent} sent, {waiting} waiting, {failed} failed.</source>
        <translation>{sent} terkirim, {waiting} menunggu, {failed} gagal.</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>Tidak ada yang baru untuk dikirim.</translation>
    </message>
    <message>
        <source>Sending to the office</source>
        <translation>Pengiriman ke kantor</translation>
    </message>
    <message>
        <source>The office&apos;s receipts were read from the flash drive: {count}.</source>
        <translation>Tanda terima kantor dibaca dari flashdisk: {count}.</translation>
    </message>
    <message>
        <source>Imported by the office</source>
        <translation>Sudah diimpor kantor</translation>
    </message>
    <message>
        <source>Held by the office</source>
        <translation>Ditahan kantor</translation>
    </message>
    <message>
        <source>Received by the receiver</source>
        <translation>Diterima penerima</translation>
    </message>
    <message>
        <source>Imported {when}.</source>
        <translation>Diimpor {when}.</translation>
    </message>
    <message>
        <source>Received by the office&apos;s receiver {when}; the office has not imported it yet.</source>
        <translation>Diterima penerima kantor {when}; kantor belum mengimpornya.</translation>
    </message>
    <message>
        <source>Nothing was sent: the office key is not installed.</source>
        <translation>Tidak ada yang dikirim: kunci kantor belum dipasang.</translation>
    </message>
</context>
<context>
    <name>SendSettingsTab</name>
    <message>
        <source>Sending</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>When the village office has internet, exports go up to the immigration office by themselves. Enter the address and the access token the office gave you.</source>
        <translation>Bila kantor desa tersambung internet, ekspor terkirim sendiri ke kantor imigrasi. Isi alamat dan token akses yang diberikan kantor.</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Alamat kantor</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <source>Office &amp;address:</source>
        <translation>&amp;Alamat kantor:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token akses:</translation>
    </message>
    <message>
        <source>&amp;Save sending settings</source>
        <translation>&amp;Simpan pengaturan pengiriman</translation>
    </message>
    <message>
        <source>Try to &amp;reach the office</source>
        <translation>&amp;Coba hubungi kantor</translation>
    </message>
    <message>
        <source>Saved. Waiting exports will be sent when the office can be reached.</source>
        <translation>Tersimpan. Ekspor yang menunggu dikirim begitu kantor dapat dihubungi.</translation>
    </message>
    <message>
        <source>Exports that had stopped will be tried again.</source>
        <translation>Ekspor yang tadinya berhenti akan dicoba lagi.</translation>
    </message>
    <message>
        <source>Trying to reach the office…</source>
        <translation>Mencoba menghubungi kantor…</translation>
    </message>
    <message>
        <source>The office&apos;s receiver answered. Sending works.</source>
        <translation>Penerima di kantor menjawab. Pengiriman dapat berjalan.</translation>
    </message>
</context>
<context>
    <name>SendingItem</name>
    <message>
        <source>See sendin&amp;g</source>
        <translation>Lihat pen&amp;giriman</translation>
    </message>
    <message>
        <source>Last receipt: {what}.</source>
        <translation>Tanda terima terakhir: {what}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The office holds back export no. {number}.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Kantor menahan ekspor no. {number}.&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending has stopped.&lt;/b&gt; See Send and export, and the Sending settings.</source>
        <translation>&lt;b&gt;Pengiriman berhenti.&lt;/b&gt; Lihat Kirim &amp; Ekspor, dan Pengaturan bagian Pengiriman.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes the office does not have yet: {count}.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Perubahan yang belum diterima kantor: {count}.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The office cannot be reached yet; it is tried again.</source>
        <translation>Kantor belum dapat dihubungi; akan dicoba lagi.</translation>
    </message>
    <message>
        <source>They go by themselves shortly.</source>
        <translation>Perubahan ini segera terkirim sendiri.</translation>
    </message>
    <message>
        <source>Save them to a flash drive for the office.</source>
        <translation>Simpan ke flashdisk untuk dibawa ke kantor.</translation>
    </message>
    <message>
        <source>Nothing to send to the office yet.</source>
        <translation>Belum ada yang perlu dikirim ke kantor.</translation>
    </message>
    <message>
        <source>Every change has reached the office.</source>
        <translation>Semua perubahan sudah diterima kantor.</translation>
    </message>
</context>
<context>
    <name>SendingStatus</name>
    <message>
        <source>It is this village&apos;s first export: the office imports it once it has compared this village&apos;s key fingerprint.</source>
        <translation>Ini ekspor pertama desa ini: kantor mengimpornya setelah mencocokkan sidik kunci desa ini.</translation>
    </message>
    <message>
        <source>It was signed with a new key of this village.</source>
        <translation>Ekspor ditandatangani dengan kunci baru desa ini.</translation>
    </message>
    <message>
        <source>It holds records the office keeps for another village.</source>
        <translation>Isinya memuat catatan yang disimpan kantor untuk desa lain.</translation>
    </message>
    <message>
        <source>It names an area code the office does not know for this village.</source>
        <translation>Isinya menyebut kode wilayah yang tidak dikenal kantor untuk desa ini.</translation>
    </message>
    <message>
        <source>It holds a date or time the office cannot accept.</source>
        <translation>Isinya memuat tanggal atau jam yang tidak dapat diterima kantor.</translation>
    </message>
    <message>
        <source>This village is outside the area the office covers.</source>
        <translation>Desa ini di luar wilayah kerja kantor.</translation>
    </message>
    <message>
        <source>It comes from TRAINING MODE (made-up data).</source>
        <translation>Ekspor berasal dari MODE LATIHAN (data fiktif).</translation>
    </message>
    <message>
        <source>The office already has an export with the same number.</source>
        <translation>Kantor sudah punya ekspor dengan nomor yang sama.</translation>
    </message>
    <message>
        <source>It did not pass the office&apos;s checks (code: {code}).</source>
        <translation>Ekspor tidak lolos pemeriksaan kantor (kode: {code}).</translation>
    </message>
    <message>
        <source>Take the registration sheet (Send and export, Print the registration sheet) to the office, or telephone the office and read them this village&apos;s key fingerprint.</source>
        <translation>Bawa lembar pendaftaran (Kirim &amp; Ekspor, Cetak lembar pendaftaran) ke kantor, atau telepon kantor dan bacakan sidik kunci desa ini.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer, then telephone the office.</source>
        <translation>Periksa tanggal dan jam di komputer ini, lalu telepon kantor.</translation>
    </message>
    <message>
        <source>Telephone the office and read them this village&apos;s key fingerprint (Settings, Security) so that they can accept it.</source>
        <translation>Telepon kantor dan bacakan sidik kunci desa ini (Pengaturan, Keamanan) agar kantor dapat menerimanya.</translation>
    </message>
    <message>
        <source>Telephone the office.</source>
        <translation>Telepon kantor.</translation>
    </message>
    <message>
        <source>imported by the office on {when} (export no. {number})</source>
        <translation>sudah diimpor kantor pada {when} (ekspor no. {number})</translation>
    </message>
    <message>
        <source>received by the office&apos;s receiver on {when} (export no. {number})</source>
        <translation>diterima penerima kantor pada {when} (ekspor no. {number})</translation>
    </message>
</context>
<context>
    <name>SendingStatusView</name>
    <message>
        <source>Last receipt: {what}.</source>
        <translation>Tanda terima terakhir: {what}.</translation>
    </message>
    <message>
        <source>The office has not acknowledged any export yet.</source>
        <translation>Belum ada tanda terima dari kantor.</translation>
    </message>
    <message>
        <source>Held by the office (export no. {number}): see Send and export.</source>
        <translation>Ditahan kantor (ekspor no. {number}): lihat Kirim &amp; Ekspor.</translation>
    </message>
    <message>
        <source>Held by the office (export no. {number}): {why}</source>
        <translation>Ditahan kantor (ekspor no. {number}): {why}</translation>
    </message>
    <message>
        <source>Every change has reached the office.</source>
        <translation>Semua perubahan sudah diterima kantor.</translation>
    </message>
    <message>
        <source>{count} change(s) not sent yet</source>
        <translation>{count} perubahan belum terkirim</translation>
    </message>
    <message>
        <source>The office cannot be reached yet; it is tried again every 2 minutes.</source>
        <translation>Kantor belum dapat dihubungi; dicoba lagi setiap 2 menit.</translation>
    </message>
    <message>
        <source>The office cannot be reached yet (last tried {when}). It is tried again at least every 2 minutes while the app is open.</source>
        <translation>Kantor belum dapat dihubungi (terakhir dicoba {when}). Selama aplikasi terbuka, kantor dicoba lagi paling lambat setiap 2 menit.</translation>
    </message>
    <message>
        <source>Sending has stopped: see Send and export, and Settings, Sending tab.</source>
        <translation>Pengiriman berhenti: lihat Kirim &amp; Ekspor, dan Pengaturan, tab Pengiriman.</translation>
    </message>
    <message>
        <source>Save an export to a flash drive and take it to the immigration office, or set up sending in Settings, Sending tab.</source>
        <translation>Simpan ekspor ke flashdisk lalu bawa ke kantor imigrasi, atau atur pengiriman di Pengaturan, tab Pengiriman.</translation>
    </message>
    <message>
        <source>The office key is not installed (Settings, Security): nothing can be sent.</source>
        <translation>Kunci kantor belum dipasang (Pengaturan, Keamanan): tidak ada yang dapat dikirim.</translation>
    </message>
    <message>
        <source>They are exported and sent by themselves shortly after the last change, as soon as the office can be reached.</source>
        <translation>Perubahan diekspor dan dikirim sendiri sesaat setelah perubahan terakhir, begitu kantor dapat dihubungi.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Village profile</source>
        <translation>Profil desa</translation>
    </message>
</context>
<context>
    <name>SettingsPageBase</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Sections of the settings</source>
        <translation>Bagian pengaturan</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
</context>
<context>
    <name>Socialisation</name>
    <message>
        <source>Village head or lurah</source>
        <translation>Kepala desa/lurah</translation>
    </message>
    <message>
        <source>Village officials</source>
        <translation>Perangkat desa/kelurahan</translation>
    </message>
    <message>
        <source>BPD (village council)</source>
        <translation>BPD</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Warga</translation>
    </message>
    <message>
        <source>Prospective migrant workers</source>
        <translation>Calon PMI</translation>
    </message>
    <message>
        <source>Tri-fold leaflet</source>
        <translation>Leaflet lipat tiga</translation>
    </message>
    <message>
        <source>Poster for the notice board</source>
        <translation>Poster papan pengumuman</translation>
    </message>
    <message>
        <source>Pocket cards</source>
        <translation>Kartu saku</translation>
    </message>
    <message>
        <source>The date cannot be after today: record an event once it was held.</source>
        <translation>Tanggal tidak boleh sesudah hari ini: catat kegiatan setelah diadakan.</translation>
    </message>
    <message>
        <source>The date cannot be before 1 January 2000.</source>
        <translation>Tanggal tidak boleh sebelum 1 Januari 2000.</translation>
    </message>
    <message>
        <source>Write where the event was held.</source>
        <translation>Tulis tempat kegiatan diadakan.</translation>
    </message>
    <message>
        <source>Shorten the place to at most {n} characters.</source>
        <translation>Persingkat tempat menjadi paling banyak {n} huruf.</translation>
    </message>
    <message>
        <source>Choose the kecamatan where the event was held.</source>
        <translation>Pilih kecamatan tempat kegiatan diadakan.</translation>
    </message>
    <message>
        <source>Tick at least one village or kelurahan the event reached.</source>
        <translation>Centang paling sedikit satu desa atau kelurahan yang dijangkau.</translation>
    </message>
    <message>
        <source>Tick fewer villages.</source>
        <translation>Centang lebih sedikit desa.</translation>
    </message>
    <message>
        <source>Write how many people came, for at least one group.</source>
        <translation>Tulis jumlah orang yang hadir, paling sedikit untuk satu kelompok.</translation>
    </message>
    <message>
        <source>Write a number, for example 25, or leave it empty.</source>
        <translation>Tulis angka, misalnya 25, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>At most {n} people.</source>
        <translation>Paling banyak {n} orang.</translation>
    </message>
    <message>
        <source>Choose at most {n} materials.</source>
        <translation>Pilih paling banyak {n} materi.</translation>
    </message>
    <message>
        <source>Shorten this to at most {n} characters.</source>
        <translation>Persingkat menjadi paling banyak {n} huruf.</translation>
    </message>
    <message>
        <source>Shorten the notes to at most {n} characters.</source>
        <translation>Persingkat catatan menjadi paling banyak {n} huruf.</translation>
    </message>
</context>
<context>
    <name>SocialisationPage</name>
    <message>
        <source>Socialisation</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <source>Socialisation events</source>
        <translation>Kegiatan sosialisasi</translation>
    </message>
    <message>
        <source>&amp;Record an event</source>
        <translation>&amp;Catat kegiatan</translation>
    </message>
    <message>
        <source>The office&apos;s awareness sessions (Desa Binaan Imigrasi) and those its villages recorded and sent. A village&apos;s event is changed only by that village.</source>
        <translation>Kegiatan sosialisasi kantor (Desa Binaan Imigrasi) dan kegiatan yang dicatat dan dikirim desa. Kegiatan desa hanya dapat diubah oleh desa itu.</translation>
    </message>
    <message>
        <source>Record every awareness session about trafficking held in the village: when and where, who came and the material used. Events go to the immigration office with the village&apos;s exports.</source>
        <translation>Catat setiap penyuluhan tentang perdagangan orang yang diadakan di desa: kapan dan di mana, siapa yang hadir, dan materi yang dipakai. Kegiatan ikut terkirim ke kantor imigrasi bersama ekspor desa.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Semua kegiatan</translation>
    </message>
    <message>
        <source>This office&apos;s events</source>
        <translation>Kegiatan kantor ini</translation>
    </message>
    <message>
        <source>Villages&apos; events</source>
        <translation>Kegiatan desa</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>{count} event(s).</source>
        <translation>{count} kegiatan.</translation>
    </message>
    <message>
        <source>No village has sent an event yet.</source>
        <translation>Belum ada desa yang mengirim kegiatan.</translation>
    </message>
    <message>
        <source>No events yet. Press “Record an event” to write the first one.</source>
        <translation>Belum ada kegiatan. Tekan “Catat kegiatan” untuk mencatat yang pertama.</translation>
    </message>
    <message>
        <source>Delete the event at {place} on {day}?</source>
        <translation>Hapus kegiatan di {place} pada {day}?</translation>
    </message>
    <message>
        <source>The immigration office deletes its copy too after the next export.</source>
        <translation>Kantor imigrasi juga menghapus salinannya setelah ekspor berikutnya.</translation>
    </message>
    <message>
        <source>Delete the event</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message>
        <source>How far along is the person?</source>
        <translation>Sejauh mana prosesnya?</translation>
    </message>
    <message>
        <source>Choose the stage that fits best. Only what is due by then is asked about.</source>
        <translation>Pilih tahap yang paling sesuai. Hanya hal yang sudah waktunya ada yang ditanyakan.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Next: about the offer</source>
        <translation>&amp;Lanjut ke keterangan tawaran</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Then press Try again. Siaga TPPO changes nothing until then.</source>
        <translation>Lalu tekan Coba lagi. Sampai saat itu Siaga TPPO tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>No good backup was found. Please contact the immigration office for help; do not delete the data folder: {folder}</source>
        <translation>Tidak ditemukan cadangan yang baik. Hubungi kantor imigrasi untuk bantuan; jangan hapus folder data: {folder}</translation>
    </message>
    <message>
        <source>Newest good backup: {when}. The damaged file is kept aside, not deleted.</source>
        <translation>Cadangan baik terbaru: {when}. Berkas yang rusak disisihkan, tidak dihapus.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Pulihkan cadangan ini</translation>
    </message>
    <message>
        <source>Newest good backup: {when}. Restoring it brings back the data as it was then.</source>
        <translation>Cadangan baik terbaru: {when}. Memulihkannya mengembalikan data seperti pada waktu itu.</translation>
    </message>
    <message>
        <source>No backup was found either. If the file was moved or deleted by mistake, ask a technician to bring it back. Starting with empty data means that nothing recorded on this computer before is in Siaga TPPO.</source>
        <translation>Cadangan juga tidak ditemukan. Bila berkas itu terpindah atau terhapus tanpa sengaja, minta teknisi mengembalikannya. Bila mulai dengan data kosong, semua yang pernah dicatat di komputer ini tidak ada di Siaga TPPO.</translation>
    </message>
    <message>
        <source>Start with empty data</source>
        <translation>Mulai dengan data kosong</translation>
    </message>
    <message>
        <source>Really start with empty data? Everything recorded on this computer before stays missing.</source>
        <translation>Yakin mulai dengan data kosong? Semua yang pernah dicatat di komputer ini tetap hilang.</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village or kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Hari tanpa kabar</translation>
    </message>
    <message>
        <source>Last export, made</source>
        <translation>Ekspor terakhir, dibuat</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Waiting: confirm its key</source>
        <translation>Menunggu: konfirmasi kuncinya</translation>
    </message>
    <message>
        <source>Never reported</source>
        <translation>Belum pernah melapor</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
</context>
<context>
    <name>StatusBoardPage</name>
    <message>
        <source>Village status</source>
        <translation>Status desa</translation>
    </message>
    <message>
        <source>Which villages have reported</source>
        <translation>Kabar dari desa dan kelurahan</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Semua desa/kelurahan</translation>
    </message>
    <message>
        <source>Waiting for their key to be confirmed</source>
        <translation>Menunggu konfirmasi kunci</translation>
    </message>
    <message>
        <source>Overdue or never reported</source>
        <translation>Terlambat atau belum pernah melapor</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Hanya yang terlambat</translation>
    </message>
    <message>
        <source>Never reported only</source>
        <translation>Hanya yang belum pernah melapor</translation>
    </message>
    <message>
        <source>On time only</source>
        <translation>Hanya yang tepat waktu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Overdue after this many days</source>
        <translation>Terlambat setelah sekian hari</translation>
    </message>
    <message>
        <source>&amp;Confirm keys…</source>
        <translation>Konfirmasi k&amp;unci desa…</translation>
    </message>
    <message>
        <source>Days silent are counted from the day the village made its last export that was imported here. Double-click a village to see its records, or a village that waits to confirm its key.</source>
        <translation>Hari tanpa kabar dihitung dari hari desa membuat ekspor terakhirnya yang sudah diimpor di sini. Klik dua kali sebuah desa untuk melihat catatannya, atau desa yang menunggu untuk mengonfirmasi kuncinya.</translation>
    </message>
    <message>
        <source>{waiting} wait for you to confirm their key: their exports are held unread.</source>
        <translation>{waiting} menunggu Anda mengonfirmasi kuncinya: ekspornya ditahan tanpa dibuka.</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Over&amp;due after:</source>
        <translation>Terlambat &amp;setelah:</translation>
    </message>
    <message>
        <source>See this village&apos;s &amp;records</source>
        <translation>Lihat &amp;catatan desa ini</translation>
    </message>
    <message>
        <source>Villages and when they last reported</source>
        <translation>Desa dan kapan terakhir melapor</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>{total} villages and kelurahan: {overdue} overdue (more than {days} days without a new export), {never} never reported, {on_time} on time.</source>
        <translation>{total} desa dan kelurahan: {overdue} terlambat (lebih dari {days} hari tanpa ekspor baru), {never} belum pernah melapor, {on_time} tepat waktu.</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>no. {number}, {date}</source>
        <translation>ke-{number}, {date}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Check the details below, then press Finish to start using Siaga TPPO.</source>
        <translation>Periksa data di bawah, lalu tekan Selesai untuk mulai memakai Siaga TPPO.</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Lurah</source>
        <translation>Lurah</translation>
    </message>
    <message>
        <source>Kepala desa</source>
        <translation>Kepala desa</translation>
    </message>
    <message>
        <source>District {district}, {regency}, {province}</source>
        <translation>Kecamatan {district}, {regency}, {province}</translation>
    </message>
    <message>
        <source>Area code: {code}</source>
        <translation>Kode wilayah: {code}</translation>
    </message>
    <message>
        <source>Gathers the exports of the villages in: {regencies}.</source>
        <translation>Mengumpulkan ekspor desa-desa di: {regencies}.</translation>
    </message>
    <message>
        <source>The data on this computer will be locked with the passphrase you chose. Keep the recovery sheet in the office safe.</source>
        <translation>Data di komputer ini akan dikunci dengan kata sandi yang Anda buat. Simpan lembar kunci pemulihan di brankas kantor.</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Besar</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Sangat besar</translation>
    </message>
</context>
<context>
    <name>TokensTab</name>
    <message>
        <source>Village &amp;code:</source>
        <translation>&amp;Kode desa:</translation>
    </message>
    <message>
        <source>&amp;Make a token</source>
        <translation>&amp;Buat token</translation>
    </message>
    <message>
        <source>Each village sends with its own token, given to it on a printed slip.</source>
        <translation>Setiap desa mengirim dengan tokennya sendiri, yang diserahkan pada lembar token tercetak.</translation>
    </message>
    <message>
        <source>The receiver reads this file, changes included: {file}</source>
        <translation>Penerima membaca berkas ini, termasuk setiap perubahannya: {file}</translation>
    </message>
    <message>
        <source>&amp;Print the slip…</source>
        <translation>&amp;Cetak lembar token…</translation>
    </message>
    <message>
        <source>Save the slip as P&amp;DF…</source>
        <translation>Simpan lembar sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Shown only now: print or save the slip.</source>
        <translation>Hanya ditampilkan sekarang: cetak atau simpan lembarnya.</translation>
    </message>
    <message>
        <source>Tokens in use</source>
        <translation>Token yang berlaku</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen token</source>
        <translation>Ca&amp;but token yang dipilih</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>The tokens file {file} cannot be used (line {line}). Nothing was changed.</source>
        <translation>Berkas token {file} tidak dapat dipakai (baris {line}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Type a village&apos;s code, for example 15.02.02.2004.</source>
        <translation>Ketik kode desa/kelurahan, misalnya 15.02.02.2004.</translation>
    </message>
    <message>
        <source>Code {code} is not in the official list of villages.</source>
        <translation>Kode {code} tidak ada dalam daftar resmi desa/kelurahan.</translation>
    </message>
    <message>
        <source>The tokens file {file} could not be written. Nothing was changed.</source>
        <translation>Berkas token {file} tidak dapat ditulis. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>New token for {village} ({code}):</source>
        <translation>Token baru untuk {village} ({code}):</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and has paper, or save the slip as PDF and print it elsewhere.</source>
        <translation>Printer tidak dapat dipakai. Periksa apakah printer menyala dan berisi kertas, atau simpan lembar sebagai PDF lalu cetak di tempat lain.</translation>
    </message>
    <message>
        <source>The slip was sent to the printer.</source>
        <translation>Lembar token sudah dikirim ke printer.</translation>
    </message>
    <message>
        <source>Save the slip</source>
        <translation>Simpan lembar token</translation>
    </message>
    <message>
        <source>Saved: {file}. Delete the file once the slip is printed.</source>
        <translation>Tersimpan: {file}. Hapus berkas itu setelah lembarnya dicetak.</translation>
    </message>
    <message>
        <source>Choose a token in the list first.</source>
        <translation>Pilih dulu token di daftar.</translation>
    </message>
    <message>
        <source>Revoke the token?</source>
        <translation>Cabut token ini?</translation>
    </message>
    <message>
        <source>The village {code} can no longer send with this token (ID {id}). It needs a new slip from this office.</source>
        <translation>Desa/kelurahan {code} tidak dapat mengirim lagi dengan token ini (ID {id}). Desa itu memerlukan lembar token baru dari kantor ini.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>Revoked. The receiver refuses the token from now on.</source>
        <translation>Dicabut. Mulai sekarang penerima menolak token ini.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>MODE LATIHAN (training mode) — fictional village and sample data. Nothing here is real or mixed with real data.</source>
        <translation>MODE LATIHAN — desa dan data contoh ini fiktif. Tidak ada yang nyata di sini, dan tidak tercampur dengan data sebenarnya.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Siaga TPPO — open the data</source>
        <translation>Siaga TPPO — buka data</translation>
    </message>
    <message>
        <source>Open the data of Siaga TPPO</source>
        <translation>Buka data Siaga TPPO</translation>
    </message>
    <message>
        <source>&amp;Close Siaga TPPO</source>
        <translation>&amp;Tutup Siaga TPPO</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Siaga TPPO is locked</source>
        <translation>Siaga TPPO terkunci</translation>
    </message>
    <message>
        <source>Type the passphrase of this office to open the data.</source>
        <translation>Ketik kata sandi kantor ini untuk membuka data.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Forgot the passphrase? Use the recovery key</source>
        <translation>&amp;Lupa kata sandi? Pakai kunci pemulihan</translation>
    </message>
    <message>
        <source>Take the recovery sheet from the office safe. Type the recovery key printed on it (capital or small letters, with or without dashes), then choose a new passphrase.</source>
        <translation>Ambil lembar pemulihan dari brankas kantor. Ketik kunci pemulihan yang tercetak di sana (huruf besar atau kecil, dengan atau tanpa tanda hubung), lalu buat kata sandi baru.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Kunci &amp;pemulihan</translation>
    </message>
    <message>
        <source>Set the new passphrase and &amp;open</source>
        <translation>Pasang kata sandi baru dan &amp;buka</translation>
    </message>
    <message>
        <source>&amp;Back to the passphrase</source>
        <translation>&amp;Kembali ke kata sandi</translation>
    </message>
    <message>
        <source>The key file of this data is missing. Take the recovery sheet from the office safe, type the recovery key printed on it, then choose a new passphrase.</source>
        <translation>Berkas kunci data ini hilang. Ambil lembar pemulihan dari brankas kantor, ketik kunci pemulihan yang tercetak di sana, lalu buat kata sandi baru.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. You can try again in {seconds} seconds.</source>
        <translation>Terlalu banyak kata sandi salah. Anda dapat mencoba lagi {seconds} detik lagi.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sekarang Anda dapat mencoba lagi.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Kata sandi belum benar. Periksa tombol Caps Lock, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The key file of this data is missing: use the recovery key.</source>
        <translation>Berkas kunci data ini hilang: pakai kunci pemulihan.</translation>
    </message>
    <message>
        <source>The key file of this data is damaged: use the recovery key.</source>
        <translation>Berkas kunci data ini rusak: pakai kunci pemulihan.</translation>
    </message>
    <message>
        <source>A recovery key has 24 letters and digits in six groups. Check what you typed.</source>
        <translation>Kunci pemulihan terdiri atas 24 huruf dan angka dalam enam kelompok. Periksa lagi ketikan Anda.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this data. Check each character, or look for the sheet of this computer.</source>
        <translation>Kunci pemulihan ini bukan milik data ini. Periksa setiap huruf, atau cari lembar untuk komputer ini.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet. Save them before closing?</source>
        <translation>Ada perubahan pada catatan ini yang belum disimpan. Simpan sebelum ditutup?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Kembali ke isian</translation>
    </message>
</context>
<context>
    <name>UpgradePage</name>
    <message>
        <source>Protect the data of this office</source>
        <translation>Lindungi data kantor ini</translation>
    </message>
    <message>
        <source>This version of Siaga TPPO protects the data with a passphrase. Anyone who copies the data, takes the computer or finds a backup cannot read it without the passphrase.

Your data is kept: it is backed up first, then locked (encrypted) with the passphrase you choose on the next page. This takes a moment.</source>
        <translation>Versi Siaga TPPO ini melindungi data dengan kata sandi. Orang yang menyalin data, membawa komputer, atau menemukan cadangan tidak dapat membacanya tanpa kata sandi.

Data Anda tetap ada: data dicadangkan dulu, lalu dikunci (dienkripsi) dengan kata sandi yang Anda buat di halaman berikut. Ini memerlukan sebentar waktu.</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <source>Villages</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Waiting for you to confirm their key</source>
        <translation>Menunggu konfirmasi sidik kunci</translation>
    </message>
    <message>
        <source>A village&apos;s first export, and an export signed with another key than the village&apos;s registered one, wait here unread. Telephone the village (or take its registration sheet) and compare the fingerprint digit by digit. Tick the villages whose fingerprint matches, then accept them together; refuse one that does not match.</source>
        <translation>Ekspor pertama sebuah desa, dan ekspor yang ditandatangani kunci lain daripada kunci desa yang terdaftar, menunggu di sini tanpa dibuka. Telepon desa itu (atau ambil lembar pendaftarannya) dan cocokkan sidik kuncinya angka demi angka. Centang desa yang sidik kuncinya cocok, lalu terima semuanya sekaligus; tolak yang tidak cocok.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>{count} exports since {when}</source>
        <translation>{count} ekspor sejak {when}</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <source>Villages waiting for confirmation</source>
        <translation>Desa yang menunggu konfirmasi</translation>
    </message>
    <message>
        <source>No village is waiting for confirmation.</source>
        <translation>Tidak ada desa yang menunggu konfirmasi.</translation>
    </message>
    <message>
        <source>&amp;Accept the ticked villages…</source>
        <translation>&amp;Terima desa yang dicentang…</translation>
    </message>
    <message>
        <source>&amp;Refuse the ticked villages…</source>
        <translation>T&amp;olak desa yang dicentang…</translation>
    </message>
    <message>
        <source>{code} (not in the official list)</source>
        <translation>{code} (tidak ada dalam daftar resmi)</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>{kind} {name}, Kec. {district} ({code})</source>
        <translation>{kind} {name}, Kec. {district} ({code})</translation>
    </message>
    <message>
        <source>First export: its key is not registered yet</source>
        <translation>Ekspor pertama: kuncinya belum terdaftar</translation>
    </message>
    <message>
        <source>Signed with another key than the registered one</source>
        <translation>Ditandatangani kunci lain daripada kunci yang terdaftar</translation>
    </message>
    <message>
        <source>Tick the villages to accept first.</source>
        <translation>Centang dulu desa yang akan diterima.</translation>
    </message>
    <message>
        <source>Accept these keys?</source>
        <translation>Terima kunci ini?</translation>
    </message>
    <message>
        <source>Accept only the villages whose fingerprint you compared with the village, digit by digit, and found the same:
{villages}

From then on this office takes exports from each village only when they are signed with this key. The exports waiting are imported now.</source>
        <translation>Terima hanya desa yang sidik kuncinya sudah Anda cocokkan dengan desa itu, angka demi angka, dan ternyata sama:
{villages}

Sesudah itu kantor ini hanya menerima ekspor dari setiap desa itu bila ditandatangani dengan kunci ini. Ekspor yang menunggu diimpor sekarang.</translation>
    </message>
    <message>
        <source>Accept and import</source>
        <translation>Terima dan impor</translation>
    </message>
    <message>
        <source>Importing the exports held… you can keep working.</source>
        <translation>Mengimpor ekspor yang ditahan… Anda dapat terus bekerja.</translation>
    </message>
    <message>
        <source>{villages} villages accepted; {done} of {count} exports held were imported.</source>
        <translation>{villages} desa diterima; {done} dari {count} ekspor yang ditahan sudah diimpor.</translation>
    </message>
    <message>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: ditolak. {reason}</translation>
    </message>
    <message>
        <source>Tick the villages to refuse first.</source>
        <translation>Centang dulu desa yang akan ditolak.</translation>
    </message>
    <message>
        <source>Refuse these keys?</source>
        <translation>Tolak kunci ini?</translation>
    </message>
    <message>
        <source>The exports waiting under these keys are removed without being read:
{villages}

Refuse a key when its fingerprint is not the one the village read to you. The village&apos;s registered key, if it has one, stays as it is.</source>
        <translation>Ekspor yang menunggu dengan kunci ini dihapus tanpa dibaca:
{villages}

Tolak kunci bila sidik kuncinya tidak sama dengan yang dibacakan desa. Kunci desa yang sudah terdaftar, bila ada, tetap seperti semula.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>{villages} villages refused; {count} exports removed unread.</source>
        <translation>{villages} desa ditolak; {count} ekspor dihapus tanpa dibaca.</translation>
    </message>
    <message>
        <source>Villages that have sent exports</source>
        <translation>Desa yang sudah mengirim ekspor</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Ekspor terakhir</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>No village has sent an export yet.</source>
        <translation>Belum ada desa yang mengirim ekspor.</translation>
    </message>
    <message>
        <source>Area code before: {codes}.</source>
        <translation>Kode wilayah sebelumnya: {codes}.</translation>
    </message>
    <message>
        <source>Went back to a backup (export imported {when}): {missing} changes the office already had are missing from it, {branches} records start again from an older version. The register shows the records as the village holds them now; the changes it left behind are kept there as conflicts. Telephone the village.</source>
        <translation>Memulihkan cadangan (ekspor diimpor {when}): {missing} perubahan yang sudah diterima kantor tidak ada di dalamnya, {branches} catatan berlanjut dari versi yang lebih lama. Daftar gabungan menampilkan catatan seperti yang dipegang desa sekarang; perubahan yang tertinggal tetap disimpan di sana sebagai konflik. Telepon desa itu.</translation>
    </message>
    <message>
        <source>No confirmed key yet.</source>
        <translation>Kuncinya belum dikonfirmasi.</translation>
    </message>
    <message>
        <source>No. {number}, made {when}</source>
        <translation>No. {number}, dibuat {when}</translation>
    </message>
</context>
<context>
    <name>WarningComposer</name>
    <message>
        <source>Warning about a recruiter or company</source>
        <translation>Peringatan tentang perekrut atau perusahaan</translation>
    </message>
    <message>
        <source>Write only about the recruiter or the company. Never write the name or any detail of a person they recruited, or of that person&apos;s family.</source>
        <translation>Tulis hanya tentang perekrut atau perusahaannya. Jangan pernah menulis nama atau keterangan apa pun tentang orang yang mereka rekrut, atau tentang keluarganya.</translation>
    </message>
    <message>
        <source>one company per line</source>
        <translation>satu perusahaan per baris</translation>
    </message>
    <message>
        <source>one name per line, as people call the recruiter</source>
        <translation>satu nama per baris, seperti orang menyebut perekrut itu</translation>
    </message>
    <message>
        <source>one number per line</source>
        <translation>satu nomor per baris</translation>
    </message>
    <message>
        <source>&amp;Companies:</source>
        <translation>&amp;Perusahaan:</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>Nomor &amp;telepon:</translation>
    </message>
    <message>
        <source>What is known: what they offer, where to, what they ask for</source>
        <translation>Yang diketahui: apa yang ditawarkan, ke mana, apa yang diminta</translation>
    </message>
    <message>
        <source>What is &amp;known:</source>
        <translation>Yang &amp;diketahui:</translation>
    </message>
    <message>
        <source>the date is &amp;known</source>
        <translation>tanggalnya &amp;diketahui</translation>
    </message>
    <message>
        <source>Seen since:</source>
        <translation>Terlihat sejak:</translation>
    </message>
    <message>
        <source>Villages where it was seen</source>
        <translation>Desa tempat terlihat</translation>
    </message>
    <message>
        <source>Seen in:</source>
        <translation>Terlihat di:</translation>
    </message>
    <message>
        <source>Save the warning</source>
        <translation>Simpan peringatan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Write at least a company, a name or a phone number.</source>
        <translation>Tulis paling sedikit satu perusahaan, nama, atau nomor telepon.</translation>
    </message>
    <message>
        <source>Remove the 16-digit number: a warning never carries anyone&apos;s NIK.</source>
        <translation>Hapus nomor 16 angka itu: peringatan tidak boleh memuat NIK siapa pun.</translation>
    </message>
    <message>
        <source>Write what is known about them.</source>
        <translation>Tulis apa yang diketahui tentang mereka.</translation>
    </message>
    <message>
        <source>What is known is too long: keep it under 2000 characters.</source>
        <translation>Yang diketahui terlalu panjang: paling banyak 2000 huruf.</translation>
    </message>
    <message>
        <source>Check the phone numbers: one number per line, for example 0812-3456-7890.</source>
        <translation>Periksa nomor teleponnya: satu nomor per baris, misalnya 0812-3456-7890.</translation>
    </message>
    <message>
        <source>The date they were seen since cannot be in the future.</source>
        <translation>Tanggal mulai terlihat tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Shorten the lists: at most 10 lines of up to 200 characters each.</source>
        <translation>Pendekkan daftarnya: paling banyak 10 baris, masing-masing paling banyak 200 huruf.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Siaga TPPO</source>
        <translation>Selamat datang di Siaga TPPO</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Text size: choose the one most comfortable to read</source>
        <translation>Ukuran teks: pilih yang paling nyaman dibaca</translation>
    </message>
    <message>
        <source>This app helps the village head prevent trafficking in persons (TPPO) and people smuggling (TPPM). Setting it up takes a few minutes; the village details can be changed later in Settings.</source>
        <translation>Aplikasi ini membantu kepala desa mencegah tindak pidana perdagangan orang (TPPO) dan penyelundupan manusia (TPPM). Penyiapannya hanya beberapa menit; data desa dapat diubah nanti di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Siaga TPPO — set up the office</source>
        <translation>Siaga TPPO — siapkan data kantor</translation>
    </message>
    <message>
        <source>Siaga TPPO — set up your village</source>
        <translation>Siaga TPPO — siapkan data desa Anda</translation>
    </message>
    <message>
        <source>Close set-up?</source>
        <translation>Tutup penyiapan?</translation>
    </message>
    <message>
        <source>Close set-up</source>
        <translation>Tutup penyiapan</translation>
    </message>
    <message>
        <source>Continue set-up</source>
        <translation>Lanjutkan penyiapan</translation>
    </message>
    <message>
        <source>What you have entered is kept and will be shown again the next time you open Siaga TPPO. Close set-up now?</source>
        <translation>Isian Anda disimpan dan akan muncul lagi saat Siaga TPPO dibuka berikutnya. Tutup penyiapan sekarang?</translation>
    </message>
    <message>
        <source>The village or office details you have entered are kept and will be shown again the next time you open Siaga TPPO. The passphrase is not kept, and set-up gives a new recovery key: a recovery sheet printed now will not be valid. Close set-up now?</source>
        <translation>Data desa atau kantor yang sudah Anda isi disimpan dan akan muncul lagi saat Siaga TPPO dibuka berikutnya. Kata sandi tidak disimpan, dan penyiapan berikutnya memberi kunci pemulihan baru: lembar pemulihan yang sudah dicetak tidak berlaku lagi. Tutup penyiapan sekarang?</translation>
    </message>
</context>
</TS>
