"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signOut } from "@/auth";
import { getPasswordHash, getTwoFactor } from "@/db/queries/users";
import { getSiteSettings } from "@/db/queries/settings";
import { beginTotpSetup, confirmTotpSetup, renewCodes, turnOffTwoFactor } from "@/lib/auth/two-factor";
import { revokeSession, revokeUserSessions } from "@/db/mutations/sessions";
import { endAllSessions, setUserName, setUserPassword } from "@/db/mutations/users";
import { passwordProblem } from "@/lib/auth/password-policy";
import { deskAction } from "@/lib/desk-action";
import { invalid, type FormState } from "@/lib/form-state";
import { hashPassword, verifyPassword } from "@/lib/password";
import { changePasswordSchema, profileSchema } from "@/lib/validation/staff";
import { writer } from "@/db/mutations/writer";

/**
 * A password change ends every session, the one it was made from too: a session opened with a temporary password
 * (which an admin has seen) must not outlive it, and a stolen cookie dies with the old password. The browser then
 * signs in with the new password, as a fresh session. (Signing it in from inside the action is not enough: the
 * page re-rendered after the action still reads the old, ended cookie.)
 */
export const changePasswordAction = deskAction(
  { name: "changePasswordAction", capability: "account.self", schema: changePasswordSchema },
  async (input, { actor }) => {
    const { current, password, confirm } = input;
    const hash = await getPasswordHash(actor.id);
    if (!hash || !(await verifyPassword(hash, current)))
      return invalid({ current: "That is not your current password." });
    const problem =
      passwordProblem(password, actor) ??
      (password === current ? "Choose a password different from the current one." : null);
    if (problem) return invalid({ password: problem });
    if (password !== confirm) return invalid({ confirm: "The two passwords differ." });
    await setUserPassword(
      await writer(),
      actor.id,
      await hashPassword(password),
      { mustChange: false, endSessions: true },
      actor.id,
    );
    await revokeUserSessions(await writer(), actor.id, actor.id);
    await signOut({ redirectTo: "/login?changed=1" });
    return { ok: true, message: "Password changed." };
  },
);

export const updateProfileAction = deskAction(
  { name: "updateProfileAction", capability: "account.self", schema: profileSchema },
  async ({ name }, { actor, values }) => {
    await setUserName(await writer(), actor.id, name);
    return { ok: true, message: "Profile saved.", values };
  },
);

/** Ends every session of this account, this one included. */
export const signOutEverywhereAction = deskAction(
  { name: "signOutEverywhereAction", capability: "account.self", schema: z.object({}) },
  async (_input, { actor }) => {
    await revokeUserSessions(await writer(), actor.id, actor.id);
    await endAllSessions(await writer(), actor.id);
    await signOut({ redirectTo: "/login" });
    return { ok: true };
  },
);

/** Ends one of your own sessions (a browser left signed in elsewhere); ending this one signs you out. */
export const endSessionAction = deskAction(
  { name: "endSessionAction", capability: "account.self", schema: z.object({ sessionId: z.uuid() }) },
  async ({ sessionId }, { actor }) => {
    if (!(await revokeSession(await writer(), sessionId, actor.id, actor.id)))
      return { ok: false, message: "That session had already ended." };
    if (sessionId === actor.sessionId) await signOut({ redirectTo: "/login" });
    revalidatePath("/admin/account");
    return { ok: true, message: "Session ended." };
  },
);

/** Starts two-factor set-up: a new secret, shown on the account page until a code confirms it. */
export const beginTwoFactorAction = deskAction(
  { name: "beginTwoFactorAction", capability: "account.self", schema: z.object({}) },
  async (_input, { actor }) => {
    const settings = await getSiteSettings();
    if (!(await beginTotpSetup(actor, settings.siteName)))
      return { ok: false, message: "Two-factor authentication is already on." };
    revalidatePath("/admin/account");
    return { ok: true };
  },
);

/** Turns two factors on with a code from the app; the recovery codes are shown this once. */
export const confirmTwoFactorAction = deskAction(
  { name: "confirmTwoFactorAction", capability: "account.self", schema: z.object({ code: z.string().max(20) }) },
  async ({ code }, { actor }): Promise<FormState & { codes?: string[] }> => {
    const codes = await confirmTotpSetup(actor.id, code);
    if (!codes)
      return invalid({
        code: "That code did not match. Check that your phone's clock is right, and enter the code the app shows now.",
      });
    return { ok: true, message: "Two-factor authentication is on.", codes };
  },
);

export const renewRecoveryCodesAction = deskAction(
  { name: "renewRecoveryCodesAction", capability: "account.self", schema: z.object({}) },
  async (_input, { actor }): Promise<FormState & { codes?: string[] }> => {
    if (!(await getTwoFactor(actor.id))?.enabledAt)
      return { ok: false, message: "Turn on two-factor authentication first." };
    return {
      ok: true,
      message: "New recovery codes made; the old ones no longer work.",
      codes: await renewCodes(actor.id),
    };
  },
);

/** Turning two factors off takes the password: a session left open must not be enough to weaken the account. */
export const turnOffTwoFactorAction = deskAction(
  { name: "turnOffTwoFactorAction", capability: "account.self", schema: z.object({ current: z.string().max(256) }) },
  async ({ current }, { actor }) => {
    const hash = await getPasswordHash(actor.id);
    if (!hash || !(await verifyPassword(hash, current)))
      return invalid({ current: "That is not your current password." });
    await turnOffTwoFactor(actor.id, actor.id);
    revalidatePath("/admin/account");
    return { ok: true, message: "Two-factor authentication is off." };
  },
);
