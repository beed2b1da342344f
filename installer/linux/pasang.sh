#!/bin/sh
# Pasang atau perbarui Siaga TPPO untuk pengguna ini (tanpa sudo).
#
# Program disalin ke ~/.local/opt/siaga-tppo, menu aplikasi mendapat "Siaga TPPO", dan perintah
# siaga-tppo tersedia di ~/.local/bin. Data desa ada di folder lain (~/.local/share/SiagaTPPO)
# dan tidak pernah disentuh oleh skrip ini: memperbarui tidak menghapus data.
set -eu

asal=$(cd "$(dirname "$0")" && pwd)
program="$HOME/.local/opt/siaga-tppo"
menu="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
perintah="$HOME/.local/bin"

if [ ! -x "$asal/siaga-tppo" ]; then
    echo "Berkas program siaga-tppo tidak ditemukan di $asal." >&2
    exit 1
fi

if [ "$asal" != "$program" ]; then
    mkdir -p "$HOME/.local/opt"
    sementara="$program.baru"
    rm -rf "$sementara"
    cp -R "$asal" "$sementara"
    rm -rf "$program"
    mv "$sementara" "$program"
fi

mkdir -p "$menu" "$perintah"
sed -e "s|@EXEC@|\"$program/siaga-tppo\"|" -e "s|@ICON@|$program/siaga-tppo.png|" \
    "$program/siaga-tppo.desktop" > "$menu/siaga-tppo.desktop"
ln -sf "$program/siaga-tppo" "$perintah/siaga-tppo"

echo "Siaga TPPO $(sed -n 's/^versi=//p' "$program/VERSI" 2>/dev/null) terpasang di $program."
echo "Buka dari menu aplikasi: Siaga TPPO. Data desa tetap di tempatnya."
