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
# The smoke run leaves the keychain alone; `weft token`, which kubectl runs for every command, and a desktop
# start read it through D-Bus and the Secret Service: ~600 classes, ~0.3 s of each call when not in the archive.
# A token run against a private keychain (for a profile it holds no token for) adds them to the list.
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  config=$(mktemp -d -p "$scratch")
  mkdir -p "$config/weft"
  echo '{"version":1,"profiles":[{"id":"classlist","name":"Classlist","provider":"COREWEAVE",'\
'"endpoint":"https://api.coreweave.com","kind":"SAVED","sandbox":false}]}' > "$config/weft/profiles.json"
  sed -i "s#DumpLoadedClassList=.*#DumpLoadedClassList=$scratch/token.classlist#" "$copy/lib/app/Weft.cfg"
  HOME=$(mktemp -d -p "$scratch") XDG_CONFIG_HOME=$config XDG_DATA_HOME=$(mktemp -d -p "$scratch") dbus-run-session -- \
    sh -c 'echo -n classlist | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "$1" token --profile Classlist' \
    sh "$copy/bin/Weft" >/dev/null 2>&1 || true # exits 1: no token there, but the keychain was opened and read
  awk '!seen[$0]++' packaging/linux/weft.classlist "$scratch/token.classlist" > "$scratch/merged.classlist"
  cp "$scratch/merged.classlist" packaging/linux/weft.classlist
else
  echo "no dbus-run-session or gnome-keyring-daemon here: the list leaves out the keychain's classes" >&2
fi
echo "packaging/linux/weft.classlist: $(grep -vc '^[#@]' packaging/linux/weft.classlist) classes"
