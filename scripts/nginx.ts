import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Runs the shipped nginx configuration (deploy/nginx) in a throwaway folder for tests and the benchmark:
 * nginx.conf and masthead.conf are copied as they are; only the host files (upstream, cache folders, listen
 * address) are written here. Also serves an extra static folder when asked (the benchmark's reference copy).
 */
export type NginxOptions = {
  port: number;
  upstreams: string[];
  appDir: string;
  staticCopy?: { port: number; root: string };
};
export type RunningNginx = { url: string; dir: string; stop: () => Promise<void> };

const DEPLOY = path.join(__dirname, "..", "deploy", "nginx");
export const NGINX_BIN = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p)) ?? "nginx";

/** Installs nginx with apt-get when it is missing and we are root; otherwise explains how. */
export function ensureNginx(): void {
  if (spawnSync(NGINX_BIN, ["-v"]).status === 0) return;
  if (process.getuid?.() === 0 && spawnSync("apt-get", ["--version"]).status === 0) {
    console.log("Installing nginx-light with apt-get…");
    spawnSync(
      "sh",
      ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null"],
      { stdio: "inherit" },
    );
    if (spawnSync(NGINX_BIN, ["-v"]).status === 0) return;
  }
  throw new Error("nginx is needed here. Install it with: sudo apt-get install -y nginx-light");
}

export async function startNginx(opts: NginxOptions): Promise<RunningNginx> {
  for (const port of [opts.port, opts.staticCopy?.port]) {
    if (port && (await isOpen(port))) throw new Error(`Port ${port} is already in use; nginx cannot listen there.`);
  }
  const dir = nginxFolder();
  copyFileSync(path.join(DEPLOY, "nginx.conf"), path.join(dir, "nginx.conf"));
  copyFileSync(path.join(DEPLOY, "masthead.conf"), path.join(dir, "masthead.conf"));
  writeFileSync(
    path.join(dir, "upstream.conf"),
    `upstream masthead_app {\n${opts.upstreams.map((u) => `    server ${u};\n`).join("")}    keepalive 64;\n}\n`,
  );
  const extra = opts.staticCopy
    ? `server {\n    listen 127.0.0.1:${opts.staticCopy.port};\n    root ${opts.staticCopy.root};\n    gzip_static on;\n    location / { try_files $uri $uri/index.html =404; }\n}\n`
    : "";
  writeFileSync(
    path.join(dir, "local.conf"),
    `${tempPaths(dir)}\n` +
      `proxy_cache_path ${dir}/cache/pages levels=1:2 keys_zone=masthead_pages:20m max_size=512m inactive=10m use_temp_path=off;\n` +
      `proxy_cache_path ${dir}/cache/media levels=1:2 keys_zone=masthead_media:20m max_size=1g inactive=30d use_temp_path=off;\n${extra}`,
  );
  writeFileSync(
    path.join(dir, "site.conf"),
    `listen 127.0.0.1:${opts.port};\nserver_name _;\nset $masthead_app_dir ${opts.appDir};\n`,
  );
  return launchNginx(dir, path.join(dir, "nginx.conf"), opts.port);
}

/**
 * A throwaway folder for nginx. Run as root, nginx starts its workers as nobody, and they write request bodies
 * over the in-memory buffer (16 KB: every photo) to the temp folders and pages to the caches: each folder on the
 * way must be traversable by nobody (mkdtemp makes 0700 folders), or uploads fail with a 500 ("Permission denied").
 */
export function nginxFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "masthead-nginx-"));
  chmodSync(dir, 0o755);
  // nginx makes the temp folders themselves (0700, owned by the worker user); the caches it only fills.
  mkdirSync(path.join(dir, "temp"), { mode: 0o755 });
  for (const sub of ["cache", "cache/pages", "cache/media", "logs"]) {
    mkdirSync(path.join(dir, sub), { recursive: true });
    chmodSync(path.join(dir, sub), 0o777);
  }
  return dir;
}

/** http-context lines keeping every temporary file in nginxFolder()'s temp folder, not in the distribution's. */
export function tempPaths(dir: string): string {
  return ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${dir}/temp/${t};`).join("\n");
}

/** Checks and starts nginx on a configuration in nginxFolder(); the one launcher for tests, the benchmark and the cluster. */
export async function launchNginx(dir: string, conf: string, port: number): Promise<RunningNginx> {
  ensureNginx();
  const test = spawnSync(NGINX_BIN, ["-p", dir, "-c", conf, "-t", "-q"], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  const child: ChildProcess = spawn(NGINX_BIN, ["-p", dir, "-c", conf, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  // Never outlive the process that started it, even when that one ends without calling stop().
  const orphanGuard = () => child.kill("SIGKILL");
  process.once("exit", orphanGuard);
  await waitForPort(port, child);
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    stop: async () => {
      process.off("exit", orphanGuard);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGQUIT");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    if (await isOpen(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on ${port}`);
}

function isOpen(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const s = net.connect(port, "127.0.0.1", () => (s.destroy(), resolve(true)));
    s.on("error", () => resolve(false));
  });
}
