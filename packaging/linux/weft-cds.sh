#!/bin/sh
# Makes Weft's class-data-sharing archive (weft.jsa) beside this script, from the class list beside it:
# the JVM then maps the ~7,900 classes Weft needs to open its window instead of loading them one by one
# (first window ~0.5 s sooner). The archive is ~50 MB and specific to this runtime, so it is not in the
# package: the package's post-install script runs this once, as root. Without it Weft starts anyway.
# Usage: sh /opt/weft/lib/app/weft-cds.sh
dir=$(cd "$(dirname "$0")" && pwd)
rm -f "$dir/weft.jsa"
# _JAVA_OPTIONS comes after the launcher's own options, so -Xshare:dump wins over its -Xshare:auto.
# --version: newer runtimes (JDK 25; not 17) run the program after dumping, and without it opened Weft's
# window (the install waited for it to be closed; without a display it failed, and the archive was removed).
_JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$dir/weft.classlist -XX:SharedArchiveFile=$dir/weft.jsa" \
  "$dir/../../bin/Weft" --version >/dev/null 2>&1 || rm -f "$dir/weft.jsa"
[ -f "$dir/weft.jsa" ]
