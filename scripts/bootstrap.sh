#!/usr/bin/env bash
# Brings a fresh machine to a working checkout: checks Node, installs pnpm from the npm
# registry when it is missing (Corepack's signature check fails against this registry) and
# Chromium from Debian's packages for browser tests, then installs the workspace as locked.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")

node_ok=$(node -e "const [a,b]=process.versions.node.split('.').map(Number);console.log(a>20||(a===20&&b>=19))" 2>/dev/null || echo false)
if [ "$node_ok" != "true" ]; then
  echo "bootstrap: Node.js 20.19 or newer is needed (found $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "bootstrap: installing pnpm $pnpm_version from the npm registry" >&2
  # From / so that npm does not read the project's .npmrc, which holds pnpm-only settings.
  (cd / && npm install --global --no-audit --no-fund "pnpm@$pnpm_version") >&2
fi

bash scripts/ensure-chromium.sh
bash scripts/ensure-postgres.sh

pnpm install --frozen-lockfile --reporter=append-only >&2
