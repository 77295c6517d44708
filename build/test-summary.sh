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

total_passed=0
total_failed=0
for layer in native browser e2e; do
  log="$logs/$layer.log"
  [ -f "$log" ] || { echo "$layer: no log at $log" >&2; exit 1; }
  if [ "$layer" = e2e ]; then read -r p f < <(playwright_counts "$log"); else read -r p f < <(cargo_counts "$log"); fi
  if [ "$p" -eq 0 ]; then echo "$layer: no test ran" >&2; exit 1; fi
  printf '%-8s %4d passed, %d failed\n' "$layer:" "$p" "$f"
  total_passed=$((total_passed + p))
  total_failed=$((total_failed + f))
done
echo "total: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
