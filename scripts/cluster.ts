// `npm run cluster`: one production build served by three instances on one PostgreSQL database and one Redis,
// photos in one S3-compatible bucket, behind nginx (round robin, no stickiness). For trying scale-out on one
// machine; the README's "Scaling out" section says how to do the same on real ones. Ctrl-C stops everything and
// removes what it made (a fresh database, its Redis keys, the local bucket).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createClient } from "redis";
import S3rver from "s3rver";
import { launchNginx, nginxFolder, tempPaths } from "./nginx";

const root = path.resolve(__dirname, "..");
const basePort = Number(process.env.CLUSTER_PORT ?? 8080);
const count = Number(process.env.CLUSTER_INSTANCES ?? 3);
const ports = Array.from({ length: count }, (_, i) => basePort + 1 + i);
const s3Port = basePort + count + 1;
const runId = randomBytes(4).toString("hex");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-cluster-"));
const children: { name: string; proc: ChildProcess }[] = [];
const cleanups: (() => Promise<void>)[] = [];
const say = (msg: string) => console.log(`[cluster] ${msg}`);

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  // Every instance must agree on these: session cookies and server-action payloads made by one are read by another.
  env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
  env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ||= randomBytes(32).toString("base64");
  env.AUTH_TRUST_HOST ||= "true";
  env.MASTHEAD_DEMO_STAFF = "1"; // the demo logins below work on this production build (lib/auth/demo-logins.ts)
  env.SITE_URL ||= `http://127.0.0.1:${basePort}`;
  env.REDIS_URL ||= "redis://127.0.0.1:6379";
  env.REDIS_KEY_PREFIX ||= `masthead-cluster-${runId}:`;
  if (!env.DATABASE_URL) env.DATABASE_URL = await createDatabase(`masthead_cluster_${runId}`);
  if (!env.MEDIA_S3_BUCKET) Object.assign(env, await startLocalBucket());
  cleanups.push(() => clearRedisPrefix(env.REDIS_URL!, env.REDIS_KEY_PREFIX!));

  if (process.env.CLUSTER_SKIP_BUILD !== "1") {
    say("building once for every instance…");
    // No REDIS_URL at build time: the same build serves with or without the shared cache.
    await runOrThrow("node_modules/.bin/next", ["build"], { ...env, REDIS_URL: "" });
  }
  say("migrating and loading the demo newsroom…");
  await runOrThrow("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/db-seed.ts"], {
    ...env,
    NODE_ENV: "test",
    SEED_DEMO_STAFF: "1",
  });

  for (const [i, port] of ports.entries()) {
    const name = `app${i + 1}`;
    start(name, "node", ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], { ...env, INSTANCE_ID: name });
  }
  await Promise.all(ports.map((port) => waitFor(`http://127.0.0.1:${port}/readyz`)));
  const nginxDir = nginxFolder();
  const nginx = await launchNginx(nginxDir, writeNginxConfig(nginxDir), basePort);
  cleanups.push(() => nginx.stop());
  await waitFor(`http://127.0.0.1:${basePort}/healthz`);
  const state = {
    url: `http://127.0.0.1:${basePort}`,
    instances: children.map((c, i) => ({ name: c.name, port: ports[i], pid: c.proc.pid })),
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    databaseUrl: env.DATABASE_URL,
    s3Endpoint: env.MEDIA_S3_ENDPOINT,
  };
  if (process.env.CLUSTER_STATE_FILE) fs.writeFileSync(process.env.CLUSTER_STATE_FILE, JSON.stringify(state, null, 2));
  say(`ready: ${state.url} -> ${ports.map((p) => `127.0.0.1:${p}`).join(", ")} (demo logins: db/seed/demo-staff.ts)`);
}

function start(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const proc = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((l) => `[${name}] ${l}\n`)
      .join("");
  proc.stdout!.on("data", (c: Buffer) => process.env.CLUSTER_QUIET !== "1" && process.stdout.write(prefix(c)));
  proc.stderr!.on("data", (c: Buffer) => process.stderr.write(prefix(c)));
  // An instance that dies (or is killed) leaves the others serving: that is the point.
  proc.on("exit", (code, signal) => !stopping && say(`${name} exited (${signal ?? code}); the others keep serving`));
  children.push({ name, proc });
}

/** Runs a step to the end. Not spawnSync: the local bucket is served from this process and must keep answering. */
function runOrThrow(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(cmd, args, { cwd: root, env, stdio: "inherit" });
    proc.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} failed`))));
  });
}

async function waitFor(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become ready`);
}

async function createDatabase(name: string): Promise<string> {
  const admin = process.env.CLUSTER_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const run = async (sql: string) => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  cleanups.push(() => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function startLocalBucket() {
  const directory = path.join(tmp, "s3");
  const server = new S3rver({
    port: s3Port,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: "masthead-media" }],
  });
  await server.run();
  cleanups.push(() => server.close());
  return {
    MEDIA_S3_BUCKET: "masthead-media",
    MEDIA_S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    MEDIA_S3_REGION: "us-east-1",
    MEDIA_S3_ACCESS_KEY_ID: "S3RVER",
    MEDIA_S3_SECRET_ACCESS_KEY: "S3RVER",
  };
}

async function clearRedisPrefix(url: string, prefix: string) {
  const client = createClient({ url });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 }))
    if (keys.length) await client.unlink(keys);
  await client.close();
}

/** The balancer: the shipped proxy settings (deploy/nginx/masthead-proxy.conf) in front of this run's instances. */
function writeNginxConfig(dir: string): string {
  const upstream = `upstream masthead {\n${ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")}\n}\n`;
  fs.writeFileSync(path.join(dir, "upstream.conf"), upstream);
  const conf = `worker_processes 1;\npid ${dir}/nginx.pid;\nerror_log stderr warn;\nevents { worker_connections 1024; }\nhttp {\n    access_log off;\n${tempPaths(dir)}\n    include ${dir}/upstream.conf;\n    server {\n        listen 127.0.0.1:${basePort};\n        include ${root}/deploy/nginx/masthead-proxy.conf;\n    }\n}\n`;
  const file = path.join(dir, "nginx.conf");
  fs.writeFileSync(file, conf);
  return file;
}

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  say("stopping…");
  // SIGTERM: each instance drains and closes its database pool (nginx stops with the cleanups).
  await Promise.all(
    children.map(
      ({ proc }) =>
        new Promise<void>((resolve) => {
          if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
          proc.once("exit", () => resolve());
          proc.kill("SIGTERM");
          setTimeout(() => {
            proc.kill("SIGKILL");
            resolve();
          }, 30_000).unref();
        }),
    ),
  );
  if (process.env.CLUSTER_STATE_FILE) fs.rmSync(process.env.CLUSTER_STATE_FILE, { force: true });
  for (const cleanup of cleanups.reverse())
    await cleanup().catch((e) => console.error("[cluster] cleanup:", e.message));
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
main().catch((error) => {
  console.error(`[cluster] ${error instanceof Error ? error.message : error}`);
  void stop(1);
});
