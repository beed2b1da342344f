"""What the frozen bundle keeps and what it leaves out: plain data and functions, no PyInstaller.

installer/siaga-tppo.spec applies these rules; tests/installer/ checks them against the modules
the app really imports, so pruning can never remove something a village office needs.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

APP_NAME = "siaga-tppo"  # the bundle folder and the executable (the command line's name)
WINDOWS_GUI_NAME = "SiagaTPPO"  # Windows only: the windowed executable the shortcuts start

# The Qt modules the app imports. QtPdf renders leaflet pages for the print preview; QtNetwork
# (QNetworkInformation: a hint to try sending) comes with its tls and networkinformation
# plugins. The QtDBus library stays too (Qt Gui links it), not its Python binding.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtNetwork")

# Every other PySide6 binding module is excluded, so that no hook pulls in its Qt libraries.
PYSIDE6_BINDINGS = (  # noqa: SIM905 (a word list reads better here)
    "Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtAsyncio QtBluetooth "
    "QtCanvasPainter QtCharts QtConcurrent QtDataVisualization QtDBus QtDesigner QtGraphs "
    "QtGraphsWidgets QtHelp QtHttpServer QtLocation QtMultimedia QtMultimediaWidgets "
    "QtNetworkAuth QtNfc QtOpenGL QtOpenGLWidgets QtPdfWidgets QtPositioning QtQml QtQuick "
    "QtQuick3D QtQuickControls2 QtQuickTest QtQuickWidgets QtRemoteObjects QtScxml QtSensors "
    "QtSerialBus QtSerialPort QtSpatialAudio QtSql QtStateMachine QtSvg QtSvgWidgets QtTest "
    "QtTextToSpeech QtUiTools QtWebChannel QtWebEngineCore QtWebEngineQuick QtWebEngineWidgets "
    "QtWebSockets QtWebView QtXml"
).split()

# The immigration office's upload receiver (siaga-tppo receive, the "office" extra) runs on a
# server installed with pip; the desktop bundle leaves it and its web stack out.
SERVER_ONLY_MODULES = ("desktop.exchange.receiver", "starlette", "uvicorn")

EXCLUDED_MODULES = (
    *(f"PySide6.{name}" for name in PYSIDE6_BINDINGS),
    # Python packages in the build environment that the app never imports.
    "tkinter",
    "_tkinter",
    # reportlab imports Pillow's core on start, and uses it only for bitmap images (the app's
    # PDFs have none). Pillow's optional codecs and bindings stay out (about 10 MB of
    # libraries: AVIF, WebP, colour management, FreeType/HarfBuzz); it works without them.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._imagingmath",
    "PIL._imagingmorph",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "pytest",
    "_pytest",
    "pytestqt",
    "pypdf",
    "ruff",
    "pygments",  # only reportlab.lib.pygments2xpre (code listings) imports it
    "pydoc_data",
    "lib2to3",
    "readline",  # no interactive Python prompt in the app
    # Only httpx's optional command-line tool (httpx._main) imports these; httpx works without.
    "click",
    "rich",
    "markdown_it",
    "mdurl",
    # East Asian text codecs: the app reads and writes UTF-8. (Shift-JIS, _codecs_jp, stays:
    # reportlab's QR encoder tries it for its Kanji mode.)
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_kr",
    "_codecs_tw",
    "_decimal",  # decimal falls back to the pure-Python _pydecimal (peewee only imports it)
    *SERVER_ONLY_MODULES,
)

# Submodules imported by name at run time, which PyInstaller's import analysis cannot see.
HIDDEN_IMPORT_PACKAGES = (
    # reportlab's barcode package fills its widget registry with dynamic imports; without
    # them importing barcode.qr fails with "No module named reportlab.graphics.barcode.code128".
    "reportlab.graphics.barcode",
)

# Modules imported from C code (invisible to the analysis): PyNaCl's compiled binding
# (nacl._sodium) imports cffi's runtime, _cffi_backend.
HIDDEN_IMPORTS = ("_cffi_backend",)

# Files of resources/ that are for developers, not for the app: scripts, translation sources,
# the receiver's API description (the receiver is not bundled), and the icon's source and its
# Windows .ico (built into the executables from resources/icons by the spec; the window's icon
# is the PNG).
DEVELOPER_FILES = re.compile(r"(^|/)(__pycache__/.*|[^/]+\.(py|pyc|ts|yaml|svg|ico))$")

# Qt translations: only Indonesian and English (qtbase_id does not exist yet; kept if it comes).
QT_TRANSLATION = re.compile(r"/translations/(?P<name>[^/]+)\.qm$")
QT_TRANSLATIONS_KEPT = re.compile(r"^(qt|qtbase)_(id|en)$")

# Qt plugins that serve nothing this app does. Kept: platforms xcb (X11, and XWayland in a
# Wayland session), offscreen, minimal, windows; printsupport (CUPS); tls (OpenSSL, Schannel);
# networkinformation; imageformats svg and ico (PNG is built into Qt Gui); iconengines;
# platformthemes (xdgdesktopportal); styles (Windows); platforminputcontexts compose/ibus
# (typing accents); xcbglintegrations.
DROPPED_PLUGINS = re.compile(
    r"/plugins/("
    # Embedded-device and remote platforms (no desktop session uses them).
    r"platforms/(lib)?q(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc|direct2d)\."
    # Native Wayland (3 MB with its libraries): without it Qt runs through XWayland, which
    # every Wayland desktop provides.
    r"|platforms/(lib)?qwayland\w*\."
    r"|wayland-[a-z-]+/"
    r"|egldeviceintegrations/"
    r"|generic/"
    # The on-screen keyboard is built on Qt Quick/QML (18 MB of libraries).
    r"|platforminputcontexts/(lib)?qtvirtualkeyboardplugin\."
    # The GTK theme would load the system's GTK on top of a bundled, older half of its stack
    # (cairo, pango, harfbuzz); Qt's own Fusion look and dialogs are used instead.
    r"|platformthemes/(lib)?qgtk3\."
    # Image formats the app never reads: it shows PNG (built into Qt Gui), SVG and ICO, and
    # renders PDF pages with QtPdf. (Without the JPEG plugin Qt's PDF and print output keeps
    # page images lossless, Flate-compressed.)
    r"|imageformats/(lib)?q(pdf|icns|tga|tiff|wbmp|webp|gif|jpeg)\."
    # TLS without OpenSSL (certificate handling only); the OpenSSL backend stays.
    r"|tls/(lib)?qcertonlybackend\."
    r")"
)

# Qt libraries of modules the app does not use (a binding's hook may still list them), and on
# Windows opengl32sw.dll (20 MB, Mesa's software OpenGL): Qt loads it only to make an OpenGL
# context when the graphics driver has none, and the app never makes one (QtOpenGL and
# QtOpenGLWidgets are excluded; widgets, the print preview and Qt PDF draw with the raster
# engine).
DROPPED_LIBRARIES = re.compile(
    r"(^|/)((lib)?Qt6(Quick|Qml|QmlModels|QmlMeta|QmlWorkerScript|OpenGL|VirtualKeyboard\w*|"
    r"EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|Designer|WebEngine\w*|"
    r"PdfQuick|Wayland\w*|WlShellIntegration)\b|opengl32sw\.dll$)"
)

# Linux: libraries every desktop system has and that must come from the system, not from the
# build machine: the AppImage project's exclude list (as vendored in linuxdeployqt's
# excludelist.h; e.g. a bundled libstdc++ older than the one the system's OpenGL driver needs
# breaks that driver), plus libcups (printing goes through the system's own CUPS client, which
# matches its print service; without CUPS, Qt can still print to PDF), libdbus-1 (the
# system's D-Bus, part of every desktop session), OpenSSL 3 (libssl.so.3, libcrypto.so.3:
# stable within 3.x, on every distribution whose glibc can run the bundle, and TLS security
# fixes then come with the system's updates) and Kerberos' GSSAPI (Qt Network links it; it
# comes with CUPS and SSH on every desktop). Libraries that only these needed are then left
# out too (see reachable()).
# fmt: off
SYSTEM_LIBRARIES = frozenset((
    "ld-linux.so.2", "ld-linux-x86-64.so.2", "libanl.so.1", "libasound.so.2",
    "libBrokenLocale.so.1", "libcidn.so.1", "libcom_err.so.2", "libc.so.6", "libdl.so.2",
    "libdrm.so.2", "libEGL.so.1", "libexpat.so.1", "libfontconfig.so.1", "libfreetype.so.6",
    "libfribidi.so.0", "libgbm.so.1", "libgcc_s.so.1", "libgdk_pixbuf-2.0.so.0", "libgio-2.0.so.0",
    "libglapi.so.0", "libGLdispatch.so.0", "libglib-2.0.so.0", "libGL.so.1", "libGLX.so.0",
    "libgmp.so.10", "libgobject-2.0.so.0", "libgpg-error.so.0", "libharfbuzz.so.0", "libICE.so.6",
    "libjack.so.0", "libm.so.6", "libmvec.so.1", "libnss_compat.so.2", "libnss_db.so.2",
    "libnss_dns.so.2", "libnss_files.so.2", "libnss_hesiod.so.2", "libnss_nisplus.so.2",
    "libnss_nis.so.2", "libOpenGL.so.0", "libp11-kit.so.0", "libpango-1.0.so.0",
    "libpangocairo-1.0.so.0", "libpangoft2-1.0.so.0", "libpthread.so.0", "libresolv.so.2",
    "librt.so.1", "libSM.so.6", "libstdc++.so.6", "libthai.so.0", "libthread_db.so.1",
    "libusb-1.0.so.0", "libutil.so.1", "libuuid.so.1", "libX11.so.6", "libxcb-dri2.so.0",
    "libxcb-dri3.so.0", "libxcb.so.1", "libz.so.1",
    "libcups.so.2", "libdbus-1.so.3", "libssl.so.3", "libcrypto.so.3", "libgssapi_krb5.so.2",
))
# fmt: on


def data_path(entry_dest: str) -> str:
    return entry_dest.replace("\\", "/")


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every shipped file of resources/."""
    resources = root / "resources"
    datas = []
    for path in sorted(resources.rglob("*")):
        relative = path.relative_to(resources).as_posix()
        if path.is_file() and not DEVELOPER_FILES.search(relative):
            datas.append((str(path), str(Path("resources", relative).parent)))
    return datas


def keep(dest: str) -> bool:
    """False for a collected file (its path in the bundle) that the pruning leaves out."""
    path = "/" + data_path(dest)
    translation = QT_TRANSLATION.search(path)
    if translation and not QT_TRANSLATIONS_KEPT.match(translation.group("name")):
        return False
    if DROPPED_PLUGINS.search(path):
        return False
    return not DROPPED_LIBRARIES.search(path)


def prune(entries: Iterable[tuple]) -> list[tuple]:
    """The TOC entries (dest, source, kind) that keep() accepts."""
    return [entry for entry in entries if keep(entry[0])]


def needed_libraries(path: str) -> list[str]:
    """The DT_NEEDED sonames of an ELF file (binutils' readelf)."""
    out = subprocess.run(
        ["readelf", "-d", "-W", path], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def is_root(dest: str, kind: str) -> bool:
    """Binaries loaded by name at run time: Python extensions, Qt plugins, libpython."""
    dest = data_path(dest)
    return kind == "EXTENSION" or "/plugins/" in dest or Path(dest).name.startswith("libpython")


def reachable(
    binaries: list[tuple], needed: Callable[[str], list[str]] = needed_libraries
) -> list[tuple]:
    """Linux: the binaries without SYSTEM_LIBRARIES and without what only those needed.

    Starts from the roots (is_root) and follows DT_NEEDED through the bundled libraries.
    """
    by_name: dict[str, tuple] = {}
    for entry in binaries:
        by_name.setdefault(Path(data_path(entry[0])).name, entry)
    todo = [entry for entry in binaries if is_root(entry[0], entry[2])]
    seen = {id(entry) for entry in todo}
    while todo:
        entry = todo.pop()
        for name in needed(entry[1]):
            dependency = by_name.get(name)
            if dependency is None or name in SYSTEM_LIBRARIES or id(dependency) in seen:
                continue
            seen.add(id(dependency))
            todo.append(dependency)
    return [entry for entry in binaries if id(entry) in seen]


# Strip symbols from the collected shared libraries on Linux (PyInstaller runs binutils'
# `strip`): libpython alone goes from 23 MB to 6 MB. Windows DLLs carry no symbols.
STRIP_BINARIES = sys.platform.startswith("linux")
