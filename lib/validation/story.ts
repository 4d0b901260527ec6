import { z } from "zod";

export const storyTextSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  headline: z.string().trim().min(1, "Write a headline.").max(300, "Keep the headline under 300 characters."),
  dek: z.string().trim().max(600, "Keep the dek under 600 characters."),
  body: z.string().max(200_000, "The body is too long."),
});

export const storyIdSchema = z.object({ id: z.uuid() });
