#!/usr/bin/env bash
# Validates docs/openapi.yaml with swagger-cli (OpenAPI 3 schema and $ref validation) and lints it
# with Spectral's `spectral:oas` ruleset (no error allowed), then, when given the server binary,
# checks that every route the server serves (`comptoir-server --list-routes`, one "METHOD /path"
# a line) is documented in the OpenAPI paths with that method.
#
# The Node tools, pinned in tests/tools/package-lock.json, are installed by
# installers/setup-deps.sh in $COMPTOIR_TOOLS_DIR (default ~/.cache/comptoir/tools), outside the
# source tree: this script never needs the network.
#
# usage: validate-openapi.sh <repo-root> [<path to comptoir-server>]
# Exit status: 0 valid, 1 invalid, undocumented routes, or the tools missing.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 <repo-root> [<comptoir-server binary>]" >&2
    exit 2
fi

root=$(cd "$1" && pwd)
server=${2:-}
spec="$root/docs/openapi.yaml"
modules="${COMPTOIR_TOOLS_DIR:-$HOME/.cache/comptoir/tools}/node_modules"

if ! command -v node >/dev/null 2>&1 || [[ ! -x "$modules/.bin/swagger-cli" || ! -x "$modules/.bin/spectral" ]]; then
    echo "FAIL: node or the test tools are missing in $modules: run installers/setup-deps.sh" >&2
    exit 1
fi
if [[ ! -f "$spec" ]]; then
    echo "FAIL: $spec does not exist" >&2
    exit 1
fi

# 1. The document is valid OpenAPI 3 and every $ref resolves.
"$modules/.bin/swagger-cli" validate "$spec"

# 1b. No error under Spectral's OpenAPI ruleset (warnings are printed, not fatal).
"$modules/.bin/spectral" lint "$spec" --ruleset "$root/tests/docs/spectral.yaml" --fail-severity error \
    --display-only-failures --quiet || {
    "$modules/.bin/spectral" lint "$spec" --ruleset "$root/tests/docs/spectral.yaml" >&2 || true
    echo "FAIL: Spectral (spectral:oas) reports errors in $spec" >&2
    exit 1
}

# 2. Every route the server serves is documented.
if [[ -z "$server" ]]; then
    exit 0
fi
if [[ ! -x "$server" ]]; then
    echo "FAIL: $server is not an executable" >&2
    exit 1
fi

routes=$(mktemp)
trap 'rm -f "$routes"' EXIT
if ! "$server" --list-routes >"$routes"; then
    echo "FAIL: '$server --list-routes' failed" >&2
    exit 1
fi

# Path parameters are compared by position, not name: /products/{id} matches /products/{product_id}.
SPEC="$spec" ROUTES="$routes" YAML_MODULE="$modules/js-yaml" node -e '
const fs = require("fs");
const yaml = require(process.env.YAML_MODULE);
const doc = yaml.load(fs.readFileSync(process.env.SPEC, "utf8"));
const norm = (p) => p.replace(/\{[^}\/]*\}/g, "{}");
const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const documented = new Map(); // normalized "METHOD /path" -> as written in the document
for (const [path, item] of Object.entries(doc.paths || {}))
    for (const m of methods)
        if (item && item[m]) documented.set(m.toUpperCase() + " " + norm(path), m.toUpperCase() + " " + path);
const served = new Set();
const missing = [];
for (const raw of fs.readFileSync(process.env.ROUTES, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = /^([A-Za-z]+)\s+(\/\S*)$/.exec(line);
    if (!m) { console.error("FAIL: cannot read route line: " + JSON.stringify(raw)); process.exit(1); }
    const key = m[1].toUpperCase() + " " + norm(m[2]);
    served.add(key);
    if (!documented.has(key)) missing.push(m[1].toUpperCase() + " " + m[2]);
}
if (served.size === 0) { console.error("FAIL: the server listed no routes"); process.exit(1); }
for (const [k, shown] of documented)
    if (!served.has(k)) console.log("note: documented but not served: " + shown);
if (missing.length) {
    console.error("FAIL: " + missing.length + " served route(s) missing from docs/openapi.yaml:");
    for (const r of missing) console.error("  " + r);
    process.exit(1);
}
console.log("all " + served.size + " served routes are documented");
'
