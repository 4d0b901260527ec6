import "server-only";
import { getCredentials } from "@/db/queries/users";
import { finishLoginAttempt, openLoginAttempt, type AttemptLimits } from "@/db/mutations/login-attempts";
import { hashPassword, verifyPassword } from "@/lib/password";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
/** Failures from one address before it is refused for a while: high, since offices share an address. */
export const MAX_IP_FAILURES = 100;
/** The password policy's own maximum; anything longer is wrong without costing a real hash. */
export const MAX_PASSWORD_LENGTH = 256;

const limits: AttemptLimits = { windowMs: WINDOW_MS, maxFailures: MAX_FAILURES, maxIpFailures: MAX_IP_FAILURES, lockMs: LOCK_MS };

export type SessionClaims = { uid: string; sv: number; role: string };

// Verified on every refusal that has no real hash to check (unknown email, locked, throttled), so each refusal
// costs one argon2 verify like a wrong password does, and the time taken does not tell them apart.
let dummyHash: Promise<string> | undefined;
const dummyVerify = async (password: string) => {
  await verifyPassword(await (dummyHash ??= hashPassword("not-a-real-password-0")), password);
  return false;
};

/**
 * Checks an email and password. Returns the session claims, or null for every kind of failure (unknown email,
 * wrong password, locked, deactivated, throttled address), so nothing tells which one it was.
 * The attempt is recorded (as a failure) and counted before the password is checked, so concurrent guesses are
 * limited like sequential ones; the counts live in the database, so they hold across server instances.
 */
export async function authenticate(emailInput: string, passwordInput: string, ip: string, now = new Date()): Promise<SessionClaims | null> {
  const emailKey = emailInput.trim().toLowerCase().slice(0, 320);
  const tooLong = passwordInput.length > MAX_PASSWORD_LENGTH;
  const password = passwordInput.slice(0, MAX_PASSWORD_LENGTH);
  const user = await getCredentials(emailKey);
  const attempt = { emailKey, ip, userId: user?.id ?? null, now };
  const gate = await openLoginAttempt(attempt, limits);
  if (!gate.open) {
    // Refused before any check: audited, but not counted as a new failure, so a lock is not extended by knocking.
    await dummyVerify(password);
    await finishLoginAttempt({ ...attempt, attemptId: null, succeeded: false, detail: { reason: gate.reason } }, limits);
    return null;
  }
  const ok = user && !tooLong ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  const succeeded = ok && !!user?.active;
  const reason = !user ? "unknown_email" : tooLong ? "too_long" : !ok ? "wrong_password" : succeeded ? undefined : "inactive";
  await finishLoginAttempt({ ...attempt, attemptId: gate.attemptId, succeeded, detail: reason ? { reason } : undefined }, limits);
  return succeeded && user ? { uid: user.id, sv: user.sessionVersion, role: user.role } : null;
}

/**
 * The client's address as our own proxy saw it. Proxies append to X-Forwarded-For (and `next start` fills it with
 * the socket's address when absent), so the trustworthy entry is TRUSTED_PROXY_HOPS (default 1) from the right;
 * anything left of it was written by the client and can be forged. X-Real-IP is used only without X-Forwarded-For.
 * TRUSTED_PROXY_HOPS=0 means no proxy we trust: every client is "unknown" (the per-address throttle is off).
 */
export function clientIp(headers: Headers, hops = trustedProxyHops()): string {
  if (hops < 1) return "unknown";
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // Fewer entries than hops: the leftmost was still written by one of our proxies.
  const picked = chain.length ? chain[Math.max(0, chain.length - hops)] : headers.get("x-real-ip")?.trim();
  return (picked || "unknown").slice(0, 64);
}

function trustedProxyHops(): number {
  const n = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(n) && n >= 0 ? n : 1;
}
