"use server";
import { revalidatePath } from "next/cache";
import { getUserRecord } from "@/db/queries/users";
import { revokeUserSessions } from "@/db/mutations/sessions";
import { createUser, EmailTakenError, setUserActive, setUserPassword, setUserRole } from "@/db/mutations/users";
import { passwordProblem } from "@/lib/auth/password-policy";
import { guardAction } from "@/lib/authz";
import { deskAction } from "@/lib/desk-action";
import { deniedState, fieldErrors, formValues, invalid, type FormState } from "@/lib/form-state";
import { hashPassword } from "@/lib/password";
import { endStaffSessionsSchema, changeRoleSchema, newStaffSchema, resetPasswordSchema, setActiveSchema } from "@/lib/validation/staff";

const done = (message: string): FormState => {
  revalidatePath("/admin/staff");
  return { ok: true, message };
};

/** A new account gets a one-time temporary password, to be changed at first sign-in. */
export async function createStaffAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await guardAction("createStaffAction");
  if (!actor) return { ...deniedState, values };
  const parsed = newStaffSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), values);
  const { email, name, role, password } = parsed.data;
  const problem = passwordProblem(password, { email, name });
  if (problem) return invalid({ password: problem }, values);
  try {
    await createUser({ email, name, role, passwordHash: await hashPassword(password), mustChangePassword: true }, actor.id);
  } catch (error) {
    if (error instanceof EmailTakenError) return invalid({ email: error.message }, values);
    throw error;
  }
  return done(`Account created for ${name}. Give them the temporary password; they choose their own at first sign-in.`);
}

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await guardAction("changeRoleAction");
  if (!actor) return deniedState;
  const parsed = changeRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "Choose a role." };
  if (parsed.data.id === actor.id) return { ok: false, message: "Ask another admin to change your own role." };
  await setUserRole(parsed.data.id, parsed.data.role, actor.id);
  return done("Role changed. Their open sessions have ended.");
}

export async function setActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await guardAction("setActiveAction");
  if (!actor) return deniedState;
  const parsed = setActiveSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "Something was missing from the form." };
  if (parsed.data.id === actor.id) return { ok: false, message: "You cannot deactivate your own account." };
  const active = parsed.data.active === "true";
  await setUserActive(parsed.data.id, active, actor.id);
  return done(active ? "Account reactivated." : "Account deactivated. Their open sessions have ended.");
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await guardAction("resetPasswordAction");
  if (!actor) return deniedState;
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  const user = parsed.success ? await getUserRecord(parsed.data.id) : null;
  if (!parsed.success || !user) return { ok: false, message: "That account does not exist." };
  const problem = passwordProblem(parsed.data.password, user);
  if (problem) return { ok: false, message: problem, fieldErrors: { password: problem } };
  await setUserPassword(user.id, await hashPassword(parsed.data.password), { mustChange: true, endSessions: true }, actor.id);
  return done(`Temporary password set for ${user.name}; they choose their own at next sign-in.`);
}

/** Ends every session of a person at once (a lost laptop, a departure); they can sign in again unless deactivated. */
export const endStaffSessionsAction = deskAction({ name: "endStaffSessionsAction", capability: "staff.manage", schema: endStaffSessionsSchema },
  async ({ id }, { actor }) => {
    if (id === actor.id) return { ok: false, message: "Use Your account to end your own sessions." };
    const n = await revokeUserSessions(id, actor.id);
    return done(n ? `Ended ${n} ${n === 1 ? "session" : "sessions"}.` : "They had no open sessions.");
  });
