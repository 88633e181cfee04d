#!/usr/bin/env bash
# Inbox report benchmark (not a test): seeds a year of 100,000 requests with their clocks, then times the report's
# query for that year and the page over HTTP. SQLite by default; set PORTAL_TEST_POSTGRES for PostgreSQL.
# Figures are appended to syndication-benchmark.txt beside the test binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Portal.IntegrationTests -c Release
tests/Portal.IntegrationTests/bin/Release/net10.0/Portal.IntegrationTests -explicit only \
  -class Portal.IntegrationTests.Inbox.Clocks.ReportBenchmark
cat tests/Portal.IntegrationTests/bin/Release/net10.0/syndication-benchmark.txt
