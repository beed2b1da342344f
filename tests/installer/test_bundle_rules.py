"""The pruning rules of the frozen bundle never take away what the app uses (no PyInstaller)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.resources import REQUIRED_RESOURCES
from tests.installer.installer_modules import load

rules = load("bundle_rules")
ROOT = Path(__file__).resolve().parents[2]


def imported_modules() -> dict[str, str]:
    """Every absolute import in desktop/, including those inside functions: name -> file."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                found.setdefault(name, str(path.relative_to(ROOT)))
    return found


def within(name: str, modules) -> bool:
    return any(name == m or name.startswith(m + ".") for m in modules)


def test_no_module_the_app_imports_is_excluded():
    server_files = {f"{m.replace('.', '/')}.py" for m in rules.SERVER_ONLY_MODULES}
    wrongly = {
        name: where
        for name, where in imported_modules().items()
        if within(name, rules.EXCLUDED_MODULES)
        and not within(name, rules.SERVER_ONLY_MODULES)
        and where not in server_files
    }
    assert not wrongly, f"excluded from the bundle but imported: {wrongly}"


def test_every_qt_module_the_app_imports_is_kept_with_its_library():
    used = {
        name.split(".")[1]
        for name in imported_modules()
        if name.startswith("PySide6.Qt") and name.count(".") >= 1
    }
    assert used <= set(rules.QT_MODULES), f"add to QT_MODULES: {used - set(rules.QT_MODULES)}"
    for module in rules.QT_MODULES:
        assert module not in rules.PYSIDE6_BINDINGS
        short = module.removeprefix("Qt")
        for dest in (f"PySide6/Qt/lib/libQt6{short}.so.6", f"PySide6/Qt6{short}.dll"):
            assert rules.keep(dest), dest


def test_leaflets_get_the_barcode_modules_reportlab_imports_by_name():
    package = ROOT / "desktop" / "printing" / "leaflets"
    leaflets = "".join(p.read_text(encoding="utf-8") for p in package.glob("*.py"))
    assert "reportlab.graphics.barcode" in leaflets
    assert "reportlab.graphics.barcode" in rules.HIDDEN_IMPORT_PACKAGES


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_id.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_en.qm", False),
        ("PySide6\\translations\\qt_ja.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qoffscreen.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6\\plugins\\tls\\qschannelbackend.dll", True),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", True),
        ("PySide6\\plugins\\networkinformation\\qnetworklistmanager.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt6Quick.dll", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/lib/libQt6DBus.so.6", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/tls/libqcertonlybackend.so", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt6Pdf.dll", True),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6/Qt6Gui.dll", True),
    ],
)
def test_pruning_keeps_what_the_app_needs(dest, kept):
    assert rules.keep(dest) is kept


def test_resources_are_bundled_without_developer_files():
    datas = rules.resource_datas(ROOT)
    bundled = {Path(dest, Path(source).name).as_posix() for source, dest in datas}
    for parts in REQUIRED_RESOURCES:
        assert Path("resources", *parts).as_posix() in bundled
    assert not [name for name in bundled if name.endswith((".ts", ".py", ".pyc"))]
    # what only the build and developers read
    assert not [name for name in bundled if name.endswith((".yaml", ".svg", ".ico"))]
    assert "resources/manual/id/01-memulai.md" in bundled
    assert "resources/i18n/siaga_id.qm" in bundled


def test_reachable_leaves_out_system_libraries_and_what_only_they_need():
    graph = {
        "/venv/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/venv/libQt6Gui.so.6": ["libfontconfig.so.1", "libQt6Core.so.6"],
        "/venv/libQt6Core.so.6": ["libicuuc.so.73"],
        "/venv/libicuuc.so.73": [],
        "/sys/libfontconfig.so.1": ["libexpat.so.1", "libuuid.so.1"],
        "/sys/libexpat.so.1": [],
        "/sys/libuuid.so.1": [],
        "/sys/libunused.so.1": [],
        "/venv/plugins/libqxcb.so": ["libQt6Gui.so.6"],
    }
    binaries = [
        ("PySide6/QtGui.abi3.so", "/venv/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/venv/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/venv/libicuuc.so.73", "BINARY"),
        ("libfontconfig.so.1", "/sys/libfontconfig.so.1", "BINARY"),
        ("libexpat.so.1", "/sys/libexpat.so.1", "BINARY"),
        ("libuuid.so.1", "/sys/libuuid.so.1", "BINARY"),
        ("libunused.so.1", "/sys/libunused.so.1", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/venv/plugins/libqxcb.so", "BINARY"),
    ]
    kept = [dest for dest, _, _ in rules.reachable(binaries, needed=graph.__getitem__)]
    assert kept == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libicuuc.so.73",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
    ]
