import { afterAll, beforeAll, inject } from "vitest";
import { useDatabase } from "@/db";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { Client } from "pg";
import { openDatabase, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export type TestDatabase = DbHandle & { name: string; drop: () => Promise<void> };

/** A fresh, migrated database on the driver this test project runs: in-memory PGlite, or a new PostgreSQL database. */
export async function createTestDatabase(driver = process.env.TEST_DRIVER ?? "pglite"): Promise<TestDatabase> {
  if (driver === "postgres") {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error("TEST_DATABASE_URL is not set");
    const name = `masthead_test_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ url: url.toString() });
    await migrateDatabase(handle);
    return {
      ...handle,
      name,
      drop: async () => {
        await handle.close();
        const c = new Client({ connectionString: base });
        await c.connect();
        // Not WITH (FORCE): killing a pool connection that is still closing surfaces as an uncaught error.
        // A closed pool's backends exit within moments; wait for them instead.
        for (let attempt = 0; ; attempt++) {
          try {
            await c.query(`drop database if exists ${name}`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        await c.end();
      },
    };
  }
  const handle = await openDatabase({ dataDir: "memory://", from: await pgliteTemplate() });
  return { ...handle, name: "memory", drop: () => handle.close() };
}

let template: Promise<Blob> | undefined;
/** The run's migrated PGlite (test/global-setup.ts), read once per worker. */
function pgliteTemplate(): Promise<Blob> {
  template ??= fs.promises.readFile(inject("pgliteTemplate")).then((b) => new Blob([b]));
  return template;
}

/** A throwaway folder for files (media) written by a test. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `masthead-${prefix}-`));
}

/** Registers a fresh database for this test file (made before its tests, dropped after); returns a getter. */
export function withTestDatabase(): () => TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
    useDatabase(current);
  });
  afterAll(async () => {
    await current?.drop();
  });
  return () => {
    if (!current) throw new Error("The test database is made in beforeAll; use it inside a test or hook.");
    return current;
  };
}

/**
 * How calls started with `Promise.all` meet the database, for the names of race tests: on PostgreSQL they overlap
 * on the pool's connections; PGlite has one connection, so there they run one after another and the test shows only
 * the sequential outcome.
 */
export const together =
  (process.env.TEST_DRIVER ?? "pglite") === "postgres" ? "at once" : "in turn (PGlite: one connection)";
