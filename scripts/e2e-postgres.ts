import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * The end-to-end suite (or the specs named) against PostgreSQL, as production runs: a fresh database on the server
 * at TEST_DATABASE_URL, made for this run and dropped after it, whatever the result.
 * Usage: tsx scripts/e2e-postgres.ts [playwright args…]
 */
const base = process.env.TEST_DATABASE_URL ?? "";
if (!base) {
  console.error("TEST_DATABASE_URL is not set: the PostgreSQL end-to-end pass needs a server.");
  process.exit(1);
}
const name = `masthead_e2e_${randomBytes(6).toString("hex")}`;

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function main(): Promise<number> {
  await admin(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const code = await new Promise<number>((resolve) => {
    const child = spawn("bash", ["scripts/e2e.sh", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, E2E_DATABASE_URL: url.toString() },
    });
    child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  // The server is gone by now; FORCE ends any connection it left half-closed.
  await admin(`drop database if exists ${name} with (force)`).catch((e: Error) =>
    console.error(`Could not drop ${name}: ${e.message}`),
  );
  return code;
}

void main().then((code) => process.exit(code));
