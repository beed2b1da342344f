"""The command line's words for the expected errors that end a command: the disk (full, in use,
gone, failing), damaged or missing data, a backup or restore that could not be made. In
Indonesian, like the rest of the command line (the window's words are in ui/errors.py)."""

from __future__ import annotations

from desktop.domain import errors as e


def _size(count: int) -> str:
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if count >= size:
            return f"{count / size:.1f} {unit}".replace(".", ",")
    return f"{count} byte"


def disk_text(
    problem: e.DiskProblem, where: str, free: int | None = None, needed: int | None = None
) -> str:
    if problem is e.DiskProblem.FULL:
        amounts = (
            f": hanya {_size(free)} yang kosong, padahal diperlukan paling sedikit {_size(needed)}"
            if free is not None and needed is not None and needed > free
            else ""
        )
        return (
            f"Disk {where} penuh{amounts}. Hapus atau pindahkan berkas yang tidak diperlukan "
            "lagi, lalu coba lagi."
        )
    if problem is e.DiskProblem.READ_ONLY:
        return (
            f"Tidak ada yang boleh ditulis di {where}: disknya dikunci dari penulisan, atau akun "
            "ini tidak boleh mengubah folder itu."
        )
    if problem is e.DiskProblem.IN_USE:
        return (
            "Berkas data sedang dipakai program lain (misalnya Siaga TPPO yang sedang terbuka). "
            "Tutup program itu, lalu coba lagi."
        )
    if problem is e.DiskProblem.VANISHED:
        return f"Drive atau folder {where} tidak ada lagi. Pasang kembali, lalu coba lagi."
    return (
        f"Disk {where} melaporkan kesalahan saat membaca atau menulis; mungkin disk itu mulai "
        "rusak."
    )


def _where(path) -> str:
    return path.drive or str(path.parent)


def describe(exc: e.SiagaError) -> str | None:
    """The message for ``exc``, or None when it is not one of these errors."""
    if isinstance(exc, e.DiskError):
        cause = disk_text(exc.problem, _where(exc.path), exc.free_bytes, exc.needed_bytes)
        if isinstance(exc, e.DatabaseUnavailable):
            return f"Data belum dapat dibuka. {cause} Data tidak rusak dan tidak diubah."
        return f"Tidak dapat disimpan. {cause} Tidak ada yang tertulis; data sebelumnya tetap."
    if isinstance(exc, e.DatabaseDamaged):
        return (
            f"Berkas data {exc.path} rusak dan tidak dibuka. Berkas itu tidak diubah. Buka "
            "aplikasi untuk memulihkan cadangan baik terbaru."
        )
    if isinstance(exc, e.DatabaseMissing):
        return (
            f"Berkas data {exc.path} tidak ada, padahal berkas kuncinya ada. Tidak ada yang dibuat "
            "sebagai gantinya. Bila dipindahkan, kembalikan; atau buka aplikasi untuk memulihkan "
            "cadangan."
        )
    if isinstance(exc, e.BackupFailed | e.RestoreFailed):
        what = (
            "Cadangan tidak dapat dibuat."
            if isinstance(exc, e.BackupFailed)
            else ("Cadangan tidak dapat dipulihkan.")
        )
        cause = (
            disk_text(exc.problem, _where(exc.path), exc.free_bytes, exc.needed_bytes)
            if exc.problem is not None
            else ""
        )
        return f"{what} {cause} Data tidak diubah.".replace("  ", " ")
    return None
