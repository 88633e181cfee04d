#!/usr/bin/env bash
# Search benchmark (not a test): indexes 10,000 generated Spanish documents with the site's Spanish analysis and
# with a plain StandardAnalyzer; prints indexing time, index size, query latency p50/p99 over 1,000 mixed queries,
# and MRR@10 of both on the relevance query set. Options: --docs N --queries N.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dotnet run -c Release --project "$root/benchmarks/Search/Portal.Search.Benchmarks.csproj" -- --root "$root" "$@"
