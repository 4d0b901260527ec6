import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { Pool } from "pg";
import * as schema from "./schema";

/** Either driver, typed as what they share. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbHandle = { db: Database; driver: "pglite" | "postgres"; close: () => Promise<void> };

export function defaultPgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite"));
}

// DB_LOG_QUERIES=1 prints every statement (finding which page still queries per request).
const logger = process.env.DB_LOG_QUERIES === "1";

/**
 * The embedded database shares the app's process, and WebAssembly memory never shrinks, so its peak is the
 * server's: 32 MB of buffers (PostgreSQL's 128 MB default cost 100 MB of resident memory; the files stay in the
 * OS page cache anyway) and a smaller ANALYZE sample (the default held 100 MB while analysing 100,000 stories).
 */
const PGLITE_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB", "-c", "default_statistics_target=25"];

/**
 * Opens PostgreSQL when a URL is given, else PGlite in dataDir ("memory://" for a throwaway database), starting from
 * `from` (a `dumpDataDir()` of PGlite) when given.
 */
export async function openDatabase(opts: { url?: string; dataDir?: string; from?: Blob } = {}): Promise<DbHandle> {
  if (opts.url) {
    const pool = new Pool({
      connectionString: opts.url,
      max: Number(process.env.DATABASE_POOL_MAX ?? 10),
      // Our queries are short lookups; with a million stories PostgreSQL's JIT spent 40-60 ms compiling each count.
      options: "-c jit=off",
    });
    return {
      db: drizzlePg(pool, { schema, logger }) as unknown as Database,
      driver: "postgres",
      close: () => pool.end(),
    };
  }
  const dataDir = opts.dataDir ?? defaultPgliteDir();
  const inMemory = dataDir.startsWith("memory://");
  const releaseLock = inMemory ? () => {} : acquireLock(dataDir);
  try {
    const client = await PGlite.create(dataDir, {
      extensions: { pg_trgm },
      startParams: PGLITE_PARAMS,
      loadDataDir: opts.from,
    });
    return {
      db: drizzlePglite(client, { schema, logger }) as unknown as Database,
      driver: "pglite",
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * PGlite has no locking of its own: two processes on one folder silently lose writes. We hold a lock file
 * with our pid beside the folder and refuse to open while another live process holds it.
 */
export function acquireLock(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockPath, "utf8"));
      if (holder && isAlive(holder)) {
        throw new DatabaseLockedError(dataDir, holder);
      }
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}

export class DatabaseLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database at ${dataDir} is already open ${pid === process.pid ? "in this process" : `in another process (pid ${pid})`}. ` +
        `PGlite allows one process per data folder: stop that process first, or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
