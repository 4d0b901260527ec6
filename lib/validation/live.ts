import { z } from "zod";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

/** A checkbox: present ("on") when ticked, absent otherwise; scripts may send a boolean. */
const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const httpUrl = z
  .string()
  .trim()
  .max(2000, "Keep the link under 2,000 characters.")
  .optional()
  .refine(
    (v) => !v || (/^https?:\/\/[^\s/]+/i.test(v) && URL.canParse(v)),
    "A link must start with http:// or https://.",
  )
  .transform((v) => v || null);

export const liveStorySchema = z.object({ id: z.uuid("That story does not exist.") });

/** What a reporter writes: plain paragraphs (links in the text become links), a library photo, a link, a key flag. */
export const liveUpdateFields = {
  body: z.string().trim().min(1, "Write the update.").max(5000, "Keep an update under 5,000 characters."),
  mediaId: z
    .union([z.uuid("Choose a photo from the library."), z.literal("")])
    .optional()
    .transform((v) => v || null),
  caption: optionalText(1000, "Keep the caption under 1,000 characters."),
  credit: optionalText(200, "Keep the credit under 200 characters."),
  linkUrl: httpUrl,
  key: checkbox,
};

export const postLiveUpdateSchema = z.object({ id: z.uuid("That story does not exist."), ...liveUpdateFields });
export const editLiveUpdateSchema = z.object({
  id: z.uuid("That story does not exist."),
  updateId: z.uuid("That update does not exist."),
  ...liveUpdateFields,
});
export const removeLiveUpdateSchema = z.object({
  id: z.uuid("That story does not exist."),
  updateId: z.uuid("That update does not exist."),
});

export type LiveUpdateInput = {
  body: string;
  mediaId: string | null;
  caption: string | null;
  credit: string | null;
  linkUrl: string | null;
  key: boolean;
};
