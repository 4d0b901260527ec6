import fs from "node:fs";
import { sql } from "drizzle-orm";
import { acquireLock, defaultPgliteDir, openDatabase } from "../db/client";
import { mediaDir } from "../lib/media/storage";
import { run } from "./_db";

// Drops everything: the embedded folder and stored media, or every table in the DATABASE_URL database.
run(async () => {
  if (process.env.NODE_ENV === "production") throw new Error("db:reset refuses to run with NODE_ENV=production.");
  if (process.env.DATABASE_URL) {
    const handle = await openDatabase({ url: process.env.DATABASE_URL });
    await handle.db.execute(
      sql`drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;`,
    );
    await handle.close();
  } else {
    const dir = defaultPgliteDir();
    const release = acquireLock(dir); // refuses while a server holds the folder
    fs.rmSync(dir, { recursive: true, force: true });
    release();
  }
  fs.rmSync(mediaDir(), { recursive: true, force: true });
  // Pages a production server rendered from the old data would outlive it.
  fs.rmSync(".next/server/route-cache", { recursive: true, force: true });
  console.log("Database reset. Run `npm run db:seed` or `npm run dev` to load the demo newsroom.");
});
