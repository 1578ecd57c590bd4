#!/usr/bin/env bash
# The tally of scripts/test (scripts/lib/tally.sh) on real runner output: a failed, cancelled or
# missing test, a missing summary and a non-zero exit must each end non-zero, and passing suites
# must end zero. Last, scripts/test itself on a checkout whose ASan build alone fails.
# Fixtures (fixtures/): ctest 3.25 and node 20's test runner output, recorded from small runs
# (paths rewritten); node-cancelled.log is the summary of a file whose test timed out.
# Prints TAP with a node-style summary, which scripts/test counts like the browser suite.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
fixtures="$here/fixtures"
cases=0
failures=0

# DESCRIPTION WANT_STATUS WANT_LINE COMMANDS: runs COMMANDS (using the tally) in a fresh shell,
# then tally_close; checks its exit status (0, or "non-zero") and its one closing line.
check() {
  local description="$1" want_status="$2" want_line="$3" commands="$4" out status ok=1
  out="$(bash -c "source '$root/scripts/lib/tally.sh'; $commands; tally_close" 2>/dev/null)"
  status=$?
  case "$want_status" in
    0) [ "$status" -eq 0 ] || ok=0 ;;
    non-zero) [ "$status" -ne 0 ] || ok=0 ;;
  esac
  [ "$out" = "$want_line" ] || ok=0
  cases=$((cases + 1))
  if [ "$ok" -eq 1 ]; then
    echo "ok $cases - $description"
  else
    failures=$((failures + 1))
    echo "not ok $cases - $description"
    echo "  # wanted exit $want_status and \"$want_line\"; got exit $status and:"
    sed 's/^/  #   /' <<<"$out"
  fi
}

# [SECTION] Suites that fail must end non-zero.
check "ctest log with a failed test" non-zero "3 passed, 1 failed" \
  "tally_ctest native '$fixtures/ctest-failure.log' 8"
check "ctest failure counted even if ctest exited 0" non-zero "3 passed, 1 failed" \
  "tally_ctest native '$fixtures/ctest-failure.log' 0"
check "ctest log without its summary (the run crashed)" non-zero "0 passed, 1 failed" \
  "tally_ctest native '$fixtures/ctest-no-summary.log' 0"
check "ctest with every test passed but a non-zero exit" non-zero "3 passed, 1 failed" \
  "tally_ctest native '$fixtures/ctest-pass.log' 8"
check "node runner: a cancelled test is a failed test" non-zero "1 passed, 1 failed" \
  "tally_node browser '$fixtures/node-cancelled.log' 1"
check "node runner: cancelled counted even if the runner exited 0" non-zero "1 passed, 1 failed" \
  "tally_node browser '$fixtures/node-cancelled.log' 0"
check "node runner: before hook timed out (failed and cancelled)" non-zero "1 passed, 3 failed" \
  "tally_node browser '$fixtures/node-hook-timeout.log' 1"
check "node runner output without its summary" non-zero "0 passed, 1 failed" \
  "tally_node browser '$fixtures/node-no-summary.log' 0"
check "node runner: every test passed but a non-zero exit" non-zero "1 passed, 1 failed" \
  "tally_node browser '$fixtures/node-pass.log' 1"
check "an empty log" non-zero "0 passed, 2 failed" \
  "tally_ctest native /dev/null 0; tally_node browser /dev/null 0"
check "a failed build (exit status, whatever it printed)" non-zero "3 passed, 1 failed" \
  "tally_status 'build of preset native-asan' 1; tally_ctest native '$fixtures/ctest-pass.log' 0"
check "one failing suite among passing ones" non-zero "5 passed, 1 failed" \
  "tally_ctest native '$fixtures/ctest-pass.log' 0; tally_node browser '$fixtures/node-pass.log' 0; tally_status replay 0; tally_status reference 2"

# [SECTION] Passing suites end zero: the tally is not simply always failing.
check "passing suites; test names and output holding 'FAILED' and 'error'" 0 "5 passed, 0 failed" \
  "tally_ctest native '$fixtures/ctest-pass.log' 0; tally_node browser '$fixtures/node-pass.log' 0; tally_status replay 0"

# [SECTION] scripts/test on a checkout whose ASan build alone fails: a file that cannot compile
# is added to that preset's build only (AIRISK_TEST_BREAK_PRESET), the real build fails, and the
# run must end non-zero with the failure counted.
out="$(AIRISK_TEST_BREAK_PRESET=native-asan "$root/scripts/test" asan 2>&1)"
status=$?
cases=$((cases + 1))
last="$(tail -1 <<<"$out")"
if [ "$status" -ne 0 ] && [ "$last" = "0 passed, 1 failed" ] && grep -q "build of preset native-asan" <<<"$out" \
   && [ "$(grep -cE '^[0-9]+ passed, [0-9]+ failed$' <<<"$out")" -eq 1 ]; then
  echo "ok $cases - scripts/test with a failing ASan build ends non-zero, the build counted"
else
  failures=$((failures + 1))
  echo "not ok $cases - scripts/test with a failing ASan build ends non-zero, the build counted"
  echo "  # exit $status, last line \"$last\"; output:"
  tail -20 <<<"$out" | sed 's/^/  #   /'
fi

echo "1..$cases"
echo "# tests $cases"
echo "# pass $((cases - failures))"
echo "# fail $failures"
[ "$failures" -eq 0 ]
