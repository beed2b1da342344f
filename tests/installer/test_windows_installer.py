"""The Windows installer's script, as far as it can be read on Linux. CI builds and runs the
installer itself under Wine (installer/windows/build-under-wine.sh, called by .ci/run)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import desktop
from tests.installer.installer_modules import load

build = load("build")
ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "siaga-tppo.iss"
WINDOWS = ROOT / "installer" / "windows"


def sections(text: str) -> dict[str, list[str]]:
    """Inno Setup script sections -> their lines, without comments and blank lines."""
    found: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            found.setdefault(current, [])
        else:
            found.setdefault(current, []).append(line)
    return found


@pytest.fixture(scope="module")
def script() -> dict[str, list[str]]:
    return sections(ISS.read_text(encoding="utf-8"))


def setup_value(script, name: str) -> str:
    values = [line.split("=", 1)[1] for line in script["Setup"] if line.startswith(name + "=")]
    assert len(values) == 1, f"{name} must be set once in [Setup]"
    return values[0]


def test_installs_per_user_without_administrator_rights(script):
    assert setup_value(script, "PrivilegesRequired") == "lowest"
    assert setup_value(script, "DefaultDirName") == "{#ProgramsDir}\\{#AppName}"
    # {autopf} unless the build says otherwise (under Wine, which cannot expand it).
    assert '#ifndef ProgramsDir\n  #define ProgramsDir "{autopf}"' in ISS.read_text(
        encoding="utf-8"
    )


def test_refuses_windows_older_than_10_1809(script):
    assert setup_value(script, "MinVersion") == "10.0.17763"
    assert setup_value(script, "ArchitecturesAllowed") == "x64compatible"


def test_speaks_indonesian_only_with_the_committed_messages(script):
    languages = script["Languages"]
    assert len(languages) == 1
    assert 'Name: "id"' in languages[0]
    assert 'MessagesFile: "{#IndonesianIsl}"' in languages[0]
    default = re.search(r'#define IndonesianIsl "([^"]+)"', ISS.read_text(encoding="utf-8"))
    isl = ISS.parent / default.group(1).replace("\\", "/")  # relative to the script, as ISCC
    messages = isl.read_text(encoding="utf-8-sig")
    assert "LanguageID=$0421" in messages and "*** Inno Setup version 6.4.0+" in messages
    assert "SetupAppTitle=Instalasi" in messages
    licence = (WINDOWS / "Indonesian.isl.LICENSE.txt").read_text(encoding="utf-8")
    assert "is-6_4_1" in licence and "Inno Setup License" in licence


def test_start_menu_and_optional_desktop_shortcut_start_the_windowed_exe(script):
    gui = "{app}\\{#AppExe}"
    assert '#define AppExe "SiagaTPPO.exe"' in ISS.read_text(encoding="utf-8")
    icons = script["Icons"]
    assert any(line.startswith('Name: "{group}\\{#AppName}"') and gui in line for line in icons)
    desktop_icon = [line for line in icons if "{autodesktop}" in line]
    assert len(desktop_icon) == 1 and "Tasks: desktopicon" in desktop_icon[0]
    assert any(line.startswith('Name: "desktopicon"') for line in script["Tasks"])


def test_never_removes_the_data_folder(script):
    """Data lives in %LOCALAPPDATA%\\SiagaTPPO (platformdirs), the program in {app}: nothing
    the installer deletes can reach it."""
    assert "UninstallDelete" not in script
    deleted = script.get("InstallDelete", [])
    assert deleted == ['Type: filesandordirs; Name: "{app}\\_internal"']
    from desktop.paths import APP_DIR_NAME

    assert APP_DIR_NAME == "SiagaTPPO"
    assert "{app}" in setup_value(script, "UninstallDisplayIcon")


def test_version_comes_from_pyproject():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert build.project_version() == version
    assert desktop.__version__ == version  # the app reports the version it was installed as
    command = build.iscc_command(Path("ISCC.exe"), version, Path("b"), Path("d"))
    assert f"/DAppVersion={version}" in command
    assert command[-1] == str(ISS)
    assert not [part for part in command if part.startswith("/DProgramsDir")]
    wine = build.iscc_command(Path("ISCC.exe"), version, Path("b"), Path("d"), "{localappdata}")
    assert "/DProgramsDir={localappdata}" in wine and wine[-1] == str(ISS)
    text = ISS.read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in text and "#error" in text


def test_app_id_never_changes(script):
    """Windows recognises an upgrade of the same app by its AppId."""
    assert setup_value(script, "AppId") == "{{08B4E9FB-DC74-4735-A6A8-E8659CD183AA}"


def test_windows_version_resource_has_the_version(tmp_path):
    """PyInstaller evaluates the file with its version-resource classes (which need pefile, a
    Windows-only dependency); here they are stand-ins that record their arguments."""

    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo"
    namespace = {name: record(name) for name in (*names.split(), "VarStruct")}
    info = eval(build.windows_version_file("1.2.3"), namespace)  # the build's own text
    kind, _, fields = info
    assert kind == "VSVersionInfo"
    ffi = fields["ffi"][2]
    assert ffi["filevers"] == ffi["prodvers"] == (1, 2, 3, 0)
    strings = dict(s[1] for s in fields["kids"][0][1][0][0][1][1])
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "SiagaTPPO.exe"


def test_ci_builds_and_runs_the_windows_installer_under_wine():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "installer/windows/build-under-wine.sh" in ci
    chain = (WINDOWS / "build-under-wine.sh").read_text(encoding="utf-8")
    assert "--installer --programs-dir '{localappdata}\\Programs'" in chain
    for step in ("self-test", "--check-start", "init --village", "unins000.exe", "folder_acl.py"):
        assert step in chain, step
    assert "apt-get install" in chain  # a clean CI machine gets its tools from the script
