import { openDatabase, type DbHandle } from "../db/client";
import { migrateDatabase } from "../db/migrate";

/** Opens the database the app would use (DATABASE_URL, else the embedded folder) and applies migrations. */
export async function openMigrated(): Promise<DbHandle> {
  const handle = await openDatabase({ url: process.env.DATABASE_URL });
  await migrateDatabase(handle);
  return handle;
}

/** Runs a script body and exits with a plain message on failure. */
export function run(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      if (process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
