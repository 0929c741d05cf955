#!/usr/bin/env bash
# Regenerates packaging/linux/weft.classlist: the classes Weft loads from start to every tab populated,
# which the packages turn into a class-data-sharing archive at install time (weft-cds.sh). Run after
# `mvn -Pinstaller package` when start-up code changed; a stale list only makes the archive less complete.
# Needs xvfb-run (Debian: xvfb xauth).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x target/dist/Weft/bin/Weft ] || { echo "run mvn -Pinstaller package first" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
copy=$scratch/Weft
cp -r target/dist/Weft "$copy"
echo "java-options=-XX:DumpLoadedClassList=$PWD/packaging/linux/weft.classlist" >> "$copy/lib/app/Weft.cfg"
HOME=$(mktemp -d -p "$scratch") xvfb-run -a "$copy/bin/Weft" --benchmark-startup
echo "packaging/linux/weft.classlist: $(grep -vc '^[#@]' packaging/linux/weft.classlist) classes"
