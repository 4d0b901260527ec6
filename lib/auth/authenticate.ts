import "server-only";
import { getCredentials, getUserRecord } from "@/db/queries/users";
import { finishLoginAttempt, openLoginAttempt, type Attempt, type AttemptLimits } from "@/db/mutations/login-attempts";
import { hashPassword, verifyPassword } from "@/lib/password";
import { demoLoginRefused } from "./demo-logins";
import { issueDeviceCookie, readDeviceCookie } from "./device-cookie";
import { checkSecondFactor, readPendingSignIn } from "./two-factor";
import { writer } from "@/db/mutations/writer";
import { recordAudit } from "@/db/mutations/audit";
import { getSiteSettings } from "@/db/queries/settings";
import { passwordsRefused } from "./sso";

export { clientIp, trustedProxyHops } from "@/lib/client-ip";

/** Failures of an account from everywhere, in WINDOW_MS, that close it to addresses it never signed in from. */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
/** Failures of one account and address pair that cost no wait; after them the wait grows 4× from one second. */
export const PAIR_FREE = 3;
/** Failures from one address before it is refused for a while: high, since offices share an address. */
export const MAX_IP_FAILURES = 100;
/** The password policy's own maximum; anything longer is wrong without costing a real hash. */
export const MAX_PASSWORD_LENGTH = 256;

export const limits: AttemptLimits = {
  pairFree: PAIR_FREE,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  pairWindowMs: 24 * 3600_000,
  windowMs: WINDOW_MS,
  maxFailures: MAX_FAILURES,
  lockMs: LOCK_MS,
  maxIpFailures: MAX_IP_FAILURES,
  knownMs: 90 * 86_400_000,
};

export type SessionClaims = { uid: string; sv: number; role: string };
/** A sign-in's claims, and the new device cookie value for the browser (null without AUTH_SECRET). */
export type SignedIn = SessionClaims & { device: string | null; twoFactor?: boolean; passkey?: boolean };

// Verified on every refusal that has no real hash to check (unknown email, locked, throttled), so each refusal
// costs one argon2 verify like a wrong password does, and the time taken does not tell them apart.
let dummyHash: Promise<string> | undefined;
const dummyVerify = async (password: string) => {
  await verifyPassword(await (dummyHash ??= hashPassword("not-a-real-password-0")), password);
  return false;
};

/** "SSO only" is on and in force (SSO configured, no operator override): no password or code opens a session. */
export async function passwordSignInRefused(): Promise<boolean> {
  return passwordsRefused((await getSiteSettings()).ssoOnly);
}

async function refuseInSsoOnlyMode(emailKey: string, ip: string): Promise<boolean> {
  if (!(await passwordSignInRefused())) return false;
  await recordAudit(await writer(), {
    actorId: null,
    action: "auth.failure",
    ip,
    detail: { email: emailKey, reason: "sso_only" },
  });
  return true;
}

type Checked<T> = { value: T | null; detail?: Record<string, unknown> };

/**
 * One sign-in try through the attempt gate, for every kind of proof (password, code, passkey): the try is counted
 * before `check` runs, so concurrent guesses are limited like sequential ones; a closed gate runs `refused` instead
 * (the same cost as a check) and is audited without counting as a new failure, so knocking does not extend a lock;
 * either way the outcome is audited with `detail` plus `extra`. Returns the check's value when it succeeded.
 */
export async function gatedAttempt<T>(
  attempt: Attempt,
  check: () => Promise<Checked<T>>,
  { extra = {}, refused }: { extra?: Record<string, unknown>; refused?: () => Promise<unknown> } = {},
): Promise<T | null> {
  const gate = await openLoginAttempt(await writer(), attempt, limits);
  if (!gate.open) {
    await refused?.();
    await finishLoginAttempt(await writer(), {
      ...attempt,
      attemptId: null,
      succeeded: false,
      detail: { reason: gate.reason, ...extra },
    });
    return null;
  }
  const { value, detail } = await check();
  const succeeded = value !== null;
  const audited = { ...detail, ...extra };
  await finishLoginAttempt(await writer(), {
    ...attempt,
    attemptId: gate.attemptId,
    succeeded,
    detail: Object.keys(audited).length ? audited : undefined,
  });
  return value;
}

/**
 * Checks an email and password. Returns the session claims, or null for every kind of failure (unknown email,
 * wrong password, locked, deactivated, throttled address), so nothing tells which one it was.
 * The attempt is recorded (as a failure) and counted before the password is checked, so concurrent guesses are
 * limited like sequential ones; the counts live in the database, so they hold across server instances.
 * deviceCookie: the browser's device cookie; valid and issued to this account, it gives the browser its own attempt
 * budget (db/mutations/login-attempts.ts, lib/auth/device-cookie.ts); anything else counts for nothing.
 */
export async function authenticate(
  emailInput: string,
  passwordInput: string,
  ip: string,
  now = new Date(),
  deviceCookie: string | null = null,
): Promise<SignedIn | null> {
  const emailKey = emailInput.trim().toLowerCase().slice(0, 320);
  if (await refuseInSsoOnlyMode(emailKey, ip)) return null;
  const tooLong = passwordInput.length > MAX_PASSWORD_LENGTH;
  const password = passwordInput.slice(0, MAX_PASSWORD_LENGTH);
  const user = await getCredentials(emailKey);
  const device = readDeviceCookie(deviceCookie);
  const attempt = {
    emailKey,
    ip,
    userId: user?.id ?? null,
    now,
    device: user && device?.userId === user.id ? device.deviceId : null,
  };
  return gatedAttempt(
    attempt,
    async () => {
      const ok = user && !tooLong ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
      const demo = demoLoginRefused(emailKey);
      const reason = !user
        ? "unknown_email"
        : tooLong
          ? "too_long"
          : !ok
            ? "wrong_password"
            : !user.active
              ? "inactive"
              : demo
                ? "demo_account"
                : undefined;
      if (reason || !user) return { value: null, detail: { reason } };
      return {
        value: {
          uid: user.id,
          sv: user.sessionVersion,
          role: user.role,
          device: issueDeviceCookie(user.id),
          twoFactor: user.totpEnabled,
          passkey: user.hasPasskey,
        },
        detail: user.totpEnabled || user.hasPasskey ? { step: "password" } : undefined,
      };
    },
    { refused: () => dummyVerify(password) },
  );
}

/**
 * The second step of a sign-in with two factors: the pending sign-in this browser got for a right password, and a
 * code from the app or a recovery code. Each try goes through the same gate and counts as the password's do
 * (per account, per device, per address), so codes cannot be guessed faster than passwords.
 */
export async function authenticateSecondFactor(
  code: string,
  ip: string,
  now = new Date(),
  deviceCookie: string | null = null,
): Promise<SignedIn | null> {
  const pending = await readPendingSignIn(now.getTime());
  if (!pending || (await refuseInSsoOnlyMode(pending.email, ip))) return null;
  const device = readDeviceCookie(deviceCookie);
  const attempt = {
    emailKey: pending.email,
    ip,
    userId: pending.uid,
    now,
    device: device?.userId === pending.uid ? device.deviceId : null,
  };
  return gatedAttempt(attempt, async () => {
    if (!(await checkSecondFactor(pending.uid, code))) return { value: null, detail: { reason: "wrong_code" } };
    const user = await getUserRecord(pending.uid);
    if (!user?.active) return { value: null, detail: { reason: "inactive" } };
    return {
      value: { uid: user.id, sv: user.sessionVersion, role: user.role, device: pending.device },
      detail: { step: "second_factor" },
    };
  });
}
