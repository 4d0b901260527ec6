import "server-only";
import { and, eq, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { passkeys } from "../schema";
import { recordAudit } from "./audit";

// The stored side of passkeys; the WebAuthn checks are lib/auth/passkeys.ts's.

export type NewPasskey = {
  credentialId: string;
  publicKey: string;
  counter: number;
  transports: string[];
  deviceType: string;
  backedUp: boolean;
  name: string;
};

/** Keeps a verified new passkey; false when that credential is already registered (to anyone). */
export async function addPasskey(db: Database, userId: string, p: NewPasskey): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .insert(passkeys)
      .values({ userId, ...p })
      .onConflictDoNothing({ target: passkeys.credentialId })
      .returning({ id: passkeys.id });
    if (rows.length !== 1) return false;
    await recordAudit(tx, {
      actorId: userId,
      action: "auth.passkey_added",
      entityType: "user",
      entityId: userId,
      detail: { passkey: rows[0]!.id },
    });
    return true;
  });
}

export async function renamePasskey(db: Database, userId: string, id: string, name: string): Promise<boolean> {
  const rows = await db
    .update(passkeys)
    .set({ name })
    .where(and(eq(passkeys.id, id), eq(passkeys.userId, userId)))
    .returning({ id: passkeys.id });
  return rows.length === 1;
}

/**
 * Removes one of a person's own passkeys. `keepOne`: the newsroom requires two factors of them and they have no
 * authenticator app, so the last passkey stays (checked inside the transaction, so two tabs cannot remove both).
 */
export async function removePasskey(
  db: Database,
  userId: string,
  id: string,
  keepOne: boolean,
): Promise<"removed" | "missing" | "last"> {
  return db.transaction(async (tx) => {
    const mine = await tx.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId)).for("update");
    if (!mine.some((p) => p.id === id)) return "missing";
    if (keepOne && mine.length === 1) return "last";
    await tx.delete(passkeys).where(and(eq(passkeys.id, id), eq(passkeys.userId, userId)));
    await recordAudit(tx, {
      actorId: userId,
      action: "auth.passkey_removed",
      entityType: "user",
      entityId: userId,
      detail: { passkey: id },
    });
    return "removed";
  });
}

/**
 * Records a sign-in with a passkey: the new counter and the time. The counter must grow when the authenticator keeps
 * one (0 means it does not); the WHERE holds it, so a cloned authenticator racing the real one is refused too.
 */
export async function spendPasskeyCounter(db: Database, id: string, seen: number, next: number): Promise<boolean> {
  const rows = await db
    .update(passkeys)
    .set({ counter: next, lastUsedAt: sql`now()` })
    .where(
      and(
        eq(passkeys.id, id),
        eq(passkeys.counter, seen),
        or(and(eq(passkeys.counter, 0), eq(sql`${next}::bigint`, 0)), lt(passkeys.counter, next)),
      ),
    )
    .returning({ id: passkeys.id });
  return rows.length === 1;
}

/** Every passkey of a person gone (an admin's reset of their factors); inside the caller's transaction. */
export async function clearPasskeys(db: Database, userId: string): Promise<number> {
  const rows = await db.delete(passkeys).where(eq(passkeys.userId, userId)).returning({ id: passkeys.id });
  return rows.length;
}
