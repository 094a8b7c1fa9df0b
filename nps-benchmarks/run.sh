#!/usr/bin/env bash
# Runs the JMH benchmarks with the GC profiler, writes JMH's JSON, and turns it into a chart and tables.
#
#   nps-benchmarks/run.sh full                       # every benchmark, every size: about 30 minutes on 2 cores
#   nps-benchmarks/run.sh quick                      # N = 1M, 1 and 1,000 segments, short iterations: a few minutes
#   nps-benchmarks/run.sh quick 'SegmentNpsBenchmark.columnar$'   # extra arguments go to JMH (a regex picks benchmarks)
#
# full writes nps-benchmarks/results/<date>.json, benchmarks.svg and <date>.md;
# quick writes the same under nps-benchmarks/target/quick.*.
set -euo pipefail
mode=${1:-quick}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/nps-benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -ntp -q -pl nps-core,nps-benchmarks -am package -DskipTests)
fi
case $mode in
  quick)
    settings=(-p n=1000000 -p segments=1,1000 -wi 1 -w 1s -i 3 -r 1s -f 1)
    json=$root/nps-benchmarks/target/quick.json
    svg=$root/nps-benchmarks/target/quick.svg
    ;;
  full)
    settings=()
    mkdir -p "$root/nps-benchmarks/results"
    json=$root/nps-benchmarks/results/$(date -u +%Y-%m-%d).json
    svg=$root/nps-benchmarks/results/benchmarks.svg
    ;;
  *)
    echo "usage: $0 quick|full [JMH arguments]" >&2
    exit 2
    ;;
esac
java -jar "$jar" "${settings[@]}" -prof gc -rf json -rff "$json" "$@"
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
python3 "$root/nps-benchmarks/report.py" "$json" --svg "$svg" --markdown "${json%.json}.md" --machine "$machine"
echo "results: $json, chart: $svg, tables: ${json%.json}.md"
