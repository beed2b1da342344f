"""Every user-visible string has an Indonesian translation, and the shipped .qm is current."""

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_update", ROOT / "resources/i18n/update.py")
i18n = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n)


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """The committed .ts brought up to date with the code, as lupdate sees it now."""
    ts = tmp_path_factory.mktemp("i18n") / "siaga_id.ts"
    shutil.copy(i18n.ts_path("id"), ts)
    i18n.lupdate(ts)
    return ts


def test_every_string_in_the_code_has_an_indonesian_translation(fresh_ts):
    missing = i18n.untranslated(fresh_ts)
    assert not missing, (
        "untranslated (run: python resources/i18n/update.py --list, then translate): "
        f"{missing[:10]}"
    )


def test_committed_ts_matches_the_code(fresh_ts):
    assert fresh_ts.read_text(encoding="utf-8") == i18n.ts_path("id").read_text(encoding="utf-8")


def test_shipped_qm_is_built_from_the_committed_ts(tmp_path):
    qm = tmp_path / "siaga_id.qm"
    i18n.lrelease(i18n.ts_path("id"), qm)
    assert qm.read_bytes() == i18n.ts_path("id").with_suffix(".qm").read_bytes()


def test_translations_keep_every_placeholder(fresh_ts):
    for context, source, translation in i18n.messages(fresh_ts):
        placeholders = sorted(re.findall(r"\{\w+\}", source))
        assert sorted(re.findall(r"\{\w+\}", translation.text or "")) == placeholders, (
            context,
            source,
        )


def test_qt_s_own_words_are_all_translated_and_their_qm_is_current(tmp_path):
    ts = i18n.qt_ts_path("qtbase", "id")
    assert not i18n.untranslated(ts)
    for context, source, translation in i18n.messages(ts):
        assert sorted(re.findall(r"%\d", source)) == sorted(
            re.findall(r"%\d", translation.text or "")
        ), (context, source)
    qm = tmp_path / "qtbase_id.qm"
    i18n.lrelease(ts, qm)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes()
