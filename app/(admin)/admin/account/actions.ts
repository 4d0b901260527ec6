"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { getPasswordHash } from "@/db/queries/users";
import { endAllSessions, setUserName, setUserPassword } from "@/db/mutations/users";
import { passwordProblem } from "@/lib/auth/password-policy";
import { guardAction } from "@/lib/authz";
import { deniedState, fieldErrors, formValues, type FormState } from "@/lib/form-state";
import { hashPassword, verifyPassword } from "@/lib/password";
import { changePasswordSchema, profileSchema } from "@/lib/validation/staff";

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await guardAction("changePasswordAction");
  if (!actor) return deniedState;
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrors(parsed.error.issues) };
  const { current, password, confirm } = parsed.data;
  const hash = await getPasswordHash(actor.id);
  if (!hash || !(await verifyPassword(hash, current))) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { current: "That is not your current password." } };
  const problem = passwordProblem(password, actor) ?? (password === current ? "Choose a password different from the current one." : null);
  if (problem) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { password: problem } };
  if (password !== confirm) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { confirm: "The two passwords differ." } };
  // Ending sessions bumps the session version, which signs out every browser, this one included; signing in
  // again with the new password gives this browser a cookie with the new version. It has to end in a redirect:
  // the page re-rendered after an action still reads the old cookie from the request, and would send us to /login.
  await setUserPassword(actor.id, await hashPassword(password), { mustChange: false, endSessions: true }, actor.id);
  try {
    await signIn("credentials", { email: actor.email, password, redirectTo: actor.mustChangePassword ? "/admin" : "/admin/account?changed=1" });
  } catch (error) {
    // Refused (the account or address is throttled): the password is changed, but this browser must sign in again.
    if (error instanceof AuthError) redirect("/login");
    throw error;
  }
  return { ok: true, message: "Password changed." };
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await guardAction("updateProfileAction");
  if (!actor) return { ...deniedState, values };
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrors(parsed.error.issues), values };
  await setUserName(actor.id, parsed.data.name);
  return { ok: true, message: "Profile saved.", values };
}

/** Ends every session of this account, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await guardAction("signOutEverywhereAction");
  if (actor) await endAllSessions(actor.id);
  await signOut({ redirectTo: "/login" });
}
