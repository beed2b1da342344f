"""The command line speaks from the window's catalogue (desktop/catalogue.py reads the shipped
.qm without Qt), in the same Indonesian as before and in the window's words where both say the
same thing."""

import xml.etree.ElementTree as ET
from pathlib import Path

from desktop import catalogue
from desktop.cli.errors import describe
from desktop.cli.unlock import strength_problem
from desktop.domain import errors as e
from desktop.domain.security import StrengthHint
from desktop.passphrase_strength import HINTS, HINTS_CONTEXT

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "siaga_id.ts"


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                yield name, message.findtext("source"), message.findtext("translation")


def test_every_translation_is_read_from_the_compiled_catalogue_as_qt_reads_it():
    read = catalogue.Catalogue(catalogue.resource_path("i18n", catalogue.CATALOGUE).read_bytes())
    messages = list(_messages())
    assert len(messages) > 1000
    wrong = [(c, s) for c, s, t in messages if read.lookup(c, s) != t]
    assert wrong == []
    assert read.lookup("CommandLine", "Not a sentence of the app.") is None


def test_a_word_without_translation_is_said_as_written():
    assert catalogue.translate("CommandLine", "Not a sentence of the app.") == (
        "Not a sentence of the app."
    )


def test_the_command_line_s_disk_words_are_the_window_s_indonesian():
    full = e.StorageFailed(
        Path("/data/siaga.sqlite3"), e.DiskProblem.FULL, "", 5 * 1024**2, 64 * 1024**2
    )
    assert describe(full) == (
        "Ini tidak dapat disimpan. Disk /data penuh. Diperlukan ruang kosong paling sedikit "
        "64 MB; sekarang hanya ada 5 MB. Hapus atau pindahkan berkas yang tidak diperlukan lagi "
        "(misalnya unduhan atau video lama) dan kosongkan Recycle Bin. Tidak ada yang tertulis; "
        "yang sudah tersimpan sebelumnya tetap seperti semula."
    )
    backup = e.BackupFailed(Path("/data/cadangan/x"), "gagal")
    assert describe(backup) == "Cadangan tidak dapat dibuat. Data Anda tidak diubah."


def test_a_weak_passphrase_is_told_in_the_window_s_words():
    said = strength_problem("kungkai1980", ["Kungkai"])
    personal = catalogue.translate(HINTS_CONTEXT, HINTS[StrengthHint.PERSONAL])
    assert personal == (
        "Kata sandi memuat nama desa atau nama kepala desa, yang diketahui semua orang di sekitar."
    )
    assert personal in said


def test_the_passphrase_words_are_indonesian_from_the_catalogue():
    from desktop.domain.security import MIN_PASSPHRASE

    assert strength_problem("abc") == (
        f"Kata sandi terlalu pendek: paling sedikit {MIN_PASSPHRASE} huruf."
    )
    assert catalogue.translate("CommandLine", "Passphrase: ") == "Kata sandi: "


def test_without_its_catalogue_the_command_line_speaks_its_source_words(monkeypatch, tmp_path):
    monkeypatch.setattr(catalogue, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    catalogue._catalogue.cache_clear()
    try:
        assert catalogue.translate("CommandLine", "Passphrase: ") == "Passphrase: "
        (tmp_path / "i18n").mkdir()
        (tmp_path / "i18n" / catalogue.CATALOGUE).write_bytes(b"not a catalogue")
        catalogue._catalogue.cache_clear()
        assert catalogue.translate("CommandLine", "Passphrase: ") == "Passphrase: "
    finally:
        catalogue._catalogue.cache_clear()
