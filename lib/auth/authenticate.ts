import "server-only";
import { countFailuresForEmail, countFailuresForIp, getCredentials } from "@/db/queries/users";
import { lockUser, recordLoginAttempt } from "@/db/mutations/users";
import { hashPassword, verifyPassword } from "@/lib/password";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
/** Failures from one address before it is refused for a while: high, since offices share an address. */
export const MAX_IP_FAILURES = 100;

export type SessionClaims = { uid: string; sv: number; role: string };

// Verified when the email is unknown, so a wrong email takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password. Returns the session claims, or null for every kind of failure (unknown email,
 * wrong password, locked, deactivated, throttled address), so nothing tells which one it was.
 * Attempts are stored in the database, so the counts hold across server instances.
 */
export async function authenticate(emailInput: string, password: string, ip: string, now = new Date()): Promise<SessionClaims | null> {
  const emailKey = emailInput.trim().toLowerCase().slice(0, 320);
  const since = new Date(now.getTime() - WINDOW_MS);
  const fail = async (userId: string | null, reason: string) => {
    await recordLoginAttempt({ emailKey, ip, succeeded: false, userId, event: "auth.failure", detail: { reason } });
    return null;
  };
  // Without a proxy header every client is "unknown": throttling that bucket would let one attacker lock out all.
  if (ip !== "unknown" && (await countFailuresForIp(ip, since)) >= MAX_IP_FAILURES) return fail(null, "address_throttled");

  const user = await getCredentials(emailKey);
  if (!user) {
    await verifyPassword(await (dummyHash ??= hashPassword("not-a-real-password-0")), password);
    return fail(null, "unknown_email");
  }
  if (user.lockedUntil && user.lockedUntil > now) return fail(user.id, "locked");
  const ok = await verifyPassword(user.passwordHash, password);
  if (ok && user.active) {
    await recordLoginAttempt({ emailKey, ip, succeeded: true, userId: user.id, event: "auth.sign_in" });
    return { uid: user.id, sv: user.sessionVersion, role: user.role };
  }
  await fail(user.id, ok ? "inactive" : "wrong_password");
  // Failures made while locked do not count again once the lock ends.
  const countFrom = user.lockedUntil && user.lockedUntil > since ? user.lockedUntil : since;
  if ((await countFailuresForEmail(emailKey, countFrom)) >= MAX_FAILURES) {
    await lockUser(user.id, new Date(now.getTime() + LOCK_MS), ip);
  }
  return null;
}

/** The client's address: the first hop of X-Forwarded-For, else X-Real-IP, else "unknown". */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip")?.trim() || "unknown").slice(0, 64);
}
