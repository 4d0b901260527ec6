"use server";
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getUserRecord } from "@/db/queries/users";
import { revokeUserSessions } from "@/db/mutations/sessions";
import {
  createUser,
  EmailTakenError,
  setSectionEditor,
  setUserActive,
  setUserPassword,
  setUserRole,
} from "@/db/mutations/users";
import { roleCan } from "@/lib/capabilities";
import { passwordProblem } from "@/lib/auth/password-policy";
import { deskAction } from "@/lib/desk-action";
import { invalid, type FormState } from "@/lib/form-state";
import { hashPassword } from "@/lib/password";
import {
  endStaffSessionsSchema,
  changeRoleSchema,
  inviteStaffSchema,
  newStaffSchema,
  resetPasswordSchema,
  sectionEditorSchema,
  setActiveSchema,
} from "@/lib/validation/staff";
import { writer } from "@/db/mutations/writer";
import { resetFactors } from "@/db/mutations/two-factor";
import { deskLink } from "@/db/mutations/notify";
import { cancelInvitation, createInvitation, resendInvitation } from "@/db/mutations/account-links";

const done = (message: string): FormState => {
  revalidatePath("/admin/staff");
  return { ok: true, message };
};

/**
 * An invitation: the account opens without a usable password (the hash of a random secret nobody keeps), and its
 * owner gets a mail with a link that works once, for 72 hours, to choose their own.
 */
export const inviteStaffAction = deskAction(
  { name: "inviteStaffAction", capability: "staff.manage", schema: inviteStaffSchema },
  async ({ email, name, role }, { actor, values }) => {
    try {
      const unusableHash = await hashPassword(randomBytes(32).toString("base64url"));
      await createInvitation(await writer(), { email, name, role, unusableHash }, actor);
    } catch (error) {
      if (error instanceof EmailTakenError) return invalid({ email: error.message }, values);
      throw error;
    }
    return done(`Invitation sent to ${email}. The link works once, for 72 hours.`);
  },
);

export const resendInvitationAction = deskAction(
  { name: "resendInvitationAction", capability: "staff.manage", schema: endStaffSessionsSchema },
  async ({ id }, { actor }) => {
    if (!(await resendInvitation(await writer(), id, actor)))
      return { ok: false, message: "There is no pending invitation for that account: they may have joined." };
    return done("A new invitation was sent; the earlier link no longer works.");
  },
);

export const cancelInvitationAction = deskAction(
  { name: "cancelInvitationAction", capability: "staff.manage", schema: endStaffSessionsSchema },
  async ({ id }, { actor }) => {
    if (!(await cancelInvitation(await writer(), id, actor.id)))
      return { ok: false, message: "There is no pending invitation for that account: they may have joined." };
    return done("Invitation cancelled: the link no longer works and the account is gone.");
  },
);

/** Without a mail server: an account with a temporary password the admin hands over, changed at first sign-in. */
export const createStaffAction = deskAction(
  { name: "createStaffAction", capability: "staff.manage", schema: newStaffSchema },
  async ({ email, name, role, password }, { actor, values }) => {
    const problem = passwordProblem(password, { email, name });
    if (problem) return invalid({ password: problem }, values);
    try {
      await createUser(
        await writer(),
        { email, name, role, passwordHash: await hashPassword(password), mustChangePassword: true },
        actor.id,
      );
    } catch (error) {
      if (error instanceof EmailTakenError) return invalid({ email: error.message }, values);
      throw error;
    }
    return done(
      `Account created for ${name}. Give them the temporary password; they choose their own at first sign-in.`,
    );
  },
);

export const changeRoleAction = deskAction(
  { name: "changeRoleAction", capability: "staff.manage", schema: changeRoleSchema },
  async ({ id, role }, { actor }) => {
    if (id === actor.id) return { ok: false, message: "Ask another admin to change your own role." };
    await setUserRole(await writer(), id, role, actor.id);
    return done("Role changed. Their open sessions have ended.");
  },
);

/** Which sections' submissions an editor hears of first; any editor may still approve any story. */
export const setSectionEditorAction = deskAction(
  { name: "setSectionEditorAction", capability: "staff.manage", schema: sectionEditorSchema },
  async ({ id, sectionIds }, { actor }) => {
    const person = await getUserRecord(id);
    if (!person) return { ok: false, message: "That account no longer exists." };
    if (sectionIds.length && !roleCan(person.role, "story.approve"))
      return { ok: false, message: `${person.name} cannot approve stories: make them an editor first.` };
    const n = await setSectionEditor(await writer(), id, sectionIds, actor.id);
    return done(
      n
        ? `${person.name} edits ${n === 1 ? "1 section" : `${n} sections`}: submissions there go to them first.`
        : `${person.name} edits no section of their own.`,
    );
  },
);

export const setActiveAction = deskAction(
  { name: "setActiveAction", capability: "staff.manage", schema: setActiveSchema },
  async ({ id, active }, { actor }) => {
    if (id === actor.id) return { ok: false, message: "You cannot deactivate your own account." };
    await setUserActive(await writer(), id, active === "true", actor.id);
    return done(active === "true" ? "Account reactivated." : "Account deactivated. Their open sessions have ended.");
  },
);

export const resetPasswordAction = deskAction(
  { name: "resetPasswordAction", capability: "staff.manage", schema: resetPasswordSchema },
  async ({ id, password }, { actor }) => {
    const user = await getUserRecord(id);
    if (!user) return { ok: false, message: "That account does not exist." };
    const problem = passwordProblem(password, user);
    if (problem) return { ok: false, message: problem, fieldErrors: { password: problem } };
    await setUserPassword(
      await writer(),
      user.id,
      await hashPassword(password),
      { mustChange: true, endSessions: true },
      actor.id,
    );
    return done(`Temporary password set for ${user.name}; they choose their own at next sign-in.`);
  },
);

/** Ends every session of a person at once (a lost laptop, a departure); they can sign in again unless deactivated. */
export const endStaffSessionsAction = deskAction(
  { name: "endStaffSessionsAction", capability: "staff.manage", schema: endStaffSessionsSchema },
  async ({ id }, { actor }) => {
    if (id === actor.id) return { ok: false, message: "Use Your account to end your own sessions." };
    const n = await revokeUserSessions(await writer(), id, actor.id);
    return done(n ? `Ended ${n} ${n === 1 ? "session" : "sessions"}.` : "They had no open sessions.");
  },
);

/** A lost phone: an admin turns a person's two factors off and removes their passkeys (audited, the person told by mail) and ends their sessions. */
export const resetTwoFactorAction = deskAction(
  { name: "resetTwoFactorAction", capability: "staff.manage", schema: endStaffSessionsSchema },
  async ({ id }, { actor }) => {
    if (id === actor.id) return { ok: false, message: "Use Your account to change your own two-factor set-up." };
    const user = await getUserRecord(id);
    if (!user) return { ok: false, message: "That account does not exist." };
    await resetFactors(await writer(), user.id, actor.id, {
      to: user.email,
      subject: "Your two-factor authentication was reset",
      text: `${actor.name} reset the two-factor authentication of your desk account and removed its passkeys. Sign in with your password and set it up again on Your account: ${deskLink("/admin/account")}\n\nIf you did not ask for this, tell an admin at once.`,
    });
    await revokeUserSessions(await writer(), user.id, actor.id);
    return done(`Two-factor authentication reset for ${user.name}; they were told by mail.`);
  },
);
