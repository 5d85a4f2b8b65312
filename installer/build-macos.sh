#!/usr/bin/env bash
# Builds the macOS .dmg of selfeval (an .app with its own trimmed Java runtime, JavaFX and the CJK
# fonts). Run on a Mac of the target architecture (Apple silicon or Intel: Maven picks the matching
# javafx-*-mac / -mac-aarch64 jars), from the repository root:
#     installer/build-macos.sh [--skip-maven]
# Needs: a JDK 17 with jmods and jpackage in JAVA_HOME (for example Temurin 17), Maven, npm the
# first time (fonts), Xcode command line tools (hdiutil is part of macOS).
# Optional signing: MAC_SIGN_IDENTITY="Developer ID Application: ..." (and notarise the .dmg with
# xcrun notarytool afterwards). An unsigned .app opens after right-click > Open once, or after
#     xattr -dr com.apple.quarantine /Applications/SelfEval.app
# Result: target/installer/SelfEval-VERSION.dmg
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
here="$root/installer"
jdk="${JAVA_HOME:?set JAVA_HOME to a JDK 17 with jmods}"
out="$root/target/installer"; work="$out/work"
[[ "$(uname -s)" == Darwin ]] || { echo "build-macos: run this on macOS" >&2; exit 1; }
[[ -d "$jdk/jmods" ]] || { echo "build-macos: $jdk/jmods missing" >&2; exit 1; }
[[ "${1:-}" == --skip-maven ]] || (cd "$root" && mvn -B -q package -DskipTests)

pom_version="$(unzip -p "$root/target/selfeval.jar" META-INF/MANIFEST.MF | awk -F': ' '/^Implementation-Version:/{gsub(/\r/,"",$2); print $2}')"
version="${pom_version%%-*}"
# jpackage on macOS rejects an app version whose first number is 0 (CFBundleVersion rule): until the
# POM reaches 1.0, pass one explicitly, e.g. MAC_APP_VERSION=1.0.0
version="${MAC_APP_VERSION:-$version}"
[[ "$version" =~ ^[1-9] ]] || { echo "build-macos: version $version starts with 0; set MAC_APP_VERSION" >&2; exit 1; }

rm -rf "$work" "$out/app-image/SelfEval.app"; mkdir -p "$work/input" "$out/app-image"
cp "$root/target/selfeval.jar" "$work/input/"; cp -R "$root/target/lib" "$work/input/lib"
"$here/fetch-fonts.sh" "$work/input/fonts"
cp "$root/LICENSE" "$work/input/LICENSE.txt"; cp "$here/resources/THIRD-PARTY.txt" "$work/input/"

modules="$("$here/app-modules.sh" "$root/target/selfeval.jar" "$root/target/lib")"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --include-locales=en,zh --generate-cds-archive --output "$work/runtime"
rm -rf "$work/runtime/bin" "$work/runtime/lib/server/classes_nocoops.jsa"   # = --strip-native-commands

common=(--name SelfEval --app-version "$version" --vendor "selfeval project"
        --copyright "Copyright (C) $(date +%Y) the selfeval authors; AGPL-3.0"
        --description "部门整体支出绩效自评报告编制工具"
        --icon "$here/resources/selfeval.icns")
sign=(); [[ -n "${MAC_SIGN_IDENTITY:-}" ]] && sign=(--mac-sign --mac-signing-key-user-name "$MAC_SIGN_IDENTITY")

# the JVM options the app runs with on every route (the README's command, the benchmark): one per word
java_options=(); for o in $(cat "$root/src/main/launcher/selfeval.jvmopts"); do java_options+=(--java-options "$o"); done
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$out/app-image" \
  --input "$work/input" --main-jar selfeval.jar --main-class org.selfeval.Launcher \
  --runtime-image "$work/runtime" \
  --mac-package-identifier org.selfeval.app --mac-package-name SelfEval "${sign[@]}" \
  --java-options '-Dselfeval.fonts.dir=$APPDIR/fonts' --java-options '-Dfile.encoding=UTF-8' \
  --java-options '-Dorg.jooq.no-logo=true' --java-options '-Dorg.jooq.no-tips=true' "${java_options[@]}"

"$jdk/bin/jpackage" --type dmg "${common[@]}" --app-image "$out/app-image/SelfEval.app" --dest "$out" \
  --license-file "$root/LICENSE" "${sign[@]}"
ls -lh "$out"/*.dmg
