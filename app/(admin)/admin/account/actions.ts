"use server";
import { signOut } from "@/auth";
import { getPasswordHash } from "@/db/queries/users";
import { endAllSessions, setUserName, setUserPassword } from "@/db/mutations/users";
import { passwordProblem } from "@/lib/auth/password-policy";
import { guardAction } from "@/lib/authz";
import { deniedState, fieldErrors, formValues, invalid, type FormState } from "@/lib/form-state";
import { hashPassword, verifyPassword } from "@/lib/password";
import { changePasswordSchema, profileSchema } from "@/lib/validation/staff";

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await guardAction("changePasswordAction");
  if (!actor) return deniedState;
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues));
  const { current, password, confirm } = parsed.data;
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
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await guardAction("updateProfileAction");
  if (!actor) return { ...deniedState, values };
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), values);
  await setUserName(actor.id, parsed.data.name);
  return { ok: true, message: "Profile saved.", values };
}

/** Ends every session of this account, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await guardAction("signOutEverywhereAction");
  if (actor) await endAllSessions(actor.id);
  await signOut({ redirectTo: "/login" });
}
