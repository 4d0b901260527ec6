import "server-only";
import { openDatabase, type Database, type DbHandle } from "./client";

// One handle per process, kept on globalThis so dev-mode module reloads reuse it instead of opening the folder twice.
const state = globalThis as unknown as { __mastheadDb?: Promise<DbHandle> };

/** The database, opened on first use (never at import, so `next build` does not touch it). */
export function getHandle(): Promise<DbHandle> {
  state.__mastheadDb ??= openDatabase({ url: process.env.DATABASE_URL }).catch((error) => {
    state.__mastheadDb = undefined;
    throw error;
  });
  return state.__mastheadDb;
}

export async function getDb(): Promise<Database> {
  return (await getHandle()).db;
}

/** Points this process at another open database (used by the test setup and the CLI scripts). */
export function useDatabase(handle: DbHandle): void {
  state.__mastheadDb = Promise.resolve(handle);
}

export type { Database } from "./client";
