import { z } from "zod";
import { richTextDocSchema } from "@/lib/rich-text/schema";
import { SLUG_PATTERN } from "@/lib/slug";
import { transitionNames } from "@/lib/story/workflow";

const overrides = z.object({ alt: z.string().max(1000).optional(), caption: z.string().max(1000).optional(), credit: z.string().max(1000).optional() });

/**
 * The working copy as the editor sends it. Saving is lenient (an empty headline or slug may be saved, so no
 * word is ever refused for being unfinished); the pre-publish checklist (lib/checklist.ts) is strict.
 */
export const workingCopySchema = z.object({
  headline: z.string().max(300, "Keep the headline under 300 characters."),
  dek: z.string().max(600, "Keep the dek under 600 characters."),
  slug: z.string().max(120, "Keep the slug under 120 characters.")
    .refine((s) => s === "" || SLUG_PATTERN.test(s), "Use lowercase letters, digits and single hyphens in the slug."),
  sectionId: z.uuid("Choose a section."),
  authorIds: z.array(z.uuid()).max(12, "At most 12 authors."),
  tags: z.array(z.string().trim().min(1).max(60, "Keep each tag under 60 characters.")).max(20, "At most 20 tags."),
  heroMediaId: z.uuid().nullable(),
  hero: overrides,
  body: richTextDocSchema,
  seoTitle: z.string().max(120, "Keep the SEO title under 120 characters."),
  seoDescription: z.string().max(300, "Keep the SEO description under 300 characters."),
  featured: z.boolean(),
});

export const storyIdSchema = z.object({ id: z.uuid("That story does not exist.") });

export const newStorySchema = z.object({ sectionId: z.uuid("Choose a section.").optional(), headline: z.string().max(300).optional() });

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
  correction: z.object({ kind: z.enum(["correction", "update"]), text: z.string().trim().min(1, "Write the notice.").max(2000) }).optional(),
});

export const noteSchema = z.object({ id: z.uuid(), body: z.string().trim().min(1, "Write a note.").max(5000, "Keep the note under 5,000 characters.") });

export const restoreSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().positive(), revisionId: z.uuid() });

export const previewLinkSchema = z.object({ id: z.uuid(), hours: z.coerce.number().int().min(1).max(24 * 14).default(48) });
export const revokePreviewSchema = z.object({ id: z.uuid(), linkId: z.uuid() });
