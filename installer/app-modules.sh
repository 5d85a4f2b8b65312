#!/usr/bin/env bash
# Prints the comma-separated list of JDK modules the jlinked runtime needs: what jdeps finds in the
# application jar and every runtime dependency, plus modules reached only by reflection, services or
# locale/charset look-ups, which jdeps cannot see.
#   usage: installer/app-modules.sh APP_JAR LIB_DIR
# jdeps reads every jar on the class path, so module-info.class is stripped from copies of the jars first:
# otherwise jdeps resolves their `requires` (POI needs a module commons.math3 that only exists as an
# automatic module) and stops with FindException.
set -euo pipefail
app_jar="${1:?usage: app-modules.sh APP_JAR LIB_DIR}"; lib_dir="${2:?usage: app-modules.sh APP_JAR LIB_DIR}"
jdk="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cp "$app_jar" "$lib_dir"/*.jar "$tmp/"
for j in "$tmp"/*.jar; do
  zip -q -d "$j" 'module-info.class' 'META-INF/versions/*/module-info.class' >/dev/null 2>&1 || true
done
found="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
          --class-path "$tmp/*" "$tmp"/*.jar | tail -1)"
[[ "$found" =~ ^[a-z.,]+$ ]] || { echo "app-modules: unexpected jdeps output: $found" >&2; exit 1; }
# jdk.localedata: Chinese dates, numbers and collation (jlink keeps only en and zh, see build-linux.sh)
# jdk.charsets:   GBK / GB18030 files a clerk may import
# jdk.crypto.ec:  EC keys (TLS, signed PDFs); small
# java.naming:    javax.naming look-ups by JDBC drivers and jOOQ, loaded reflectively
# jdk.zipfs:      zip file systems (POI and picocli tooling may open one)
# jdk.unsupported, jdk.unsupported.desktop, java.net.http: required by the JavaFX and ControlsFX modules,
#                 which the window start resolves as modules (JavaFxModuleLayer); without them it falls
#                 back to the class path
extra="jdk.localedata,jdk.charsets,jdk.crypto.ec,java.naming,jdk.zipfs,jdk.unsupported,jdk.unsupported.desktop,java.net.http"
echo "$found,$extra" | tr ',' '\n' | sort -u | paste -sd, -
