#!/usr/bin/env bash
# Builds the Teams app package (the zip you upload in the Teams admin centre) from manifest/:
# fills in the real ids and host name, and zips manifest.json, en.json, color.png and outline.png
# at the root of the zip.
#
#   scripts/package-manifest.sh TEAMS_APP_ID BOT_APP_ID BOT_DOMAIN [OUT]
#
# TEAMS_APP_ID  a GUID of your own choosing that identifies the Teams app (keep it for updates)
# BOT_APP_ID    the bot's Entra app id (a GUID; the same as Bot:AppId)
# BOT_DOMAIN    the bot's public host name, bare: teamscompanion.example.nl (no https://, no path, no port)
# OUT           the zip to write (a file, or a folder to write it in);
#               default artifacts/teamscompanion-teams-app.zip
#
# Exit status 2 on bad input. Uses zip, or python3's zipfile when zip is not installed.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MANIFEST_DIR="$REPO/manifest"
ZIP_NAME="teamscompanion-teams-app.zip"
FILES=(manifest.json en.json color.png outline.png)

usage() {
  echo "usage: $0 TEAMS_APP_ID BOT_APP_ID BOT_DOMAIN [OUT]" >&2
  echo "  e.g. $0 3f2504e0-4f89-11d3-9a0c-0305e82c3301 8c1e7a52-0d3b-4c5e-9a57-2f8d1a4b6c90 teamscompanion.example.nl" >&2
}
bad() { printf 'error: %s\n' "$*" >&2; exit 2; }

if [ "$#" -lt 3 ] || [ "$#" -gt 4 ]; then
  usage
  exit 2
fi

TEAMS_APP_ID="$1"
BOT_APP_ID="$2"
BOT_DOMAIN="$3"
OUT="${4:-$REPO/artifacts/$ZIP_NAME}"

guid='^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$'
[[ "$TEAMS_APP_ID" =~ $guid ]] || bad "TEAMS_APP_ID '$TEAMS_APP_ID' is not a GUID (like 3f2504e0-4f89-11d3-9a0c-0305e82c3301)."
[[ "$BOT_APP_ID" =~ $guid ]] || bad "BOT_APP_ID '$BOT_APP_ID' is not a GUID: use the bot's Entra app id (Bot:AppId)."
TEAMS_APP_ID="${TEAMS_APP_ID,,}"
BOT_APP_ID="${BOT_APP_ID,,}"

# A bare host name: labels of letters, digits and hyphens (not at either end), at least two of
# them, the last one not all digits (so no IP address), 253 characters at most.
label='[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
host="^($label\\.)+$label\$"
if [[ ! "$BOT_DOMAIN" =~ $host ]] || [ "${#BOT_DOMAIN}" -gt 253 ] || [[ "${BOT_DOMAIN##*.}" =~ ^[0-9]+$ ]]; then
  bad "BOT_DOMAIN '$BOT_DOMAIN' is not a bare host name: give only the host, like teamscompanion.example.nl (no https://, no path, no port)."
fi
BOT_DOMAIN="${BOT_DOMAIN,,}"

for f in "${FILES[@]}"; do
  [ -f "$MANIFEST_DIR/$f" ] || bad "$MANIFEST_DIR/$f is missing (the icons come from manifest/icons/make_icons.py)."
done

if [ -d "$OUT" ]; then
  OUT="$OUT/$ZIP_NAME"
fi
mkdir -p "$(dirname "$OUT")"
OUT="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

# The values are checked above to hold only GUID and host-name characters, so sed is safe here.
for f in manifest.json en.json; do
  sed -e "s/{{TEAMS_APP_ID}}/$TEAMS_APP_ID/g" \
      -e "s/{{BOT_APP_ID}}/$BOT_APP_ID/g" \
      -e "s/{{BOT_DOMAIN}}/$BOT_DOMAIN/g" \
      "$MANIFEST_DIR/$f" > "$STAGE/$f"
  if grep -q '{{[A-Z_]*}}' "$STAGE/$f"; then
    bad "$f still has a placeholder after substitution: $(grep -o '{{[A-Z_]*}}' "$STAGE/$f" | sort -u | tr '\n' ' ')"
  fi
done
cp "$MANIFEST_DIR/color.png" "$MANIFEST_DIR/outline.png" "$STAGE/"

rm -f "$OUT"
if command -v zip >/dev/null; then
  (cd "$STAGE" && zip -q -X "$OUT" "${FILES[@]}")
elif command -v python3 >/dev/null; then
  python3 - "$STAGE" "$OUT" "${FILES[@]}" <<'PY'
import os, sys, zipfile
stage, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for name in names:
        z.write(os.path.join(stage, name), arcname=name)
PY
else
  echo "error: neither zip nor python3 is installed; install one (apt-get install zip)." >&2
  exit 1
fi

echo "$OUT"
