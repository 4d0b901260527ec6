import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { secureCookies } from "@/auth.config";

/**
 * OWASP's "device cookie" against account lockout (Slow Down Online Guessing Attacks with Device Cookies): after
 * each successful sign-in the browser gets `<user id>.<random device id>.<HMAC of both>`, keyed from AUTH_SECRET.
 * Sign-in attempts that bring a valid one for the account being tried have their own attempt budget, which
 * strangers' failures never touch; everyone else shares the account's budget for untrusted clients. We chose it
 * because with no declared proxy (TRUSTED_PROXY_HOPS=0) every client looks the same ("unknown"), so addresses
 * cannot tell the owner from an attacker, and a cookie only a past sign-in could have produced can.
 */
export const DEVICE_COOKIE_MAX_AGE_S = 400 * 86_400; // browsers cap cookie lifetimes at 400 days
export const deviceCookieName = () => (secureCookies ? "__Host-masthead.device" : "masthead.device");

function mac(userId: string, deviceId: string): Buffer | null {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  // A key of its own, so a device cookie's MAC can never be mistaken for any other use of AUTH_SECRET.
  const key = createHmac("sha256", secret).update("masthead device cookie v1").digest();
  return createHmac("sha256", key).update(`${userId}.${deviceId}`).digest();
}

/** A new device cookie value for the user, or null when there is no secret to sign it with. */
export function issueDeviceCookie(userId: string): string | null {
  const deviceId = randomBytes(16).toString("base64url");
  const m = mac(userId, deviceId);
  return m ? `${userId}.${deviceId}.${m.toString("base64url")}` : null;
}

/** The user and device a cookie value names, or null unless its MAC is ours. */
export function readDeviceCookie(value: string | null | undefined): { userId: string; deviceId: string } | null {
  if (!value || value.length > 200) return null;
  const [userId, deviceId, sig, ...rest] = value.split(".");
  if (!userId || !deviceId || !sig || rest.length) return null;
  const expected = mac(userId, deviceId);
  const given = Buffer.from(sig, "base64url");
  if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, deviceId };
}

/** The device cookie of the current request (sign-in route or server action). */
export async function currentDeviceCookie(): Promise<string | null> {
  return (await cookies()).get(deviceCookieName())?.value ?? null;
}

/** Set on the sign-in response; long-lived, and never readable by scripts. */
export async function rememberDevice(value: string): Promise<void> {
  (await cookies()).set(deviceCookieName(), value, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies,
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
  });
}
