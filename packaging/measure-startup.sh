#!/usr/bin/env bash
# Start-up of the packaged app on this machine, under Xvfb: the median of 5 runs each of
#   Weft --benchmark-startup        ms from JVM start to the first window (on screen, empty), to its
#                                   content styled and laid out, and to all tabs populated
#   Weft --benchmark-bare-window    ms from JVM start to an empty JavaFX window, timed the same way
# and the ratio of the two first-window figures.
# Run after `mvn -Pinstaller package` (or give an installed launcher: /opt/weft/bin/Weft); needs
# xvfb-run (Debian: xvfb xauth). An app image from the build has no class-data-sharing archive yet (the
# Linux packages make it at install): it is measured on a copy with the archive made the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target/dist/Weft/bin/Weft}
[ -x "$app" ] || { echo "no packaged app at $app: run mvn -Pinstaller package first" >&2; exit 2; }
appdir=$(cd "$(dirname "$app")/.." && pwd)
# The copy with its archive (~120 MB) and the runs' homes, removed when the script ends.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if [ -f "$appdir/lib/app/weft-cds.sh" ] && [ ! -f "$appdir/lib/app/weft.jsa" ]; then
  copy=$scratch/Weft
  cp -r "$appdir" "$copy"
  sh "$copy/lib/app/weft-cds.sh"
  app=$copy/bin/Weft
  echo "(measuring a copy of $appdir with its class-data-sharing archive made, as the Linux packages do)"
fi
first=() content=() all=() bare=()
for i in 1 2 3 4 5; do
  out=$(HOME=$(mktemp -d -p "$scratch") xvfb-run -a "$app" --benchmark-startup)
  first+=("$(sed -n 's/^benchmark-startup: first window \([0-9]*\) ms.*/\1/p' <<<"$out")")
  content+=("$(sed -n 's/^benchmark-startup:.*its content \([0-9]*\) ms.*/\1/p' <<<"$out")")
  all+=("$(sed -n 's/^benchmark-startup:.*all tabs populated \([0-9]*\) ms.*/\1/p' <<<"$out")")
  out=$(HOME=$(mktemp -d -p "$scratch") xvfb-run -a "$app" --benchmark-bare-window)
  bare+=("$(sed -n 's/^benchmark-bare-window: first window \([0-9]*\) ms.*/\1/p' <<<"$out")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n '3p'; }
f=$(median "${first[@]}") c=$(median "${content[@]}") a=$(median "${all[@]}") b=$(median "${bare[@]}")
echo "first window:        median $f ms  (runs: ${first[*]})"
echo "its content shown:    median $c ms  (runs: ${content[*]})"
echo "all tabs populated:  median $a ms  (runs: ${all[*]})"
echo "bare JavaFX window:  median $b ms  (runs: ${bare[*]})"
echo "first window / bare window: $(awk -v f="$f" -v b="$b" 'BEGIN { printf "%.2f", f / b }')"
echo "its content / bare window:  $(awk -v c="$c" -v b="$b" 'BEGIN { printf "%.2f", c / b }')"
