import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUserActive } from "@/db/mutations/users";
import { auditEvents, loginAttempts, users } from "@/db/schema";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { authenticate, clientIp } from "./authenticate";

const db = withTestDatabase();

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
    expect(await auditCount("auth.failure", s.id)).toBe(21);
    // The wait ends (moved into the past rather than sleeping 15 minutes): the right password works again.
    await db().db.update(users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, s.id));
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

  it("takes the client address from the first proxy hop", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.5, 10.0.0.1" }))).toBe("203.0.113.5");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.6" }))).toBe("203.0.113.6");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
