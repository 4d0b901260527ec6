import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { apiKeys } from "../schema";
import { recordAudit } from "./audit";

export async function createApiKey(
  db: Database,
  input: { name: string; perMinute: number; prefix: string; hash: string },
  actorId: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        name: input.name,
        perMinute: input.perMinute,
        prefix: input.prefix,
        keyHash: input.hash,
        createdBy: actorId,
      })
      .returning({ id: apiKeys.id });
    await recordAudit(tx, {
      actorId,
      action: "apikey.create",
      entityType: "api_key",
      entityId: row!.id,
      detail: { name: input.name, prefix: input.prefix, perMinute: input.perMinute },
    });
    return row!.id;
  });
}

/** Refuses the key from now on; false when it was revoked already or never existed. */
export async function revokeApiKey(db: Database, id: string, actorId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ name: apiKeys.name, prefix: apiKeys.prefix });
    if (!row) return false;
    await recordAudit(tx, { actorId, action: "apikey.revoke", entityType: "api_key", entityId: id, detail: row });
    return true;
  });
}

/** "Last used", written at most once a minute per key so a busy key costs no write per request. */
export async function touchApiKey(db: Database, id: string): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))),
    );
}
