#!/usr/bin/env bash
# Draws the application icon (a red seal with 绩) and writes the per-OS icon files into
# installer/resources/. The results are committed, so Windows and macOS builds need no ImageMagick;
# run this again only to change the icon.
#   needs: ImageMagick 6 (convert), a CJK font (default: WenQuanYi Micro Hei), optional png2icns
#   usage: installer/make-icons.sh [font-file]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/resources"
font="${1:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}"
[[ -f "$font" ]] || { echo "make-icons: font not found: $font" >&2; exit 1; }
command -v convert >/dev/null || { echo "make-icons: ImageMagick 'convert' is missing (apt-get install imagemagick)" >&2; exit 1; }
mkdir -p "$out"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

# 512 px master: red rounded square, a thin light inner frame like a seal's border, 绩 in the middle.
convert -size 512x512 xc:none \
  -fill '#B71C1C' -draw 'roundrectangle 16,16 495,495 64,64' \
  -fill none -stroke '#FFF3E0' -strokewidth 14 -draw 'roundrectangle 52,52 459,459 40,40' \
  -stroke none -fill '#FFF3E0' -font "$font" -pointsize 330 -gravity center -annotate +0+8 '绩' \
  "$tmp/master.png"

cp "$tmp/master.png" "$out/selfeval-512.png"
convert "$tmp/master.png" -resize 256x256 "$out/selfeval.png"          # Linux (jpackage --icon)
convert "$tmp/master.png" -define icon:auto-resize=256,128,64,48,32,24,16 "$out/selfeval.ico"  # Windows
if command -v png2icns >/dev/null; then                                 # macOS (Debian: icnsutils)
  for s in 16 32 128 256 512; do convert "$tmp/master.png" -resize ${s}x${s} "$tmp/i$s.png"; done
  png2icns "$out/selfeval.icns" "$tmp"/i{16,32,128,256,512}.png >/dev/null
else
  echo "make-icons: png2icns not found; selfeval.icns not written (apt-get install icnsutils, or iconutil on macOS)" >&2
fi
ls -l "$out"/selfeval*
