import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { secureCookies } from "@/auth.config";

/**
 * A short-lived, signed, HttpOnly cookie carrying a small JSON value with its making time `at`: the state a sign-in
 * keeps between two requests (the pending second factor, a passkey challenge) without a table. Signed with a key
 * derived from AUTH_SECRET and the cookie's own label, so one cookie's value is never good as another's.
 */
export function signedCookie<T extends { at: number }>(opts: {
  name: string;
  label: string;
  lifetimeMs: number;
  sameSite: "lax" | "strict";
  maxLength: number;
}) {
  const name = () => (secureCookies ? `__Host-${opts.name}` : opts.name);
  const sign = (payload: string): string | null => {
    const secret = process.env.AUTH_SECRET;
    if (!secret) return null;
    const key = createHmac("sha256", secret).update(opts.label).digest();
    return createHmac("sha256", key).update(payload).digest("base64url");
  };
  const parse = (value: string | undefined, now: number): T | null => {
    if (!value || value.length > opts.maxLength) return null;
    const [payload, mac, ...rest] = value.split(".");
    const expected = payload ? sign(payload) : null;
    if (!payload || !mac || rest.length || !expected) return null;
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) return null;
    try {
      const v = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as T;
      return now - v.at < opts.lifetimeMs && now >= v.at ? v : null;
    } catch {
      return null;
    }
  };
  return {
    /** False without AUTH_SECRET: nothing is set. */
    async set(value: T): Promise<boolean> {
      const payload = Buffer.from(JSON.stringify(value)).toString("base64url");
      const mac = sign(payload);
      if (!mac) return false;
      (await cookies()).set(name(), `${payload}.${mac}`, {
        httpOnly: true,
        sameSite: opts.sameSite,
        secure: secureCookies,
        path: "/",
        maxAge: opts.lifetimeMs / 1000,
      });
      return true;
    },
    /** The value, if ours and unexpired. */
    async read(now = Date.now()): Promise<T | null> {
      return parse((await cookies()).get(name())?.value, now);
    },
    /** Read once: the cookie is cleared whatever it held. */
    async take(now = Date.now()): Promise<T | null> {
      const jar = await cookies();
      const value = jar.get(name())?.value;
      if (value) jar.delete(name());
      return parse(value, now);
    },
    async clear(): Promise<void> {
      (await cookies()).delete(name());
    },
  };
}
