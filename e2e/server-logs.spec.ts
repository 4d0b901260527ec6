import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// `npm run start` writes JSON log lines. A process warning (the AWS SDK's notice about Node versions, printed at
// every start of an instance that stores photos in S3) is a warning, not an error: alerts key on level "error".
const PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
const root = path.resolve(__dirname, "..");

/** `npm start`'s server, in production with JSON logs, on its own empty database. */
const serve = (port: number, nodeArgs: string[] = []) =>
  spawn(process.execPath, [...nodeArgs, "scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      LOG_FORMAT: "",
      LOG_REQUESTS: "1",
      AUTH_SECRET: "e2e-log-secret-0123456789abcdefXYZ-0123",
      PGLITE_DIR: path.join(os.tmpdir(), `masthead-log-test-${port}`),
    },
  });

test("a process warning is logged at level warn", async () => {
  const emit = "setTimeout(() => process.emitWarning('NodeVersionSupportWarning: test notice'), 300)";
  const child = serve(PORT, ["--import", `data:text/javascript,${encodeURIComponent(emit)}`]);
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  await expect.poll(() => stderr.includes("test notice"), { timeout: 30_000 }).toBe(true);
  child.kill("SIGKILL");
  const line = stderr.split("\n").find((l) => l.includes("test notice"))!;
  expect(JSON.parse(line)).toMatchObject({ level: "warn", msg: "NodeVersionSupportWarning: test notice" });
});

test("a server whose log pipe closes keeps answering and does not spin", async () => {
  test.setTimeout(120_000);
  const port = PORT + 12; // E2E_PORT + 17: the other own servers use +1 to +16 and +40
  const child = serve(port);
  try {
    const url = `http://127.0.0.1:${port}/healthz`;
    await expect
      .poll(
        () =>
          fetch(url).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);
    // The reading end goes away, as when a log collector dies: every line written after this fails with EPIPE.
    child.stdout.destroy();
    child.stderr.destroy();
    for (let i = 0; i < 5; i++)
      expect(await fetch(url, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status), "answered").toBe(200);
    const cpuTicks = () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (100 a second)
    };
    // Once its start-up work is done it idles (the fault kept one core busy for good).
    const cpuSecondsOverASecond = async () => {
      const before = cpuTicks();
      await new Promise((r) => setTimeout(r, 1_000));
      return (cpuTicks() - before) / 100;
    };
    await expect
      .poll(cpuSecondsOverASecond, { timeout: 30_000, message: "CPU seconds a second, idle" })
      .toBeLessThan(0.1);
    const answered = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status);
    expect(answered).toBe(200);
  } finally {
    child.kill("SIGKILL");
  }
});
