#!/usr/bin/env bash
# Issue 6: runs every benchmark of asyncgen and writes the results under benchmarks/results/.
#
#   benchmarks/run.sh           the full run (about 25 minutes on 2 cores)
#   benchmarks/run.sh --quick   a smoke run in a few minutes, into benchmarks/target/results-quick/
#
# Builds the benchmarks jar (mvn -Pbenchmarks; the module is outside the default build), then on
# the default JDK (17) and again on JDK 25 where the machine has it ($JDK25, default
# /usr/lib/jvm/temurin-25-jdk-amd64):
#   <jdk>.json            JMH: per-call overhead and gather, with -prof gc (-rf json)
#   <jdk>-jmh.txt         the same run as JMH printed it
#   <jdk>-fanout.json     10,000 gathered 50 ms loopback calls on the default executor
#   <jdk>-compile.json    javac with the processor against the -proc:none floor
# and on JDK 25 also jdk25-pool-fanout.json: the fan-out on the bounded pool instead of virtual
# threads; on JDK 17 jdk17-processor-profile.txt, where the processor's compile time goes (JFR).
# machine.txt records the machine, the load before and after each step, and the commit;
# summary.md the ratio tables (benchmarks/summarize.py, if python3 is there).
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=false
if [ "${1:-}" = "--quick" ]; then
  QUICK=true
fi

JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA17=${JAVA17:-java}
JAR=benchmarks/target/benchmarks.jar

if $QUICK; then
  RESULTS=benchmarks/target/results-quick
  JMH_OPTS=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
  FANOUT_OPTS=(--runs=1 --warmups=1 --sequential=10)
  COMPILE_OPTS=(--interfaces=100 --warmups=1 --reps=1)
  PROFILE_OPTS=(--interfaces=100 --warmups=1 --reps=1)
else
  RESULTS=benchmarks/results
  # Forks, warm-up and measurement are set on the benchmark classes (@Fork, @Warmup, @Measurement).
  JMH_OPTS=()
  FANOUT_OPTS=(--runs=5 --warmups=1 --sequential=100)
  COMPILE_OPTS=(--interfaces=500 --warmups=2 --reps=5)
  PROFILE_OPTS=(--interfaces=500 --warmups=1 --reps=2)
fi
mkdir -p "$RESULTS"

note() {
  echo "$*" | tee -a "$RESULTS/machine.txt"
}

: > "$RESULTS/machine.txt"
note "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
note "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo ' (with local changes)')"
note "nproc: $(nproc)"
note "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
note "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB total, " $7 " GiB available"}')"
note "open file limit: $(ulimit -n)"
note "load before build: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== building the benchmarks jar"
mvn -B -q -Pbenchmarks -pl benchmarks -am -DskipTests package

# Others build on these machines. Before a full run, wait (up to WAIT_MINUTES) for the 1-minute
# load average to fall to MAX_LOAD; then run anyway: the load is recorded either way.
if ! $QUICK; then
  MAX_LOAD=${MAX_LOAD:-1.5}
  WAIT_MINUTES=${WAIT_MINUTES:-20}
  deadline=$(( $(date +%s) + WAIT_MINUTES * 60 ))
  while awk -v max="$MAX_LOAD" '{ exit !($1 > max) }' /proc/loadavg && [ "$(date +%s)" -lt "$deadline" ]; do
    echo "   load $(cut -d' ' -f1 /proc/loadavg) > $MAX_LOAD: waiting (until $(date -d @"$deadline" +%H:%M))"
    sleep 30
  done
  note "load at start: $(cut -d' ' -f1-3 /proc/loadavg) (waited for <= $MAX_LOAD up to $WAIT_MINUTES min)"
fi

run_on() {
  local label=$1 java=$2
  note "== $label: $("$java" -version 2>&1 | head -n 1)"
  note "load before JMH on $label: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$java" -jar "$JAR" 'PerCallBenchmark|GatherBenchmark' "${JMH_OPTS[@]}" -prof gc \
    -prof dev.asyncgen.bench.CpuTimeProfiler \
    -rf json -rff "$RESULTS/$label.json" | tee "$RESULTS/$label-jmh.txt"
  note "load before fan-out on $label: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$java" -Xms1g -Xmx1g -cp "$JAR" dev.asyncgen.bench.fanout.FanOut "${FANOUT_OPTS[@]}" \
    --out="$RESULTS/$label-fanout.json"
  note "load before compile time on $label: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$java" -Xms2g -Xmx2g -cp "$JAR" dev.asyncgen.bench.compile.CompileTime "${COMPILE_OPTS[@]}" \
    --out="$RESULTS/$label-compile.json"
}

run_on jdk17 "$JAVA17"
note "load before the processor profile on jdk17: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA17" -Xms2g -Xmx2g -XX:FlightRecorderOptions:stackdepth=1024 -cp "$JAR" \
  dev.asyncgen.bench.compile.ProcessorProfile "${PROFILE_OPTS[@]}" 2>&1 \
  | grep -v -e '^\[.*jfr' -e 'Started recording' | tee "$RESULTS/jdk17-processor-profile.txt"
if [ -x "$JDK25/bin/java" ]; then
  run_on jdk25 "$JDK25/bin/java"
  note "load before pool fan-out on jdk25: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JDK25/bin/java" -Xms1g -Xmx1g -Dasyncgen.virtualThreads=false -cp "$JAR" \
    dev.asyncgen.bench.fanout.FanOut "${FANOUT_OPTS[@]}" --out="$RESULTS/jdk25-pool-fanout.json"
else
  note "== JDK 25 not found at $JDK25: skipped"
fi
note "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
note "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"

if command -v python3 > /dev/null; then
  echo "== ratios (also in $RESULTS/summary.md)"
  python3 benchmarks/summarize.py "$RESULTS"
fi

echo
echo "Results are in $RESULTS/:"
ls -1 "$RESULTS"
echo "docs/BENCHMARKS.md explains them."
