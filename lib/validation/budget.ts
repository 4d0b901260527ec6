import { z } from "zod";
import { budgetSlots } from "@/lib/story/budget";

/** A select left on its empty choice ("Not yet", "None") is null. */
const optionalId = (message: string) =>
  z
    .union([z.literal(""), z.uuid(message)])
    .optional()
    .transform((v) => v || null);

export const planStorySchema = z.object({
  slugLine: z
    .string()
    .trim()
    .min(1, "Give the story a slug line (a short working name).")
    .max(80, "Keep the slug line under 80 characters."),
  notes: z.string().trim().max(1000, "Keep the budget line under 1,000 characters.").default(""),
  sectionId: z.uuid("Choose a section."),
  reporterId: optionalId("Choose a reporter from the list."),
  editorId: optionalId("Choose an editor from the list."),
  // A wall time in the newsroom's zone (a datetime-local input); the action turns it into an instant.
  due: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/, "Give the due date and time."),
  slot: z
    .union([z.literal(""), z.enum(budgetSlots, "Choose a front-page slot from the list.")])
    .optional()
    .transform((v) => v || null),
});

export const assignPlanSchema = z.object({
  planId: z.uuid("That plan does not exist."),
  reporterId: z.uuid("Choose a reporter."),
});

export const updatePlanSchema = planStorySchema.extend({ planId: z.uuid("That plan does not exist.") });

export const deletePlanSchema = z.object({ planId: z.uuid("That plan does not exist.") });
