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

# The Playground's configuration: its default with a real object id for its user (Alex Wilber),
# and fresh chat ids each run. That user is the bot's support contact, so "vraag aan
# contactpersoon: …" goes round in the one Playground chat: ticket card, answer, answer card.
mkdir -p "$DATA_DIR/playground"
PLAYGROUND_CONFIG="$E2E_DIR/playground.yml"
PLAYGROUND_USER="$(awk '/^currentUser:/ { f = 1; next } f && /^[^ ]/ { f = 0 } f && $1 == "aadObjectId:" { print $2; exit }' "$PLAYGROUND_CONFIG")"
[ -n "$PLAYGROUND_USER" ] || fail "no currentUser.aadObjectId in $PLAYGROUND_CONFIG"
sed -e "s/__PERSONAL_CHAT_ID__/$(node -p 'crypto.randomUUID()')/" -e "s/__GROUP_CHAT_ID__/$(node -p 'crypto.randomUUID()')/" \
  "$PLAYGROUND_CONFIG" >"$DATA_DIR/playground/.m365agentsplayground.yml"

say "Starting the bot on http://localhost:$BOT_PORT/api/messages"
set -m
ASPNETCORE_ENVIRONMENT=Development \
  ConnectionStrings__TeamsCompanion="Data Source=$DATA_DIR/teamscompanion.db" \
  Support__Contacts__0="${SUPPORT_CONTACT:-$PLAYGROUND_USER}" \
  dotnet "$REPO/src/TeamsCompanion.Bot/bin/Debug/net10.0/TeamsCompanion.Bot.dll" --urls "http://localhost:$BOT_PORT" \
  --contentRoot "$REPO/src/TeamsCompanion.Bot" &
pids+=($!)

for _ in $(seq 1 120); do
  curl -sf "http://localhost:$BOT_PORT/health" >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || fail "the bot stopped during start-up; see its messages above."
  sleep 0.5
done

say "Starting the Microsoft 365 Agents Playground on http://localhost:$PLAYGROUND_PORT"
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
  Ask a person: type  vraag aan contactpersoon: Mag ik Copilot gebruiken voor notulen?
  and press Versturen. You are the support contact too: the ticket card arrives in the same
  chat; press Oppakken, type an answer, press Beantwoorden, and the answer card follows.

  Press Ctrl-C to stop.

MSG
wait
