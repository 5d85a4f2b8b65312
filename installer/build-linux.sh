#!/usr/bin/env bash
# Builds the self-contained Linux image of selfeval: a trimmed Java runtime (jlink), the app-image
# (jpackage) with the bundled CJK fonts and a class-data-sharing archive, then a .tar.gz and a .deb.
#
#   usage: installer/build-linux.sh [--skip-maven] [--no-deb] [--no-cds]
#          --no-cds: record no class list (the .deb then makes no class-data-sharing archive)
#   env:   JAVA_HOME   JDK 17 with jmods and jpackage (default /usr/lib/jvm/java-17-openjdk-amd64)
#          OUT_DIR     where everything goes (default target/installer)
#          MVN_ARGS    extra Maven arguments, e.g. "-o" to stay offline
#
# Results (VERSION from the POM, "-SNAPSHOT" and the like dropped):
#   $OUT_DIR/selfeval-VERSION-linux-x64.tar.gz    unpack anywhere, run selfeval/bin/selfeval
#   $OUT_DIR/selfeval_VERSION_amd64.deb           installs to /opt/selfeval (menu entry included)
#   $OUT_DIR/app-image/selfeval/                  the image both are made from
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
here="$root/installer"
jdk="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
out="${OUT_DIR:-$root/target/installer}"
skip_maven=0; make_deb=1; make_cds=1
for a in "$@"; do
  case "$a" in
    --skip-maven) skip_maven=1 ;;
    --no-deb) make_deb=0 ;;
    --no-cds) make_cds=0 ;;
    *) echo "build-linux: unknown option $a" >&2; exit 2 ;;
  esac
done

step() { printf '\n== %s (%s)\n' "$*" "$(date +%T)" >&2; }
die() { echo "build-linux: $*" >&2; exit 1; }

for tool in jlink jpackage jdeps; do
  [[ -x "$jdk/bin/$tool" ]] || die "$jdk/bin/$tool missing: set JAVA_HOME to a full JDK 17 (apt-get install openjdk-17-jdk)"
done
[[ -d "$jdk/jmods" ]] || die "$jdk/jmods missing: jlink needs the JDK's jmods (Debian: openjdk-17-jmods)"
command -v zip >/dev/null || die "zip is missing (apt-get install zip)"
if (( make_deb )); then
  command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
    || die "a .deb needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev), or pass --no-deb"
fi

# ---------------------------------------------------------------- 1. the jar and its libraries
if (( ! skip_maven )); then
  step "mvn package"
  (cd "$root" && mvn -B -q ${MVN_ARGS:-} package -DskipTests)
fi
[[ -f "$root/target/selfeval.jar" && -d "$root/target/lib" ]] \
  || die "target/selfeval.jar or target/lib missing: run without --skip-maven"

pom_version="$(unzip -p "$root/target/selfeval.jar" META-INF/MANIFEST.MF \
               | awk -F': ' '/^Implementation-Version:/{gsub(/\r/,"",$2); print $2}')"
[[ -n "$pom_version" ]] || die "no Implementation-Version in the jar's manifest"
version="${pom_version%%-*}"            # jpackage wants 1.2.3: 0.1.0-SNAPSHOT -> 0.1.0
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "version '$pom_version' does not give a numeric app version"

rm -rf "$out/work" "$out/app-image"
mkdir -p "$out/work/input" "$out/app-image"
work="$out/work"

# ---------------------------------------------------------------- 2. what goes into lib/app
step "staging the app files"
cp "$root/target/selfeval.jar" "$work/input/"
cp -r "$root/target/lib" "$work/input/lib"
"$here/fetch-fonts.sh" "$work/input/fonts" 2>/dev/null
cp "$root/LICENSE" "$work/input/LICENSE.txt"
cp "$here/resources/THIRD-PARTY.txt" "$work/input/THIRD-PARTY.txt"
cp "$here/resources/linux/make-cds-archive.sh" "$work/input/make-cds-archive.sh"

# ---------------------------------------------------------------- 3. the trimmed runtime
step "jdeps"
modules="$("$here/app-modules.sh" "$root/target/selfeval.jar" "$root/target/lib")"
echo "modules: $modules" >&2
step "jlink"
# jlink 17 cannot combine --generate-cds-archive with --strip-native-commands (it runs the image's
# bin/java to dump the base archive), so the native commands are removed by hand afterwards.
"$jdk/bin/jlink" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages \
  --include-locales=en,zh --generate-cds-archive \
  --output "$work/runtime"
rm -rf "$work/runtime/bin"   # = --strip-native-commands
# the base archive for heaps over 32 GB (no compressed oops) is never used by this desktop app: -11 MB
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"

# ---------------------------------------------------------------- 4. the app-image
step "jpackage app-image"
common=(
  --name selfeval
  --app-version "$version"
  --vendor "selfeval project"
  --copyright "Copyright (C) $(date +%Y) the selfeval authors; AGPL-3.0"
  --description "部门整体支出绩效自评报告编制工具 - prepares the department expenditure performance self-evaluation report"
  --icon "$here/resources/selfeval.png"
)
# the JVM options the app runs with on every route (the README's command, the benchmark): one per word
java_options=(); for o in $(cat "$root/src/main/launcher/selfeval.jvmopts"); do java_options+=(--java-options "$o"); done
"$jdk/bin/jpackage" --type app-image "${common[@]}" \
  --dest "$out/app-image" \
  --input "$work/input" \
  --main-jar selfeval.jar \
  --main-class org.selfeval.Launcher \
  --runtime-image "$work/runtime" \
  --java-options '-Dselfeval.fonts.dir=$APPDIR/fonts' \
  --java-options '-Dfile.encoding=UTF-8' \
  --java-options '-Dorg.jooq.no-logo=true' \
  --java-options '-Dorg.jooq.no-tips=true' \
  "${java_options[@]}"
app="$out/app-image/selfeval"
cfg="$app/lib/app/selfeval.cfg"
[[ -x "$app/bin/selfeval" && -f "$cfg" ]] || die "jpackage wrote no launcher"

# ---------------------------------------------------------------- 5. class list for CDS
# An AppCDS archive records the absolute paths and times of the jars, so it is made where the app is
# installed (the .deb's postinst; by hand for the tar.gz: lib/app/make-cds-archive.sh). Here only
# the list of classes to put in it is recorded, from an export run and a window run.
if (( make_cds )); then
  step "CDS class list"
  "$here/cds-classlist.sh" "$app" "$root/sample-data/leshan-2023.json" "$work/cds" \
    || echo "build-linux: no class list; the image works without a CDS archive" >&2
fi

# ---------------------------------------------------------------- 6. tar.gz and .deb
step "tar.gz"
tarball="$out/selfeval-$version-linux-x64.tar.gz"
tar -C "$out/app-image" -czf "$tarball" selfeval

if (( make_deb )); then
  step "jpackage deb"
  rm -f "$out"/selfeval_*.deb
  "$jdk/bin/jpackage" --type deb "${common[@]}" \
    --app-image "$app" \
    --dest "$out" \
    --license-file "$root/LICENSE" \
    --linux-package-name selfeval \
    --linux-deb-maintainer "maintainer@selfeval.invalid" \
    --linux-menu-group "Office;Finance" \
    --linux-app-category misc \
    --linux-shortcut \
    --resource-dir "$here/resources/linux" \
    --linux-package-deps "libgtk-3-0, libgl1, libxtst6, libxxf86vm1, libfreetype6, libfontconfig1"
fi

step "done"
du -sh "$app" "$tarball" "$out"/selfeval_*.deb 2>/dev/null >&2 || true
