#!/usr/bin/env bash
# Makes the Windows and macOS icons from the rendered PNGs (render-icons.sh): vigilo.ico
# (16–256 px, ImageMagick) for the executable and the NSIS installer, and vigilo.icns (16–512 px
# and their Retina doubles) for the macOS bundle. The ICNS container is simple enough to write
# here: "icns", the total length, then per image a four-letter type, its length and the PNG.
# Run from anywhere; commit the two files it writes beside this script.
set -euo pipefail
cd "$(dirname "$0")"

/usr/bin/convert vigilo-16.png vigilo-24.png vigilo-32.png vigilo-48.png vigilo-64.png \
  vigilo-128.png vigilo-256.png vigilo.ico

be32() { # a 32-bit big-endian number as bytes
  printf "\\x$(printf %02x $(( ($1 >> 24) & 255 )))\\x$(printf %02x $(( ($1 >> 16) & 255 )))"
  printf "\\x$(printf %02x $(( ($1 >> 8) & 255 )))\\x$(printf %02x $(( $1 & 255 )))"
}
# type:png — icp4/icp5/icp6 16/32/64, ic07–ic09 128–512; ic11–ic14 the @2x of 16–256.
entries=(icp4:16 icp5:32 icp6:64 ic07:128 ic08:256 ic09:512 ic11:32 ic12:64 ic13:256 ic14:512)
body=$(mktemp)
trap 'rm -f "$body"' EXIT
for e in "${entries[@]}"; do
  type=${e%%:*} png=vigilo-${e##*:}.png
  size=$(stat -c %s "$png")
  { printf '%s' "$type"; be32 $((size + 8)); cat "$png"; } >> "$body"
done
{ printf 'icns'; be32 $(( $(stat -c %s "$body") + 8 )); cat "$body"; } > vigilo.icns
echo "wrote $(pwd)/vigilo.ico and $(pwd)/vigilo.icns"
