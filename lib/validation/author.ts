import { z } from "zod";

export const authorSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(120),
  kind: z.enum(["person", "desk"], "Choose a person or a desk."),
  publicEmail: z.union([z.literal(""), z.email("Enter a valid email address, or leave it empty.")]),
  bio: z.string().trim().max(2000, "Keep the bio under 2,000 characters."),
});
