#!/usr/bin/env bash
# The Speed table of the README from one run on this machine: every figure cold against cold where it
# compares with something else (a new process each time, interleaved A B A B), one line per figure.
#   usage: src/test/bench/run.sh [ROUNDS]      (default 5; needs Xvfb and openbox for the window
#                                               figures, LibreOffice for the export ratio)
# Prints the load average and core count first: the figures mean little without them. Every JVM here,
# the bare JavaFX window's too, runs with the app's options (target/selfeval.jvmopts), as the installers do.
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds="${1:-5}"
echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start, $(date -u +%FT%TZ)"
mvn -B -q -DskipTests package >/dev/null
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
cp_test="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
tmp="$(mktemp -d)"; trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
fxmods="$tmp/javafx"; mkdir -p "$fxmods"; cp target/lib/javafx-*-linux.jar "$fxmods/"
now() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

# --- the window: start-up against a bare JavaFX window, memory, typing -------------------------------
if command -v Xvfb >/dev/null && command -v openbox >/dev/null; then
  display=":$((30 + RANDOM % 20))"
  Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & sleep 1
  DISPLAY="$display" openbox >/dev/null 2>&1 & sleep 1
  export DISPLAY="$display" XDG_DATA_HOME="$tmp/data"
  app_start() { # prints ms from launch to the main window's first frame, and its RSS in MB 3 s later
    local log="$tmp/app.log" t0 pid
    t0=$(now); java @target/selfeval.jvmopts -Dselfeval.startupTiming=true -jar target/selfeval.jar 2>"$log" & pid=$!
    for _ in $(seq 1 600); do grep -q "scene=2" "$log" && break; sleep 0.05; done
    local t1; t1=$(grep -oE 'scene-frame-epoch-ms=[0-9]+ scene=2' "$log" | head -1 | grep -oE '[0-9]{10,}')
    sleep 3; local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$((t1 - t0)) $rss"
  }
  hello_start() {
    local log="$tmp/hello.log" t0
    t0=$(now); java @target/selfeval.jvmopts --module-path "$fxmods" --add-modules javafx.controls -cp target/test-classes \
      org.selfeval.bench.HelloWindow 2>"$log" & local pid=$!
    local rss=0
    for _ in $(seq 1 600); do
      grep -q "hello-first-frame" "$log" && break
      [ -r "/proc/$pid/status" ] && rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo "$rss")
      sleep 0.05
    done
    wait "$pid" 2>/dev/null || true
    echo "$(( $(grep -oE '[0-9]{10,}' "$log" | head -1) - t0 )) $rss"
  }
  app_start >/dev/null   # the first start makes the workspace and imports the sample: not counted
  : > "$tmp/app.txt"; : > "$tmp/hello.txt"
  for _ in $(seq 1 "$rounds"); do app_start >> "$tmp/app.txt"; hello_start >> "$tmp/hello.txt"; done
  a=$(cut -d' ' -f1 "$tmp/app.txt" | median); h=$(cut -d' ' -f1 "$tmp/hello.txt" | median)
  echo "start-up to the main window on the sample: ${a} ms; bare JavaFX window: ${h} ms; ratio $(awk "BEGIN {printf \"%.1f\", $a/$h}")× (median of $rounds, interleaved)"
  echo "RSS 3 s after the main window is up: $(cut -d' ' -f2 "$tmp/app.txt" | median) MB (bare JavaFX window: about $(cut -d' ' -f2 "$tmp/hello.txt" | median) MB)"
  for size in sample 200x30; do
    line=$(java @target/selfeval.jvmopts -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 -Dtestfx.robot=glass -cp "$cp_test" \
      org.selfeval.bench.TypingFrames "$size" 2>/dev/null | tail -1)
    echo "typing 30 keys into an amount of chapter 二 ($size): $line"
  done
  line=$(java @target/selfeval.jvmopts -cp "$cp_test" org.selfeval.bench.AuditOnFxThread 1000 2>/dev/null | tail -1)
  echo "$line"
  unset XDG_DATA_HOME
else
  echo "window figures: skipped (no Xvfb or openbox)"
fi

# --- exports from the command line, cold: ours against LibreOffice converting our own DOCX -----------
java @target/selfeval.jvmopts -jar target/selfeval.jar export -i sample-data/leshan-2023.json --docx="$tmp/sample.docx" >/dev/null
if command -v soffice >/dev/null; then
  : > "$tmp/ours.txt"; : > "$tmp/lo.txt"
  for i in $(seq 1 "$rounds"); do
    t0=$(now); java @target/selfeval.jvmopts -jar target/selfeval.jar export -i sample-data/leshan-2023.json --pdf="$tmp/o$i.pdf" >/dev/null; echo $(( $(now) - t0 )) >> "$tmp/ours.txt"
    t0=$(now); soffice --headless --convert-to pdf --outdir "$tmp/lo$i" "$tmp/sample.docx" >/dev/null 2>&1; echo $(( $(now) - t0 )) >> "$tmp/lo.txt"
  done
  o=$(median < "$tmp/ours.txt"); l=$(median < "$tmp/lo.txt")
  echo "cold PDF of the sample, command line: ours ${o} ms; LibreOffice converting our DOCX ${l} ms; LibreOffice ÷ ours $(awk "BEGIN {printf \"%.2f\", $l/$o}")× (median of $rounds)"
else
  echo "export ratio: skipped (no LibreOffice)"
fi
java -cp "$cp_test" org.selfeval.bench.LargeReportFile "$tmp/large.json" 200 30
for what in xlsx pdf; do
  /usr/bin/time -f "%e %M" -o "$tmp/time.txt" java @target/selfeval.jvmopts -jar target/selfeval.jar export -i "$tmp/large.json" --$what="$tmp/large.$what" >/dev/null
  read -r secs kb < "$tmp/time.txt"
  echo "cold $what of 200 projects × 30 indicators, command line: ${secs} s, peak RSS $((kb / 1024)) MB"
done

# --- in-process harnesses: audit, live refresh, autosave, warm export ---------------------------------
MAVEN_OPTS="$(cat target/selfeval.jvmopts)" mvn -B -q -Pbench test 2>/dev/null | grep -vE '^\[|^$' || true
echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
