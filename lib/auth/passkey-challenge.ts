import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { secureCookies } from "@/auth.config";

// The challenge a passkey must sign, kept between the options and the answer in a short-lived, signed, HttpOnly
// cookie (as the pending second factor is): no server state, and the cookie names what it is for and for whom.
export const CHALLENGE_MS = 5 * 60_000;
export type PasskeyChallenge = { purpose: "register" | "sign-in"; uid: string | null; challenge: string; at: number };
const cookieName = () => (secureCookies ? "__Host-masthead.passkey" : "masthead.passkey");

function sign(payload: string): string | null {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  const key = createHmac("sha256", secret).update("masthead passkey challenge v1").digest();
  return createHmac("sha256", key).update(payload).digest("base64url");
}

export async function setPasskeyChallenge(c: PasskeyChallenge): Promise<boolean> {
  const payload = Buffer.from(JSON.stringify(c)).toString("base64url");
  const mac = sign(payload);
  if (!mac) return false;
  (await cookies()).set(cookieName(), `${payload}.${mac}`, {
    httpOnly: true,
    sameSite: "strict",
    secure: secureCookies,
    path: "/",
    maxAge: CHALLENGE_MS / 1000,
  });
  return true;
}

/** This browser's challenge for `purpose`, if ours and unexpired; taken (the cookie cleared), so it serves once. */
export async function takePasskeyChallenge(
  purpose: PasskeyChallenge["purpose"],
  now = Date.now(),
): Promise<PasskeyChallenge | null> {
  const jar = await cookies();
  const value = jar.get(cookieName())?.value;
  if (!value || value.length > 1000) return null;
  jar.delete(cookieName());
  const [payload, mac, ...rest] = value.split(".");
  const expected = payload ? sign(payload) : null;
  if (!payload || !mac || rest.length || !expected) return null;
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) return null;
  try {
    const c = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as PasskeyChallenge;
    return c.purpose === purpose && now - c.at < CHALLENGE_MS && now >= c.at ? c : null;
  } catch {
    return null;
  }
}
