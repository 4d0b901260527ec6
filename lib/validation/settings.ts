import { z } from "zod";

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const settingsSchema = z.object({
  siteName: z.string().trim().min(1, "Enter the site name.").max(120),
  timeZone: z.string().trim().refine(isTimeZone, "Use a time zone name such as America/Los_Angeles."),
  weatherLatitude: z.coerce.number("Enter a latitude.").min(-90, "Latitude is between -90 and 90.").max(90, "Latitude is between -90 and 90."),
  weatherLongitude: z.coerce.number("Enter a longitude.").min(-180, "Longitude is between -180 and 180.").max(180, "Longitude is between -180 and 180."),
  weatherCity: z.string().trim().min(1, "Enter the city name.").max(120),
  weatherUnits: z.enum(["fahrenheit", "celsius"], "Choose the units."),
  adPlacement: z.enum(["after_paragraph", "sidebar", "none"], "Choose where ads go."),
  adAfterParagraph: z.coerce.number().int("Use a whole number.").min(1, "Use a number from 1 to 50.").max(50, "Use a number from 1 to 50."),
  adHosts: z.string().transform((s, ctx) => {
    const hosts = s.split(/[\s,]+/).filter(Boolean);
    const bad = hosts.find((h) => !/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(h));
    if (bad) ctx.addIssue({ code: "custom", message: `"${bad}" is not an https origin like https://ads.example.com.` });
    return hosts;
  }),
});
