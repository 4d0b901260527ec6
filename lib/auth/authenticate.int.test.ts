import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setUserActive } from "@/db/mutations/users";
import { pairDelayMs } from "@/db/mutations/login-attempts";
import { auditEvents, loginAttempts, users } from "@/db/schema";
import { together, withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { verifyPassword } from "@/lib/password";
import { authenticate, clientIp, limits, MAX_FAILURES, PAIR_FREE } from "./authenticate";
import { writer } from "@/db/mutations/writer";

// Counts argon2 verifications, to see which ones were real guesses against an account's hash.
vi.mock("@/lib/password", async (load) => {
  const real = await load<typeof import("@/lib/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const verify = vi.mocked(verifyPassword);
beforeEach(() => {
  verify.mockClear();
  vi.stubEnv("AUTH_SECRET", "test-secret-for-device-cookies-0123456789");
});
afterEach(() => vi.unstubAllEnvs());

const db = withTestDatabase();
const at = (base: number, ms: number) => new Date(base + ms);

async function hashOf(id: string): Promise<string> {
  const [row] = await db().db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id));
  return row!.h;
}
const guessesAgainst = (hash: string) => verify.mock.calls.filter(([h]) => h === hash).length;
async function auditCount(action: string, entityId?: string): Promise<number> {
  const rows = await db()
    .db.select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      entityId
        ? sql`${auditEvents.action} = ${action} and ${auditEvents.entityId} = ${entityId}`
        : eq(auditEvents.action, action),
    );
  return rows.length;
}

describe("sign-in throttling", () => {
  it("signs in with the right password and records it", async () => {
    const s = await makeStaff("editor");
    expect(await authenticate(s.email.toUpperCase(), s.password, "10.0.0.1")).toMatchObject({
      uid: s.id,
      sv: 1,
      role: "editor",
    });
    expect(await auditCount("auth.sign_in", s.id)).toBe(1);
  });

  it("makes one account and address pair wait longer after each failure past the free ones", async () => {
    const s = await makeStaff("journalist");
    const t0 = Date.now();
    for (let i = 0; i < PAIR_FREE; i++)
      expect(await authenticate(s.email, `wrong-${i}`, "10.0.0.2", at(t0, i))).toBeNull();
    // Straight after: refused even with the right password, and without a real guess.
    expect(await authenticate(s.email, s.password, "10.0.0.2", at(t0, 100))).toBeNull();
    expect(guessesAgainst(await hashOf(s.id))).toBe(PAIR_FREE);
    expect(await authenticate(s.email, "wrong-again", "10.0.0.2", at(t0, 1500))).toBeNull(); // waited 1 s: a try
    expect(await authenticate(s.email, s.password, "10.0.0.2", at(t0, 4000))).toBeNull(); // now 4 s are due
    expect(await authenticate(s.email, s.password, "10.0.0.2", at(t0, 5600))).not.toBeNull();
    expect([0, 1, 2, 3, 4, 5, 10, 40].map((n) => pairDelayMs(n, limits))).toEqual([
      0, 0, 0, 1000, 4000, 16_000, 900_000, 900_000,
    ]);
  });

  it("50 failures for an account from one address do not stop its owner at their known address", async () => {
    const s = await makeStaff("editor");
    const t0 = Date.now();
    expect(await authenticate(s.email, s.password, "198.51.100.7", at(t0, 0))).not.toBeNull(); // the owner's office
    for (let i = 0; i < 50; i++)
      expect(await authenticate(s.email, `guess-${i}`, "203.0.113.66", at(t0, 1000 + i * 60_000))).toBeNull();
    expect(await authenticate(s.email, s.password, "198.51.100.7", at(t0, 51 * 60_000))).not.toBeNull();
  });

  it("failures from many addresses close the account to new addresses only", async () => {
    const s = await makeStaff("editor");
    const t0 = Date.now();
    expect(await authenticate(s.email, s.password, "198.51.100.8", at(t0, 0))).not.toBeNull();
    for (let i = 0; i < 50; i++)
      expect(await authenticate(s.email, `guess-${i}`, `203.0.113.${i}`, at(t0, 1000 + i))).toBeNull();
    expect(guessesAgainst(await hashOf(s.id))).toBe(1 + MAX_FAILURES);
    expect(await authenticate(s.email, s.password, "192.0.2.1", at(t0, 2000))).toBeNull(); // a stranger's address
    expect(await auditCount("auth.lock", s.id)).toBe(1);
    expect(await authenticate(s.email, s.password, "198.51.100.8", at(t0, 3000))).not.toBeNull(); // the owner's
  });

  it("rotating X-Forwarded-For with no proxy declared gets no extra tries", async () => {
    const s = await makeStaff("journalist");
    const t0 = Date.now();
    for (let i = 0; i < 30; i++) {
      const ip = clientIp(new Headers({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` }), 0);
      expect(ip).toBe("unknown");
      expect(await authenticate(s.email, `guess-${i}`, ip, at(t0, i))).toBeNull();
    }
    expect(guessesAgainst(await hashOf(s.id))).toBe(PAIR_FREE);
  });

  it("treats unknown emails and deactivated accounts like wrong passwords, and counts them", async () => {
    expect(await authenticate("nobody@example.com", "whatever-password-1", "10.0.0.4")).toBeNull();
    const s = await makeStaff("editor");
    await setUserActive(await writer(), s.id, false, s.id);
    expect(await authenticate(s.email, s.password, "10.0.0.4")).toBeNull();
    const [row] = await db()
      .db.select({ n: sql<number>`count(*)::int` })
      .from(loginAttempts)
      .where(eq(loginAttempts.ip, "10.0.0.4"));
    expect(row!.n).toBe(2);
  });

  it("refuses an address after too many failures across accounts, without a real guess", async () => {
    await db()
      .db.insert(loginAttempts)
      .values(
        Array.from({ length: 100 }, (_, i) => ({ emailKey: `x${i}@example.com`, ip: "10.9.9.9", succeeded: false })),
      );
    const s = await makeStaff("admin");
    expect(await authenticate(s.email, s.password, "10.9.9.9")).toBeNull();
    expect(verify).toHaveBeenCalledTimes(1);
    expect(guessesAgainst(await hashOf(s.id))).toBe(0);
    expect(await authenticate(s.email, s.password, "10.9.9.8")).not.toBeNull();
  });

  it(`a burst of 20 tries from one address, ${together}, gets only the free guesses`, async () => {
    const s = await makeStaff("editor");
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => authenticate(s.email, `wrong-password-${i}`, "10.0.1.1")),
    );
    expect(burst.every((r) => r === null)).toBe(true);
    expect(guessesAgainst(await hashOf(s.id))).toBe(PAIR_FREE);
    expect(verify).toHaveBeenCalledTimes(20); // the refused ones still pay for a (dummy) verify
  });

  it("refuses a very long password without hashing it in full", async () => {
    const s = await makeStaff("editor");
    expect(await authenticate(s.email, s.password + "x".repeat(10_000_000), "10.0.3.1")).toBeNull();
    // Only the first 256 characters reach the hash: that, not a wall-clock bound, shows the work is capped.
    expect(verify.mock.calls[0]![1].length).toBe(256);
    expect(guessesAgainst(await hashOf(s.id))).toBe(0);
    expect(await authenticate(s.email, s.password, "10.0.3.1")).not.toBeNull();
  });

  it("with no proxy declared, strangers' failures slow strangers but never the owner's signed-in browser", async () => {
    const s = await makeStaff("editor");
    const other = await makeStaff("editor");
    const t0 = Date.now();
    const mine = (await authenticate(s.email, s.password, "unknown", at(t0, 0)))!.device!; // an earlier sign-in
    const theirs = (await authenticate(other.email, other.password, "unknown", at(t0, 0)))!.device!;
    // The attack of the review's M4: 3 free guesses, then each just as the wait ends, until it reaches 15 minutes.
    let t = 1000;
    for (let n = 0; n < 12; n++) {
      t += pairDelayMs(n, limits);
      expect(await authenticate(s.email, `guess-${n}`, "unknown", at(t0, t))).toBeNull();
    }
    expect(pairDelayMs(12, limits)).toBe(limits.maxDelayMs);
    const guessed = guessesAgainst(await hashOf(s.id));
    // The owner's browser signs in at once, and the sign-in gives it a fresh device cookie.
    const again = await authenticate(s.email, s.password, "unknown", at(t0, t + 1000), mine);
    expect(again).toMatchObject({ uid: s.id });
    expect(again!.device).not.toBe(mine);
    // Strangers stay slowed, with the right password too, and so do forged or borrowed cookies, unguessed.
    const [uid, dev, mac] = mine.split(".");
    const forged = [
      `${uid}.${dev}x.${mac}`,
      `${uid}.${dev}.${mac!.slice(0, -2)}AA`,
      `${other.id}.${dev}.${mac}`,
      theirs,
      `${uid}.${dev}`,
      "garbage",
    ];
    for (const cookie of [null, ...forged])
      expect(await authenticate(s.email, s.password, "unknown", at(t0, t + 2000), cookie)).toBeNull();
    expect(guessesAgainst(await hashOf(s.id))).toBe(guessed + 1);
    // The same attack from a stolen device cookie only slows that browser.
    const stolen = again!.device!;
    for (let n = 0; n < PAIR_FREE; n++)
      expect(await authenticate(s.email, `wrong-${n}`, "unknown", at(t0, t + 3000), stolen)).toBeNull();
    expect(await authenticate(s.email, s.password, "unknown", at(t0, t + 3100), stolen)).toBeNull();
    expect(await authenticate(s.email, s.password, "unknown", at(t0, t + 4100), stolen)).not.toBeNull();
  });

  it("refuses the demo logins in production unless the demo scripts opt in", async () => {
    const s = await makeStaff("admin", "admin@example.com");
    vi.stubEnv("NODE_ENV", "production");
    expect(await authenticate(s.email, s.password, "10.0.4.1")).toBeNull();
    vi.stubEnv("MASTHEAD_DEMO_STAFF", "1");
    expect(await authenticate(s.email, s.password, "10.0.4.1")).not.toBeNull();
    vi.stubEnv("MASTHEAD_DEMO_STAFF", "");
    vi.stubEnv("NODE_ENV", "test");
    expect(await authenticate(s.email, s.password, "10.0.4.1")).not.toBeNull();
    const other = await makeStaff("admin");
    vi.stubEnv("NODE_ENV", "production");
    expect(await authenticate(other.email, other.password, "10.0.4.2")).not.toBeNull();
  });

  it("an address header sent with no address in it names no bucket", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "device:abc" }), 1)).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": "device:abc" }), 1)).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8::1" }), 1)).toBe("2001:db8::1");
  });

  it("takes the client address from the declared proxy hops only", () => {
    const h = (xff: string) => new Headers({ "x-forwarded-for": xff });
    expect(clientIp(h("6.6.6.6, 203.0.113.5"), 1)).toBe("203.0.113.5"); // a forged first hop is ignored
    expect(clientIp(h("6.6.6.6, 203.0.113.5, 10.0.0.1"), 2)).toBe("203.0.113.5");
    expect(clientIp(h("203.0.113.5"), 2)).toBe("203.0.113.5");
    expect(clientIp(h("203.0.113.5, 10.0.0.1"), 0)).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.6" }), 1)).toBe("203.0.113.6");
    expect(clientIp(new Headers(), 1)).toBe("unknown");
  });

  it("reads TRUSTED_PROXY_HOPS from the environment, and ignores the header without it", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.1" });
    expect(clientIp(headers)).toBe("unknown");
    vi.stubEnv("TRUSTED_PROXY_HOPS", "2");
    try {
      expect(clientIp(headers)).toBe("203.0.113.5");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
