# Counting for scripts/test (sourced): each suite adds its passed and failed tests here, and
# tally_close prints the one closing line CI reads, "N passed, N failed", and fails if any failed.
#
# Failures are read from exit statuses and from the runners' own summary lines, never by
# searching output for words like "error": a build is judged by its exit status alone, a suite
# that exits non-zero is a failure even when its summary says otherwise, a cancelled test is a
# failed test, and a suite without a summary (it crashed, hung or never started) is a failure.
# tests/scripts/tally_test.sh holds the cases, with fixtures of real runner output.

tally_passed=0
tally_failed=0

# WHAT...: one failure that is not a single test's (a build, an exit status, a missing summary).
tally_fail() {
  tally_failed=$((tally_failed + 1))
  echo "test: FAILED: $*" >&2
}

# NAME STATUS: one check (a build, a corpus replay) that passes on exit status 0.
tally_status() {
  if [ "$2" -eq 0 ]; then tally_passed=$((tally_passed + 1)); else tally_fail "$1 (exit status $2)"; fi
}

# The last number in LOG on a line matching PATTERN (an extended regex whose number comes last
# on the line or is followed by a non-digit), or nothing.
tally_number() {
  grep -aE "$2" "$1" | tail -1 | grep -oE "$3" | grep -oE '[0-9]+' | head -1
}

# NAME LOG STATUS: a ctest run. Its summary is "NN% tests passed, F tests failed out of T".
# Sets tally_last_total to T (0 when the summary is missing) for callers that compare suites.
tally_ctest() {
  local name="$1" log="$2" status="$3" failed total
  tally_last_total=0
  total="$(tally_number "$log" 'tests? failed out of [0-9]+' 'out of [0-9]+')"
  failed="$(tally_number "$log" 'tests? failed out of [0-9]+' '[0-9]+ tests? failed')"
  if [ -z "$total" ] || [ -z "$failed" ]; then tally_fail "$name: no ctest summary (exit status $status)"; return; fi
  if [ "$total" -eq 0 ]; then tally_fail "$name: ran no test"; return; fi
  tally_last_total="$total"
  echo "test: $name: $((total - failed)) of $total tests passed" >&2
  tally_passed=$((tally_passed + total - failed))
  tally_failed=$((tally_failed + failed))
  [ "$failed" -eq 0 ] || echo "test: FAILED: $name: $failed of $total tests" >&2
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then tally_fail "$name: exit status $status with no failed test"; fi
}

# NAME LOG STATUS: a run of node's test runner (TAP). Its summary has "# tests", "# pass",
# "# fail" and "# cancelled" lines; cancelled tests (a before hook that timed out) count as failed.
tally_node() {
  local name="$1" log="$2" status="$3" tests pass fail cancelled
  tests="$(tally_number "$log" '^# tests [0-9]+' '[0-9]+$')"
  pass="$(tally_number "$log" '^# pass [0-9]+' '[0-9]+$')"
  fail="$(tally_number "$log" '^# fail [0-9]+' '[0-9]+$')"
  cancelled="$(tally_number "$log" '^# cancelled [0-9]+' '[0-9]+$')"
  if [ -z "$tests" ] || [ -z "$pass" ] || [ -z "$fail" ]; then
    tally_fail "$name: no test runner summary (exit status $status)"
    return
  fi
  cancelled="${cancelled:-0}"
  if [ "$tests" -eq 0 ]; then tally_fail "$name: ran no test"; return; fi
  echo "test: $name: $pass of $tests tests passed" >&2
  tally_passed=$((tally_passed + pass))
  tally_failed=$((tally_failed + fail + cancelled))
  [ "$((fail + cancelled))" -eq 0 ] || echo "test: FAILED: $name: $fail failed, $cancelled cancelled of $tests tests" >&2
  if [ "$status" -ne 0 ] && [ "$((fail + cancelled))" -eq 0 ]; then tally_fail "$name: exit status $status with no failed test"; fi
}

# The closing line; the status is non-zero when anything failed.
tally_close() {
  echo "$tally_passed passed, $tally_failed failed"
  [ "$tally_failed" -eq 0 ]
}
