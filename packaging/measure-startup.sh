#!/usr/bin/env bash
# Start-up of the packaged app: median of 5 runs of `Weft --smoke` under Xvfb, on this machine.
# Prints milliseconds from JVM start to the first window, and to all tabs loaded.
# Run after `mvn -Pinstaller package`; needs xvfb-run (Debian: xvfb xauth).
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target/dist/Weft/bin/Weft}
[ -x "$app" ] || { echo "no packaged app at $app: run mvn -Pinstaller package first" >&2; exit 2; }
first=() all=()
for i in 1 2 3 4 5; do
  out=$(HOME=$(mktemp -d) xvfb-run -a "$app" --smoke)
  first+=("$(sed -n 's/.*first window \([0-9]*\) ms.*/\1/p' <<<"$out")")
  all+=("$(sed -n 's/.*tabs loaded in \([0-9]*\) ms.*/\1/p' <<<"$out")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n '3p'; }
echo "first window: median $(median "${first[@]}") ms  (runs: ${first[*]})"
echo "tabs loaded after the window: median $(median "${all[@]}") ms  (runs: ${all[*]})"
