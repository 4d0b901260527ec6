import "server-only";
import { signedCookie } from "./signed-cookie";

// The challenge a passkey must sign, kept between the options and the answer in a short-lived, signed, HttpOnly
// cookie (as the pending second factor is): no server state, and the cookie names what it is for and for whom.
export const CHALLENGE_MS = 5 * 60_000;
export type PasskeyChallenge = { purpose: "register" | "sign-in"; uid: string | null; challenge: string; at: number };
const cookie = signedCookie<PasskeyChallenge>({
  name: "masthead.passkey",
  label: "masthead passkey challenge v1",
  lifetimeMs: CHALLENGE_MS,
  sameSite: "strict",
  maxLength: 1000,
});

export const setPasskeyChallenge = (c: PasskeyChallenge): Promise<boolean> => cookie.set(c);

/** This browser's challenge for `purpose`, if ours and unexpired; taken (the cookie cleared), so it serves once. */
export async function takePasskeyChallenge(
  purpose: PasskeyChallenge["purpose"],
  now = Date.now(),
): Promise<PasskeyChallenge | null> {
  const c = await cookie.take(now);
  return c?.purpose === purpose ? c : null;
}
