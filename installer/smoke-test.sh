#!/usr/bin/env bash
# Builds the Linux image, installs it twice (tar.gz unpacked, .deb unpacked with dpkg -x into a
# temporary root) and runs each installed launcher with no network and no display:
#   --version, then `export` of the sample to JSON, PDF, XLSX (and DOCX), and checks the files
#   (JSON parses and names the department, pdfinfo/pdffonts/pdftotext: pages, embedded fonts, the
#   bundled Noto face, Chinese text; unzip -t and the text inside for XLSX/DOCX).
# PDF, XLSX, DOCX are checked when `selfeval export --help` offers them; JSON always.
# Also checks the .deb's metadata and the class-data-sharing archive script.
#   usage: installer/smoke-test.sh [--no-build] [build-linux.sh options, e.g. --skip-maven]
#   env:   OUT_DIR (as build-linux.sh), SMOKE_KEEP=1 keeps the temporary folder,
#          SMOKE_MEASURE=1 also measures start-up to the window (installer/measure-startup.sh)
# Prints "smoke-test: N passed, M failed" last and exits non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
here="$root/installer"
out="${OUT_DIR:-$root/target/installer}"; export OUT_DIR="$out"
sample="$root/sample-data/leshan-2023.json"
build=1; build_args=()
for a in "$@"; do [[ "$a" == --no-build ]] && build=0 || build_args+=("$a"); done

passed=0; failed=0
ok()   { passed=$((passed+1)); echo "PASS $*"; }
bad()  { failed=$((failed+1)); echo "FAIL $*" >&2; }
skip() { echo "SKIP $*"; }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
finish() { echo "smoke-test: $passed passed, $failed failed"; (( failed == 0 )); exit $?; }

if (( build )); then
  "$here/build-linux.sh" "${build_args[@]}" || { bad "build-linux.sh"; finish; }
  ok "build-linux.sh"
fi
tarball="$(ls "$out"/selfeval-*-linux-x64.tar.gz 2>/dev/null | head -1)"
deb="$(ls "$out"/selfeval_*.deb 2>/dev/null | head -1)"
[[ -f "$tarball" ]] || { bad "tar.gz present in $out"; finish; }
version="$(basename "$tarball" | sed -E 's/^selfeval-(.*)-linux-x64\.tar\.gz$/\1/')"

tmp="$(mktemp -d /tmp/selfeval-smoke.XXXXXX)"
[[ "${SMOKE_KEEP:-0}" == 1 ]] && echo "keeping $tmp" || trap 'rm -rf "$tmp"' EXIT

# No network: a new, empty network namespace (root, or unprivileged user namespaces).
# No display: DISPLAY and WAYLAND_DISPLAY unset. Own HOME: the per-user data folder is a fresh one.
isolate=()
if unshare -n true 2>/dev/null; then isolate=(unshare -n --)
elif unshare -rn true 2>/dev/null; then isolate=(unshare -rn --)
else skip "network isolation: unshare -n is not allowed here (needs root or user namespaces); runs WITH network"
fi
run_app() {  # run_app LAUNCHER HOME ARGS... ; stdout+stderr to $log
  local launcher="$1" home="$2"; shift 2
  env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_DATA_HOME="$home/.local/share" \
      XDG_CONFIG_HOME="$home/.config" "${isolate[@]}" "$launcher" "$@" >"$log" 2>&1
}

json_ok() {
  jq -e '.report.department.fullName | test("乐山")' "$1" >/dev/null 2>&1 \
    || python3 -c 'import json,sys; d=json.load(open(sys.argv[1],encoding="utf-8")); sys.exit(0 if "乐山" in d["report"]["department"]["fullName"] else 1)' "$1" 2>/dev/null
}
pdf_ok() {
  local f="$1" pages
  [[ -s "$f" ]] || return 1
  pages="$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}')"
  [[ "${pages:-0}" -ge 1 ]] || { echo "  pdfinfo: no pages" >&2; return 1; }
  # every font embedded (column 'emb' = yes), and Chinese text extractable
  if pdffonts "$f" | awk 'NR>2 && $(NF-4)!="yes"{bad=1} END{exit bad}'; then :; else
    echo "  pdffonts: a font is not embedded:" >&2; pdffonts "$f" >&2; return 1; fi
  local text; text="$(pdftotext "$f" - 2>/dev/null)"   # (no pipe into grep -q: pipefail + SIGPIPE)
  [[ "$text" == *绩效* ]] || { echo "  pdftotext: no 绩效 in the text" >&2; return 1; }
}
pdf_uses_bundled_font() { local f; f="$(pdffonts "$1")"; [[ "$f" =~ Noto(Serif|Sans)SC ]]; }
xlsx_ok() {
  [[ -s "$1" ]] && unzip -tq "$1" >/dev/null || return 1
  local list xml; list="$(unzip -l "$1")"; xml="$(unzip -p "$1" 'xl/*.xml' 2>/dev/null)"
  [[ "$list" == *xl/workbook.xml* && "$xml" == *绩效* ]]
}

docx_ok() {
  [[ -s "$1" ]] && unzip -tq "$1" >/dev/null || return 1
  local xml; xml="$(unzip -p "$1" word/document.xml 2>/dev/null)"; [[ "$xml" == *绩效* ]]
}

exercise() {  # exercise NAME LAUNCHER
  local name="$1" launcher="$2" home="$tmp/$1-home" o="$tmp/$1-out" log
  mkdir -p "$home" "$o"; log="$tmp/$name.log"; touch "$tmp/$name.stamp"; sleep 1
  check "$name: launcher is executable" test -x "$launcher" || return

  if run_app "$launcher" "$home" --version && grep -qF "$version" "$log"; then ok "$name: --version prints $version"
  else bad "$name: --version (want $version)"; sed 's/^/  | /' "$log" >&2; fi
  if grep -qiE 'exception|warning\]\[cds' "$log"; then bad "$name: --version printed a stack trace or CDS warning"; fi

  run_app "$launcher" "$home" export --help; local help; help="$(cat "$log")"
  local args=(export --input "$sample" --json "$o/report.json")
  local want_pdf=0 want_xlsx=0 want_docx=0
  grep -q -- '--pdf' <<<"$help" && { want_pdf=1; args+=(--pdf "$o/report.pdf"); }
  grep -q -- '--xlsx' <<<"$help" && { want_xlsx=1; args+=(--xlsx "$o/report.xlsx"); }
  grep -q -- '--docx' <<<"$help" && { want_docx=1; args+=(--docx "$o/report.docx"); }
  if run_app "$launcher" "$home" "${args[@]}"; then ok "$name: export exits 0"
  else bad "$name: export (${args[*]})"; sed 's/^/  | /' "$log" >&2; fi
  check "$name: JSON export parses and names 乐山" json_ok "$o/report.json"
  if (( want_pdf )); then
    check "$name: PDF valid, fonts embedded, Chinese text" pdf_ok "$o/report.pdf"
    check "$name: PDF uses the bundled Noto SC font" pdf_uses_bundled_font "$o/report.pdf"
  else skip "$name: PDF (export --help offers no --pdf yet)"; fi
  if (( want_xlsx )); then check "$name: XLSX passes unzip -t and holds 绩效" xlsx_ok "$o/report.xlsx"
  else skip "$name: XLSX (export --help offers no --xlsx yet)"; fi
  if (( want_docx )); then check "$name: DOCX passes unzip -t and holds 绩效" docx_ok "$o/report.docx"; fi
  check "$name: nothing written into the image" test -z "$(find "$(dirname "$launcher")/.." -newer "$tmp/$name.stamp" -type f ! -name 'selfeval.jsa' ! -name 'selfeval.cfg' 2>/dev/null)"
}

# ---- tar.gz
mkdir -p "$tmp/tar"
check "tar.gz unpacks" tar -xzf "$tarball" -C "$tmp/tar"
app="$tmp/tar/selfeval"
check "image carries the fonts and their OFL licence" bash -c "ls '$app'/lib/app/fonts/*.ttf >/dev/null && test -s '$app/lib/app/fonts/OFL-NotoSerifSC.txt' && test -s '$app/lib/app/fonts/OFL-NotoSansSC.txt'"
check "launcher passes -Dselfeval.fonts.dir" grep -q 'selfeval.fonts.dir=\$APPDIR/fonts' "$app/lib/app/selfeval.cfg"
exercise tar "$app/bin/selfeval"

# ---- class-data-sharing archive, made in place as the .deb's postinst does
if [[ -s "$app/lib/app/selfeval.classlist" ]]; then
  if "$app/lib/app/make-cds-archive.sh" >"$tmp/cds.log" 2>&1 && [[ -s "$app/lib/app/selfeval.jsa" ]]; then
    ok "make-cds-archive.sh writes $(du -h "$app/lib/app/selfeval.jsa" | cut -f1)"
    log="$tmp/cds-run.log"
    check "runs with the CDS archive" run_app "$app/bin/selfeval" "$tmp/tar-home" --version
    mv "$app" "$tmp/tar/moved"; log="$tmp/cds-moved.log"
    if run_app "$tmp/tar/moved/bin/selfeval" "$tmp/tar-home" --version && ! grep -qi 'cds' "$log"; then
      ok "moved image ignores the stale archive silently"; else bad "moved image with a stale CDS archive"; sed 's/^/  | /' "$log" >&2; fi
    mv "$tmp/tar/moved" "$app"
    check "make-cds-archive.sh --remove restores the cfg" bash -c "'$app/lib/app/make-cds-archive.sh' --remove && ! grep -q SharedArchiveFile '$app/lib/app/selfeval.cfg' && test ! -e '$app/lib/app/selfeval.jsa'"
  else bad "make-cds-archive.sh"; sed 's/^/  | /' "$tmp/cds.log" >&2; fi
else skip "CDS: the image has no class list (built with --no-cds?)"; fi

# ---- .deb
if [[ -f "$deb" ]]; then
  check ".deb unpacks with dpkg -x" dpkg -x "$deb" "$tmp/deb"
  check ".deb Depends names libgtk-3-0" bash -c "dpkg-deb -f '$deb' Depends | grep -q libgtk-3-0"
  check ".deb postinst makes the CDS archive, prerm removes it" bash -c "dpkg-deb -I '$deb' postinst | grep -q make-cds-archive && dpkg-deb -I '$deb' prerm | grep -q -- '--remove'"
  check ".deb has a menu entry" bash -c "ls '$tmp'/deb/opt/selfeval/lib/*.desktop >/dev/null"
  exercise deb "$tmp/deb/opt/selfeval/bin/selfeval"
else skip ".deb (not built; build-linux.sh --no-deb?)"; fi

if [[ "${SMOKE_MEASURE:-0}" == 1 ]]; then "$here/measure-startup.sh" "$app" || bad "measure-startup.sh"; fi
du -sh "$app" "$tarball" ${deb:+"$deb"} 2>/dev/null
finish
