import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// `npm run start` writes JSON log lines. A process warning (the AWS SDK's notice about Node versions, printed at
// every start of an instance that stores photos in S3) is a warning, not an error: alerts key on level "error".
const PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
const root = path.resolve(__dirname, "..");

/** `npm start`'s server, in production with JSON logs, on an empty database of its own (removed by `stop`). */
function serve(port: number, nodeArgs: string[] = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "masthead-log-test-"));
  const child = spawn(process.execPath, [...nodeArgs, "scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      LOG_FORMAT: "",
      LOG_REQUESTS: "1",
      AUTH_SECRET: "e2e-log-secret-0123456789abcdefXYZ-0123",
      PGLITE_DIR: path.join(dir, "pglite"),
    },
  });
  const stop = () => {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
  return { child, stop };
}

test("a process warning is logged at level warn", async () => {
  const emit = "setTimeout(() => process.emitWarning('NodeVersionSupportWarning: test notice'), 300)";
  const { child, stop } = serve(PORT, ["--import", `data:text/javascript,${encodeURIComponent(emit)}`]);
  try {
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    await expect.poll(() => stderr.includes("test notice"), { timeout: 30_000 }).toBe(true);
    const line = stderr.split("\n").find((l) => l.includes("test notice"))!;
    expect(JSON.parse(line)).toMatchObject({ level: "warn", msg: "NodeVersionSupportWarning: test notice" });
  } finally {
    stop();
  }
});

test("a server whose log pipes close keeps answering, idles, and stops on SIGTERM", async () => {
  test.skip(process.platform !== "linux", "reads the server's CPU time from /proc");
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT ?? 3100) + 17;
  const { child, stop } = serve(port);
  const url = `http://127.0.0.1:${port}/healthz`;
  const status = () => fetch(url, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status);
  try {
    await expect
      .poll(
        () => {
          if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
          return status().catch(() => 0);
        },
        { timeout: 60_000 },
      )
      .toBe(200);
    // The reading ends go away, as when a log collector dies: every line written after this fails with EPIPE.
    child.stdout.destroy();
    child.stderr.destroy();
    for (let i = 0; i < 5; i++) expect(await status(), "answered").toBe(200);
    // utime + stime, in clock ticks (100 a second); once its start-up work is done it idles (the fault kept one core
    // busy for good).
    const cpuTicks = () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return Number(fields[11]) + Number(fields[12]);
    };
    const cpuSecondsOverASecond = async () => {
      const before = cpuTicks();
      await new Promise((r) => setTimeout(r, 1_000));
      return (cpuTicks() - before) / 100;
    };
    await expect
      .poll(cpuSecondsOverASecond, { timeout: 30_000, message: "CPU seconds a second, idle" })
      .toBeLessThan(0.1);
    expect(await status()).toBe(200);
    child.kill("SIGTERM");
    await expect.poll(() => child.exitCode, { timeout: 15_000, message: "exited after SIGTERM" }).toBe(0);
  } finally {
    stop();
  }
});
