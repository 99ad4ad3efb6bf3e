#!/usr/bin/env bash
# The whole test suite: unit tests, integration tests on PGlite and on PostgreSQL, and browser
# end-to-end tests in Chromium. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh || exit 1
[ -d node_modules ] || npm ci || exit 1
npm run build >/dev/null || { echo "构建失败 / build failed"; npm run build; exit 1; }

mkdir -p .tmp
if [ -z "${NEWINFRA_TEST_PG_URL:-}" ]; then
  source scripts/pg-temp.sh
  trap pg_temp_stop EXIT
fi
status=0
NEWINFRA_E2E=1 npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest.json "$@" || status=$?
node scripts/test-summary.mjs .tmp/vitest.json || status=1
exit $status
