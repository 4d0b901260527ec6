import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { coldRenderTimes, freshDatabase, seed, startServer, startWeatherStub } from "./server";
import { ensureWrk, wrk } from "./wrk";

// CPU profile of the origin under load, one page at a time (run `npm run bench` first; this reuses its build):
//   npx tsx bench/profile.ts [--stories 10000] [--seconds 10] /path [/other-path …]
// With --cold, the article given is rendered cold (its cache expired first, as a publish does) 200 times, one at a
// time, instead of under wrk: `npx tsx bench/profile.ts --cold /section/slug`.
// Writes one .cpuprofile per page to bench/results/profiles/ and prints its top functions (bench/profile-top.mjs).
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1]! : fallback;
};
const STORIES = Number(opt("stories", "10000"));
const SECONDS = Number(opt("seconds", "10"));
const PORT = Number(opt("port", "3350"));
const coldAt = args.indexOf("--cold");
const COLD = coldAt >= 0 && args.splice(coldAt, 1).length > 0;
const TOKEN = `bench-${Math.random().toString(36).slice(2)}`;
const pages = args.length ? args : ["/local"];
const OUT = path.join(__dirname, "results/profiles");

async function main() {
  ensureWrk();
  mkdirSync(OUT, { recursive: true });
  const weather = startWeatherStub(PORT + 9);
  const db = await freshDatabase("profile");
  try {
    seed(db.env, STORIES);
    for (const page of pages) {
      const dir = path.join(OUT, page.replace(/[^a-z0-9]+/gi, "_") || "_home");
      const server = await startServer(
        PORT,
        {
          ...db.env,
          AUTH_SECRET: "bench-secret-not-for-production-0123456789",
          AUTH_TRUST_HOST: "true",
          WEATHER_API_URL: `http://127.0.0.1:${PORT + 9}`,
          BENCH_TOKEN: TOKEN,
          MASTHEAD_BENCH: "1",
        },
        ["--cpu-prof", `--cpu-prof-dir=${dir}`],
      );
      try {
        const url = server.url + page;
        for (let i = 0; i < 20; i++) await fetch(url).then((r) => r.arrayBuffer());
        if (COLD) {
          const times = (await coldRenderTimes(server, TOKEN, page, 200)).sort((a, b) => a - b);
          console.log(`${page} cold: p50 ${times[times.length >> 1]!.toFixed(1)} ms of ${times.length} renders`);
        } else {
          const r = wrk(url, 32, SECONDS);
          console.log(`${page}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms at 32 connections`);
        }
      } finally {
        await server.stop();
      }
      const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
      console.log(`  profiles: ${files.map((f) => path.join(dir, f)).join(", ")}`);
    }
  } finally {
    await db.drop();
    weather.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
