import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { weatherUrl } from "./helpers";

/**
 * A second production server for specs that need their own data or environment (hostile text, DESK_URL). It runs
 * the build the suite made with `npm run start`'s server (scripts/server.mjs), copied into a temporary folder: Next.js keeps rendered pages on disk under .next, and
 * two servers with different databases must not share them. Its data is a fresh embedded database with the demo
 * newsroom, plus whatever `extraSeed` (a tsx script) writes before the server opens the folder.
 */
export type OwnServer = { url: string; log: () => string; stop: () => Promise<void> };

const root = path.resolve(__dirname, "..");

function seed(script: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", script], {
    cwd: root,
    env: { ...env, NODE_ENV: "test", SEED_DEMO_STAFF: "1" } as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr || r.stdout}`);
}

let seeded: string | undefined;
/**
 * The demo newsroom (database and photos) seeded once in this worker and copied for each server: a seed costs
 * 15-20 s of CPU (PGlite's start, the migrations, the photos' sizes), and ten specs start a server.
 */
function seededNewsroom(): string {
  if (seeded) return seeded;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-e2e-seeded-"));
  process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  seed("scripts/db-seed.ts", {
    ...process.env,
    PGLITE_DIR: path.join(dir, "data", "pglite"),
    MEDIA_DIR: path.join(dir, "data", "media"),
  });
  seeded = path.join(dir, "data");
  return seeded;
}

export async function startOwnServer(opts: {
  port: number;
  env?: Record<string, string>;
  extraSeed?: string;
  /** The address the server (scripts/server.mjs, as `npm run start`) listens on: 127.0.0.1 unless given. */
  serverScriptHost?: string;
}): Promise<OwnServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-e2e-"));
  for (const entry of fs.readdirSync(root)) {
    if ([".next", ".data", "test-results", ".git"].includes(entry) || entry.startsWith(".e2e-data")) continue;
    fs.symlinkSync(path.join(root, entry), path.join(dir, entry));
  }
  fs.cpSync(path.join(root, ".next"), path.join(dir, ".next"), {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}cache${path.sep}`),
  });
  fs.rmSync(path.join(dir, ".next", "server", "route-cache"), { recursive: true, force: true });
  const url = `http://127.0.0.1:${opts.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production" as const,
    AUTH_SECRET: "e2e-own-server-secret-0123456789abcdefXYZ",
    AUTH_TRUST_HOST: "true",
    MASTHEAD_DEMO_STAFF: "1", // the demo logins work on this production build (lib/auth/demo-logins.ts)
    SITE_URL: url,
    WEATHER_API_URL: weatherUrl,
    PGLITE_DIR: path.join(dir, "data", "pglite"),
    MEDIA_DIR: path.join(dir, "data", "media"),
    LOG_REQUESTS: "0",
    ...opts.env,
  };
  fs.cpSync(seededNewsroom(), path.join(dir, "data"), { recursive: true });
  if (opts.extraSeed) seed(opts.extraSeed, env);
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "scripts/server.mjs"), "-p", String(opts.port), "-H", opts.serverScriptHost ?? "127.0.0.1"],
    { cwd: dir, env },
  );
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 120 || child.exitCode !== null) throw new Error(`server on ${url} did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
