# Shared by run.sh and test.sh: find the repository, check the toolchain, install what the
# project needs. Sourced, not run.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
E2E_DIR="$REPO/tests/TeamsCompanion.EndToEnd"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 2; }

require_toolchain() {
  command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not installed; see README.md."
  command -v node >/dev/null || fail "Node.js (node, npm) is not installed; see README.md."
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || fail "Node.js 20 or newer is needed (found $(node --version))."
}

# The Agents Playground, Playwright and the Adaptive Cards renderer, pinned by package-lock.json.
install_node_packages() {
  if [ ! -d "$E2E_DIR/node_modules/@microsoft/m365agentsplayground" ] || [ "$E2E_DIR/package-lock.json" -nt "$E2E_DIR/node_modules/.package-lock.json" ]; then
    say "Installing the Agents Playground and test packages (npm ci)"
    (cd "$E2E_DIR" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Debian's Chromium for the browser tests; Playwright's own browser download does not work offline.
install_chromium() {
  if command -v chromium >/dev/null || [ -x /usr/bin/chromium ]; then
    return
  fi
  say "Installing Chromium (Debian package)"
  apt_install chromium
}

# Debian's PostgreSQL server for the tests on PostgreSQL. The tests start their own server from
# these binaries (tests/TeamsCompanion.Testing/PostgresServer.cs); the packaged service is not needed.
install_postgresql() {
  if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    return
  fi
  say "Installing PostgreSQL (Debian package)"
  apt_install postgresql
}

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "$1 is missing and this user cannot install it; run: apt-get install $1"
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$1" >/dev/null
}
