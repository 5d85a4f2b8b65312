#!/usr/bin/env bash
# Measures start-up of an installed image to its first window, with and without the class-data-
# sharing archive, under Xvfb. Each run starts the launcher and takes the time until
#   (a) the app's own lines, printed with -Dselfeval.startupTiming=true (ui.StartupTiming):
#       "selfeval-startup: first-frame-epoch-ms=T scene=1" (first frame: the loading screen) and
#       "selfeval-startup: scene-frame-epoch-ms=T scene=2" (first frame of the main window once
#       the workspace is read); an app that prints nothing is measured by (b) only, and
#   (b) xdotool first sees a visible window of the launcher's process (polled every 20 ms).
# Both are counted from the moment the launcher is started (that is JVM start: the jpackage
# launcher loads the JVM in its own process). The app is then ended with SIGTERM.
#   usage: installer/measure-startup.sh APP_IMAGE_DIR [RUNS per mode, default 5]
#   needs: xvfb-run, xdotool; prints the median of each mode last
set -euo pipefail
app="$(cd "${1:?usage: measure-startup.sh APP_IMAGE_DIR [RUNS]}" && pwd)"; runs="${2:-5}"
cfg="$app/lib/app/selfeval.cfg"; appdir="$app/lib/app"
command -v xvfb-run >/dev/null && command -v xdotool >/dev/null || { echo "measure-startup: needs xvfb-run and xdotool" >&2; exit 1; }
work="$(mktemp -d)"; cp "$cfg" "$work/cfg.orig"; cp "$cfg" "$work/cfg.pristine"
made_archive=0
cleanup() {  # leave the image as it was found
  cp "$work/cfg.pristine" "$cfg"
  if (( made_archive )); then rm -f "$appdir/selfeval.jsa"; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -s "$appdir/selfeval.jsa" && -x "$appdir/make-cds-archive.sh" && -s "$appdir/selfeval.classlist" ]]; then
  "$appdir/make-cds-archive.sh" >&2 && made_archive=1 && cp "$cfg" "$work/cfg.orig"
fi
# mode "cds": the cfg as installed (with the archive if there is one); "nocds": its archive lines out
sed '/^\[JavaOptions\]/a java-options=-Dselfeval.startupTiming=true' "$work/cfg.orig" > "$work/cfg.cds"
sed -e '/SharedArchiveFile/d' -e '/-Xshare:auto/d' "$work/cfg.cds" > "$work/cfg.nocds"
grep -q SharedArchiveFile "$work/cfg.cds" || echo "measure-startup: no CDS archive installed; both modes are the same" >&2

cat > "$work/one.sh" <<'ONE'
#!/usr/bin/env bash
# one.sh LAUNCHER LOG: prints "<first frame ms> <main window ms> <window visible ms>" ("-" = not seen)
launcher="$1"; log="$2"
t0=$(date +%s%3N)
"$launcher" >"$log" 2>&1 & pid=$!
win=-
for _ in $(seq 1 3000); do
  if xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then win=$(( $(date +%s%3N) - t0 )); break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.02
done
for _ in $(seq 1 600); do   # up to 60 s more for the main window (scene 2) after the loading screen
  grep -q 'scene-frame-epoch-ms=' "$log" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
first=$(grep -oE 'first-frame-epoch-ms=[0-9]+' "$log" | head -1 | cut -d= -f2)
ready=$(grep -oE 'scene-frame-epoch-ms=[0-9]+' "$log" | head -1 | cut -d= -f2)
a=-; b=-
[[ -n "$first" ]] && a=$((first - t0))
[[ -n "$ready" ]] && b=$((ready - t0))
echo "$a $b $win"
ONE
chmod +x "$work/one.sh"

export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
  work="$1"; cfg="$2"; launcher="$3"; runs="$4"
  "$work/one.sh" "$launcher" "$work/warm.log" >/dev/null     # first run: page cache, fontconfig cache
  for i in $(seq 1 "$runs"); do
    for m in nocds cds; do
      cp "$work/cfg.$m" "$cfg"
      echo "$m $("$work/one.sh" "$launcher" "$work/$m-$i.log")"
    done
  done' _ "$work" "$cfg" "$app/bin/selfeval" "$runs" | tee "$work/results"

median() { sort -n | awk '{a[NR]=$1} END{if(NR==0){print "-"}else if(NR%2){print a[(NR+1)/2]}else{print int((a[NR/2]+a[NR/2+1])/2)}}'; }
for m in nocds cds; do
  first="$(awk -v m=$m '$1==m && $2!="-"{print $2}' "$work/results" | median)"
  ready="$(awk -v m=$m '$1==m && $3!="-"{print $3}' "$work/results" | median)"
  win="$(awk -v m=$m '$1==m && $4!="-"{print $4}' "$work/results" | median)"
  echo "startup $m: median over $runs runs: first frame ${first} ms, main window ${ready} ms, window visible (xdotool) ${win} ms"
done
