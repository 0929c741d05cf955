#!/usr/bin/env bash
# Renders weft.svg to the icon files each OS needs. Run after changing the SVG; the results are committed.
# Needs: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 32 48 64 128 256 512; do rsvg-convert -w "$s" -h "$s" weft.svg -o "weft-$s.png"; done
convert weft-16.png weft-32.png weft-48.png weft-64.png weft-128.png weft-256.png weft.ico
png2icns weft.icns weft-16.png weft-32.png weft-48.png weft-128.png weft-256.png weft-512.png >/dev/null
mkdir -p ../src/main/resources/dev/weft/ui/icons
cp weft-16.png weft-32.png weft-64.png weft-256.png ../src/main/resources/dev/weft/ui/icons/
