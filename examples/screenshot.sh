#!/usr/bin/env bash
# Writes the example HTML report of examples/responses.csv and the README's screenshot of it:
#   examples/screenshot.sh            (from the repository root; builds the jar if it is missing)
# Needs Debian's chromium (apt-get install chromium). The page is drawn at 1000 CSS pixels wide.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=nps-cli/target/nps.jar
if [ ! -f "$JAR" ]; then
  mvn -B -ntp -q -pl nps-cli -am package -DskipTests
fi
CHROMIUM=${CHROMIUM:-chromium}
OUT=${OUT:-examples/report}

java -jar "$JAR" report examples/responses.csv --by region,plan --period month \
  --format html --output "$OUT.html"

PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$PROFILE" --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1000,3260 --screenshot="$OUT.png" "file://$PWD/$OUT.html" 2>/dev/null
echo "wrote $OUT.html and $OUT.png"
