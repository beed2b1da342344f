"""A village's identity is fixed: init never changes its code, made-up data never becomes a real
village's, and a real code change is one explicit, signed, audited act (issue 12)."""

from __future__ import annotations

import pytest

from desktop.cli.outcome import ExitCode
from desktop.cli.run import main
from desktop.paths import DataPaths
from desktop.storage import keystore, profile_store
from desktop.storage.db import UNPROTECTED, is_plain_sqlite
from desktop.storage.installation import Installation

PASSPHRASE = "kebun-kopi-di-bukit-7"


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)


def opened(folder) -> Installation:
    paths = DataPaths.resolve(folder)
    key = keystore.unlock(paths, PASSPHRASE) if keystore.has_key_file(paths) else UNPROTECTED
    inst = Installation(paths, key)
    inst.open()
    return inst


def init(folder, code="15.02.02.2004", head="Siti Aminah") -> int:
    return main(["init", "--data-dir", str(folder), "--village", code, "--head", head])


def profile_of(folder):
    inst = opened(folder)
    try:
        return profile_store.load_profile()
    finally:
        inst.close()


def test_init_again_with_the_same_code_is_allowed_for_scripted_reruns(tmp_path, monkeypatch):
    folder = tmp_path / "desa"
    assert init(folder) == ExitCode.OK
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    assert init(folder, head="Hasan Basri") == ExitCode.OK
    assert profile_of(folder).head_name == "Hasan Basri"


def test_init_with_another_code_on_a_set_up_folder_is_refused_and_writes_nothing(
    tmp_path, monkeypatch, capsys
):
    folder = tmp_path / "desa"
    assert init(folder) == ExitCode.OK
    capsys.readouterr()
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    assert init(folder, code="15.02.02.2008", head="Orang Lain") == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "15.02.02.2004" in err and "change-code" in err and "Tidak ada yang ditulis" in err
    held = profile_of(folder)
    assert (held.village_code, held.head_name) == ("15.02.02.2004", "Siti Aminah")


def test_a_training_folder_never_becomes_a_real_village(tmp_path, capsys):
    folder = tmp_path / "latihan"
    assert main(["demo-data", "--data-dir", str(folder), "--incidents", "5"]) == ExitCode.OK
    capsys.readouterr()
    assert init(folder) == ExitCode.USAGE
    assert "data latihan" in capsys.readouterr().err
    assert not keystore.has_key_file(DataPaths.resolve(folder))  # no passphrase was set
    assert is_plain_sqlite(DataPaths.resolve(folder).database)  # nothing was encrypted
    assert profile_of(folder).training


def test_a_folder_holding_made_up_records_never_becomes_a_real_village(tmp_path, capsys):
    from desktop.storage import incidents

    folder = tmp_path / "lama"
    inst = opened(folder)  # an earlier version's unencrypted folder, no profile yet
    try:
        incidents.add_demo_records(3)
    finally:
        inst.close()
    assert init(folder) == ExitCode.USAGE
    assert "data latihan" in capsys.readouterr().err
    assert profile_of(folder) is None


def test_an_office_folder_never_becomes_a_village(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "kantor"
    args = ["init", "--data-dir", str(folder), "--office", "Kantor Imigrasi Kerinci"]
    assert main([*args, "--covers", "15.02"]) == ExitCode.OK
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert init(folder) == ExitCode.USAGE
    assert "kantor imigrasi" in capsys.readouterr().err
    assert profile_of(folder) is None


def test_the_stored_profile_keeps_its_code_and_its_kind(installation):
    from dataclasses import replace

    from desktop.domain.profile import IdentityFixed
    from tests.exchange.conftest import KUNGKAI

    profile_store.save_profile(KUNGKAI)
    profile_store.save_profile(replace(KUNGKAI, head_name="Hasan Basri"))
    for other in (replace(KUNGKAI, village_code="15.02.02.2008"), replace(KUNGKAI, training=True)):
        with pytest.raises(IdentityFixed):
            profile_store.save_profile(other)
    assert profile_store.load_profile() == replace(KUNGKAI, head_name="Hasan Basri")


def test_a_real_code_change_is_signed_by_the_village_key_audited_and_exported(
    tmp_path, monkeypatch, capsys
):
    from desktop.domain.security import AuditKind
    from desktop.exchange import keys
    from desktop.exchange.identity import signed_by
    from desktop.storage import audit

    folder = tmp_path / "desa"
    assert init(folder) == ExitCode.OK
    capsys.readouterr()
    change = ["change-code", "--data-dir", str(folder), "--village", "15.02.02.2008"]
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    assert main([*change, "--reason", "Pemekaran desa (Perda Merangin 2026)"]) == ExitCode.OK
    assert "Kungkai (15.02.02.2004) menjadi Mudo" in capsys.readouterr().out
    inst = opened(folder)
    try:
        profile = profile_store.load_profile()
        (made,) = profile_store.code_changes()
        public = bytes(keys.signing_key().verify_key)
        events = [
            e for e in audit.list_events(50) if e.kind == AuditKind.VILLAGE_CODE_CHANGED.value
        ]
    finally:
        inst.close()
    assert (profile.village_code, profile.village_name, profile.head_name) == (
        "15.02.02.2008",
        "Mudo",
        "Siti Aminah",
    )
    assert (made.old_code, made.new_code) == ("15.02.02.2004", "15.02.02.2008")
    assert made.reason == "Pemekaran desa (Perda Merangin 2026)" and signed_by(made, public)
    assert len(events) == 1 and events[0].detail["to"] == "15.02.02.2008"
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    assert init(folder, code="15.02.02.2008") == ExitCode.OK  # the new code is now the fixed one


@pytest.mark.parametrize(
    ("code", "reason", "says"),
    [
        ("15.02.02.2004", "Pemekaran", "sudah kode desa ini"),
        ("15.02.02.9999", "Pemekaran", "bukan desa/kelurahan"),
        ("15.02.02.2008", "   ", "alasan wajib"),
    ],
)
def test_a_code_change_that_cannot_be_made_writes_nothing(
    tmp_path, monkeypatch, capsys, code, reason, says
):
    folder = tmp_path / "desa"
    assert init(folder) == ExitCode.OK
    capsys.readouterr()
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    args = ["change-code", "--data-dir", str(folder), "--village", code, "--reason", reason]
    assert main(args) == ExitCode.USAGE
    assert says in capsys.readouterr().err
    assert profile_of(folder).village_code == "15.02.02.2004"
