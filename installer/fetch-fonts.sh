#!/usr/bin/env bash
# Puts the bundled CJK fonts (Noto Serif SC / Noto Sans SC, SIL OFL 1.1, TrueType outlines) and
# their licence texts into OUT_DIR. The fonts come from the npm registry with the ordinary npm
# client (`npm pack`, which checks the registry's integrity hash), are cached, and are checked
# against the sha256 sums in installer/fonts.list, so a later build works offline.
#   usage: installer/fetch-fonts.sh OUT_DIR
#   env:   SELFEVAL_CACHE_DIR (default ~/.cache/selfeval-installer)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: fetch-fonts.sh OUT_DIR}"
cache="${SELFEVAL_CACHE_DIR:-$HOME/.cache/selfeval-installer}/npm"
mkdir -p "$out" "$cache"

sha_ok() {  # sha_ok SUM FILE (sha256sum on Linux, shasum on macOS)
  local got
  if command -v sha256sum >/dev/null; then got="$(sha256sum "$2" | cut -d' ' -f1)"
  else got="$(shasum -a 256 "$2" | cut -d' ' -f1)"; fi
  [[ "$got" == "$1" ]]
}

tarball_of() {  # @scope/name@1.2.3 -> the file name npm pack writes
  local spec="$1" name ver
  name="${spec%@*}"; ver="${spec##*@}"
  name="${name#@}"; name="${name//\//-}"
  echo "$cache/$name-$ver.tgz"
}

while IFS='|' read -r spec inner target sum; do
  [[ -z "$spec" || "$spec" == \#* ]] && continue
  tgz="$(tarball_of "$spec")"
  if [[ ! -f "$tgz" ]]; then
    command -v npm >/dev/null || { echo "fetch-fonts: npm is needed to fetch $spec (apt-get install npm), or put $tgz in place" >&2; exit 1; }
    echo "fetch-fonts: npm pack $spec" >&2
    (cd "$cache" && npm pack --silent "$spec" >/dev/null)
    [[ -f "$tgz" ]] || { echo "fetch-fonts: npm pack did not write $tgz" >&2; exit 1; }
  fi
  if [[ ! -f "$out/$target" ]] || ! sha_ok "$sum" "$out/$target"; then
    tar -xzf "$tgz" -O "package/$inner" > "$out/$target.part"
    sha_ok "$sum" "$out/$target.part" \
      || { echo "fetch-fonts: sha256 mismatch for $inner in $tgz" >&2; rm -f "$out/$target.part"; exit 1; }
    mv "$out/$target.part" "$out/$target"
  fi
  family="${target%%-*}"   # NotoSerifSC / NotoSansSC
  tar -xzf "$tgz" -O package/LICENSE_FONT > "$out/OFL-$family.txt"
done < "$here/fonts.list"

cp "$here/resources/FONTS-README.txt" "$out/README.txt"
ls -l "$out" >&2
