import { z } from "zod";
import { safeHref } from "./safe-href";

/**
 * The body's allowlist, shared by the server's validation and the reader renderer (render.tsx handles exactly
 * these): anything else in a saved document is refused with a message, never stored.
 */
export const allowedBlocks = [
  "paragraph",
  "heading",
  "blockquote",
  "bulletList",
  "orderedList",
  "listItem",
  "horizontalRule",
  "photo",
] as const;
export const allowedInline = ["text", "hardBreak"] as const;
export const allowedMarks = ["bold", "italic", "strike", "link"] as const;

const NOT_ALLOWED =
  "The body contains formatting the site cannot show (only paragraphs, headings, quotes, lists, links, bold, italic and photos). Remove it and save again.";

const markSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("bold") }),
    z.object({ type: z.literal("italic") }),
    z.object({ type: z.literal("strike") }),
    z.object({
      type: z.literal("link"),
      attrs: z.object({
        href: z
          .string()
          .max(2000)
          .refine((h) => safeHref(h) !== null, "Links must start with http://, https:// or mailto:."),
      }),
    }),
  ],
  { error: NOT_ALLOWED },
);

const inlineSchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("text"),
      text: z.string().min(1).max(50_000),
      marks: z.array(markSchema).max(8).optional(),
    }),
    z.object({ type: z.literal("hardBreak") }),
  ],
  { error: NOT_ALLOWED },
);

const overrideText = z.string().max(1000).optional();
export const photoAttrsSchema = z.object({
  mediaId: z.uuid("A photo in the body is missing its file; remove it and insert it again."),
  alt: overrideText,
  caption: overrideText,
  credit: overrideText,
});

type Block = { type: string; [k: string]: unknown };
const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion(
    "type",
    [
      z.object({ type: z.literal("paragraph"), content: z.array(inlineSchema).max(5000).optional() }),
      z.object({
        type: z.literal("heading"),
        attrs: z.object({
          level: z.union([z.literal(2), z.literal(3), z.literal(4)], "Headings in the body are levels 2 to 4."),
        }),
        content: z.array(inlineSchema).max(500).optional(),
      }),
      z.object({ type: z.literal("blockquote"), content: z.array(blockSchema).max(200) }),
      z.object({ type: z.literal("bulletList"), content: z.array(listItemSchema).max(500) }),
      z.object({
        type: z.literal("orderedList"),
        attrs: z.object({ start: z.number().int().min(0).max(100_000).optional() }).optional(),
        content: z.array(listItemSchema).max(500),
      }),
      z.object({ type: z.literal("horizontalRule") }),
      z.object({ type: z.literal("photo"), attrs: photoAttrsSchema }),
    ],
    { error: NOT_ALLOWED },
  ),
);
const listItemSchema: z.ZodType<Block> = z.lazy(() =>
  z.object({ type: z.literal("listItem"), content: z.array(blockSchema).max(50) }),
);

/** A whole body document. Unknown attributes are dropped; unknown nodes and marks are refused. */
export const richTextDocSchema = z.object({ type: z.literal("doc"), content: z.array(blockSchema).max(5000) });
