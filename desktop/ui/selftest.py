"""``siaga-tppo self-test``: checks an installation without a window, as the frozen Windows
build's smoke test runs it (installer/windows/build-under-wine.sh, tests/installer).

Owns the checks and their output: one line per check (``OK     name`` or ``GAGAL  name:
problem``), then a summary line; exit code 1 when any check failed. Every check works in a
scratch folder; the real data is only read (a copy is migrated), never modified. Each check
imports what it exercises, so a module missing from the bundle fails that check, not all.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from desktop import __version__
from desktop.domain.errors import DatabaseDamaged
from desktop.domain.profile import VillageProfile
from desktop.paths import DataPaths
from desktop.resources import REQUIRED_RESOURCES, resource_path
from desktop.storage import profile_store
from desktop.storage.backup import copy_database
from desktop.storage.db import UNPROTECTED, Key, close_database, open_database
from desktop.storage.installation import Installation
from desktop.storage.migrations import SCHEMA_VERSION, migrate


def _check_resources() -> str | None:
    missing = [
        str(resource_path(*p)) for p in REQUIRED_RESOURCES if not resource_path(*p).is_file()
    ]
    return "tidak ada: " + ", ".join(missing) if missing else None


def _check_area_codes(scratch: Path) -> str | None:
    from desktop.storage.area_index import open_area_index

    index = open_area_index(resource_path("wilayah"), scratch / "cache")
    try:
        chain = index.chain("15.02.02.2004")
        count = index.count()
    finally:
        index.close()
    if [a.name for a in chain][1:3] != ["Kabupaten Merangin", "Bangko"]:
        return f"kode 15.02.02.2004 terbaca salah: {chain}"
    if count < 90000:
        return f"hanya {count} wilayah terbaca"
    return None


def _check_translations(_scratch: Path) -> str | None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import Language, load_app_translator

    app = QCoreApplication.instance() or QCoreApplication([])
    translator = load_app_translator(Language.INDONESIAN, app)
    if translator is None:
        return "berkas terjemahan Indonesia tidak dapat dimuat"
    if translator.translate("SettingsPage", "Settings") != "Pengaturan":
        return "terjemahan Indonesia tidak lengkap"
    return None


def _database_key(paths: DataPaths) -> Key | str:
    """The key to copy the real data with, or a note why only encryption itself is checked.

    Protected data is read only with ``SIAGA_PASSPHRASE`` given: self-test never asks."""
    from desktop.cli.unlock import read_passphrase
    from desktop.storage import keystore
    from desktop.storage.installation import Protection, protection_of

    state = protection_of(paths)
    if state in (Protection.NEW, Protection.UNENCRYPTED):
        return UNPROTECTED
    passphrase = read_passphrase()
    if state is Protection.KEY_FILE_MISSING:
        return "berkas kunci tidak ada (pakai kunci pemulihan di aplikasi)"
    if not passphrase:
        return ""
    return keystore.unlock(paths, passphrase)


def _check_database(scratch: Path, paths: DataPaths) -> str | None:
    from desktop.storage.db import connect
    from desktop.storage.keystore import make_recovery

    copy = scratch / "salinan.sqlite3"
    key = _database_key(paths)
    if isinstance(key, str):
        if key:
            return key
        # Protected data without the passphrase: check that an encrypted database can be made,
        # opened and migrated here, and leave the real data unread.
        print("CATATAN data asli dilindungi kata sandi; isi SIAGA_PASSPHRASE untuk memeriksanya")
        key = make_recovery().key
    elif paths.database.exists():
        source = connect(paths.database, key, read_only=True)
        try:
            copy_database(source, copy, key)
        finally:
            source.close()
    db = open_database(copy, key)
    try:
        result = migrate(db, copy, scratch / "cadangan")
        if result.to_version != SCHEMA_VERSION:
            return f"migrasi berhenti di versi {result.to_version}"
        profile_store.load_profile()
    finally:
        close_database(db)
    return None


# The checks below exercise, in the frozen build, what a missing module or data file would
# break at a village office: leaflet printing (reportlab, its QR code, Qt PDF), encryption
# (SQLCipher, PyNaCl), the export format and the import, and the ICU data Qt sorts text with.
SELF_TEST_PASSPHRASE = "uji-mandiri-siaga-tppo"  # for a scratch folder only
SELF_TEST_VILLAGE = VillageProfile(
    village_code="15.02.02.2004",
    village_name="Kungkai",
    district_name="Bangko",
    regency_name="Kabupaten Merangin",
    province_name="Jambi",
    head_name="Pemeriksaan Mandiri",
)


def _check_leaflet(_scratch: Path) -> str | None:
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from desktop.exchange.active_content import SHIPPED
    from desktop.printing.leaflets import LeafletData, LeafletKind, build_leaflet
    from desktop.printing.paper import Paper
    from desktop.ui.i18n import Language

    materials = SHIPPED.materials(Language.INDONESIAN.value, SELF_TEST_VILLAGE.village_code)
    data = LeafletData(SELF_TEST_VILLAGE, materials)
    pdf = build_leaflet(LeafletKind.TRIFOLD, Paper.A4, data)
    QCoreApplication.instance() or QCoreApplication([])
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() != 2:
        return f"pratinjau cetak membaca {document.pageCount()} halaman, bukan 2"
    if document.render(0, QSize(330, 234)).isNull():
        return "halaman leaflet tidak dapat digambar untuk pratinjau cetak"
    return None


def _check_encryption(scratch: Path) -> str | None:
    from desktop.domain.errors import DatabaseLocked
    from desktop.storage import keystore
    from desktop.storage.db import is_plain_sqlite

    paths = DataPaths.resolve(scratch / "terenkripsi")
    keystore.new_protection(paths, SELF_TEST_PASSPHRASE)
    for step in ("write", "read"):
        key = keystore.unlock(paths, SELF_TEST_PASSPHRASE)
        installation = Installation(paths, key, new=step == "write")
        installation.open()
        try:
            if step == "write":
                profile_store.save_profile(SELF_TEST_VILLAGE)
            elif profile_store.load_profile() != SELF_TEST_VILLAGE:
                return "isi basis data terenkripsi terbaca salah"
        finally:
            installation.close()
    if is_plain_sqlite(paths.database):
        return "basis data tersimpan tanpa enkripsi"
    stranger = Installation(paths, keystore.make_recovery().key)
    try:
        stranger.open()
    except (DatabaseLocked, DatabaseDamaged):  # refused: the file does not open with that key
        return None
    stranger.close()
    return "basis data terbuka dengan kunci yang salah"


def _check_export_import(scratch: Path) -> str | None:
    """The way data travels: the office's key file to the village, the village's protected
    (signed and encrypted) export back to the office, held there as the village's first
    contact until the key is confirmed, as an officer does, then imported."""
    from datetime import date

    from desktop.domain.exchange import OfficeProfile, RejectReason
    from desktop.domain.incident import Incident, ReportType
    from desktop.domain.modus import Modus
    from desktop.exchange import keys
    from desktop.exchange.export import export_to_folder
    from desktop.exchange.merge import accept_held, import_paths
    from desktop.exchange.protection import held_villages
    from desktop.storage import exchange_settings, incidents
    from desktop.storage.area_index import open_area_index

    office_name = "Kantor Imigrasi (uji)"
    key_file = scratch / "kunci-kantor" / keys.office_key_file_name(office_name)
    stick = scratch / "flashdisk"
    key_file.parent.mkdir()
    stick.mkdir()
    office = Installation(DataPaths.resolve(scratch / "kantor"), UNPROTECTED)
    village = Installation(DataPaths.resolve(scratch / "desa"), UNPROTECTED)
    office.open()
    try:
        exchange_settings.save_office(OfficeProfile(office_name, ("15.02",)))
        key_file.write_bytes(keys.office_key_file_bytes(office_name, keys.ensure_office_key()))
    finally:
        office.close()
    village.open()
    try:
        profile_store.save_profile(SELF_TEST_VILLAGE)
        keys.import_office_key(keys.read_office_key_file(key_file))
        record = Incident(
            report_type=ReportType.SUSPICIOUS_OFFER,
            reported_on=date(2026, 1, 5),
            modus=Modus.NON_PROCEDURAL_JOB,
            summary="Pemeriksaan mandiri",
        )
        incidents.save_incident(record, author_name="Pemeriksaan mandiri")
        export_to_folder(stick)
    finally:
        village.close()
    office.open()
    index = open_area_index(resource_path("wilayah"), scratch / "cache")
    try:
        (first,) = import_paths([stick], areas=index.chain).files
        (held,) = held_villages()
        results = accept_held(held.village_code, held.public_key, areas=index.chain)
    finally:
        index.close()
        office.close()
    if first.rejected is None or first.rejected.reason is not RejectReason.FIRST_CONTACT:
        return f"ekspor pertama desa tidak ditahan: {first}"
    if len(results) != 1 or not results[0].ok or results[0].counts.new != 1:
        return f"impor ekspor yang ditahan: {results}"
    return None


def _check_content_pack(_scratch: Path) -> str | None:
    """A content pack with the shipped content, signed with an office key (libsodium's
    Ed25519 point functions) and checked as a village checks it (every schema and parser)."""
    from datetime import UTC, datetime

    import nacl.public

    from desktop.domain.content_pack import ContentPack
    from desktop.exchange.pack_build import shipped_parts
    from desktop.exchange.wire import content_pack

    key = nacl.public.PrivateKey.generate()
    parts = shipped_parts()
    pack = ContentPack(
        office_name="Kantor Imigrasi (uji)",
        office_key=bytes(key.public_key),
        covers=("15.02",),
        number=1,
        created_at=datetime.now(UTC).replace(microsecond=0),
        hotlines=parts.hotlines,
        checklist=parts.checklist,
        material=parts.material,
    )
    data = content_pack.encode(pack, bytes(key))
    if content_pack.verify(data, bytes(key.public_key)).material != pack.material:
        return "isi paket terbaca lain daripada yang ditandatangani"
    return None


def _check_passphrase_strength(_scratch: Path) -> str | None:
    from desktop.passphrase_strength import judge

    if judge("kungkai2026", ["Kungkai"]).strength.acceptable:
        return "kata sandi yang memuat nama desa diterima"
    if not judge("kopi-sawah-merah-27").strength.acceptable:
        return "kata sandi yang kuat ditolak"
    return None


def _check_sorting(_scratch: Path) -> str | None:
    from PySide6.QtCore import QCollator, QCoreApplication, QLocale

    QCoreApplication.instance() or QCoreApplication([])
    collator = QCollator(QLocale(QLocale.Language.Indonesian))
    ordered = sorted(["zebra", "Ember", "bola", "Apel"], key=collator.sortKey)
    if ordered != ["Apel", "bola", "Ember", "zebra"]:
        return f"urutan abjad salah: {', '.join(ordered)}"
    return None


def run_self_test(data_dir: str | None) -> int:
    """Check an installation without a window. Never modifies the real data."""
    paths = DataPaths.resolve(data_dir)
    scratch = Path(tempfile.mkdtemp(prefix="siaga-selftest-"))
    checks = [
        ("Sumber daya aplikasi lengkap", lambda: _check_resources()),
        ("Kode wilayah terbaca", lambda: _check_area_codes(scratch)),
        ("Terjemahan dimuat", lambda: _check_translations(scratch)),
        ("Basis data dibuka dan dimigrasi (salinan)", lambda: _check_database(scratch, paths)),
        ("Leaflet PDF dibuat dan terbaca pratinjau cetak", lambda: _check_leaflet(scratch)),
        ("Basis data terenkripsi dibuat dan dibaca", lambda: _check_encryption(scratch)),
        ("Ekspor ditulis dan diimpor kembali", lambda: _check_export_import(scratch)),
        ("Paket isi ditandatangani dan diperiksa", lambda: _check_content_pack(scratch)),
        ("Urutan abjad (data ICU)", lambda: _check_sorting(scratch)),
        ("Kekuatan kata sandi dinilai", lambda: _check_passphrase_strength(scratch)),
    ]
    failures = 0
    try:
        for name, check in checks:
            try:
                problem = check()
            except Exception as exc:
                problem = f"{type(exc).__name__}: {exc}"
            if problem:
                failures += 1
                print(f"GAGAL  {name}: {problem}")
            else:
                print(f"OK     {name}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(_summary(len(checks), failures))
    return 1 if failures else 0


def _summary(total: int, failures: int) -> str:
    if failures:
        return f"{failures} dari {total} pemeriksaan gagal."
    return f"Semua {total} pemeriksaan berhasil (Siaga TPPO {__version__})."
