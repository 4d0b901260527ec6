import "server-only";
import { openDatabase, type Database, type DbHandle } from "./client";
import { onShutdown, processSlot } from "./process-state";

// One handle per process, so dev-mode module reloads reuse it instead of opening the folder twice.
const handle = processSlot<Promise<DbHandle>>("db");

/** The database, opened on first use (never at import, so `next build` does not touch it). */
export function getHandle(): Promise<DbHandle> {
  let pending = handle.get();
  if (!pending) {
    pending = openDatabase({ url: process.env.DATABASE_URL }).catch((error) => {
      handle.set(undefined);
      throw error;
    });
    handle.set(pending);
    onShutdown(() => pending!.then((h) => h.close()));
  }
  return pending;
}

export async function getDb(): Promise<Database> {
  return (await getHandle()).db;
}

/** Points this process at another open database (used by the test setup and the CLI scripts). */
export function useDatabase(open: DbHandle): void {
  handle.set(Promise.resolve(open));
}

/** The rows of a raw `db.execute` answer: both drivers answer with { rows }. */
export const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export type { Database } from "./client";
