import { z } from "zod";
import { richTextDocSchema } from "../content/rich-text/schema";
import { docToPlainText } from "../content/rich-text/text";
import type { RichTextDoc, RichTextNode } from "../content/rich-text/types";
import { storyLanguages } from "../content/language";
import { SLUG_PATTERN } from "../content/slug";

/**
 * The story model: this schema is the only list of a story's fields, and the type is inferred from it. The desk
 * saves only the working copy; readers see the live columns, which Publish copies from it
 * (db/mutations/story-publish.ts, `toLive`), so a published story changes for readers only when an editor publishes.
 */

/** A photo's words. The library keeps all three; a placement may override any of them. */
export const photoTextSchema = z.object({ alt: z.string(), caption: z.string(), credit: z.string() });
export type PhotoText = z.infer<typeof photoTextSchema>;

const overrideText = z.string().max(1000).optional();
/** A placement's own words; a field left empty or undefined falls back to the library's. */
export const photoOverridesSchema = z.object({ alt: overrideText, caption: overrideText, credit: overrideText });
export type PhotoOverrides = z.infer<typeof photoOverridesSchema>;

// The longest long-reads run to about 30,000 words (some 180,000 characters); twice that is a book, not a story.
// Without a cap a body could reach the 10 MB action limit, stored again with every save and diffed on the revisions
// page. Blocks are paragraphs, headings, list items, quotes and photos: a long-read has about a thousand.
export const BODY_MAX_CHARS = 400_000;
export const BODY_MAX_BLOCKS = 5_000;

function countBlocks(nodes: RichTextNode[] = []): number {
  let count = 0;
  for (const node of nodes) {
    if (node.type !== "text" && node.type !== "hardBreak") count += 1 + countBlocks(node.content);
  }
  return count;
}

const n = (x: number) => x.toLocaleString("en");
const SPLIT = "split it into two or more stories (a series) and save again.";

/** Why a body is too big to save, in the writer's words, or null. */
export function bodySizeProblem(doc: RichTextDoc): string | null {
  const chars = docToPlainText(doc).length;
  if (chars > BODY_MAX_CHARS) {
    return `The body is longer than ${n(BODY_MAX_CHARS)} characters (it has ${n(chars)}); ${SPLIT}`;
  }
  if (countBlocks(doc.content) > BODY_MAX_BLOCKS) {
    return `The body has more than ${n(BODY_MAX_BLOCKS)} paragraphs, headings, list items and photos; ${SPLIT}`;
  }
  return null;
}

// The validated document is a RichTextDoc; zod's inferred node type is looser (an index signature) than ours.
const bodySchema = (richTextDocSchema as unknown as z.ZodType<RichTextDoc>).superRefine((doc, ctx) => {
  const problem = bodySizeProblem(doc);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/**
 * The working copy as the editor sends it. Saving is lenient (an empty headline or slug may be saved, so no word is
 * ever refused for being unfinished); the pre-publish checklist (lib/story/checklist.ts) is strict.
 */
export const workingCopySchema = z.object({
  headline: z.string().max(300, "Keep the headline under 300 characters."),
  dek: z.string().max(600, "Keep the dek under 600 characters."),
  slug: z
    .string()
    .max(120, "Keep the slug under 120 characters.")
    .refine((s) => s === "" || SLUG_PATTERN.test(s), "Use lowercase letters, digits and single hyphens in the slug."),
  sectionId: z.uuid("Choose a section."),
  language: z.enum(storyLanguages, "Choose the story's language."),
  authorIds: z.array(z.uuid()).max(12, "At most 12 authors."),
  // Tag names as typed; publishing finds or makes the tags, so half-typed ones never become tag pages.
  tags: z.array(z.string().trim().min(1).max(60, "Keep each tag under 60 characters.")).max(20, "At most 20 tags."),
  heroMediaId: z.uuid().nullable(),
  hero: photoOverridesSchema,
  body: bodySchema,
  seoTitle: z.string().max(120, "Keep the SEO title under 120 characters."),
  seoDescription: z.string().max(300, "Keep the SEO description under 300 characters."),
  featured: z.boolean(),
});
export type WorkingCopy = z.infer<typeof workingCopySchema>;
export type StoryField = keyof WorkingCopy;

/**
 * Every field once, in the order the desk shows it, with its label and its empty value. A field missing here is a
 * compile error, so the conflict view, the revisions page and new stories cannot forget one.
 */
export const storyFields = {
  headline: { label: "Headline", empty: "" },
  dek: { label: "Dek", empty: "" },
  body: { label: "Body", empty: { type: "doc", content: [] } },
  slug: { label: "Slug", empty: "" },
  sectionId: { label: "Section", empty: "" },
  language: { label: "Language", empty: "en" },
  authorIds: { label: "Authors", empty: [] },
  tags: { label: "Tags", empty: [] },
  heroMediaId: { label: "Hero photo", empty: null },
  hero: { label: "Hero photo text", empty: {} },
  seoTitle: { label: "SEO title", empty: "" },
  seoDescription: { label: "SEO description", empty: "" },
  featured: { label: "Featured", empty: false },
} satisfies { [K in StoryField]: { label: string; empty: WorkingCopy[K] } };

export const storyFieldNames = Object.keys(storyFields) as StoryField[];

/** A whole working copy from the parts a caller cares about; every other field is empty. */
export function emptyWorkingCopy(input: Partial<WorkingCopy> = {}): WorkingCopy {
  const empties = Object.fromEntries(storyFieldNames.map((k) => [k, structuredClone(storyFields[k].empty)]));
  return { ...(empties as WorkingCopy), ...input };
}
