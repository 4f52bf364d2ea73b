#!/usr/bin/env bash
# Launcher test: ./zonec must run the port terminal end to end on every JDK 17+ this machine has, make the start-up
# archive that JDK takes (an AOT cache on 25 and newer, AppCDS before) under the name the launcher gives it, and the
# JDK must accept it: the runs force its use (-Xshare:on, -XX:AOTMode=on), so an archive the JDK rejects fails here
# instead of silently costing start-up time. `make test` runs it after the Maven build has made the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f compiler/target/zonec.jar ] || { echo "launcher test: no compiler/target/zonec.jar; run make build" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# the JDK of JAVA_HOME, the one on PATH, and every other one installed where Debian installs them, each once
candidates=("${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /usr/lib/jvm/*)
homes=()
for candidate in "${candidates[@]}"; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -f "$candidate/release" ] || continue
  home=$(readlink -f "$candidate")
  [[ " ${homes[*]} " == *" $home "* ]] || homes+=("$home")
done
tested=0
for home in "${homes[@]}"; do
  release="$home/release"
  version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$release")
  feature=${version%%.*}
  [ "${feature:-0}" -ge 17 ] || continue
  if [ "$feature" -ge 25 ]; then archive="zonec-jdk$version.aot"; force="-XX:AOTMode=on"; else archive="zonec-jdk$version.jsa"; force="-Xshare:on"; fi
  rm -f "compiler/target/$archive" "compiler/target/$archive.failed"
  JAVA_HOME=$home ./zonec --version >/dev/null
  [ -f "compiler/target/$archive" ] || { echo "launcher test: JDK $version: no compiler/target/$archive after the first run" >&2; exit 1; }
  report=$(JAVA_HOME=$home ZONEC_JAVA_OPTS="$force" ./zonec compile policies/port-terminal -o "$out/$version" --today 2026-11-28) || {
    echo "launcher test: JDK $version: compile with the archive forced on failed" >&2; exit 1; }
  grep -q "verified: 8 of 8 device configs proven equivalent to the policy" <<<"$report" || {
    echo "launcher test: JDK $version: the port terminal was not proven:" >&2; echo "$report" >&2; exit 1; }
  echo "launcher test: JDK $version ($home): $archive made and accepted, port terminal compiled and proven"
  tested=$((tested + 1))
done
[ "$tested" -gt 0 ] || { echo "launcher test: no JDK 17 or newer in JAVA_HOME, on PATH or under /usr/lib/jvm" >&2; exit 1; }
