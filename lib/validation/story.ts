import { z } from "zod";
import { storyLanguages } from "@/lib/content/language";
import { workingCopySchema } from "@/lib/story/model";
import { transitionNames } from "@/lib/story/workflow";

export const storyIdSchema = z.object({ id: z.uuid("That story does not exist.") });

/** The soft lock's calls carry the editor tab's own id, so that only the tab keeping the lock can let it go. */
export const lockTabSchema = z.string().regex(/^[\w-]{8,64}$/, "That editor tab is not known.");
export const storyLockSchema = storyIdSchema.extend({ tab: lockTabSchema.optional() });

export const translateSchema = z.object({
  id: z.uuid("That story does not exist."),
  language: z.enum(storyLanguages, "Choose a language."),
});

export const newStorySchema = z.object({
  sectionId: z.uuid("Choose a section.").optional(),
  headline: z.string().max(300).optional(),
});

export const saveStorySchema = z.object({
  id: z.uuid("That story does not exist."),
  version: z.coerce.number().int().positive(),
  autosave: z.boolean().default(false),
  working: workingCopySchema,
});

export const transitionSchema = z.object({
  id: z.uuid("That story does not exist."),
  version: z.coerce.number().int().positive(),
  transition: z.enum(transitionNames),
  note: z.string().trim().max(5000, "Keep the note under 5,000 characters.").optional(),
  scheduledAt: z.iso.datetime({ offset: true, error: "Pick a date and time." }).optional(),
  correction: z
    .object({ kind: z.enum(["correction", "update"]), text: z.string().trim().min(1, "Write the notice.").max(2000) })
    .optional(),
});

export const noteSchema = z.object({
  id: z.uuid(),
  body: z.string().trim().min(1, "Write a note.").max(5000, "Keep the note under 5,000 characters."),
});

export const restoreSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  revisionId: z.uuid(),
});

export const previewLinkSchema = z.object({
  id: z.uuid(),
  hours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(48),
});
export const revokePreviewSchema = z.object({ id: z.uuid(), linkId: z.uuid() });
