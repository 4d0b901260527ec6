import { z } from "zod";
import { storyLanguages } from "@/lib/content/language";
import { formList } from "./form-list";

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const settingsFields = z.object({
  siteName: z.string().trim().min(1, "Enter the site name.").max(120),
  timeZone: z.string().trim().refine(isTimeZone, "Use a time zone name such as America/Los_Angeles."),
  weatherLatitude: z.coerce
    .number("Enter a latitude.")
    .min(-90, "Latitude is between -90 and 90.")
    .max(90, "Latitude is between -90 and 90."),
  weatherLongitude: z.coerce
    .number("Enter a longitude.")
    .min(-180, "Longitude is between -180 and 180.")
    .max(180, "Longitude is between -180 and 180."),
  weatherCity: z.string().trim().min(1, "Enter the city name.").max(120),
  weatherUnits: z.enum(["fahrenheit", "celsius"], "Choose the units."),
  adPlacement: z.enum(["after_paragraph", "sidebar", "none"], "Choose where ads go."),
  adAfterParagraph: z.coerce
    .number()
    .int("Use a whole number.")
    .min(1, "Use a number from 1 to 50.")
    .max(50, "Use a number from 1 to 50."),
  adScriptUrl: z
    .string()
    .trim()
    .refine(
      (s) => s === "" || /^https:\/\/[^\s]+$/i.test(s),
      "Use the ad tag's https script URL, such as https://ads.example.com/tag.js.",
    )
    .transform((s) => s || null),
  requireTwoFactor: z.enum(["off", "editors", "everyone"], "Choose who needs two-factor authentication."),
  // A checkbox, shown only when SSO is configured: present ("on") when ticked.
  ssoOnly: z
    .union([z.boolean(), z.literal("on"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on"),
  mainLanguage: z.enum(storyLanguages, "Choose the main language."),
  languages: formList(z.enum(storyLanguages, "Choose languages from the list.")),
});

/** The main language first, then the others ticked, in Masthead's order: the list the settings keep. */
export const settingsSchema = settingsFields.transform(({ mainLanguage, languages, ...fields }) => ({
  ...fields,
  languages: [mainLanguage, ...storyLanguages.filter((l) => l !== mainLanguage && languages.includes(l))],
}));
