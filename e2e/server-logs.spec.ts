import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// `npm run start` writes JSON log lines. A process warning (the AWS SDK's notice about Node versions, printed at
// every start of an instance that stores photos in S3) is a warning, not an error: alerts key on level "error".
const PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
const root = path.resolve(__dirname, "..");

test("a process warning is logged at level warn", async () => {
  const emit = "setTimeout(() => process.emitWarning('NodeVersionSupportWarning: test notice'), 300)";
  const child = spawn(
    process.execPath,
    [
      "--import",
      `data:text/javascript,${encodeURIComponent(emit)}`,
      "scripts/server.mjs",
      "-p",
      String(PORT),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        LOG_FORMAT: "",
        AUTH_SECRET: "e2e-log-secret-0123456789abcdefXYZ-0123",
        PGLITE_DIR: path.join(os.tmpdir(), `masthead-log-test-${PORT}`),
      },
    },
  );
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  await expect.poll(() => stderr.includes("test notice"), { timeout: 30_000 }).toBe(true);
  child.kill("SIGKILL");
  const line = stderr.split("\n").find((l) => l.includes("test notice"))!;
  expect(JSON.parse(line)).toMatchObject({ level: "warn", msg: "NodeVersionSupportWarning: test notice" });
});
