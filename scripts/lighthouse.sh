#!/usr/bin/env bash
# Lighthouse (mobile profile, simulated throttling) on the reader pages of a running server, in Debian's chromium:
#   bash scripts/lighthouse.sh http://127.0.0.1:3000 /local/some-story [runs]
# Scores home, a section, a tag, an author and the article given, each `runs` times (default 5), and prints every
# run and the lowest performance score per page; reports go to bench/results/lighthouse/.
#
# --disable-features=PaintHolding: headless Chromium here holds the blank page's pixels after the navigation and
# shows the new page's first frame 1 or 2 seconds late (a trace showed the page painted at 255 ms and presented at
# 1,233 ms, even for a copy with no scripts). Lighthouse then counts every script that ran meanwhile into the first
# paint. A reader's browser opening the site has nothing to hold.
#
# Each run prints the host's benchmarkIndex, Lighthouse's measure of the CPU at the start of that run: its 4x CPU
# slowdown is meant for a host of 1500-2000 (docs/throttling.md); this 2-core machine measured 1470-2732.
set -euo pipefail
BASE="${1:?base URL}"; ARTICLE="${2:?article path}"; RUNS="${3:-5}"
OUT="$(dirname "$0")/../bench/results/lighthouse"; mkdir -p "$OUT"
export CHROME_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
# The article's own section, and the first tag and author it links to.
article=$(curl -fsS "$BASE$ARTICLE")
link() { grep -o "href=\"/$1/[^\"?#]*\"" <<<"$article" | head -1 | cut -d'"' -f2; }
section="/$(cut -d/ -f2 <<<"$ARTICLE")"; tag=$(link tags); author=$(link authors)
for page in / "$section" "$tag" "$author" "$ARTICLE"; do
  name=$(echo "$page" | tr '/?=' '___'); [ "$name" != _ ] || name=_home
  scores=()
  for run in $(seq 1 "$RUNS"); do
    npx --yes lighthouse@12 "$BASE$page" --quiet --output=json --output-path="$OUT/$name-$run.json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-features=PaintHolding" \
      >/dev/null 2>&1 || true
    line=$(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const c = r.categories; const a = r.audits;
      const s = (k) => Math.round((c[k]?.score ?? 0) * 100); const ms = (k) => Math.round(a[k]?.numericValue ?? 0);
      const fails = Object.values(a).filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === "binary").map((x) => x.id);
      console.log(`${s("performance")} ${process.argv[2].padEnd(44)} run ${process.argv[3]}: perf ${s("performance")} (FCP ${ms("first-contentful-paint")} ms, LCP ${ms("largest-contentful-paint")} ms, TBT ${ms("total-blocking-time")} ms, CLS ${(a["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)}, SI ${ms("speed-index")} ms, benchmarkIndex ${Math.round(r.environment.benchmarkIndex)})  a11y ${s("accessibility")}  bp ${s("best-practices")}  seo ${s("seo")}${fails.length ? "  failing: " + fails.join(", ") : ""}`);
    ' "$OUT/$name-$run.json" "$page" "$run")
    scores+=("${line%% *}"); echo "${line#* }"
  done
  echo "$page: lowest performance of $RUNS runs: $(printf '%s\n' "${scores[@]}" | sort -n | head -1)"
done
