#!/usr/bin/env bash
# README command 1: the bot on its embedded defaults (SQLite, no cloud account) plus the
# Microsoft 365 Agents Playground, a local Teams-like client. Ctrl-C stops both.
source "$(dirname "$0")/lib.sh"

BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
DATA_DIR="${TEAMSCOMPANION_DATA:-$REPO/data}"

require_toolchain
install_node_packages
say "Building the bot"
dotnet build "$REPO/src/TeamsCompanion.Bot" -c Debug -v quiet -nologo -clp:ErrorsOnly

mkdir -p "$DATA_DIR"
pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo
  say "Stopped the bot and the Playground"
}
trap stop INT TERM EXIT

say "Starting the bot on http://localhost:$BOT_PORT/api/messages"
set -m
ASPNETCORE_ENVIRONMENT=Development \
  ConnectionStrings__TeamsCompanion="Data Source=$DATA_DIR/teamscompanion.db" \
  dotnet "$REPO/src/TeamsCompanion.Bot/bin/Debug/net10.0/TeamsCompanion.Bot.dll" --urls "http://localhost:$BOT_PORT" \
  --contentRoot "$REPO/src/TeamsCompanion.Bot" &
pids+=($!)

for _ in $(seq 1 120); do
  curl -sf "http://localhost:$BOT_PORT/health" >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || fail "the bot stopped during start-up; see its messages above."
  sleep 0.5
done

say "Starting the Microsoft 365 Agents Playground on http://localhost:$PLAYGROUND_PORT"
mkdir -p "$DATA_DIR/playground"
(cd "$DATA_DIR/playground" && TEAMSAPPTESTER_BROWSER=none exec "$E2E_DIR/node_modules/.bin/agentsplayground" \
  -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams --dt -p "$PLAYGROUND_PORT") &
pids+=($!)
set +m

for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PLAYGROUND_PORT" >/dev/null 2>&1 && break
  kill -0 "${pids[1]}" 2>/dev/null || fail "the Playground stopped during start-up; see its messages above."
  sleep 0.5
done

cat <<MSG

  TeamsCompanion is running.
  Open  http://localhost:$PLAYGROUND_PORT  in your browser and type:  tips
  (Typ "taal nl" voor Nederlands, "help" voor alles wat de bot kan.)

  Press Ctrl-C to stop.

MSG
wait
