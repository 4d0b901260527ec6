import { z } from "zod";
import { formList } from "./form-list";
import { roles } from "@/lib/capabilities";

export const newStaffSchema = z.object({
  email: z.email("Enter a valid email address.").max(320),
  name: z.string().trim().min(1, "Enter a name.").max(120),
  role: z.enum(roles, "Choose a role."),
  password: z.string(),
});

export const inviteStaffSchema = newStaffSchema.omit({ password: true });
export const changeRoleSchema = z.object({ id: z.uuid(), role: z.enum(roles, "Choose a role.") });
export const endStaffSessionsSchema = z.object({ id: z.uuid() });
/** The sections an editor looks after: a checkbox each, named sectionIds. */
export const sectionEditorSchema = z.object({
  id: z.uuid(),
  sectionIds: formList(z.uuid("Choose sections from the list.")),
});
export const setActiveSchema = z.object({ id: z.uuid(), active: z.enum(["true", "false"]) });
export const resetPasswordSchema = z.object({ id: z.uuid(), password: z.string() });
export const changePasswordSchema = z.object({
  current: z.string().min(1, "Enter your current password."),
  password: z.string(),
  confirm: z.string(),
});
export const profileSchema = z.object({ name: z.string().trim().min(1, "Enter your name.").max(120) });

/** A passkey's name: the person's own words for the device ("Work laptop"), shown back to them only. */
const passkeyName = z.string().trim().min(1, "Name this passkey.").max(60, "Keep the name under 60 characters.");
export const beginPasskeySchema = z.object({ name: passkeyName, current: z.string().max(256) });
export const addPasskeySchema = z.object({ name: passkeyName, response: z.string().min(2).max(20_000) });
export const renamePasskeySchema = z.object({ id: z.uuid(), newName: passkeyName });
export const removePasskeySchema = z.object({ id: z.uuid() });
