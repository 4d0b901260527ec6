import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const ROOT = path.join(__dirname, "..");

/** A fresh database: an embedded folder, or a new PostgreSQL database beside DATABASE_URL's. */
export async function freshDatabase(
  label: string,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(path.join(tmpdir(), `masthead-bench-${label}-`));
    return {
      env: { PGLITE_DIR: path.join(dir, "pglite"), MEDIA_DIR: path.join(dir, "media") },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `masthead_bench_${label}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const media = mkdtempSync(path.join(tmpdir(), `masthead-bench-media-`));
  return {
    env: { DATABASE_URL: u.toString(), MEDIA_DIR: media },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      rmSync(media, { recursive: true, force: true });
    },
  };
}

export function seed(env: Record<string, string>, stories: number): void {
  const started = Date.now();
  const r = spawnSync(
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/bench-seed.ts", String(stories)],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, NODE_ENV: "test" },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  if (r.status !== 0) throw new Error("seeding failed");
  console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** A weather source that always answers, so the header's weather costs nothing external. */
export function startWeatherStub(port: number): http.Server {
  return http
    .createServer((_req, res) => {
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ current: { temperature_2m: 64.2 } }));
    })
    .listen(port, "127.0.0.1");
}

export type Server = { url: string; child: ChildProcess; peakRssMb: () => number; stop: () => Promise<void> };

// The production server exactly as `npm start` runs it (its node flags included), on the last build.
const startCommand = (
  JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } }
).scripts.start.split(" ");
if (startCommand[0] !== "node")
  throw new Error(`bench expects "start" to be a node command, not: ${startCommand.join(" ")}`);

/** `npm start` on the last build; `nodeArgs` go to node itself (`--cpu-prof` is refused in NODE_OPTIONS). */
export async function startServer(port: number, env: Record<string, string>, nodeArgs: string[] = []): Promise<Server> {
  rmSync(path.join(ROOT, ".next/server/route-cache"), { recursive: true, force: true });
  const child = spawn(
    process.execPath,
    [...nodeArgs, ...startCommand.slice(1), "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error("the server exited");
    const ok = await fetch(`${url}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 600) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    peakRssMb: () => Math.max(...[child.pid!, ...descendants(child.pid!)].map(vmHwmMb)),
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

function descendants(pid: number): number[] {
  const all = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
  const parent = (p: number) => {
    try {
      return Number(readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
    } catch {
      return -1;
    }
  };
  const out: number[] = [];
  let frontier = [pid];
  while (frontier.length) {
    const next = all.filter((p) => frontier.includes(parent(p)));
    out.push(...next);
    frontier = next;
  }
  return out;
}

function vmHwmMb(pid: number): number {
  try {
    const kb = Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

// wrk leaves the server closing idle keep-alive sockets; a request that lands on one is simply sent again.
export async function get(url: string | URL, init?: RequestInit): Promise<Response> {
  for (let i = 0; ; i++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (i >= 2) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** The bench endpoint (app/api/bench/story): retitle and publish a story, or with no headline only expire its cache. */
export const benchStory = (server: Server, token: string, body: object) =>
  get(`${server.url}/api/bench/story`, {
    method: "POST",
    headers: { "x-bench-token": token, "content-type": "application/json" },
    body: JSON.stringify(body),
  }).then(async (r) => {
    if (!r.ok) throw new Error(`bench endpoint: ${r.status}`);
    return (await r.json()) as { id: string };
  });

/**
 * The article's first render after an invalidation, `n` times: expire the story's tags (home, section, … too), then
 * time one request for the article. Milliseconds, in the order taken.
 */
export async function coldRenderTimes(server: Server, token: string, article: string, n: number): Promise<number[]> {
  const slug = article.split("/").pop();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    // Without the proxy refresh a publish also asks for, which would render the article itself meanwhile.
    await benchStory(server, token, { slug, proxy: false });
    const t = performance.now();
    await (await get(server.url + article, { headers: { "accept-encoding": "gzip" } })).arrayBuffer();
    times.push(performance.now() - t);
  }
  return times;
}
