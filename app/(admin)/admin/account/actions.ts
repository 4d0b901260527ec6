"use server";
import { z } from "zod";
import { signOut } from "@/auth";
import { getPasswordHash } from "@/db/queries/users";
import { endAllSessions, setUserName, setUserPassword } from "@/db/mutations/users";
import { passwordProblem } from "@/lib/auth/password-policy";
import { deskAction } from "@/lib/desk-action";
import { invalid } from "@/lib/form-state";
import { hashPassword, verifyPassword } from "@/lib/password";
import { changePasswordSchema, profileSchema } from "@/lib/validation/staff";

export const changePasswordAction = deskAction(
  { name: "changePasswordAction", capability: "account.self", schema: changePasswordSchema },
  async ({ current, password, confirm }, { actor }) => {
    const hash = await getPasswordHash(actor.id);
    if (!hash || !(await verifyPassword(hash, current))) return invalid({ current: "That is not your current password." });
    const problem = passwordProblem(password, actor) ?? (password === current ? "Choose a password different from the current one." : null);
    if (problem) return invalid({ password: problem });
    if (password !== confirm) return invalid({ confirm: "The two passwords differ." });
    if (actor.mustChangePassword) {
      // First sign-in with a temporary password: this session is the only one, so it stays. The form then loads
      // the desk in full, so the next page is rendered with the password requirement lifted.
      await setUserPassword(actor.id, await hashPassword(password), { mustChange: false, endSessions: false }, actor.id);
      return { ok: true, message: "Password changed.", redirectTo: "/admin" };
    }
    // A change of a known password ends every session, this one too, so a stolen cookie dies with the old
    // password; the user signs in again with the new one.
    await setUserPassword(actor.id, await hashPassword(password), { mustChange: false, endSessions: true }, actor.id);
    await signOut({ redirectTo: "/login?changed=1" });
    return { ok: true, message: "Password changed." };
  },
);

export const updateProfileAction = deskAction(
  { name: "updateProfileAction", capability: "account.self", schema: profileSchema },
  async ({ name }, { actor, values }) => {
    await setUserName(actor.id, name);
    return { ok: true, message: "Profile saved.", values };
  },
);

/** Ends every session of this account, this one included. */
export const signOutEverywhereAction = deskAction(
  { name: "signOutEverywhereAction", capability: "account.self", schema: z.object({}) },
  async (_input, { actor }) => {
    await endAllSessions(actor.id);
    await signOut({ redirectTo: "/login" });
    return { ok: true };
  },
);
