#!/usr/bin/env bash
# Offline check of infra/: compiles the Bicep template and the example parameter file and runs
# the linter, with every warning counted as a failure. The Bicep CLI comes from NuGet (package
# Azure.Bicep.CommandLine.linux-x64) and is cached in artifacts/tools/. No Azure account is needed.
# Ends with one line: "infra: N passed, N failed".
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Pinned: a new Bicep release can add linter rules or newer API versions and turn a green check
# red without any change here. Raise it on purpose, then fix what the linter says.
BICEP_VERSION="${BICEP_VERSION:-0.49.2}"
TOOLS="$REPO/artifacts/tools"
PKG_DIR="$TOOLS/nuget"
RESTORE_DIR="$TOOLS/bicep-restore"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 2; }

find_bicep() {
  local dir="$PKG_DIR/azure.bicep.commandline.linux-x64/$BICEP_VERSION"
  [ -d "$dir" ] || return 0
  find "$dir" -type f -name bicep | head -n 1
}

install_bicep() {
  command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not installed; see README.md."
  say "Getting the Bicep CLI $BICEP_VERSION (NuGet package Azure.Bicep.CommandLine.linux-x64)"
  rm -rf "$RESTORE_DIR"
  mkdir -p "$RESTORE_DIR"
  # Empty Directory.* files stop MSBuild from picking up the repository's own props (central
  # package management, warnings as errors): this project only downloads a package.
  echo '<Project />' >"$RESTORE_DIR/Directory.Build.props"
  echo '<Project />' >"$RESTORE_DIR/Directory.Build.targets"
  echo '<Project />' >"$RESTORE_DIR/Directory.Packages.props"
  cat >"$RESTORE_DIR/bicep-restore.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
EOF
  if ! dotnet restore "$RESTORE_DIR/bicep-restore.csproj" --packages "$PKG_DIR" -nologo -v quiet >"$RESTORE_DIR/restore.log" 2>&1; then
    cat "$RESTORE_DIR/restore.log" >&2
    fail "could not restore Azure.Bicep.CommandLine.linux-x64 $BICEP_VERSION from NuGet."
  fi
  BICEP="$(find_bicep)"
  [ -n "$BICEP" ] || fail "the package Azure.Bicep.CommandLine.linux-x64 $BICEP_VERSION has no 'bicep' executable."
}

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) fail "this check uses the linux-x64 Bicep CLI; on $(uname -s)-$(uname -m) run 'az bicep lint' instead." ;;
esac

BICEP="$(find_bicep)"
[ -n "$BICEP" ] || install_bicep
# NuGet does not keep the executable bit when it extracts a package.
chmod +x "$BICEP"
# The Bicep CLI is a self-contained .NET app; on a machine without ICU it needs invariant globalisation.
if ! "$BICEP" --version >/dev/null 2>&1; then
  export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
  "$BICEP" --version >/dev/null 2>&1 || fail "cannot run $BICEP; delete artifacts/tools/ and try again."
fi
say "Using $("$BICEP" --version)"

passed=0
failed=0
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

# Runs one step; it fails on a non-zero exit or on any diagnostic that Bicep prints on stderr
# ("path(line,col) : Warning|Error rule: message"): Bicep exits 0 on warnings, and here a
# warning is a failure too. The compiled JSON (stdout) is not needed.
step() {
  local name="$1"
  shift
  local status=0
  "$@" >/dev/null 2>"$LOG" || status=$?
  if [ "$status" -ne 0 ] || grep -Eq ' : (Warning|Error) ' "$LOG"; then
    failed=$((failed + 1))
    printf 'FAIL %s (exit %s)\n' "$name" "$status"
    # Paths relative to the repository, so each line reads "infra/main.bicep(12,3) : ...".
    sed -e "s|$REPO/||g" -e 's/^/  /' "$LOG"
  else
    passed=$((passed + 1))
    printf 'ok   %s\n' "$name"
  fi
}

step "bicep build infra/main.bicep" "$BICEP" build infra/main.bicep --stdout
step "bicep build-params infra/main.bicepparam" "$BICEP" build-params infra/main.bicepparam --stdout
step "bicep lint infra/main.bicep" "$BICEP" lint infra/main.bicep

echo
echo "infra: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
