"use server";
import { AuthError } from "next-auth";
import { getSiteSettings } from "@/db/queries/settings";
import { PASSWORDS_OFF, passwordsRefused } from "@/lib/auth/sso";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { getAccountLink, type LinkPurpose } from "@/db/queries/account-links";
import { requestPasswordReset, RESET_LIMITS, spendAccountLink } from "@/db/mutations/account-links";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { writer } from "@/db/mutations/writer";
import { passwordProblem } from "@/lib/auth/password-policy";
import { clientIp } from "@/lib/client-ip";
import { deskAction } from "@/lib/desk-action";
import { invalid, type FormState } from "@/lib/form-state";
import { hashPassword } from "@/lib/password";
import { choosePasswordSchema, forgotPasswordSchema } from "@/lib/validation/account-links";
import { LINK_PROBLEM, RESET_SENT } from "@/lib/auth/messages";

/** Every answer takes at least this long, so a known address (a few more writes) answers no slower than another. */
const ANSWER_FLOOR_MS = 300;

const passwordsOff = async () => passwordsRefused((await getSiteSettings()).ssoOnly);

/** "Forgot password": the same answer, in the same time, whether or not the address has an account. */
export const requestPasswordResetAction = deskAction(
  { name: "requestPasswordResetAction", capability: "public", schema: forgotPasswordSchema },
  async ({ email }) => {
    const started = Date.now();
    const db = await writer();
    const ip = clientIp(await headers());
    const key = email.trim().toLowerCase();
    // Without a declared proxy every client is "unknown": a limit on that bucket would let one stranger stop all.
    const allowed =
      (ip === "unknown" || (await hitRateLimit(db, `reset-ip:${ip}`, RESET_LIMITS.perIp, RESET_LIMITS.windowMs))) &&
      (await hitRateLimit(db, `reset-email:${key}`, RESET_LIMITS.perEmail, RESET_LIMITS.windowMs));
    // With SSO only, a password is of no use: nothing is sent, and the answer stays the same.
    if (allowed && !(await passwordsOff())) await requestPasswordReset(db, key, ip);
    await new Promise((r) => setTimeout(r, Math.max(0, ANSWER_FLOOR_MS - (Date.now() - started))));
    return { ok: true, message: RESET_SENT };
  },
);

/** Checks the link and the new password, then spends the link on it: the person's email, or the refusal to show. */
async function chooseWithLink(
  purpose: LinkPurpose,
  input: { token: string; password: string; confirm: string },
  values: Record<string, string>,
): Promise<{ refusal: FormState } | { email: string }> {
  if (await passwordsOff()) return { refusal: { ok: false, message: PASSWORDS_OFF, values } };
  const link = await getAccountLink(input.token, purpose);
  if (link.state !== "open") return { refusal: { ok: false, message: LINK_PROBLEM[link.state], values } };
  const problem = passwordProblem(input.password, link.user);
  if (problem) return { refusal: invalid({ password: problem }, values) };
  if (input.password !== input.confirm)
    return { refusal: invalid({ confirm: "The two passwords are not the same." }, values) };
  const spent = await spendAccountLink(await writer(), {
    token: input.token,
    purpose,
    passwordHash: await hashPassword(input.password),
    ip: clientIp(await headers()),
  });
  return spent.ok ? { email: spent.email } : { refusal: { ok: false, message: LINK_PROBLEM[spent.reason], values } };
}

/** An invitation accepted: the person's own password, then straight onto the desk (or to sign in, with two factors). */
export const acceptInvitationAction = deskAction(
  { name: "acceptInvitationAction", capability: "public", schema: choosePasswordSchema },
  async (input, { values }) => {
    const result = await chooseWithLink("invite", input, values);
    if ("refusal" in result) return result.refusal;
    try {
      await signIn("credentials", { email: result.email, password: input.password, redirectTo: "/admin" });
    } catch (error) {
      // A successful sign-in throws Next's redirect, which must pass through.
      if (error instanceof AuthError) redirect("/login?joined=1");
      throw error;
    }
    return { ok: true, message: "Your password is set. Welcome to the desk." };
  },
);

/** A password reset: every session ends (this browser's too), and the person signs in again, second factor and all. */
export const resetPasswordWithLinkAction = deskAction(
  { name: "resetPasswordWithLinkAction", capability: "public", schema: choosePasswordSchema },
  async (input, { values }) => {
    const result = await chooseWithLink("reset", input, values);
    if ("refusal" in result) return result.refusal;
    redirect("/login?reset=1");
  },
);
