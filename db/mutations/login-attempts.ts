import "server-only";
import { and, eq, gt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { loginAttempts, users } from "../schema";
import { recordAudit } from "./audit";

export type AttemptLimits = {
  /** Failures of one account and address pair that cost nothing; each one after makes the wait 4× longer, from baseDelayMs. */
  pairFree: number;
  baseDelayMs: number;
  maxDelayMs: number;
  pairWindowMs: number;
  /** Failures of an account from all addresses in windowMs that close it to addresses it never signed in from. */
  windowMs: number;
  maxFailures: number;
  lockMs: number;
  /** Failures from one address, whatever the account, before it is refused for the window. */
  maxIpFailures: number;
  /** How long an address stays known for an account after a successful sign-in from it. */
  knownMs: number;
};
export type AttemptGate =
  { open: true; attemptId: number } | { open: false; reason: "locked" | "address_throttled" | "slow_down" };

/** device: the device id of a valid device cookie issued to this account (lib/auth/device-cookie.ts), if any. */
export type Attempt = { emailKey: string; ip: string; userId: string | null; now: Date; device?: string | null };

const UNKNOWN = "unknown";
// Attempts from a browser with a valid device cookie are kept under the device instead of the address (no new
// column needed): they form that browser's own budget and are left out of the account's untrusted counts.
const DEVICE = "device:";
const ago = (now: Date, ms: number) => new Date(now.getTime() - ms);
/** Which attempts count: one bucket (an address or a device), or every untrusted one of the account (no device). */
type Scope = { bucket: string } | "untrusted";
const inScope = (scope: Scope, col: SQL | typeof loginAttempts.ip) =>
  scope === "untrusted" ? sql`${col} not like ${DEVICE + "%"}` : sql`${col} = ${scope.bucket}`;
const lastSuccessId = (emailKey: string, scope: Scope) =>
  sql`coalesce((select max(s.id) from login_attempts s where s.email_key = ${emailKey} and s.succeeded and ${inScope(scope, sql`s.ip`)}), 0)`;

/** Failures (and the latest one's time) of an account within a scope, since that scope's last success. */
async function failuresSince(
  db: Database,
  a: Attempt,
  from: Date,
  scope: Scope,
): Promise<{ n: number; last: Date | null }> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`, last: sql<string | null>`max(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.emailKey, a.emailKey),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, from),
        inScope(scope, loginAttempts.ip),
        sql`${loginAttempts.id} > ${lastSuccessId(a.emailKey, scope)}`,
      ),
    );
  return { n: row?.n ?? 0, last: row?.last ? new Date(row.last) : null };
}

const waitDue = (f: { n: number; last: Date | null }, a: Attempt, l: AttemptLimits) =>
  !!f.last && a.now.getTime() - f.last.getTime() < pairDelayMs(f.n, l);

/**
 * The wait before the next try of a pair with n failures: none for the first few, then four times longer after each
 * (1 s, 4 s, 16 s …) to a cap. Growing by four, each wait outlasts the time the guesses before it took, so a steady
 * stream of guesses meets a wait however fast or slow it runs.
 */
export function pairDelayMs(n: number, l: AttemptLimits): number {
  return n < l.pairFree ? 0 : Math.min(l.baseDelayMs * 4 ** (n - l.pairFree), l.maxDelayMs);
}

/** An address this account has signed in from lately: failures made elsewhere do not close the account to it. */
async function isKnownAddress(db: Database, a: Attempt, l: AttemptLimits): Promise<boolean> {
  if (a.ip === UNKNOWN) return false;
  const [row] = await db
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.emailKey, a.emailKey),
        eq(loginAttempts.ip, a.ip),
        eq(loginAttempts.succeeded, true),
        gt(loginAttempts.at, ago(a.now, l.knownMs)),
      ),
    )
    .limit(1);
  return !!row;
}

async function lock(db: Database, a: Attempt & { userId: string }, lockMs: number): Promise<void> {
  const until = new Date(a.now.getTime() + lockMs);
  // Conditional, so two attempts that both reach the limit lock (and audit) once.
  const locked = await db
    .update(users)
    .set({ lockedUntil: until })
    .where(
      and(
        eq(users.id, a.userId),
        sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= ${a.now.toISOString()})`,
      ),
    )
    .returning({ id: users.id });
  if (locked.length)
    await recordAudit(db, {
      actorId: null,
      action: "auth.lock",
      entityType: "user",
      entityId: a.userId,
      ip: a.ip,
      detail: { until: until.toISOString() },
    });
}

/**
 * Opens a sign-in attempt before any password is checked, in one transaction serialised per account and per
 * address (advisory locks), so a burst gets no more guesses than one try at a time. Refused when:
 * - the address failed too often across accounts (address_throttled);
 * - this account and address pair must wait longer after its recent failures (slow_down, growing delays); with no
 *   declared proxy every client is the one "unknown" address, so the wait is instead counted over all of the
 *   account's untrusted attempts (the same thing, named for what it is);
 * - the account failed too often from everywhere and this address never signed in to it (locked). An address the
 *   owner signed in from is exempt, so strangers cannot lock a reporter out of their own office.
 * A browser with a valid device cookie for the account skips all three: it has its own growing waits, counted
 * over its own failures only, so nobody elsewhere can keep the owner out (OWASP's device cookies; M4 of the
 * 2026-12-03 review: under TRUSTED_PROXY_HOPS=0 four guesses an hour kept any account shut).
 * A refusal records nothing, so knocking does not extend a wait. An opened attempt is a failure until finished.
 */
export async function openLoginAttempt(db: Database, a: Attempt, l: AttemptLimits): Promise<AttemptGate> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-account:${a.emailKey}`}))`);
    if (a.device) {
      const bucket = DEVICE + a.device;
      if (waitDue(await failuresSince(tx, a, ago(a.now, l.pairWindowMs), { bucket }), a, l))
        return { open: false, reason: "slow_down" } as const;
      return insertAttempt(tx, a, bucket);
    }
    // Without a declared proxy every client is "unknown": throttling that bucket would let one stranger stop all.
    if (a.ip !== UNKNOWN) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-ip:${a.ip}`}))`);
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(loginAttempts)
        .where(
          and(
            eq(loginAttempts.ip, a.ip),
            eq(loginAttempts.succeeded, false),
            gt(loginAttempts.at, ago(a.now, l.windowMs)),
          ),
        );
      if ((row?.n ?? 0) >= l.maxIpFailures) return { open: false, reason: "address_throttled" } as const;
    }
    const waits = await failuresSince(
      tx,
      a,
      ago(a.now, l.pairWindowMs),
      a.ip === UNKNOWN ? "untrusted" : { bucket: a.ip },
    );
    if (waitDue(waits, a, l)) return { open: false, reason: "slow_down" } as const;
    if (!(await isKnownAddress(tx, a, l))) {
      const account = await failuresSince(tx, a, ago(a.now, l.windowMs), "untrusted");
      if (account.n >= l.maxFailures) {
        if (a.userId) await lock(tx, { ...a, userId: a.userId }, l.lockMs);
        return { open: false, reason: "locked" } as const;
      }
    }
    return insertAttempt(tx, a, a.ip);
  });
}

async function insertAttempt(db: Database, a: Attempt, bucket: string): Promise<AttemptGate> {
  const [row] = await db
    .insert(loginAttempts)
    .values({ emailKey: a.emailKey, ip: bucket, succeeded: false, at: a.now })
    .returning({ id: loginAttempts.id });
  return { open: true, attemptId: row!.id };
}

/** Settles an attempt after the password check: a success flips its row, which restarts the counts before it. */
export async function finishLoginAttempt(
  db: Database,
  a: Attempt & { attemptId: number | null; succeeded: boolean; detail?: Record<string, unknown> },
): Promise<void> {
  await db.transaction(async (tx) => {
    if (a.succeeded && a.attemptId !== null)
      await tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, a.attemptId));
    await recordAudit(tx, {
      actorId: a.userId,
      action: a.succeeded ? "auth.sign_in" : "auth.failure",
      entityType: "user",
      entityId: a.userId ?? undefined,
      ip: a.ip,
      detail: { email: a.emailKey, ...a.detail },
    });
  });
}
