#!/usr/bin/env bash
# Fuzzes zonec's three fuzz targets (compiler/src/test/java/dev/zonec/fuzz) with Jazzer's libFuzzer driver.
#   tests/fuzz.sh -t SECONDS [TARGET...]   each target for that long (make test: a bounded pass)
#   tests/fuzz.sh -r RUNS [TARGET...]      each target for that many executions (make fuzz); -t and -r together: whichever ends first
# TARGET is policy, inventory or pipeline (default: all three, one after the other). Seeds come from
# compiler/src/test/resources/dev/zonec/fuzz/FuzzTargetsTestInputs/TARGET/ (also run as JUnit regression tests);
# inputs the fuzzer finds go to compiler/target/fuzz/TARGET/corpus, and a crashing input to compiler/target/fuzz/TARGET/.
# A finding fails the run: move the crash file into the seed folder (it becomes a regression test), then fix it.
# Prints one line per target: executions, coverage, seconds. Needs `mvn test-compile` (make test has run it).
set -euo pipefail
cd "$(dirname "$0")/../compiler"
limit=""
while getopts "t:r:" opt; do
  case $opt in
    t) limit="$limit -max_total_time=$OPTARG" ;;
    r) limit="$limit -runs=$OPTARG" ;;
    *) echo "usage: tests/fuzz.sh -t SECONDS | -r RUNS [policy|inventory|pipeline...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ -n "$limit" ] || { echo "usage: tests/fuzz.sh -t SECONDS | -r RUNS [policy|inventory|pipeline...]" >&2; exit 2; }
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(policy inventory pipeline)
[ -f target/test-classpath.txt ] && [ -d target/test-classes/dev/zonec/fuzz ] || {
  echo "fuzz: no compiled fuzz targets; run mvn test-compile (or make test) first" >&2; exit 1; }
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
failed=0
for target in "${targets[@]}"; do
  case $target in
    # policy: not the ANTLR runtime, whose lexer and prediction loops under Jazzer's compare hooks cost 3 times the
    # executions (69 against 205 per second, measured); the generated parser (dev.zonec.grammar) still gives the
    # grammar's decisions as coverage, and PolicyText already writes the language's own tokens.
    policy) class=PolicyFuzzTarget; include='dev.zonec.**'; maxlen=4096 ;;
    inventory) class=InventoryFuzzTarget; include='dev.zonec.**:org.yaml.**'; maxlen=4096 ;;
    pipeline) class=PipelineFuzzTarget; include='dev.zonec.**'; maxlen=512 ;;
    *) echo "fuzz: unknown target $target (policy, inventory, pipeline)" >&2; exit 2 ;;
  esac
  work="target/fuzz/$target"
  mkdir -p "$work/corpus"
  log="$work/fuzz.log"
  seeds="src/test/resources/dev/zonec/fuzz/FuzzTargetsTestInputs/$target"
  start=$(date +%s)
  status=0
  # -rss_limit_mb: the JVM's own heap and the instrumentation exceed libFuzzer's 2 GB default; the JVM's -Xmx
  # bounds the target instead. -timeout: one input taking 10 minutes is a finding (a hang); less would flag the first input, which loads and instruments every class, on a busy machine.
  "$java" -Xmx2g -XX:+UseSerialGC -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
      --target_class="dev.zonec.fuzz.$class" --instrumentation_includes="$include" \
      $limit -max_len=$maxlen -rss_limit_mb=0 -timeout=600 -print_final_stats=1 \
      -artifact_prefix="$work/" --reproducer_path="$work" "$work/corpus" "$seeds" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  echo "fuzz: $target: ${runs:-?} executions, ${cov:-cov: ?}, $(( $(date +%s) - start )) s, exit $status"
  if [ "$status" -ne 0 ]; then
    grep -A 20 "== Java Exception\|ERROR: libFuzzer" "$log" | head -40 >&2 || tail -40 "$log" >&2
    failed=1
  fi
done
exit $failed
