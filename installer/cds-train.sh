#!/usr/bin/env bash
# Training run for the class-data-sharing archive: starts the packaged launcher once with
# -XX:ArchiveClassesAtExit, so the classes that run loads end up in APP/lib/app/selfeval.jsa.
# The jpackage launcher ignores JDK_JAVA_OPTIONS, so the option is added to the launcher's .cfg for
# this run only (the real class path must be the one the archive records).
#   usage: installer/cds-train.sh APP_IMAGE_DIR SAMPLE_JSON WORK_DIR
#   env:   SELFEVAL_CDS_TRAINING=cli (default) | gui
#            cli: export the sample to JSON/PDF/XLSX with no display (falls back to fewer formats,
#                 then to --version, while the command line does not offer them yet)
#            gui: open the window under xvfb-run, wait for it to be mapped, then end the JVM with
#                 SIGTERM (its exit still writes the archive)
set -euo pipefail
app="${1:?}"; sample="${2:?}"; work="${3:?}"
jsa="$app/lib/app/selfeval.jsa"
launcher="$app/bin/selfeval"
cfg="$app/lib/app/selfeval.cfg"
mkdir -p "$work"; rm -f "$jsa"
cp "$cfg" "$work/selfeval.cfg.orig"
trap 'cp "$work/selfeval.cfg.orig" "$cfg"' EXIT
sed -i '/^\[JavaOptions\]/a java-options=-XX:ArchiveClassesAtExit=$APPDIR/selfeval.jsa' "$cfg"
# the training run must not touch the builder's own data folder
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"

train_cli() {
  local o="$work/out"; mkdir -p "$o"
  local attempts=(
    "export --input $sample --json $o/r.json --pdf $o/r.pdf --xlsx $o/r.xlsx"
    "export --input $sample --json $o/r.json"
    "--version"
  )
  for a in "${attempts[@]}"; do
    # shellcheck disable=SC2086
    if env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" $a >"$work/train.log" 2>&1; then
      echo "cds-train: trained with: selfeval $a" >&2; return 0
    fi
    rm -f "$jsa"
  done
  cat "$work/train.log" >&2; return 1
}

train_gui() {
  command -v xvfb-run >/dev/null && command -v xdotool >/dev/null \
    || { echo "cds-train: gui training needs xvfb-run and xdotool" >&2; return 1; }
  xvfb-run -a bash -c '
    "$0" >"$1/train.log" 2>&1 & pid=$!
    for _ in $(seq 1 600); do
      xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1 && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    sleep 2; kill -TERM "$pid" 2>/dev/null; wait "$pid" || true' "$launcher" "$work"
}

case "${SELFEVAL_CDS_TRAINING:-cli}" in
  cli) train_cli ;;
  gui) train_gui ;;
  *) echo "cds-train: SELFEVAL_CDS_TRAINING must be cli or gui" >&2; exit 2 ;;
esac
[[ -s "$jsa" ]] && ls -l "$jsa" >&2
