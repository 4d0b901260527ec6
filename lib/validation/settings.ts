import { z } from "zod";
import { storyLanguages, type Language } from "@/lib/content/language";

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

type LanguageBox = `language_${Language}`;
/** A checkbox per language the newsroom can publish in besides its main one ("language_ko": "on"). */
const languageBoxes = Object.fromEntries(storyLanguages.map((l) => [`language_${l}`, z.string().optional()])) as {
  [K in LanguageBox]: z.ZodOptional<z.ZodString>;
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
  mainLanguage: z.enum(storyLanguages, "Choose the main language."),
  ...languageBoxes,
});

/** The form's fields, with the main language and the ticked ones made into the ordered list the settings keep. */
export const settingsSchema = settingsFields.transform((input) => {
  const { mainLanguage, ...rest } = input;
  const fields = Object.fromEntries(Object.entries(rest).filter(([k]) => !k.startsWith("language_")));
  const others = storyLanguages.filter((l) => l !== mainLanguage && input[`language_${l}`]);
  return { ...(fields as Omit<typeof rest, LanguageBox>), languages: [mainLanguage, ...others] };
});
