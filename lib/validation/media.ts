import { z } from "zod";

/** The library's default words for a photo; a placement in a story may override each of them. */
export const mediaDefaultsSchema = z.object({
  id: z.uuid("Choose a photo."),
  alt: z.string().trim().max(1000, "Keep alt text under 1,000 characters."),
  caption: z.string().trim().max(2000, "Keep the caption under 2,000 characters."),
  credit: z.string().trim().max(300, "Keep the credit under 300 characters."),
});

export const mediaSearchSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
