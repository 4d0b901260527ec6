import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Request } from "@playwright/test";
import { demoStaff } from "../db/seed/demo-staff";
import { startNginx } from "../scripts/nginx";
import {
  benchStory,
  coldRenderTimes,
  freshDatabase,
  get,
  seed,
  startServer,
  startWeatherStub,
  type Server,
} from "./server";
import { ensureWrk, percentile, wrk, type WrkResult } from "./wrk";

// `npm run bench [-- --stories 100000] [--duration 5] [--skip-build] [--port 3330]`: see README, "Benchmark".
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const STORIES = Number(arg("stories", "10000"));
const SECONDS = Number(arg("duration", "5"));
const PORT = Number(arg("port", "3330"));
const ROOT = path.join(__dirname, "..");
const TOKEN = `bench-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const SEARCH = "/search?q=council+housing";
const log = (...a: unknown[]) => console.log(...a);

async function main() {
  ensureWrk();
  if (!process.argv.includes("--skip-build")) {
    log("Building…");
    const b = spawnSync("sh", ["-c", "node_modules/.bin/next build >/dev/null && node scripts/precompress.mjs"], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (b.status !== 0) throw new Error("build failed");
  }
  const weather = startWeatherStub(PORT + 9);
  const env = {
    AUTH_SECRET: "bench-secret-not-for-production-0123456789",
    AUTH_TRUST_HOST: "true",
    SITE_URL: `http://127.0.0.1:${PORT + 1}`,
    WEATHER_API_URL: `http://127.0.0.1:${PORT + 9}`,
    BENCH_TOKEN: TOKEN,
    PROXY_CACHE_URL: `http://127.0.0.1:${PORT + 1}`,
    // A production build opens the bench route and accepts the demo logins only when told to.
    MASTHEAD_BENCH: "1",
    MASTHEAD_DEMO_STAFF: "1",
  };
  const sizes = [...new Set([1000, 10_000, 100_000].filter((n) => n < STORIES).concat(STORIES))].sort((a, b) => a - b);
  const growth: Record<number, Record<string, number>> = {};
  let full: Awaited<ReturnType<typeof fullSuite>> | null = null;
  for (const size of sizes) {
    log(`\n== ${size.toLocaleString("en-US")} stories (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`);
    const db = await freshDatabase(String(size));
    try {
      seed(db.env, size);
      const server = await startServer(PORT, { ...env, ...db.env });
      try {
        for (const p of ["/", "/local", SEARCH]) for (let i = 0; i < 3; i++) await get(server.url + p);
        growth[size] = {};
        for (const [name, p] of [
          ["home", "/"],
          ["section", "/local"],
          ["search", SEARCH],
        ] as const) {
          growth[size]![name] = wrk(server.url + p, 1, Math.max(2, Math.round(SECONDS / 2))).p50;
        }
        log("  p50 at 1 connection (ms):", growth[size]);
        if (size === STORIES) full = await fullSuite(server);
      } finally {
        await server.stop();
      }
    } finally {
      await db.drop();
    }
  }
  weather.close();
  report(full!, growth);
}

async function fullSuite(server: Server) {
  const article = (await (await get(`${server.url}/`)).text()).match(/href="(\/[a-z-]+\/[a-z0-9-]+)"/)?.[1];
  if (!article) throw new Error("no article link on the home page");
  const slug = article.split("/")[2]!;
  // The reference: the same article's HTML as a precompressed static file, served by nginx.
  const staticRoot = mkdtempSync(path.join(tmpdir(), "masthead-static-"));
  spawnSync("chmod", ["755", staticRoot]);
  const html = await (await get(server.url + article)).text();
  mkdirSync(path.join(staticRoot, "a"));
  writeFileSync(path.join(staticRoot, "a/index.html"), html);
  writeFileSync(path.join(staticRoot, "a/index.html.gz"), gzipSync(html, { level: 9 }));
  spawnSync("chmod", ["-R", "a+rX", staticRoot]);
  const nginx = await startNginx({
    port: PORT + 1,
    upstreams: [`127.0.0.1:${PORT}`],
    appDir: ROOT,
    staticCopy: { port: PORT + 2, root: staticRoot },
  });
  try {
    const staticUrl = `http://127.0.0.1:${PORT + 2}/a/`;
    const targets: [string, string][] = [
      ["article via nginx micro-cache", nginx.url + article],
      ["article, origin warm", server.url + article],
      ["home, origin", `${server.url}/`],
      ["section, origin", `${server.url}/local`],
      ["search, origin", server.url + SEARCH],
      ["RSS feed, origin", `${server.url}/feed.xml`],
    ];
    for (const [, u] of targets) for (let i = 0; i < 3; i++) await get(u);
    const rows: Record<string, Record<number, WrkResult>> = {};
    const reference: Record<number, WrkResult[]> = { 1: [], 32: [] };
    for (const c of [1, 32]) {
      log(`  wrk at ${c} connection(s)…`);
      // The static copy is measured between every two targets, so drift over the run cancels in the ratio.
      reference[c]!.push(wrk(staticUrl, c, SECONDS));
      targets.forEach(([name, u], i) => {
        (rows[name] ??= {})[c] = wrk(u, c, SECONDS);
        if (i % 2 === 1) reference[c]!.push(wrk(staticUrl, c, SECONDS));
      });
    }
    log("  cold renders…");
    const cold = await coldRenders(server, article);
    log("  publish to visible…");
    const publish = await publishToVisible(server, nginx.url + article, slug);
    const weight = await pageWeight(server.url + article, html);
    log("  desk saves…");
    const autosave = await autosaveRoundTrip(nginx.url, server, slug).catch((error: unknown) => {
      console.warn(
        `  desk save round trip not measured: ${error instanceof Error ? error.message.split("\n")[0] : error}`,
      );
      return { p50: NaN, p99: NaN, what: "autosave: not measured, see log" };
    });
    return { article, rows, reference, cold, publish, autosave, weight, peakRssMb: server.peakRssMb() };
  } finally {
    await nginx.stop();
    rmSync(staticRoot, { recursive: true, force: true });
  }
}

const bench = (server: Server, body: object) => benchStory(server, TOKEN, body);

/** The first render after an invalidation, 30 times (coldRenderTimes). */
async function coldRenders(server: Server, article: string) {
  const times = await coldRenderTimes(server, TOKEN, article, 30);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { rps: 1000 / mean, p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** An edit returning to the public page (through nginx) showing it, 20 times, with readers polling meanwhile. */
async function publishToVisible(server: Server, publicUrl: string, slug: string) {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const marker = `Bench edition ${i} ${Date.now()}`;
    for (let k = 0; k < 3; k++) await (await get(publicUrl)).arrayBuffer();
    await bench(server, { slug, headline: marker });
    const t = performance.now();
    while (!(await (await get(publicUrl)).text()).includes(marker)) {
      if (performance.now() - t > 10_000) throw new Error("an edit did not show within 10 s");
      await new Promise((r) => setTimeout(r, 10));
    }
    times.push(performance.now() - t);
  }
  return { median: percentile(times, 50), max: Math.max(...times) };
}

/**
 * The desk's autosave, 20 times: an editor types in the headline, the editor saves on its own 2.5 s after the last
 * keystroke; timed from the save request leaving the browser to the editor saying "Saved".
 */
async function autosaveRoundTrip(publicBase: string, server: Server, slug: string) {
  const { id } = await bench(server, { slug });
  const editor = demoStaff.find((s) => s.role === "editor")!;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${publicBase}/login`);
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/admin$/);
    await page.goto(`${publicBase}/admin/stories/${id}`);
    await page.waitForLoadState("networkidle");
    const status = page.getByRole("status").filter({ hasText: /^(Saving|Saved)/ });
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const isSave = (r: Request) =>
        r.method() === "POST" && r.url().includes(`/admin/stories/${id}`) && /headline/.test(r.postData() ?? "");
      const sent = page.waitForRequest(isSave);
      await page.getByLabel("Headline", { exact: true }).fill(`Desk save ${i} ${Date.now()}`);
      await sent;
      const t = performance.now();
      await page.waitForResponse((r) => isSave(r.request()));
      await status.filter({ hasText: /^Saved/ }).waitFor();
      times.push(performance.now() - t);
    }
    return { p50: percentile(times, 50), p99: percentile(times, 99), what: "autosave" };
  } finally {
    await browser.close();
  }
}

/** The article's HTML (gzip) against the same page without inline scripts, and its JavaScript (gzip). */
async function pageWeight(url: string, html: string) {
  const gz = (s: string | Buffer) => gzipSync(s, { level: 6 }).length;
  const withoutInline = html.replace(/<script(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/g, "");
  // noModule scripts (the legacy polyfills) are skipped by every browser that runs modules, so they are not counted.
  const scripts = [...new Set([...html.matchAll(/<script(?![^>]*\bnoModule)[^>]+src="([^"]+)"/gi)].map((m) => m[1]!))];
  let js = 0;
  for (const s of scripts) js += gz(Buffer.from(await (await get(new URL(s, url))).arrayBuffer()));
  return {
    htmlGzipKb: gz(html) / 1024,
    noInlineGzipKb: gz(withoutInline) / 1024,
    jsGzipKb: js / 1024,
    scripts: scripts.length,
  };
}

function report(
  full: NonNullable<Awaited<ReturnType<typeof fullSuite>>>,
  growth: Record<number, Record<string, number>>,
) {
  const mean = (xs: WrkResult[]) => xs.reduce((a, b) => a + b.rps, 0) / xs.length;
  const ref = { 1: mean(full.reference[1]!), 32: mean(full.reference[32]!) };
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "–");
  const ratio = (n: number, c: 1 | 32) => {
    const r = n / ref[c];
    return r >= 0.1 ? r.toFixed(2) : r.toFixed(4);
  };
  const lines = [
    `Masthead benchmark: ${STORIES.toLocaleString("en-US")} stories, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}, ${SECONDS} s per wrk run, ${new Date().toISOString()}`,
    "",
    "| page | req/s @1 | ratio @1 | p50 ms @1 | req/s @32 | ratio @32 | p50 ms @32 | p99 ms @32 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| static precompressed copy (nginx) | ${f(ref[1], 0)} | 1 | ${f(full.reference[1]![0]!.p50, 2)} | ${f(ref[32], 0)} | 1 | ${f(full.reference[32]![0]!.p50, 2)} | ${f(full.reference[32]![0]!.p99, 2)} |`,
    ...Object.entries(full.rows).map(
      ([name, r]) =>
        `| ${name} | ${f(r[1]!.rps, 0)} | ${ratio(r[1]!.rps, 1)} | ${f(r[1]!.p50, 2)} | ${f(r[32]!.rps, 0)} | ${ratio(r[32]!.rps, 32)} | ${f(r[32]!.p50, 2)} | ${f(r[32]!.p99, 2)} |`,
    ),
    `| article, origin cold (after invalidation, sequential) | ${f(full.cold.rps, 0)} | ${ratio(full.cold.rps, 1)} | ${f(full.cold.p50, 1)} | | | | p99 ${f(full.cold.p99, 1)} @1 |`,
    "",
    "| measure | value |",
    "| --- | --- |",
    `| publish-to-visible through nginx, median / max of 20 | ${f(full.publish.median, 0)} ms / ${f(full.publish.max, 0)} ms |`,
    `| desk save round trip p50 / p99 (${full.autosave.what}) | ${f(full.autosave.p50, 0)} ms / ${f(full.autosave.p99, 0)} ms |`,
    `| article HTML gzip / same without inline scripts | ${f(full.weight.htmlGzipKb)} KB / ${f(full.weight.noInlineGzipKb)} KB (${f(full.weight.htmlGzipKb / full.weight.noInlineGzipKb, 2)}x) |`,
    `| article JavaScript gzip (${full.weight.scripts} files) | ${f(full.weight.jsGzipKb)} KB |`,
    `| server peak memory (VmHWM) | ${full.peakRssMb} MB |`,
    "",
    "| stories | home p50 ms | section p50 ms | search p50 ms |",
    "| ---: | ---: | ---: | ---: |",
    ...Object.entries(growth).map(
      ([n, g]) =>
        `| ${Number(n).toLocaleString("en-US")} | ${f(g.home!, 2)} | ${f(g.section!, 2)} | ${f(g.search!, 2)} |`,
    ),
  ];
  const md = lines.join("\n");
  console.log(`\n${md}\n`);
  const dir = path.join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  writeFileSync(
    path.join(dir, `${stamp}.json`),
    JSON.stringify(
      {
        stories: STORIES,
        seconds: SECONDS,
        database: process.env.DATABASE_URL ? "postgresql" : "pglite",
        referenceRps: ref,
        ...full,
        growth,
      },
      null,
      2,
    ),
  );
  writeFileSync(path.join(dir, `${stamp}.md`), `${md}\n`);
  console.log(`Written to bench/results/${stamp}.json and .md`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
