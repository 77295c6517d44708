#!/usr/bin/env bash
# Adds up what each test layer of `make test` reported in its log and prints one line per
# layer and a total, so that the end of the run says how many tests ran.
set -euo pipefail
logs=${1:?usage: test-summary.sh LOG_DIR}

cargo_counts() { # passed failed, from cargo's "test result:" lines
  grep -h '^test result:' "$1" | awk '{ p += $4; f += $6 } END { print p + 0, f + 0 }'
}
playwright_counts() { # passed failed, from Playwright's closing lines
  awk '/^ +[0-9]+ passed/ { p = $1 } /^ +[0-9]+ failed/ { f = $1 } END { print p + 0, f + 0 }' "$1"
}

node_test_counts() { # passed failed, from node --test's TAP summary (the cross-engine suite)
  awk '/^# pass [0-9]+$/ { p = $3 } /^# fail [0-9]+$/ { f = $3 } END { print p + 0, f + 0 }' "$1"
}

total_passed=0
total_failed=0
for layer in native browser e2e engines-chromium engines-firefox engines-webkit; do
  log="$logs/$layer.log"
  [ -f "$log" ] || { echo "$layer: no log at $log" >&2; exit 1; }
  case "$layer" in
    e2e) read -r p f < <(playwright_counts "$log") ;;
    engines-*) read -r p f < <(node_test_counts "$log") ;;
    *) read -r p f < <(cargo_counts "$log") ;;
  esac
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then echo "$layer: no test ran" >&2; exit 1; fi
  printf '%-18s %4d passed, %d failed\n' "$layer:" "$p" "$f"
  total_passed=$((total_passed + p))
  total_failed=$((total_failed + f))
done
echo "total: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
