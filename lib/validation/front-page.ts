import { z } from "zod";
import { FRONT_PLACES, type FrontLayout } from "@/lib/content/front-page";

const id = z.uuid("Choose a story from the list.");

export const frontLayoutSchema = z.object({
  lead: id.nullable(),
  top: z.array(id).max(FRONT_PLACES - 1, `At most ${FRONT_PLACES - 1} top stories.`),
  pins: z
    .array(
      z.object({
        storyId: id,
        place: z
          .number()
          .int()
          .min(0)
          .max(FRONT_PLACES - 1, `Places run from 1 to ${FRONT_PLACES}.`),
        until: z.iso.datetime({ offset: true, message: "Give the pin an end time." }),
      }),
    )
    .max(FRONT_PLACES),
  sections: z.array(z.string().max(100)).max(100),
}) satisfies z.ZodType<FrontLayout>;

/** The editor sends the layout as one JSON field, so a form post and a script send the same thing. */
export const saveFrontPageSchema = z.object({
  layout: z
    .string()
    .max(20_000)
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "The layout could not be read; reload the page." });
        return z.NEVER;
      }
    })
    .pipe(frontLayoutSchema),
  /** A section front's id; none for the front page. */
  section: z
    .union([z.literal(""), z.uuid("Choose a section from the list.")])
    .optional()
    .transform((v) => v || null),
});

export const restoreFrontPageSchema = z.object({ id: z.uuid("Choose a saved layout.") });

// A site path (/news/x) or an http(s) address: nothing a browser would run.
const bannerHref = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (s) => /^\/(?!\/)\S*$/.test(s) || isWebAddress(s),
    "Use a site path such as /news/story or an http(s) address.",
  );

function isWebAddress(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" && !/\s/.test(s);
  } catch {
    return false;
  }
}

export const postBannerSchema = z.object({
  text: z.string().trim().min(1, "Write the banner's line.").max(200, "Keep the banner to one line (200 characters)."),
  href: bannerHref,
  endsAt: z.iso
    .datetime({ offset: true, message: "Give the banner an end time." })
    .transform((s) => new Date(s))
    .refine((d) => d.getTime() > Date.now(), "The end time has already passed."),
});

export const emptySchema = z.object({});
