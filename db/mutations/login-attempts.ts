import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { getDb } from "../index";
import { loginAttempts, users } from "../schema";
import { recordAudit } from "./audit";

export type AttemptLimits = { windowMs: number; maxFailures: number; maxIpFailures: number; lockMs: number };
export type AttemptGate = { open: true; attemptId: number } | { open: false; reason: "locked" | "address_throttled" };

type Attempt = { emailKey: string; ip: string; userId: string | null; now: Date };

/** Failures for an account since `from`, ignoring those made before its latest successful sign-in. */
async function accountFailures(db: Database, emailKey: string, from: Date): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(loginAttempts).where(and(
    eq(loginAttempts.emailKey, emailKey), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, from),
    sql`${loginAttempts.id} > coalesce((select max(s.id) from login_attempts s where s.email_key = ${emailKey} and s.succeeded), 0)`,
  ));
  return row?.n ?? 0;
}

/** Where an account's count starts: the window, or the end of its last lock when later (those failures are paid for). */
function countFrom(now: Date, windowMs: number, lockedUntil: Date | null): Date {
  const since = new Date(now.getTime() - windowMs);
  return lockedUntil && lockedUntil > since ? lockedUntil : since;
}

async function lock(db: Database, a: Attempt & { userId: string }, lockMs: number): Promise<void> {
  const until = new Date(a.now.getTime() + lockMs);
  // Conditional, so two attempts that both reach the limit lock (and audit) once.
  const locked = await db.update(users).set({ lockedUntil: until })
    .where(and(eq(users.id, a.userId), sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= ${a.now.toISOString()})`))
    .returning({ id: users.id });
  if (locked.length) {
    await recordAudit(db, { actorId: null, action: "auth.lock", entityType: "user", entityId: a.userId, ip: a.ip, detail: { until: until.toISOString() } });
  }
}

/**
 * Opens a sign-in attempt before any password is checked. Records it as a failure (turned into a success by
 * finishLoginAttempt) unless the account or the address is already at its limit; a refusal records nothing, so
 * hammering a lock does not extend it. The account's row is locked FOR UPDATE (and the address by an advisory
 * lock), so concurrent attempts are counted one after another: a burst gets no more guesses than one at a time.
 */
export async function openLoginAttempt(a: Attempt, limits: AttemptLimits): Promise<AttemptGate> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    let lockedUntil: Date | null = null;
    if (a.userId) {
      const [row] = await tx.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, a.userId)).for("update");
      lockedUntil = row?.lockedUntil ?? null;
      if (lockedUntil && lockedUntil > a.now) return { open: false, reason: "locked" } as const;
    }
    // Without a proxy header every client is "unknown": throttling that bucket would let one attacker lock out all.
    if (a.ip !== "unknown") {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-ip:${a.ip}`}))`);
      const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(loginAttempts).where(and(
        eq(loginAttempts.ip, a.ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, new Date(a.now.getTime() - limits.windowMs)),
      ));
      if ((row?.n ?? 0) >= limits.maxIpFailures) return { open: false, reason: "address_throttled" } as const;
    }
    if (a.userId && (await accountFailures(tx, a.emailKey, countFrom(a.now, limits.windowMs, lockedUntil))) >= limits.maxFailures) {
      await lock(tx, { ...a, userId: a.userId }, limits.lockMs);
      return { open: false, reason: "locked" } as const;
    }
    const [row] = await tx.insert(loginAttempts).values({ emailKey: a.emailKey, ip: a.ip, succeeded: false }).returning({ id: loginAttempts.id });
    return { open: true, attemptId: row!.id } as const;
  });
}

/**
 * Settles an attempt after the password check: a success flips its row (which also clears the account's earlier
 * failures from the count); a failure that reaches the limit locks the account at once.
 */
export async function finishLoginAttempt(
  a: Attempt & { attemptId: number | null; succeeded: boolean; detail?: Record<string, unknown> }, limits: AttemptLimits,
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (a.succeeded && a.attemptId !== null) await tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, a.attemptId));
    await recordAudit(tx, {
      actorId: a.userId, action: a.succeeded ? "auth.sign_in" : "auth.failure", entityType: "user", entityId: a.userId ?? undefined,
      ip: a.ip, detail: { email: a.emailKey, ...a.detail },
    });
    if (a.succeeded || !a.userId || a.attemptId === null) return;
    const [row] = await tx.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, a.userId)).for("update");
    if ((await accountFailures(tx, a.emailKey, countFrom(a.now, limits.windowMs, row?.lockedUntil ?? null))) >= limits.maxFailures) {
      await lock(tx, { ...a, userId: a.userId }, limits.lockMs);
    }
  });
}
