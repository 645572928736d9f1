#!/bin/sh
# Renders the hicolor PNG sizes of the application icon from vigilo.svg (the PNGs are committed;
# run this after changing the SVG). Needs ImageMagick (in .ci/deps).
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
  convert -background none -density $((size * 72 / 128 * 4)) vigilo.svg -resize "${size}x${size}" \
    -strip "PNG32:vigilo-$size.png"
done
