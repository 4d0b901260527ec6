import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated PGlite data folder (`dumpDataDir`), which each test file's database starts from. */
    pgliteTemplate: string;
  }
}

/**
 * Migrates one PGlite database for the whole run; each database test file loads a copy of it (under 1 s) instead of
 * starting a fresh PGlite (2-4 s: its initdb) and migrating it.
 */
export default async function setup(project: TestProject) {
  const handle = await openDatabase({ dataDir: "memory://" });
  await migrateDatabase(handle);
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir("none");
  await handle.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-pglite-template-"));
  const file = path.join(dir, "migrated.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
