import { spawnSync } from "node:child_process";

export type WrkResult = { rps: number; p50: number; p99: number };

/** Installs wrk with apt-get when it is missing and we are root; otherwise explains how. */
export function ensureWrk(): void {
  if (spawnSync("sh", ["-c", "command -v wrk"]).status === 0) return;
  if (process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0) {
    console.log("Installing wrk with apt-get…");
    spawnSync(
      "sh",
      ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null"],
      { stdio: "inherit" },
    );
    if (spawnSync("sh", ["-c", "command -v wrk"]).status === 0) return;
  }
  throw new Error("The benchmark needs wrk. Install it with: sudo apt-get install -y wrk");
}

const ms = (v: string, unit: string) => Number(v) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? 1);

/** One wrk run with a browser's Accept-Encoding; latencies in milliseconds. */
export function wrk(url: string, connections: number, seconds: number): WrkResult {
  const out = spawnSync(
    "wrk",
    [
      `-t${Math.min(2, connections)}`,
      `-c${connections}`,
      `-d${Math.max(1, Math.round(seconds))}s`,
      "--latency",
      "-H",
      "Accept-Encoding: gzip",
      url,
    ],
    { encoding: "utf8" },
  );
  if (out.status !== 0) throw new Error(`wrk failed on ${url}: ${out.stderr}`);
  const pct = (p: string) => {
    const m = out.stdout.match(new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)`, "m"));
    return m ? ms(m[1]!, m[2]!) : NaN;
  };
  const rps = Number(out.stdout.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN);
  const non2xx = out.stdout.match(/Non-2xx or 3xx responses: (\d+)/)?.[1];
  if (non2xx) console.warn(`  (${non2xx} error responses from ${url})`);
  return { rps, p50: pct("50"), p99: pct("99") };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
