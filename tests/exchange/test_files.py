"""Writing to a stick: full, read-only, pulled out, or read back wrong. Never half a file, and
the database unchanged."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop.domain.exchange import ExportRejected, ExportWriteFailed, RejectReason, WriteProblem
from desktop.exchange.export import export_to_folder
from desktop.exchange.wire import files
from desktop.exchange.wire.files import read_limited, write_verified
from desktop.storage import audit, outbox_store
from tests.exchange.conftest import incident, opened, save


def test_a_good_write_leaves_exactly_the_file(tmp_path: Path):
    path = write_verified(tmp_path, "ekspor.json", b"x" * 3_000_000)
    assert path.read_bytes() == b"x" * 3_000_000
    assert [p.name for p in tmp_path.iterdir()] == ["ekspor.json"]


def test_a_file_written_in_pieces_takes_its_name_only_when_finished_and_checked(tmp_path):
    with files.VerifiedFile(tmp_path, "ekspor.siaga") as out:
        for n in range(3):
            out.write(bytes([65 + n]) * files.CHUNK)
        (temporary,) = tmp_path.iterdir()  # hidden while it is written
        assert temporary.name.startswith(".") and temporary.name.endswith(".sementara")
        path = out.finish()
    assert path.read_bytes() == b"A" * files.CHUNK + b"B" * files.CHUNK + b"C" * files.CHUNK
    assert list(tmp_path.iterdir()) == [path]


def test_a_file_left_unfinished_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError), files.VerifiedFile(tmp_path, "ekspor.siaga") as out:
        out.write(b"half of it")
        raise RuntimeError("the build failed")
    with files.VerifiedFile(tmp_path, "ekspor.siaga") as out:
        out.write(b"never finished")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_changed_on_the_stick_is_not_verified(tmp_path, monkeypatch):
    real = files.VerifiedFile._finish

    def tampered(self):
        os.write(self._fd, b"!")  # the stick holds a byte that was not given to write
        real(self)

    monkeypatch.setattr(files.VerifiedFile, "_finish", tampered)
    with pytest.raises(ExportWriteFailed) as caught, files.VerifiedFile(tmp_path, "x") as out:
        out.write(b"data")
        out.finish()
    assert caught.value.problem is WriteProblem.NOT_VERIFIED
    assert list(tmp_path.iterdir()) == []


def test_an_export_whose_outbox_copy_cannot_be_written_leaves_neither_copy(
    village_paths, tmp_path, monkeypatch
):
    usb = tmp_path / "usb"
    usb.mkdir()
    outbox = village_paths.root / "kotak-keluar"
    real = files.VerifiedFile._write

    def outbox_full(self, piece):
        if self.folder == outbox:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(self, piece)

    monkeypatch.setattr(files.VerifiedFile, "_write", outbox_full)
    with opened(village_paths):
        save(incident())
        with pytest.raises(ExportWriteFailed) as caught:
            export_to_folder(usb, outbox=outbox)
        assert outbox_store.list_exports() == []
        assert outbox_store.unfinished_exports() == []  # given up, its number kept
        assert audit.list_events(1)[0].kind == "ekspor_batal"
    assert caught.value.problem is WriteProblem.FULL and caught.value.folder == outbox
    assert list(usb.iterdir()) == [] and list(outbox.iterdir()) == []


def fail_writes(monkeypatch, code: int, after: int = 1) -> dict:
    """Make os.write fail with ``code`` after ``after`` good writes, until ``on`` is cleared."""
    real = os.write
    state = {"n": 0, "on": True}

    def write(fd, data):
        state["n"] += 1
        if state["on"] and state["n"] > after:
            raise OSError(code, os.strerror(code))
        return real(fd, data)

    monkeypatch.setattr(files.os, "write", write)
    return state


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        (errno.ENOSPC, WriteProblem.FULL),
        (errno.EROFS, WriteProblem.READ_ONLY),
        (errno.EIO, WriteProblem.VANISHED),
    ],
)
def test_a_failing_write_raises_its_kind_and_leaves_nothing(tmp_path, monkeypatch, code, problem):
    fail_writes(monkeypatch, code)
    with pytest.raises(ExportWriteFailed) as caught:
        write_verified(tmp_path, "ekspor.json", b"x" * (3 * files.CHUNK))
    assert caught.value.problem is problem
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_at_fsync_leaves_nothing(tmp_path, monkeypatch):
    def fsync(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", fsync)
    with pytest.raises(ExportWriteFailed) as caught:
        write_verified(tmp_path, "ekspor.json", b"data")
    assert caught.value.problem is WriteProblem.FULL
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_is_reported_as_read_only(tmp_path, monkeypatch):
    # Tests run as root, where chmod does not stop writing: refuse the open as the OS would.
    def refuse(path, flags, mode=0o777):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(files.os, "open", refuse)
    with pytest.raises(ExportWriteFailed) as caught:
        write_verified(tmp_path, "ekspor.json", b"data")
    assert caught.value.problem is WriteProblem.READ_ONLY


def test_a_stick_pulled_out_before_writing_is_reported_as_gone(tmp_path):
    with pytest.raises(ExportWriteFailed) as caught:
        write_verified(tmp_path / "flashdisk", "ekspor.json", b"data")
    assert caught.value.problem is WriteProblem.VANISHED


def test_a_file_that_reads_back_differently_is_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "_reads_back_the_same", lambda path, data: False)
    with pytest.raises(ExportWriteFailed) as caught:
        write_verified(tmp_path, "ekspor.json", b"data")
    assert caught.value.problem is WriteProblem.NOT_VERIFIED
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_leaves_no_file_nor_export_and_its_number_is_never_used_again(
    village_paths, tmp_path, monkeypatch
):
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(village_paths):
        save(incident())
        failing = fail_writes(monkeypatch, errno.ENOSPC, after=0)
        with pytest.raises(ExportWriteFailed):
            export_to_folder(usb)
        failing["on"] = False
        assert outbox_store.list_exports() == []
        assert list(usb.iterdir()) == []
        kinds = [e.kind for e in audit.list_events(5)]
        done = export_to_folder(usb)
    assert kinds[:2] == ["ekspor_batal", "ekspor_dimulai"]  # the try is in the audit trail
    assert done.entry.sequence == 2
    assert [p.name for p in usb.iterdir()] == [done.path.name]


def test_a_csv_that_cannot_be_written_takes_the_json_with_it(village_paths, tmp_path, monkeypatch):
    from desktop.exchange.csv_export import COLUMNS, CsvWording

    usb = tmp_path / "usb"
    usb.mkdir()
    real = files.write_verified

    def json_only(folder, name, data):
        if name.endswith(".csv"):
            raise ExportWriteFailed(WriteProblem.FULL, folder)
        return real(folder, name, data)

    monkeypatch.setattr("desktop.exchange.export.write_verified", json_only)
    wording = CsvWording({c: c for c in COLUMNS}, lambda column, raw: raw)
    with opened(village_paths):
        save(incident())
        with pytest.raises(ExportWriteFailed):
            export_to_folder(usb, csv_wording=wording, unencrypted=True)
        assert outbox_store.list_exports() == []
    assert list(usb.iterdir()) == []


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path, monkeypatch):
    big = tmp_path / "besar.json"
    with open(big, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # 200 MB, sparse: no disk needed
    monkeypatch.setattr(
        "builtins.open", lambda *a, **k: pytest.fail("read a file that is too large")
    )
    with pytest.raises(ExportRejected) as caught:
        read_limited(big)
    assert caught.value.reason is RejectReason.TOO_LARGE


def test_a_file_that_cannot_be_read_says_so(tmp_path):
    with pytest.raises(ExportRejected) as caught:
        read_limited(tmp_path / "tidak-ada.json")
    assert caught.value.reason is RejectReason.UNREADABLE
