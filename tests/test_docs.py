"""The documents where readers look: a short README that starts with the two set-up commands,
and docs/ whose every named file exists and whose every link stays inside the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
RUN_COMMAND = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/siaga-tppo"
TEST_SETUP = "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]'"
TEST_RUN = ".venv/bin/python -m pytest"
README_LIMIT = 5 * 1024

# A path into the repository named in a document, e.g. `desktop/ui/tasks.py` or
# resources/checklists/cek-tawaran-kerja-v*.json ("*" stands for what varies).
_NAMED = re.compile(r"(?<![\w./-])((?:desktop|tests|resources|installer|docs)/[\w./*-]*[\w*/])")
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
_OUTSIDE = re.compile(r"/work/|\.\./shared|shared/research|ARCHITECTURE\.md")


def _documents() -> list[Path]:
    return [
        README,
        *sorted((ROOT / "docs").rglob("*.md")),
        *sorted((ROOT / "resources" / "manual").rglob("*.md")),
    ]


def _code_blocks(text: str) -> list[str]:
    return re.findall(r"```\w*\n(.*?)```", text, re.S)


def test_the_readme_is_short():
    size = len(README.read_bytes())
    assert size <= README_LIMIT, f"README.md is {size} bytes: move the detail into docs/"


def test_the_readme_starts_with_the_two_commands_for_a_fresh_machine():
    text = README.read_text(encoding="utf-8")
    blocks = [b.strip() for b in _code_blocks(text)]
    assert blocks[:2] == [RUN_COMMAND, f"{TEST_SETUP} && {TEST_RUN}"]
    assert text.index(RUN_COMMAND) < 400  # first, before anything else is explained


def test_ci_runs_the_readme_s_test_command():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    setup = run.index(TEST_SETUP)
    assert run.index(f"\n{TEST_RUN}\n", setup) > setup


def test_every_file_a_document_names_exists():
    missing = []
    for document in _documents():
        for named in _NAMED.findall(document.read_text(encoding="utf-8")):
            if not any(ROOT.glob(named.rstrip("/"))):
                missing.append(f"{document.relative_to(ROOT)}: {named}")
    assert missing == []


def test_every_link_leads_to_a_file_inside_the_repository():
    broken = []
    for document in _documents():
        for target in _LINK.findall(document.read_text(encoding="utf-8")):
            path = (document.parent / target.split("#")[0]).resolve()
            if target.startswith(("http://", "https://")) or not path.is_relative_to(ROOT):
                broken.append(f"{document.relative_to(ROOT)}: {target} leaves the repository")
            elif not path.exists():
                broken.append(f"{document.relative_to(ROOT)}: {target} does not exist")
    assert broken == []


def test_no_document_refers_outside_the_repository():
    for document in _documents():
        found = _OUTSIDE.findall(document.read_text(encoding="utf-8"))
        assert found == [], document.relative_to(ROOT)


def test_the_readme_points_to_every_developer_document():
    text = README.read_text(encoding="utf-8")
    for document in sorted((ROOT / "docs" / "dev").glob("*.md")):
        assert f"docs/dev/{document.name}" in text, document.name
    assert "docs/manual/id" in text
