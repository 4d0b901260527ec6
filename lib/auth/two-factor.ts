import "server-only";
import { renderSVG } from "uqr";
import { signedCookie } from "./signed-cookie";
import { getTwoFactor } from "@/db/queries/users";
import {
  clearTwoFactor,
  enableTotp,
  renewRecoveryCodes,
  setPendingTotp,
  spendRecoveryCode,
  spendTotpStep,
} from "@/db/mutations/two-factor";
import { writer } from "@/db/mutations/writer";
import {
  hashRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  openSecret,
  otpauthUri,
  sealSecret,
} from "./totp";

/** A new secret for the account page: kept (sealed) until a code from the app confirms it. */
export async function beginTotpSetup(
  user: { id: string; email: string },
  issuer: string,
): Promise<{ secret: string; qrSvg: string } | null> {
  const secret = newTotpSecret();
  if (!(await setPendingTotp(await writer(), user.id, sealSecret(secret)))) return null;
  return { secret, qrSvg: renderSVG(otpauthUri(secret, user.email, issuer), { border: 2 }) };
}

/** The pending secret again (the page reloaded), or null when there is none. */
export async function pendingTotpSetup(user: { id: string; email: string }, issuer: string) {
  const state = await getTwoFactor(user.id);
  if (!state?.sealed || state.enabledAt) return null;
  const secret = openSecret(state.sealed);
  return { secret, qrSvg: renderSVG(otpauthUri(secret, user.email, issuer), { border: 2 }) };
}

/** Confirms the set-up with a code from the app; on success, the recovery codes to show once. */
export async function confirmTotpSetup(userId: string, code: string): Promise<string[] | null> {
  const state = await getTwoFactor(userId);
  if (!state?.sealed || state.enabledAt) return null;
  const step = matchTotp(openSecret(state.sealed), code, null);
  if (step === null) return null;
  const codes = newRecoveryCodes();
  return (await enableTotp(await writer(), userId, step, codes.map(hashRecoveryCode))) ? codes : null;
}

/** A code from the app (each good once) or an unused recovery code. */
export async function checkSecondFactor(userId: string, input: string): Promise<boolean> {
  const state = await getTwoFactor(userId);
  if (!state?.sealed || !state.enabledAt) return false;
  const trimmed = input.trim().slice(0, 40);
  if (/^[\d\s]+$/.test(trimmed)) {
    const step = matchTotp(openSecret(state.sealed), trimmed, null);
    return step !== null && (await spendTotpStep(await writer(), userId, step));
  }
  return trimmed.length > 0 && spendRecoveryCode(await writer(), userId, hashRecoveryCode(trimmed));
}

export async function renewCodes(userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await renewRecoveryCodes(await writer(), userId, codes.map(hashRecoveryCode));
  return codes;
}

export async function turnOffTwoFactor(userId: string, actorId: string): Promise<void> {
  await clearTwoFactor(await writer(), userId, actorId);
}

// Between the password and the code: a short-lived, signed, HttpOnly cookie naming the account and when the
// password was right. It opens nothing by itself; only authorize() with a good code turns it into a session.
export const PENDING_MS = 5 * 60_000;
export type PendingSignIn = { uid: string; email: string; device: string | null; at: number };
const pending = signedCookie<PendingSignIn>({
  name: "masthead.2fa",
  label: "masthead pending second factor v1",
  lifetimeMs: PENDING_MS,
  sameSite: "lax",
  maxLength: 2000,
});

export async function setPendingSignIn(p: PendingSignIn): Promise<void> {
  await pending.set(p);
}

/** The pending sign-in of this browser, if it is ours and unexpired. */
export const readPendingSignIn = (now = Date.now()): Promise<PendingSignIn | null> => pending.read(now);

export const clearPendingSignIn = (): Promise<void> => pending.clear();
