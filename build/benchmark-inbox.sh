#!/usr/bin/env bash
# Inbox benchmark (not a test): the inbox list, a request page and the year's report with 100,000 requests and
# 1,000,000 messages, p50/p99 over HTTP as a signed-in supervisor. SQLite by default; set PORTAL_TEST_POSTGRES for
# PostgreSQL. Figures are appended to inbox-benchmark.txt beside the test binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Portal.IntegrationTests -c Release
tests/Portal.IntegrationTests/bin/Release/net10.0/Portal.IntegrationTests -explicit only \
  -class Portal.IntegrationTests.Inbox.InboxScaleBenchmark
cat tests/Portal.IntegrationTests/bin/Release/net10.0/inbox-benchmark.txt
