#!/usr/bin/env bash
# Records which classes the app loads, for its class-data-sharing (AppCDS) archive: runs the
# packaged launcher with -XX:DumpLoadedClassList, (1) exporting the sample with no display and
# (2) opening the window under xvfb-run until it is mapped, and writes the union of both lists to
# APP/lib/app/selfeval.classlist. make-cds-archive.sh turns that list into the archive where the
# app is installed (an archive records absolute jar paths and times, so it cannot be made here).
#   usage: installer/cds-classlist.sh APP_IMAGE_DIR SAMPLE_JSON WORK_DIR
# The jpackage launcher ignores JDK_JAVA_OPTIONS, so the option goes into a copy of the launcher's
# .cfg for each run and the original is put back afterwards.
set -euo pipefail
app="${1:?}"; sample="${2:?}"; work="${3:?}"
launcher="$app/bin/selfeval"; cfg="$app/lib/app/selfeval.cfg"
mkdir -p "$work/out"; rm -f "$work"/*.classlist
cp "$cfg" "$work/selfeval.cfg.orig"
trap 'cp "$work/selfeval.cfg.orig" "$cfg"' EXIT
# the training runs must not touch the builder's own data folder
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"

with_list() {  # with_list NAME: the launcher's cfg writes the loaded classes to $work/NAME.classlist
  cp "$work/selfeval.cfg.orig" "$cfg"
  sed -i "/^\[JavaOptions\]/a java-options=-XX:DumpLoadedClassList=$work/$1.classlist" "$cfg"
}

with_list cli
o="$work/out"
for a in "export --input $sample --json $o/r.json --pdf $o/r.pdf --xlsx $o/r.xlsx" \
         "export --input $sample --json $o/r.json" "--version"; do
  # shellcheck disable=SC2086
  if env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" $a >"$work/cli.log" 2>&1; then
    echo "cds-classlist: cli run: selfeval $a" >&2; break
  fi
done

if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
  with_list gui
  xvfb-run -a bash -c '
    "$0" >"$1/gui.log" 2>&1 & pid=$!
    for _ in $(seq 1 900); do
      xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1 && { echo "cds-classlist: gui run: window shown" >&2; sleep 3; break; }
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' "$launcher" "$work"
else
  echo "cds-classlist: no xvfb-run/xdotool: the list covers the command line only" >&2
fi

# union, first occurrence kept (the lists start with the JDK's boot classes in load order)
cat "$work"/*.classlist 2>/dev/null | awk '!seen[$0]++' > "$app/lib/app/selfeval.classlist"
n="$(grep -cv '^#' "$app/lib/app/selfeval.classlist" || true)"
(( n > 0 )) || { echo "cds-classlist: no classes recorded" >&2; exit 1; }
echo "cds-classlist: $n classes" >&2
