"""Build the frozen Siaga TPPO: ``.venv/bin/python installer/build.py`` (needs the "build" extra).

Linux (needs binutils: readelf, strip, as, ld):
  dist/siaga-tppo/                                  the one-folder bundle
  dist/siaga-tppo-VERSION-linux-x86_64.tar.gz       the bundle + menu entry, icon, pasang.sh
  dist/siaga-tppo_VERSION_amd64.deb                 where dpkg-deb exists
Windows:
  dist\\siaga-tppo\\                                 SiagaTPPO.exe (windowed), siaga-tppo.exe
  dist\\SiagaTPPO-VERSION-setup.exe                  with --installer (Inno Setup 6.3 or newer)
On Linux, installer/windows/build-under-wine.sh runs the Windows build under Wine.

The version comes from pyproject.toml. The build never touches a data folder.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "siaga-tppo.spec"
ISS = HERE / "siaga-tppo.iss"
ICON = ROOT / "resources" / "icons" / "siaga-tppo.png"
DESKTOP_FILE = HERE / "linux" / "siaga-tppo.desktop"
INSTALL_SCRIPT = HERE / "linux" / "pasang.sh"
BUNDLE_NAME = "siaga-tppo"
LINUX_TOOLS = ("readelf", "strip", "as", "ld")
INNO_SETUP = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / (
    "Inno Setup 6/ISCC.exe"
)
# Debian packages of the libraries the bundle takes from the system: those in
# bundle_rules.SYSTEM_LIBRARIES and the X11 helpers Qt's xcb plugin links but the build machine
# may lack (libxcb-icccm, libxcb-keysyms). The "t64" names are Debian 13's and Ubuntu 24.04's.
DEB_DEPENDS = (
    "libc6 (>= {glibc}), libstdc++6, zlib1g, libuuid1, libcom-err2, libx11-6, libxcb1, "
    "libxcb-icccm4, libxcb-keysyms1, libfontconfig1, libfreetype6, libegl1, libgl1, "
    "libdbus-1-3, libgssapi-krb5-2, libglib2.0-0 | libglib2.0-0t64, libssl3 | libssl3t64"
)
DEB_RECOMMENDS = "libcups2 | libcups2t64"


def project_version(root: Path = ROOT) -> str:
    with open(root / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0), for Windows version resources."""
    numbers = [int("".join(c for c in part if c.isdigit()) or 0) for part in version.split(".")]
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def windows_version_file(version: str) -> str:
    """PyInstaller's version resource (File > Properties > Details), in Indonesian."""
    numbers = version_numbers(version)
    fields = {
        "CompanyName": "Siaga TPPO",
        "FileDescription": "Siaga TPPO",
        "FileVersion": version,
        "InternalName": BUNDLE_NAME,
        "LegalCopyright": "Siaga TPPO",
        "OriginalFilename": "SiagaTPPO.exe",
        "ProductName": "Siaga TPPO",
        "ProductVersion": version,
    }
    strings = ",\n".join(f"        StringStruct({k!r}, {v!r})" for k, v in fields.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('042104B0', [
{strings}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x0421, 1200])])
  ]
)
"""


def iscc_command(
    iscc: Path, version: str, bundle: Path, dist: Path, programs_dir: str | None = None
) -> list[str]:
    """Inno Setup's compiler with the version and folders passed as /D defines."""
    command = [
        str(iscc),
        f"/DAppVersion={version}",
        f"/DBundleDir={bundle}",
        f"/DOutputDir={dist}",
        f"/DIconFile={ROOT / 'resources' / 'icons' / 'siaga-tppo.ico'}",
    ]
    if programs_dir:
        command.append(f"/DProgramsDir={programs_dir}")
    return [*command, str(ISS)]


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under folder (symbolic links count nothing)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(folder: Path, count: int = 12) -> list[tuple[int, str]]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    sizes = sorted(((p.stat().st_size, str(p.relative_to(folder))) for p in files), reverse=True)
    return sizes[:count]


def run_pyinstaller(dist: Path, work: Path, version: str) -> Path:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if sys.platform == "win32":
        work.mkdir(parents=True, exist_ok=True)
        version_file = work / "version_info.txt"
        version_file.write_text(windows_version_file(version), encoding="utf-8")
        env["SIAGA_VERSION_FILE"] = str(version_file)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return dist / BUNDLE_NAME


def _linux_arch() -> str:
    return {"x86_64": "x86_64", "aarch64": "aarch64"}.get(platform.machine(), platform.machine())


def make_tarball(bundle: Path, dist: Path, version: str) -> Path:
    """The bundle in a folder siaga-tppo/, with the menu entry, icon and pasang.sh beside it."""
    out = dist / f"{BUNDLE_NAME}-{version}-linux-{_linux_arch()}.tar.gz"
    extras = {
        "siaga-tppo.desktop": DESKTOP_FILE.read_bytes(),
        "siaga-tppo.png": ICON.read_bytes(),
        "pasang.sh": INSTALL_SCRIPT.read_bytes(),
        "VERSI": f"versi={version}\n".encode(),
    }
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=BUNDLE_NAME)
        for name, data in extras.items():
            info = tarfile.TarInfo(f"{BUNDLE_NAME}/{name}")
            info.size = len(data)
            info.mode = 0o755 if name.endswith(".sh") else 0o644
            info.mtime = int(time.time())
            tar.addfile(info, io.BytesIO(data))
    return out


def _glibc_version() -> str:
    return (os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.31").partition(" ")[2]


def make_deb(bundle: Path, dist: Path, work: Path, version: str) -> Path | None:
    """A .deb installing to /opt/siaga-tppo with a menu entry and /usr/bin/siaga-tppo."""
    if not shutil.which("dpkg-deb"):
        return None
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    root = work / "deb" / f"{BUNDLE_NAME}_{version}_{arch}"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / BUNDLE_NAME, symlinks=True)
    applications = root / "usr" / "share" / "applications"
    icons = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    binaries = root / "usr" / "bin"
    for folder in (applications, icons, binaries, root / "DEBIAN"):
        folder.mkdir(parents=True, exist_ok=True)
    desktop = DESKTOP_FILE.read_text(encoding="utf-8")
    desktop = desktop.replace("@EXEC@", f"/opt/{BUNDLE_NAME}/{BUNDLE_NAME}").replace(
        "@ICON@", BUNDLE_NAME
    )
    (applications / f"{BUNDLE_NAME}.desktop").write_text(desktop, encoding="utf-8")
    shutil.copyfile(ICON, icons / f"{BUNDLE_NAME}.png")
    (binaries / BUNDLE_NAME).symlink_to(f"/opt/{BUNDLE_NAME}/{BUNDLE_NAME}")
    installed_kb = folder_size(root) // 1024
    (root / "DEBIAN" / "control").write_text(
        f"Package: {BUNDLE_NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Siaga TPPO <siaga-tppo@localhost>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {DEB_DEPENDS.format(glibc=_glibc_version())}\n"
        f"Recommends: {DEB_RECOMMENDS}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: pencegahan perdagangan orang untuk kepala desa dan lurah\n"
        " Siaga TPPO membantu kepala desa dan lurah mencegah tindak pidana perdagangan\n"
        " orang (TPPO) dan penyelundupan manusia. Bekerja tanpa internet; data desa\n"
        " disimpan di folder pengguna dan tidak dihapus saat program diperbarui.\n",
        encoding="utf-8",
    )
    out = dist / f"{root.name}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(root, ignore_errors=True)
    return out


def find_iscc() -> Path | None:
    found = os.environ.get("ISCC") or shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    return INNO_SETUP if INNO_SETUP.is_file() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder")
    parser.add_argument(
        "--no-package", action="store_true", help="only the bundle: no tarball, .deb or installer"
    )
    parser.add_argument(
        "--installer", action="store_true", help="Windows: also build the Inno Setup installer"
    )
    parser.add_argument(
        "--programs-dir",
        metavar="FOLDER",
        help="Windows: where the installer puts the program folder (default Inno Setup's "
        "{autopf}; under Wine, which cannot expand it: {localappdata}\\Programs)",
    )
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    version = project_version()
    if sys.platform.startswith("linux"):
        missing = [tool for tool in LINUX_TOOLS if shutil.which(tool) is None]
        if missing:
            print(f"Missing {', '.join(missing)}: install binutils.", file=sys.stderr)
            return 2
    if args.installer and sys.platform != "win32":
        print("The Windows installer can only be built on Windows.", file=sys.stderr)
        return 2
    iscc = find_iscc() if args.installer else None
    if args.installer and iscc is None:
        print("Inno Setup 6 (ISCC.exe) not found; set ISCC=path\\to\\ISCC.exe.", file=sys.stderr)
        return 2

    started = time.monotonic()
    bundle = run_pyinstaller(dist, work / "pyinstaller", version)
    built = time.monotonic() - started
    size = folder_size(bundle)
    print(f"Bundle {bundle}: {size / 1e6:.1f} MB, built in {built:.0f} s (Siaga TPPO {version})")
    for part_size, name in largest_parts(bundle, 8):
        print(f"  {part_size / 1e6:6.1f} MB  {name}")
    if args.no_package:
        return 0
    if sys.platform.startswith("linux"):
        print(f"Tarball {make_tarball(bundle, dist, version)}")
        deb = make_deb(bundle, dist, work, version)
        if deb is not None:
            print(f"Debian package {deb}")
    if iscc is not None:
        started = time.monotonic()
        subprocess.run(iscc_command(iscc, version, bundle, dist, args.programs_dir), check=True)
        setup = dist / f"SiagaTPPO-{version}-setup.exe"
        compiled = time.monotonic() - started
        print(
            f"Installer {setup}: {setup.stat().st_size / 1e6:.1f} MB, compiled in {compiled:.0f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
