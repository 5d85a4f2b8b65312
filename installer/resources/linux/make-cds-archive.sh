#!/bin/sh
# Makes (or, with --remove, deletes) the class-data-sharing archive of an installed selfeval, so the
# window opens sooner. Run it where the app is installed: the archive records the absolute paths and
# times of the jars, and the JVM ignores it silently when they no longer match (after a move).
# The .deb runs it after installing and removes the archive before uninstalling.
#   usage: APP/lib/app/make-cds-archive.sh [--remove]
set -eu
appdir="$(cd "$(dirname "$0")" && pwd)"           # APP/lib/app
launcher="$(cd "$appdir/../.." && pwd)/bin/selfeval"
cfg="$appdir/selfeval.cfg"; jsa="$appdir/selfeval.jsa"; list="$appdir/selfeval.classlist"

strip_cfg() {  # takes out the lines the last run added
  sed -i -e '/^java-options=-XX:SharedArchiveFile=\$APPDIR\/selfeval\.jsa$/d' -e '/^java-options=-Xshare:auto$/d' \
         -e '/^java-options=-Xlog:cds=off$/d' -e '/^java-options=-Xlog:cds+dynamic=off$/d' "$cfg"
}

strip_cfg; rm -f "$jsa"
[ "${1:-}" = "--remove" ] && exit 0
[ -s "$list" ] || { echo "make-cds-archive: $list missing" >&2; exit 1; }

cp "$cfg" "$cfg.cds-backup"
trap 'mv -f "$cfg.cds-backup" "$cfg"' EXIT
# -Xshare:dump loads every listed class from the launcher's own class path, writes the archive, exits
sed -i "/^\[JavaOptions\]/a java-options=-Xshare:dump\njava-options=-XX:SharedClassListFile=$list\njava-options=-XX:SharedArchiveFile=$jsa\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off" "$cfg"
env -u DISPLAY "$launcher" >/dev/null 2>&1 || true
mv -f "$cfg.cds-backup" "$cfg"; trap - EXIT
[ -s "$jsa" ] || { echo "make-cds-archive: the JVM wrote no archive" >&2; exit 1; }
# -Xlog:cds=off keeps a mismatching archive (app moved) from printing a warning; --remove takes
# these four lines out again
sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/selfeval.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off' "$cfg"
echo "make-cds-archive: $(du -h "$jsa" | cut -f1) archive written to $jsa"
