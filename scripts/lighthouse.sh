#!/usr/bin/env bash
# Lighthouse (mobile profile) on the four reader pages of a running server, in Debian's chromium:
#   bash scripts/lighthouse.sh http://127.0.0.1:3000 /local/some-story
# Prints performance / accessibility / best practices / SEO per page; reports go to bench/results/lighthouse/.
set -euo pipefail
BASE="${1:?base URL}"; ARTICLE="${2:?article path}"
OUT="$(dirname "$0")/../bench/results/lighthouse"; mkdir -p "$OUT"
export CHROME_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
for page in / "$ARTICLE" /local /search "/search?q=council"; do
  name=$(echo "$page" | tr '/?=' '___'); name="${name:-_home}"
  npx --yes lighthouse@12 "$BASE$page" --quiet --output=json --output-path="$OUT/$name.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking" >/dev/null 2>&1 || true
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const c = r.categories;
    const s = (k) => Math.round((c[k]?.score ?? 0) * 100);
    const fails = Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id);
    console.log(`${process.argv[2].padEnd(40)} perf ${s("performance")}  a11y ${s("accessibility")}  bp ${s("best-practices")}  seo ${s("seo")}  ${fails.length ? "failing: " + fails.join(", ") : ""}`);
  ' "$OUT/$name.json" "$page"
done
