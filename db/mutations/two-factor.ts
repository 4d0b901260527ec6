import "server-only";
import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { recoveryCodes, users } from "../schema";
import { recordAudit } from "./audit";
import { enqueueMail, type OutgoingMail } from "./mail-outbox";
import { clearPasskeys } from "./passkeys";

// The stored side of two factors; the codes and the crypto are lib/auth/two-factor.ts's.

/** Keeps a new, not yet confirmed secret (sealed); refused while two factors are on. */
export async function setPendingTotp(db: Database, userId: string, sealed: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpSecret: sealed, totpLastStep: null })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Turns two factors on with the step of the code that confirmed it, and the new recovery codes' hashes. */
export async function enableTotp(db: Database, userId: string, step: number, codeHashes: string[]): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(users)
      .set({ totpEnabledAt: sql`now()`, totpLastStep: step })
      .where(and(eq(users.id, userId), isNull(users.totpEnabledAt), isNotNull(users.totpSecret)))
      .returning({ id: users.id });
    if (rows.length !== 1) return false;
    await replaceCodes(tx, userId, codeHashes);
    await recordAudit(tx, { actorId: userId, action: "auth.2fa_on", entityType: "user", entityId: userId });
    return true;
  });
}

async function replaceCodes(tx: Database, userId: string, codeHashes: string[]) {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

export async function renewRecoveryCodes(db: Database, userId: string, codeHashes: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    await replaceCodes(tx, userId, codeHashes);
    await recordAudit(tx, {
      actorId: userId,
      action: "auth.recovery_codes_renewed",
      entityType: "user",
      entityId: userId,
    });
  });
}

/** Spends a time step: true only the first time, so a code seen over a shoulder cannot be used again. */
export async function spendTotpStep(db: Database, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(
      and(
        eq(users.id, userId),
        isNotNull(users.totpEnabledAt),
        or(isNull(users.totpLastStep), lt(users.totpLastStep, step)),
      ),
    )
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Crosses out a recovery code: true only for an unused code of this person. */
export async function spendRecoveryCode(db: Database, userId: string, codeHash: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(recoveryCodes)
      .set({ usedAt: sql`now()` })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    if (rows.length !== 1) return false;
    await recordAudit(tx, { actorId: userId, action: "auth.recovery_code_used", entityType: "user", entityId: userId });
    return true;
  });
}

/**
 * Two factors off: the secret and the recovery codes gone. `actorId` is the person or an admin resetting them
 * (a lost phone); `mail` tells the person, queued with the change.
 */
export async function clearTwoFactor(
  db: Database,
  userId: string,
  actorId: string,
  mail?: OutgoingMail,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (mail) await enqueueMail(tx, mail);
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
      .where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await recordAudit(tx, { actorId, action: "auth.2fa_off", entityType: "user", entityId: userId });
  });
}

/** An admin's reset of a person's factors (a lost phone or laptop): the app, the recovery codes and every passkey. */
export async function resetFactors(db: Database, userId: string, actorId: string, mail: OutgoingMail): Promise<void> {
  await db.transaction(async (tx) => {
    await clearTwoFactor(tx, userId, actorId, mail);
    const passkeys = await clearPasskeys(tx, userId);
    if (passkeys)
      await recordAudit(tx, {
        actorId,
        action: "auth.passkeys_reset",
        entityType: "user",
        entityId: userId,
        detail: { passkeys },
      });
  });
}
