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
 * Migrates one PGlite database for the whole run. A fresh PGlite takes 2-4 s to start (its initdb) and a file's
 * database loaded from this dump under one, on every database test file.
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
