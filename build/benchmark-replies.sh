#!/usr/bin/env bash
# Replies benchmark (not a test): time from a citizen's reply on the sandbox to the portal (Facebook webhook and
# Mastodon polling, p50/p99 over 50 replies each), replies imported per second with 10,000 waiting, and the reads
# per hour watching 5,000 posts costs each network. SQLite by default; set PORTAL_TEST_POSTGRES for PostgreSQL.
# Figures are appended to syndication-benchmark.txt beside the test binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Portal.IntegrationTests -c Release
tests/Portal.IntegrationTests/bin/Release/net10.0/Portal.IntegrationTests -explicit only \
  -class Portal.IntegrationTests.Replies.ReplyLatencyBenchmark \
  -class Portal.IntegrationTests.Replies.ReplyImportBenchmark \
  -class Portal.IntegrationTests.Replies.WatchCostBenchmark
cat tests/Portal.IntegrationTests/bin/Release/net10.0/syndication-benchmark.txt
