import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUserActive } from "@/db/mutations/users";
import { auditEvents, loginAttempts, users } from "@/db/schema";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { verifyPassword } from "@/lib/password";
import { authenticate, clientIp, MAX_FAILURES } from "./authenticate";

// Counts argon2 verifications, to see which ones were real guesses against an account's hash.
vi.mock("@/lib/password", async (load) => {
  const real = await load<typeof import("@/lib/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const verify = vi.mocked(verifyPassword);
beforeEach(() => verify.mockClear());

const db = withTestDatabase();

async function hashOf(id: string): Promise<string> {
  const [row] = await db().db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id));
  return row!.h;
}
const guessesAgainst = (hash: string) => verify.mock.calls.filter(([h]) => h === hash).length;
async function failureRows(emailKey: string): Promise<number> {
  const [row] = await db().db.select({ n: sql<number>`count(*)::int` }).from(loginAttempts)
    .where(sql`${loginAttempts.emailKey} = ${emailKey} and not ${loginAttempts.succeeded}`);
  return row!.n;
}

async function auditCount(action: string, entityId?: string): Promise<number> {
  const rows = await db().db.select({ id: auditEvents.id }).from(auditEvents)
    .where(entityId ? sql`${auditEvents.action} = ${action} and ${auditEvents.entityId} = ${entityId}` : eq(auditEvents.action, action));
  return rows.length;
}

describe("sign-in protection", () => {
  it("signs in with the right password and records it", async () => {
    const s = await makeStaff("editor");
    const claims = await authenticate(s.email.toUpperCase(), s.password, "10.0.0.1");
    expect(claims).toEqual({ uid: s.id, sv: 1, role: "editor" });
    expect(await auditCount("auth.sign_in", s.id)).toBe(1);
  });

  it("locks after 5 failures: 20 wrong passwords, then the right one is refused until the wait ends", async () => {
    const s = await makeStaff("journalist");
    for (let i = 0; i < 20; i++) expect(await authenticate(s.email, `wrong-password-${i}`, "10.0.0.2")).toBeNull();
    const [row] = await db().db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, s.id));
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await authenticate(s.email, s.password, "10.0.0.3")).toBeNull();
    expect(await auditCount("auth.lock", s.id)).toBe(1); // failures during the lock do not lock again
    expect(await auditCount("auth.failure", s.id)).toBe(21); // every refusal is audited…
    expect(await failureRows(s.email)).toBe(5); // …but knocking on a lock is not counted as a new failure
    expect(guessesAgainst(await hashOf(s.id))).toBe(5);
    // The wait ends (moved into the past rather than sleeping 15 minutes): the right password works again.
    await db().db.update(users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, s.id));
    await db().db.update(loginAttempts).set({ at: sql`${loginAttempts.at} - interval '15 minutes'` }).where(eq(loginAttempts.emailKey, s.email));
    expect(await authenticate(s.email, s.password, "10.0.0.3")).not.toBeNull();
  });

  it("treats unknown emails and deactivated accounts like wrong passwords, and counts them", async () => {
    expect(await authenticate("nobody@example.com", "whatever-password-1", "10.0.0.4")).toBeNull();
    const s = await makeStaff("editor");
    await setUserActive(s.id, false, s.id);
    expect(await authenticate(s.email, s.password, "10.0.0.4")).toBeNull();
    const attempts = await db().db.select({ n: sql<number>`count(*)::int` }).from(loginAttempts).where(eq(loginAttempts.ip, "10.0.0.4"));
    expect(attempts[0]!.n).toBe(2);
  });

  it("refuses an address after too many failures, whatever the account", async () => {
    await db().db.insert(loginAttempts).values(Array.from({ length: 100 }, (_, i) => ({ emailKey: `x${i}@example.com`, ip: "10.9.9.9", succeeded: false })));
    const s = await makeStaff("admin");
    expect(await authenticate(s.email, s.password, "10.9.9.9")).toBeNull();
    expect(await authenticate(s.email, s.password, "10.9.9.8")).not.toBeNull();
  });

  it("a concurrent burst gets no more guesses than the limit, and the right password is refused after it", async () => {
    const s = await makeStaff("editor");
    const hash = await hashOf(s.id);
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => authenticate(s.email, `wrong-password-${i}`, "10.0.1.1")));
    expect(burst.every((r) => r === null)).toBe(true);
    expect(guessesAgainst(hash)).toBeLessThanOrEqual(MAX_FAILURES);
    expect(verify).toHaveBeenCalledTimes(20); // the refused ones still pay for a (dummy) verify
    const [row] = await db().db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, s.id));
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await authenticate(s.email, s.password, "10.0.1.2")).toBeNull();
    expect(guessesAgainst(hash)).toBeLessThanOrEqual(MAX_FAILURES);
    expect(await auditCount("auth.lock", s.id)).toBe(1);
  });

  it("runs one argon2 verify on every path: unknown, locked, throttled, too long", async () => {
    const s = await makeStaff("journalist");
    await db().db.update(users).set({ lockedUntil: new Date(Date.now() + 60_000) }).where(eq(users.id, s.id));
    await authenticate(s.email, s.password, "10.0.2.1");
    await authenticate("nobody-else@example.com", "whatever-password-2", "10.0.2.1");
    await db().db.insert(loginAttempts).values(Array.from({ length: 100 }, (_, i) => ({ emailKey: `y${i}@example.com`, ip: "10.0.2.9", succeeded: false })));
    await authenticate("nobody-else@example.com", "whatever-password-2", "10.0.2.9");
    expect(verify).toHaveBeenCalledTimes(3);
    expect(await failureRows("y0@example.com")).toBe(1); // the throttled refusal added nothing for the address
    const [ip] = await db().db.select({ n: sql<number>`count(*)::int` }).from(loginAttempts).where(eq(loginAttempts.ip, "10.0.2.9"));
    expect(ip!.n).toBe(100);
  });

  it("refuses a very long password without hashing it in full", async () => {
    const s = await makeStaff("editor");
    const started = Date.now();
    expect(await authenticate(s.email, s.password + "x".repeat(10_000_000), "10.0.3.1")).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0]![1].length).toBe(256);
    expect(guessesAgainst(await hashOf(s.id))).toBe(0);
    expect(await authenticate(s.email, s.password, "10.0.3.1")).not.toBeNull();
  });

  it("a successful sign-in resets the account's count of failures", async () => {
    const s = await makeStaff("editor");
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < MAX_FAILURES - 1; i++) expect(await authenticate(s.email, `wrong-${round}-${i}`, "10.0.4.1")).toBeNull();
      expect(await authenticate(s.email, s.password, "10.0.4.1")).not.toBeNull();
    }
    expect(await auditCount("auth.lock", s.id)).toBe(0);
  });

  it("takes the client address our proxy saw: TRUSTED_PROXY_HOPS from the right of X-Forwarded-For", () => {
    const h = (xff: string) => new Headers({ "x-forwarded-for": xff });
    expect(clientIp(h("6.6.6.6, 203.0.113.5"))).toBe("203.0.113.5"); // a forged first hop is ignored
    expect(clientIp(h("203.0.113.5"))).toBe("203.0.113.5");
    expect(clientIp(h("6.6.6.6, 203.0.113.5, 10.0.0.1"), 2)).toBe("203.0.113.5");
    expect(clientIp(h("203.0.113.5"), 2)).toBe("203.0.113.5");
    expect(clientIp(h("203.0.113.5, 10.0.0.1"), 0)).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.6" }))).toBe("203.0.113.6");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.6", "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers())).toBe("unknown");
  });

  it("reads TRUSTED_PROXY_HOPS from the environment", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "2");
    try {
      expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.1" }))).toBe("203.0.113.5");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
