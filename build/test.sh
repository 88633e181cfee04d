#!/usr/bin/env bash
# Runs every test of the solution: unit tests, integration tests on SQLite and on PostgreSQL, browser tests.
#
# Usage: ./build/test.sh
#
# On a fresh Debian machine (as root) it installs what the tests need (Debian's chromium and PostgreSQL),
# starts a throwaway PostgreSQL cluster on a free loopback port, builds once, publishes src/Web from that build
# (the published-site tests run it as an operator would), runs each test project with a TRX report under
# TestResults/, and ends with one line: "N passed, N failed" (", N skipped" when some were).
# The exit code is non-zero when a test failed or a test run crashed.
set -Eeuo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
RESULTS="$ROOT/TestResults"
START_SECONDS=$SECONDS

export DEBIAN_FRONTEND=noninteractive
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# MSBuild worker nodes must not outlive the script.
export MSBUILDDISABLENODEREUSE=1
# The browser tests drive Debian's chromium; nothing may fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1

log() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo --preserve-env=DEBIAN_FRONTEND "$@"
  else
    echo "build/test.sh: installing packages needs root (or sudo): $*" >&2
    return 1
  fi
}

install_prerequisites() {
  local packages=()
  [[ -x /usr/bin/chromium ]] || packages+=(chromium)
  compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null || packages+=(postgresql)
  if ((${#packages[@]} > 0)); then
    log "Installing ${packages[*]}"
    as_root apt-get update </dev/null
    as_root apt-get install -y "${packages[@]}" </dev/null
  fi
}

# --- Throwaway PostgreSQL cluster -------------------------------------------------------------------------------
PG_DIR=""
PG_BIN=""
PG_PORT=""

# initdb refuses to run as root: as root, the cluster belongs to the postgres user. It runs from the cluster's
# own folder, since the postgres user may not be allowed into the checkout.
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    (cd "$PG_DIR" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
  PG_BIN=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' | sort -V | tail -n 1)")
  # Under /tmp whatever TMPDIR says: the postgres user must reach it, and the socket path must stay short.
  PG_DIR=$(mktemp -d /tmp/portal-pg.XXXXXX)
  [[ $(id -u) -ne 0 ]] || chown postgres: "$PG_DIR"
  log "Starting a throwaway PostgreSQL ($PG_BIN) in $PG_DIR"
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  local attempt port
  for attempt in $(seq 1 20); do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" && continue
    # Durability is pointless for a database that lives for one run.
    if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null; then
      PG_PORT=$port
      echo "PostgreSQL listens on 127.0.0.1:$PG_PORT (attempt $attempt)"
      return 0
    fi
  done
  cat "$PG_DIR/server.log" >&2 || true
  return 1
}

PUBLISH_DIR=""

cleanup() {
  [[ -z $PUBLISH_DIR ]] || rm -rf "$PUBLISH_DIR"
  if [[ -n $PG_DIR ]]; then
    if [[ -n $PG_PORT ]]; then
      as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
        || as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
  fi
  # On a CI machine nothing the build started may linger after the job (compiler servers).
  if [[ ${CI:-} == true ]]; then
    dotnet build-server shutdown >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Test runs and their TRX counters ----------------------------------------------------------------------------
PASSED=0
FAILED=0
SKIPPED=0
RUN_LINES=()

trx_counter() { grep -o '<Counters [^>]*>' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0; }

# run_tests NAME PROJECT [VAR=value...]: one `dotnet test` run whose TRX lands in TestResults/NAME.
run_tests() {
  local name=$1 project=$2
  shift 2
  local dir="$RESULTS/$name"
  rm -rf "$dir"
  log "Testing $name ($project)"
  local rc=0
  env "$@" dotnet test "$project" --no-build \
    --logger "trx;LogFileName=$name.trx" --results-directory "$dir" \
    --blame-hang-timeout 10m --blame-hang-dump-type none </dev/null || rc=$?

  local trx="$dir/$name.trx"
  if [[ ! -f $trx ]]; then
    FAILED=$((FAILED + 1))
    RUN_LINES+=("$name: crashed (exit code $rc, no TRX report); counted as 1 failed")
    return
  fi

  local total executed passed failed skipped
  total=$(trx_counter "$trx" total)
  executed=$(trx_counter "$trx" executed)
  passed=$(trx_counter "$trx" passed)
  # Errors, timeouts and aborted tests are failures too.
  failed=$(($(trx_counter "$trx" failed) + $(trx_counter "$trx" error) + $(trx_counter "$trx" timeout) + $(trx_counter "$trx" aborted)))
  skipped=$((total - executed))
  if ((rc != 0 && failed == 0)); then
    failed=1
    RUN_LINES+=("$name: $passed passed, but the run ended with exit code $rc (crash or hang); counted as 1 failed")
  else
    RUN_LINES+=("$name: $passed passed, $failed failed, $skipped skipped")
  fi
  PASSED=$((PASSED + passed))
  FAILED=$((FAILED + failed))
  SKIPPED=$((SKIPPED + skipped))
}

summary() {
  local elapsed=$((SECONDS - START_SECONDS))
  log "Summary (${elapsed}s)"
  local line
  for line in "${RUN_LINES[@]}"; do
    echo "  $line"
  done
  if ((SKIPPED > 0)); then
    echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
  else
    echo "$PASSED passed, $FAILED failed"
  fi
}

install_prerequisites
start_postgres

log "Building Portal.sln"
if ! dotnet build Portal.sln </dev/null; then
  FAILED=1
  RUN_LINES+=("build: failed; no test ran")
  summary
  exit 1
fi

# From the Debug build above, so publishing costs a copy, not a second compilation.
PUBLISH_DIR=$(mktemp -d)
PUBLISHED=()
log "Publishing src/Web into $PUBLISH_DIR"
if dotnet publish src/Web --no-build -c Debug -o "$PUBLISH_DIR" </dev/null; then
  PUBLISHED=("PORTAL_TEST_PUBLISHED=$PUBLISH_DIR")
else
  FAILED=$((FAILED + 1))
  RUN_LINES+=("publish: dotnet publish src/Web failed; counted as 1 failed, the published-site tests skip")
fi

mkdir -p "$RESULTS"
run_tests unit tests/Portal.UnitTests
run_tests integration-sqlite tests/Portal.IntegrationTests "${PUBLISHED[@]}"
run_tests integration-postgres tests/Portal.IntegrationTests "PORTAL_TEST_POSTGRES=Host=127.0.0.1;Port=$PG_PORT;Username=postgres" "${PUBLISHED[@]}"
run_tests browser tests/Portal.BrowserTests

summary
((FAILED == 0))
