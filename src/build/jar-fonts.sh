#!/usr/bin/env bash
# Jar build step (process-classes, see pom.xml): puts the OFL fonts of src/build/jar-fonts.list into
# OUT_DIR on the classpath, so `java -jar target/selfeval.jar` prints title, headings and body in
# distinct faces without any installed Chinese font. Downloads are cached and checked against the
# pinned sha256 sums, so later builds work offline. When a font cannot be had (no npm, no apt, no
# network, first build) it says so and the build goes on: the app then uses the faces it finds.
#   usage: src/build/jar-fonts.sh OUT_DIR CLASSPATH   (CLASSPATH holds fontbox, for the subsetter)
#   env:   SELFEVAL_CACHE_DIR (default ~/.cache/selfeval-installer), SELFEVAL_SKIP_JAR_FONTS=1 to skip
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: jar-fonts.sh OUT_DIR CLASSPATH}"
cp_tools="${2:-}"
[[ "${SELFEVAL_SKIP_JAR_FONTS:-}" == 1 ]] && { echo "jar-fonts: skipped (SELFEVAL_SKIP_JAR_FONTS=1)" >&2; exit 0; }
cache="${SELFEVAL_CACHE_DIR:-$HOME/.cache/selfeval-installer}"
mkdir -p "$out" "$cache/npm" "$cache/deb" "$cache/subset" || exit 0

warn() { echo "jar-fonts: WARNING: $*" >&2; }
sha_ok() {
  local got
  if command -v sha256sum >/dev/null; then got="$(sha256sum "$2" | cut -d' ' -f1)"
  else got="$(shasum -a 256 "$2" | cut -d' ' -f1)"; fi
  [[ "$got" == "$1" ]]
}

fetch_npm() {  # fetch_npm SPEC INNER DEST
  local spec="$1" name ver tgz
  name="${spec%@*}"; ver="${spec##*@}"; name="${name#@}"; name="${name//\//-}"
  tgz="$cache/npm/$name-$ver.tgz"
  if [[ ! -f "$tgz" ]]; then
    command -v npm >/dev/null || { warn "npm is needed to fetch $spec"; return 1; }
    (cd "$cache/npm" && npm pack --silent "$spec" >/dev/null) || { warn "npm pack $spec failed"; return 1; }
  fi
  tar -xzf "$tgz" -O "package/$2" > "$3" && tar -xzf "$tgz" -O package/LICENSE_FONT > "$3.licence" 2>/dev/null
}

fetch_deb() {  # fetch_deb NAME=VERSION INNER DEST
  local deb="$cache/deb/${1//=/_}.deb" dir
  if [[ ! -f "$deb" ]]; then
    command -v apt-get >/dev/null || { warn "apt-get is needed to fetch $1"; return 1; }
    dir="$(mktemp -d)"
    if ! (cd "$dir" && apt-get download -qq "$1" 2>/dev/null); then
      [[ "$(id -u)" == 0 ]] && apt-get update -qq >/dev/null 2>&1
      (cd "$dir" && apt-get download -qq "$1" 2>/dev/null) || { warn "apt-get download $1 failed"; rm -rf "$dir"; return 1; }
    fi
    mv "$dir"/*.deb "$deb"; rm -rf "$dir"
  fi
  dir="$(mktemp -d)"
  dpkg-deb -x "$deb" "$dir" && cp "$dir/$2" "$3" \
    && sed -n '/^License: OFL-1.1$/,/^License: GPL/p' "$dir/usr/share/doc/${1%%=*}/copyright" | sed '$d' > "$3.licence"
  local rc=$?; rm -rf "$dir"; return $rc
}

while IFS='|' read -r source spec inner target sum subset; do
  [[ -z "$source" || "$source" == \#* ]] && continue
  [[ -s "$out/$target" ]] && continue
  raw="$cache/subset/$target.source"
  if [[ ! -f "$raw" ]] || ! sha_ok "$sum" "$raw"; then
    case "$source" in
      npm) fetch_npm "$spec" "$inner" "$raw.part" ;;
      deb) fetch_deb "$spec" "$inner" "$raw.part" ;;
    esac || { warn "$target not bundled"; rm -f "$raw.part"; continue; }
    sha_ok "$sum" "$raw.part" || { warn "sha256 mismatch for $inner of $spec; $target not bundled"; rm -f "$raw.part"; continue; }
    mv "$raw.part" "$raw"; mv "$raw.part.licence" "$raw.licence" 2>/dev/null
  fi
  if [[ "$subset" == none ]]; then
    cp "$raw" "$out/$target"
  else
    [[ -f "$cache/subset/$target" ]] || java -cp "$cp_tools" "$here/java/FontSubset.java" "$raw" "$cache/subset/$target" "$subset" 2>&1 \
      | grep -v -e 'Format 14 cmap' -e 'processSubtype14' >&2
    [[ -s "$cache/subset/$target" ]] || { warn "subsetting $target failed; not bundled"; continue; }
    cp "$cache/subset/$target" "$out/$target"
  fi
  cp "$raw.licence" "$out/${target%.ttf}.OFL.txt" 2>/dev/null
done < "$here/jar-fonts.list"
exit 0
