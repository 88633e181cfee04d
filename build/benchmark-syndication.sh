#!/usr/bin/env bash
# Syndication benchmark (not a test): publish→6 sandbox channels latency (p50/p99 over 200 publications) and
# deliveries per second with 10,000 queued. SQLite by default; set PORTAL_TEST_POSTGRES for PostgreSQL.
# Figures are appended to syndication-benchmark.txt beside the test binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Portal.IntegrationTests -c Release
tests/Portal.IntegrationTests/bin/Release/net10.0/Portal.IntegrationTests -explicit only \
  -class Portal.IntegrationTests.Syndication.PublishLatencyBenchmark \
  -class Portal.IntegrationTests.Syndication.QueueThroughputBenchmark
cat tests/Portal.IntegrationTests/bin/Release/net10.0/syndication-benchmark.txt
