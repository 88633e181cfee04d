#!/usr/bin/env bash
# Measures Portal's cold start: time from process launch to the first 200 on /, and memory once started.
# Each run starts from an empty App_Data (fresh SQLite database, migrations and the setup recipe included),
# then a second start on the same data (a restart: migrations already applied).
# Usage: build/measure-startup.sh [runs]   (default 3). Prints one line per run and a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

dotnet publish src/Web/Portal.Web.csproj -c Release -o "$out/app" --nologo -v quiet >/dev/null

port=5099
measure() {
  local data="$1" label="$2"
  local start end pid status="" rss
  start=$(date +%s%N)
  ASPNETCORE_URLS="http://127.0.0.1:$port" Portal__Database__AppDataPath="$data" Portal__Admin__Password="Medicion-Arranque-2026!" \
    dotnet "$out/app/Portal.Web.dll" --contentRoot "$out/app" >"$out/$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
    [ "$status" = "200" ] && break
    sleep 0.05
  done
  end=$(date +%s%N)
  sleep 2
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ "$status" = "200" ] || { echo "$label: no 200 on / (last status $status); see log:"; tail -20 "$out/$label.log"; exit 1; }
  echo "$label: first 200 after $(( (end - start) / 1000000 )) ms, RSS ${rss} MB 2 s after start"
}

for i in $(seq 1 "$runs"); do
  data="$out/data-$i"
  measure "$data" "run $i, empty database"
  measure "$data" "run $i, restart     "
done
