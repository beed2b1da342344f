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
        <source>Show the &amp;licence text (ODbL)</source>
        <translation>Tampilkan teks &amp;lisensi (ODbL)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
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
        <source>The training village is fictional; its area cannot be changed.</source>
        <translation>Desa latihan ini fiktif; wilayahnya tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Area code {code} was not found. Check it, or choose from the lists.</source>
        <translation>Kode wilayah {code} tidak ditemukan. Periksa kodenya, atau pilih dari daftar.</translation>
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
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Pulihkan cadangan ini?</translation>
    </message>
    <message>
        <source>Everything saved after this backup was made will be replaced by the backup. A copy of the current data is kept as a backup first, so this can be undone.</source>
        <translation>Semua yang disimpan setelah cadangan ini dibuat akan diganti oleh isi cadangan. Data yang sekarang disimpan dulu sebagai cadangan, jadi langkah ini dapat dibatalkan.</translation>
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
        <source>The data file of this app is damaged and cannot be opened safely. It has not been changed. You can restore the newest good backup.</source>
        <translation>Berkas data aplikasi ini rusak dan tidak dapat dibuka dengan aman. Berkas itu tidak diubah. Anda dapat memulihkan cadangan baik yang terbaru.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Siaga TPPO. Please install the newest version; your data has not been changed.</source>
        <translation>Data ini disimpan oleh versi Siaga TPPO yang lebih baru. Pasang versi terbaru; data Anda tidak diubah.</translation>
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
        <source>The file could not be read or written ({detail}). Nothing has been changed.</source>
        <translation>Berkas tidak dapat dibaca atau ditulis ({detail}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you entered has been lost.</source>
        <translation>Terjadi kesalahan. Tidak ada isian Anda yang hilang.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Siaga TPPO — set up your village</source>
        <translation>Siaga TPPO — siapkan data desa Anda</translation>
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
        <source>What you have entered is kept and will be shown again the next time you open Siaga TPPO. Close set-up now?</source>
        <translation>Isian Anda disimpan dan akan muncul lagi saat Siaga TPPO dibuka berikutnya. Tutup penyiapan sekarang?</translation>
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
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Local contacts</source>
        <translation>Kontak setempat</translation>
    </message>
    <message>
        <source>Safety of your data</source>
        <translation>Keamanan data Anda</translation>
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
        <source>Area code: {code}</source>
        <translation>Kode wilayah: {code}</translation>
    </message>
    <message>
        <source>Village office phone: {phone}</source>
        <translation>Telepon kantor desa: {phone}</translation>
    </message>
    <message>
        <source>No local contacts yet. Add them with “Change village details”.</source>
        <translation>Belum ada kontak setempat. Tambahkan lewat “Ubah data desa”.</translation>
    </message>
    <message>
        <source>The automatic backup could not be made today. Check that the disk has free space, then make a backup in Settings.</source>
        <translation>Cadangan otomatis hari ini gagal dibuat. Periksa apakah disk masih punya ruang kosong, lalu buat cadangan di Pengaturan.</translation>
    </message>
    <message>
        <source>Your data is backed up automatically every day. Last backup: {when}.</source>
        <translation>Data Anda dicadangkan otomatis setiap hari. Cadangan terakhir: {when}.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MODE LATIHAN (training mode) — fictional village and sample data. Nothing here is real or mixed with real data.</source>
        <translation>MODE LATIHAN — desa dan data contoh ini fiktif. Tidak ada yang nyata di sini, dan tidak tercampur dengan data sebenarnya.</translation>
    </message>
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
        <source>Manpower office (Dinas Tenaga Kerja) or BP3MI</source>
        <translation>Dinas Tenaga Kerja atau BP3MI</translation>
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
        <source>Some details need correcting; see the messages in red.</source>
        <translation>Ada isian yang perlu diperbaiki; lihat pesan berwarna merah.</translation>
    </message>
    <message>
        <source>Village details saved.</source>
        <translation>Data desa tersimpan.</translation>
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
    <message>
        <source>Display</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Folder data: {folder}</translation>
    </message>
    <message>
        <source>&amp;About Siaga TPPO and its data sources</source>
        <translation>&amp;Tentang Siaga TPPO dan sumber datanya</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Newest good backup: {when}. The damaged file is kept aside, not deleted.</source>
        <translation>Cadangan baik terbaru: {when}. Berkas yang rusak disisihkan, tidak dihapus.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Pulihkan cadangan ini</translation>
    </message>
    <message>
        <source>No good backup was found. Please contact the immigration office for help; do not delete the data folder: {folder}</source>
        <translation>Tidak ditemukan cadangan yang baik. Hubungi kantor imigrasi untuk bantuan; jangan hapus folder data: {folder}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Siaga TPPO</source>
        <translation>Selamat datang di Siaga TPPO</translation>
    </message>
    <message>
        <source>This app helps the village head prevent trafficking in persons (TPPO) and people smuggling (TPPM). First, set up your village. It takes a few minutes and everything can be changed later.

Choose the text size that is most comfortable to read:</source>
        <translation>Aplikasi ini membantu kepala desa dan lurah mencegah tindak pidana perdagangan orang (TPPO) dan penyelundupan manusia (TPPM). Pertama, siapkan data desa Anda. Hanya perlu beberapa menit, dan semuanya dapat diubah nanti.

Pilih ukuran teks yang paling nyaman dibaca:</translation>
    </message>
</context>
</TS>
