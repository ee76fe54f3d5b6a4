#!/usr/bin/env bash
# README command 2, and what CI runs: installs what the tests need (Chromium, PostgreSQL), builds
# with warnings as errors, checks formatting, runs every .NET test (on SQLite and on a PostgreSQL
# server the tests start themselves), checks the Bicep templates, then the card and manifest checks
# and the end-to-end test in the Agents Playground with headless Chromium. Ends with one line:
# "tests: N passed, N failed".
source "$(dirname "$0")/lib.sh"
cd "$REPO"

require_toolchain
install_chromium
install_postgresql
install_node_packages

LOG_DIR="$REPO/artifacts/test-logs"
rm -rf "$LOG_DIR"
rm -f "$REPO"/cards/samples/*.json
mkdir -p "$LOG_DIR"

say "Restoring tools and building"
dotnet tool restore >/dev/null
dotnet build TeamsCompanion.sln -c Debug -nologo -clp:ErrorsOnly

say "Checking formatting (dotnet format)"
dotnet format TeamsCompanion.sln --verify-no-changes --no-restore

say "Running the .NET tests"
dotnet_status=0
dotnet test TeamsCompanion.sln -c Debug --no-build --nologo 2>&1 | tee "$LOG_DIR/dotnet.log" || dotnet_status=$?

say "Running the draft-check tests again without vector instructions (the scalar paths of the engine)"
# The engine reads text in vector blocks where the CPU allows it, with a plain loop as fallback;
# this run checks the fallback gives the same results on a machine without AVX2.
DOTNET_EnableHWIntrinsic=0 dotnet test tests/TeamsCompanion.DraftCheck.Tests -c Debug --no-build --nologo 2>&1 | tee -a "$LOG_DIR/dotnet.log" || dotnet_status=$?

say "And once more with 32-byte vectors only (the path of CPUs with AVX2 but without AVX-512)"
# Where the CPU has AVX-512, word starts and digit runs are read 32 characters at a time; this run
# makes the 16-character blocks, which such CPUs use, carry the whole text.
DOTNET_EnableAVX512=0 dotnet test tests/TeamsCompanion.DraftCheck.Tests -c Debug --no-build --nologo 2>&1 | tee -a "$LOG_DIR/dotnet.log" || dotnet_status=$?

# The card tests write every card to cards/samples; a change there must be committed with the code.
if git -C "$REPO" rev-parse --git-dir >/dev/null 2>&1 && [ -n "$(git -C "$REPO" status --porcelain -- cards/samples)" ]; then
  git -C "$REPO" status --short -- cards/samples
  echo "error: the card samples in cards/samples changed; review and commit them with the change." >&2
  dotnet_status=1
fi

say "Checking the Azure infrastructure templates (Bicep build and lint)"
infra_status=0
"$REPO/scripts/check-infra.sh" 2>&1 | tee "$LOG_DIR/infra.log" || infra_status=$?

say "Running the card checks and the end-to-end test (Agents Playground, headless Chromium)"
# reminders.test.mjs also runs the command line (src/TeamsCompanion.Cli), built above with the solution.
node_status=0
(cd "$E2E_DIR" && CONFIGURATION=Debug node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$LOG_DIR/node.tap" cards.test.mjs manifest.test.mjs playground.test.mjs message-extension.test.mjs handoff.test.mjs reminders.test.mjs) || node_status=$?

sum() { awk -v key="$1" '{ for (i = 1; i < NF; i++) if ($i == key) { gsub(/[^0-9]/, "", $(i+1)); s += $(i+1) } } END { print s + 0 }'; }
dotnet_passed=$(grep -E '^(Passed|Failed)!' "$LOG_DIR/dotnet.log" | sum "Passed:")
dotnet_failed=$(grep -E '^(Passed|Failed)!' "$LOG_DIR/dotnet.log" | sum "Failed:")
node_passed=$(grep -E '^# pass ' "$LOG_DIR/node.tap" | awk '{ s += $3 } END { print s + 0 }')
node_failed=$(grep -E '^# fail ' "$LOG_DIR/node.tap" | awk '{ s += $3 } END { print s + 0 }')
infra_passed=$(grep -E '^infra: ' "$LOG_DIR/infra.log" | sum "infra:")
infra_failed=$(grep -E '^infra: ' "$LOG_DIR/infra.log" | awk '{ gsub(/,/, "", $4); s += $4 } END { print s + 0 }')
[ "$infra_status" -eq 0 ] || infra_failed=$((infra_failed > 0 ? infra_failed : 1))
passed=$((dotnet_passed + node_passed + infra_passed))
failed=$((dotnet_failed + node_failed + infra_failed))

echo
echo "tests: $passed passed, $failed failed"
if [ "$dotnet_status" -ne 0 ] || [ "$node_status" -ne 0 ] || [ "$infra_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
