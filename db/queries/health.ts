import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../index";

/** A round trip to the database (opens it on first use); throws when it cannot answer. */
export async function pingDatabase(): Promise<void> {
  const db = await getDb();
  await db.execute(sql`select 1`);
}
