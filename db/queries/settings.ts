import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../index";
import { sections, siteSettings } from "../schema";
import type { SiteSettings } from "@/lib/content/types";

const DEFAULTS: SiteSettings = {
  id: 1,
  siteName: "Masthead",
  tagline: "",
  timeZone: "America/Los_Angeles",
  weatherLatitude: 34.0522,
  weatherLongitude: -118.2437,
  weatherCity: "Los Angeles",
  weatherUnits: "fahrenheit",
  adPlacement: "after_paragraph",
  adAfterParagraph: 3,
  adScriptUrl: null,
  requireTwoFactor: "off",
  ssoOnly: false,
  languages: ["en", "ko"],
  updatedAt: new Date(0),
};

/** The newsroom's settings; defaults until an admin saves them. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const db = await getDb();
  const [row] = await db.select().from(siteSettings).where(eq(siteSettings.id, 1));
  return row ?? DEFAULTS;
}

export async function listSections(): Promise<{ id: string; slug: string; name: string; description: string }[]> {
  const db = await getDb();
  return db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name));
}
