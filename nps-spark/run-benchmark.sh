#!/usr/bin/env bash
# Runs SparkVersusLibrary: Spark local on all cores against the library's columnar path.
# Usage: nps-spark/run-benchmark.sh [rows]   (10,000,000 by default), with a 6 GB heap
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl nps-spark -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/nps-spark/target/benchmark-classpath.txt"
cd nps-spark
# The JVM options Spark needs, as the tests get them: the pom's spark.test.jvm.options.
options=$(sed -n '/<spark.test.jvm.options>/,/<\/spark.test.jvm.options>/p' pom.xml \
  | sed 's/<[^>]*>//g' | tr '\n' ' ')
major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
if [ "$major" -ge 24 ]; then
  options="$options --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
fi
# shellcheck disable=SC2086
exec java $options -Xmx6g \
  -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  dev.nps.spark.SparkVersusLibrary "$@"
