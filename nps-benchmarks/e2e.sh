#!/usr/bin/env bash
# End-to-end benchmark: `nps report FILE --by region,plan --period month` on a seeded export,
# against DuckDB (JDBC, read_csv / read_json) computing the same counts from the same file with
# 1 thread and with all threads, for CSV and JSON Lines; every measurement is a whole process.
#
#   nps-benchmarks/e2e.sh quick              # 1 million rows, median of 5 rounds: a few minutes
#   nps-benchmarks/e2e.sh full               # 10 million rows, median of 3 rounds: about 10 minutes
#   nps-benchmarks/e2e.sh quick --no-build   # use the jars already built
#
# Builds nps-cli/target/nps.jar and nps-benchmarks/target/benchmarks.jar first (tests skipped),
# writes the export under nps-benchmarks/target/e2e/ (reused on the next run with the same size),
# checks that nps and DuckDB give the generator's counts (exit code 1 if not), and writes
# nps-benchmarks/results/e2e-<mode>-<date>.md. Peak RSS needs /usr/bin/time (Debian: `time`).
# The JDK is the `java` on PATH. Never run by the Maven build or CI.
set -euo pipefail
mode=${1:-quick}
build=yes
case ${2:-} in
  --no-build) build=no ;;
  "") ;;
  *) echo "usage: $0 quick|full [--no-build]" >&2; exit 2 ;;
esac
case $mode in
  quick|full) ;;
  *) echo "usage: $0 quick|full [--no-build]" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
if [ "$build" = yes ]; then
  # Package only: the Javadoc jars are not needed to run the jars.
  (cd "$root" && mvn -B -ntp -q -pl nps-cli,nps-benchmarks -am package -DskipTests \
    -Dmaven.javadoc.skip=true)
fi
if [ ! -x /usr/bin/time ]; then
  echo "note: /usr/bin/time not found, peak RSS will not be measured" >&2
fi
commit=$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)
exec java -cp "$root/nps-benchmarks/target/benchmarks.jar" dev.nps.benchmarks.EndToEnd \
  "$mode" "$root" "$commit"
